"""RSS 2.0 and Atom feeds of the news, one per language."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from home.addresses import absolute_url
from home.restrictions import public
from home.text import plain

from .selectors import specific_items

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The latest news of one language's news index (`index`), of the page
    types `types` ({kind: page type})."""

    feed_type = Rss201rev2Feed

    def __init__(self, index, types):
        super().__init__()
        self.index = index
        self.types = types

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return f"{index.title} | Equalcity"

    def link(self, index):
        return absolute_url(index.get_url(self.request))

    def description(self, index):
        return plain(index.introduction, 500) or index.search_description

    def feed_url(self, index):
        return absolute_url(self.request.path)

    def items(self, index):
        pages = (
            public(index.get_children().live())
            .type(*self.types.values())
            .order_by("-first_published_at")
        )
        items = specific_items(pages[: FEED_LENGTH * 2])
        return sorted(items, key=lambda item: item.date, reverse=True)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.card_summary

    def item_link(self, item):
        return absolute_url(item.get_url(self.request))

    def item_guid(self, item):
        return f"urn:equalcity:news:{item.translation_key}:{item.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return datetime.datetime.combine(
            item.date, datetime.time(9), tzinfo=datetime.UTC
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.kind_label)]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
