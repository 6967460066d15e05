from wagtail import hooks

from home.addresses import absolute_url
from home.selectors import request_home, section_index

from .models import PodcastIndexPage


@hooks.register("home_page_sections")
def latest_episode_section(home_page, request):
    index = section_index(home_page, PodcastIndexPage)
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
    index = section_index(request_home(request), PodcastIndexPage)
    if index is None:
        return []
    url = index.get_url(request) + index.reverse_subpage("feed")
    return [
        {
            "title": index.title,
            "type": "application/rss+xml",
            "url": absolute_url(url),
        }
    ]
