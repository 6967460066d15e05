from wagtail import hooks

from home.addresses import absolute_url
from home.selectors import request_home, section_index

from .models import NEWS_TYPES, NewsIndexPage
from .selectors import news_queryset, specific_items, upcoming_events

LATEST_NEWS_COUNT = 3


@hooks.register("home_page_sections")
def upcoming_events_section(home_page, request):
    index = section_index(home_page, NewsIndexPage)
    if index is None:
        return None
    return {
        "order": 20,
        "template": "news/home_section_events.html",
        "events": upcoming_events(index, NEWS_TYPES["event"]),
        "index_url": index.get_url(request),
    }


@hooks.register("home_page_sections")
def latest_news_section(home_page, request):
    index = section_index(home_page, NewsIndexPage)
    if index is None:
        return None
    latest = news_queryset(
        index, NEWS_TYPES, kinds=["newsletter", "article", "interview"]
    )
    return {
        "order": 30,
        "template": "news/home_section_news.html",
        "items": specific_items(latest[:LATEST_NEWS_COUNT]),
        "index_url": index.get_url(request),
    }


@hooks.register("head_feed_links")
def news_feed_links(request):
    index = section_index(request_home(request), NewsIndexPage)
    if index is None:
        return []
    url = index.get_url(request)
    return [
        {
            "title": f"{index.title} (RSS)",
            "type": "application/rss+xml",
            "url": absolute_url(url + index.reverse_subpage("rss")),
        },
        {
            "title": f"{index.title} (Atom)",
            "type": "application/atom+xml",
            "url": absolute_url(url + index.reverse_subpage("atom")),
        },
    ]
