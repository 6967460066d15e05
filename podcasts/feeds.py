"""The podcast's RSS 2.0 feed with the iTunes tags podcast directories require.

Django's syndication framework builds it, as it builds the news feeds: `PodcastFeed`
says what goes in, `ITunesRssFeed` writes the `itunes:` and `content:` tags that plain
RSS 2.0 lacks.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from home.addresses import absolute_url
from home.images import spec

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
ARTWORK_SPEC = spec("feed_artwork")


def _duration(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def _yes_no(value):
    return "true" if value else "false"


class ITunesRssFeed(Rss201rev2Feed):
    """RSS 2.0 with Apple's podcast namespace and `content:encoded` show notes."""

    def rss_attributes(self):
        attributes = super().rss_attributes()
        attributes["xmlns:itunes"] = ITUNES_NS
        attributes["xmlns:content"] = CONTENT_NS
        return attributes

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        show = self.feed
        handler.addQuickElement("itunes:author", show["itunes_author"])
        handler.addQuickElement("itunes:summary", show["description"])
        handler.addQuickElement("itunes:explicit", show["itunes_explicit"])
        handler.addQuickElement("itunes:type", "episodic")
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", show["itunes_owner_name"])
        handler.addQuickElement("itunes:email", show["itunes_owner_email"])
        handler.endElement("itunes:owner")
        handler.addQuickElement(
            "itunes:category", "", {"text": show["itunes_category"]}
        )
        if show.get("itunes_image"):
            handler.addQuickElement("itunes:image", "", {"href": show["itunes_image"]})
            handler.startElement("image", {})
            handler.addQuickElement("url", show["itunes_image"])
            handler.addQuickElement("title", show["title"])
            handler.addQuickElement("link", show["link"])
            handler.endElement("image")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:duration", item["itunes_duration"])
        handler.addQuickElement("itunes:explicit", item["itunes_explicit"])
        handler.addQuickElement("itunes:summary", item["description"])
        handler.addQuickElement("itunes:episodeType", "full")
        if item.get("itunes_episode"):
            handler.addQuickElement("itunes:episode", str(item["itunes_episode"]))
        if item.get("itunes_season"):
            handler.addQuickElement("itunes:season", str(item["itunes_season"]))
        if item.get("content_encoded"):
            handler.addQuickElement("content:encoded", item["content_encoded"])


class PodcastFeed(Feed):
    """The live episodes of one show (`show`, a PodcastIndexPage) in its language."""

    feed_type = ITunesRssFeed

    def __init__(self, show):
        super().__init__()
        self.show = show
        self.language = show.locale.language_code

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # The framework sets Last-Modified to the newest episode date, which is not
        # when the feed last changed (edits, back-dated episodes); without
        # Cache-Control, caches would also derive a long heuristic freshness from it.
        response.headers.pop("Last-Modified", None)
        return response

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.show

    def title(self, show):
        return show.title

    def link(self, show):
        return absolute_url(show.get_url(self.request))

    def description(self, show):
        return show.description

    def feed_url(self, show):
        return absolute_url(self.request.path)

    def author_name(self, show):
        return show.author

    def feed_copyright(self, show):
        return show.copyright or None

    def feed_extra_kwargs(self, show):
        return {
            "itunes_author": show.author,
            "itunes_explicit": _yes_no(show.explicit),
            "itunes_owner_name": show.owner_name,
            "itunes_owner_email": show.owner_email,
            "itunes_category": show.category,
            "itunes_image": self.artwork_url(show),
        }

    def artwork_url(self, show):
        if not show.artwork_id:
            return ""
        rendition = show.artwork.get_rendition(ARTWORK_SPEC)
        return absolute_url(rendition.url)

    def items(self, show):
        return show.own_episodes()

    def item_title(self, episode):
        return episode.title

    def item_description(self, episode):
        return episode.summary

    def item_link(self, episode):
        return absolute_url(episode.get_url(self.request))

    def item_guid(self, episode):
        return episode.guid

    item_guid_is_permalink = False

    def item_pubdate(self, episode):
        return datetime.datetime.combine(
            episode.date, datetime.time(9), tzinfo=datetime.UTC
        )

    def item_enclosure_url(self, episode):
        return absolute_url(episode.audio_url)

    def item_enclosure_length(self, episode):
        return episode.audio.file_size or episode.audio.file.size

    def item_enclosure_mime_type(self, episode):
        return episode.audio_mime_type

    def item_extra_kwargs(self, episode):
        return {
            "itunes_duration": _duration(episode.duration_seconds),
            "itunes_explicit": _yes_no(episode.explicit),
            "itunes_episode": episode.episode_number,
            "itunes_season": episode.season_number,
            "content_encoded": episode.show_notes or None,
        }
