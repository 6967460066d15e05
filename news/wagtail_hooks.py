from wagtail import hooks

from .models import NewsIndexPage
from .selectors import news_queryset, specific_items, upcoming_events

LATEST_NEWS_COUNT = 3


def _news_index(home_page):
    return NewsIndexPage.objects.child_of(home_page).live().public().first()


@hooks.register("home_page_sections")
def upcoming_events_section(home_page, request):
    index = _news_index(home_page)
    if index is None:
        return None
    return {
        "order": 20,
        "template": "news/home_section_events.html",
        "events": upcoming_events(index),
        "index_url": index.get_url(request),
    }


@hooks.register("home_page_sections")
def latest_news_section(home_page, request):
    index = _news_index(home_page)
    if index is None:
        return None
    latest = news_queryset(index, kinds=["newsletter", "article", "interview"])
    return {
        "order": 30,
        "template": "news/home_section_news.html",
        "items": specific_items(latest[:LATEST_NEWS_COUNT]),
        "index_url": index.get_url(request),
    }
