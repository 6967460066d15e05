from wagtail import hooks

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
