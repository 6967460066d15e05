from wagtail import hooks

from home.selectors import current_locale

from .models import PodcastIndexPage


@hooks.register("home_page_sections")
def latest_episode_section(home_page, request):
    index = PodcastIndexPage.objects.child_of(home_page).live().public().first()
    if index is None:
        return None
    return {
        "order": 40,
        "template": "podcasts/home_section.html",
        "episode": index.episodes().first(),
        "index_url": index.get_url(request),
    }


@hooks.register("head_feed_links")
def podcast_feed_link(request):
    index = (
        PodcastIndexPage.objects.live().public().filter(locale=current_locale()).first()
    )
    if index is None:
        return []
    url = index.get_url(request) + index.reverse_subpage("feed")
    return [
        {
            "title": index.title,
            "type": "application/rss+xml",
            "url": request.build_absolute_uri(url),
        }
    ]
