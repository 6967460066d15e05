"""The podcast's RSS 2.0 feed with the iTunes tags podcast directories require."""

import datetime

from django.http import HttpResponse
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


def _duration(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


class PodcastFeed(Rss201rev2Feed):
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


def _artwork_url(show, request):
    if not show.artwork_id:
        return ""
    rendition = show.artwork.get_rendition("fill-1400x1400|format-jpeg")
    return request.build_absolute_uri(rendition.url)


def _yes_no(value):
    return "true" if value else "false"


def podcast_feed_response(show, request):
    """The feed of `show` (a PodcastIndexPage) in its own language."""
    feed = PodcastFeed(
        title=show.title,
        link=request.build_absolute_uri(show.get_url(request)),
        description=show.description,
        language=show.locale.language_code,
        feed_url=request.build_absolute_uri(),
        author_name=show.author,
        feed_copyright=show.copyright or None,
        itunes_author=show.author,
        itunes_explicit=_yes_no(show.explicit),
        itunes_owner_name=show.owner_name,
        itunes_owner_email=show.owner_email,
        itunes_category=show.category,
        itunes_image=_artwork_url(show, request),
    )
    for episode in show.own_episodes():
        published = datetime.datetime.combine(
            episode.date, datetime.time(9, 0), tzinfo=datetime.UTC
        )
        feed.add_item(
            title=episode.title,
            link=request.build_absolute_uri(episode.get_url(request)),
            description=episode.summary,
            unique_id=episode.guid,
            unique_id_is_permalink=False,
            pubdate=published,
            enclosures=[
                _enclosure(episode, request),
            ],
            itunes_duration=_duration(episode.duration_seconds),
            itunes_explicit=_yes_no(episode.explicit),
            itunes_episode=episode.episode_number,
            itunes_season=episode.season_number,
            content_encoded=episode.show_notes or None,
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def _enclosure(episode, request):
    document = episode.audio
    length = document.file_size or document.file.size
    return Enclosure(
        request.build_absolute_uri(episode.audio_url),
        str(length),
        episode.audio_mime_type,
    )
