"""The podcast feed that directories read, and audio served with byte ranges."""

import datetime
import email.utils

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail_factories import ImageFactory

from lxml import etree

from tests.factories.content import (
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
)
from tests.factories.home import make_home, translate
from tests.queries import steady_query_count

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"


class PodcastFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.show = PodcastIndexPageFactory(parent=cls.home)
        cls.episode = PodcastEpisodePageFactory(
            parent=cls.show, title="IDAHOBIT 2021", episode_number=1
        )
        cls.draft = PodcastEpisodePageFactory(parent=cls.show, live=False)

    def feed(self):
        response = self.client.get("/en/podcasts/feed/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        return etree.fromstring(response.content)

    def test_feed_has_the_show_tags_directories_require(self):
        channel = self.feed().find("channel")
        self.assertEqual(channel.findtext("title"), "Podcast")
        self.assertEqual(channel.findtext("language"), "en")
        self.assertEqual(channel.findtext(f"{ITUNES}explicit"), "false")
        self.assertEqual(channel.findtext(f"{ITUNES}author"), "Equalcity")
        owner = channel.find(f"{ITUNES}owner")
        self.assertEqual(owner.findtext(f"{ITUNES}email"), "podcast@example.org")
        self.assertEqual(
            channel.find(f"{ITUNES}category").get("text"), "Society & Culture"
        )

    def test_one_item_per_published_episode_with_a_real_enclosure(self):
        items = self.feed().findall("channel/item")
        self.assertEqual(len(items), 1)
        item = items[0]
        enclosure = item.find("enclosure")
        self.assertEqual(int(enclosure.get("length")), self.episode.audio.file.size)
        self.assertEqual(enclosure.get("type"), "audio/mpeg")
        self.assertTrue(
            enclosure.get("url").startswith("http://testserver/podcasts/audio/")
        )
        self.assertEqual(item.findtext(f"{ITUNES}duration"), "00:21:05")
        self.assertEqual(item.findtext(f"{ITUNES}episode"), "1")
        published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
        self.assertEqual(published.date().isoformat(), "2021-05-17")

    def test_guid_does_not_change_with_title_or_slug(self):
        before = self.feed().findtext("channel/item/guid")
        self.episode.title = "A new title"
        self.episode.slug = "a-new-slug"
        self.episode.save_revision().publish()
        after = self.feed().findtext("channel/item/guid")
        self.assertEqual(before, after)
        guid = self.feed().find("channel/item/guid")
        self.assertEqual(guid.get("isPermaLink"), "false")


class PodcastFeedInFullTests(TestCase):
    """Every tag directories read, with artwork, show notes and a translation."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.show = PodcastIndexPageFactory(
            parent=cls.home,
            artwork=ImageFactory(width=1600, height=1600),
            copyright="© IOM",
            explicit=False,
        )
        cls.episode = PodcastEpisodePageFactory(
            parent=cls.show,
            title="Parenting in a new country",
            slug="parenting",
            summary="Two parents talk about their first year.",
            show_notes='<p>The <a href="https://example.org/">toolbox</a>.</p>',
            date=datetime.date(2021, 7, 15),
            duration=datetime.timedelta(hours=1, minutes=2, seconds=3),
            season_number=2,
            episode_number=7,
            explicit=True,
        )
        cls.older = PodcastEpisodePageFactory(
            parent=cls.show, season_number=None, show_notes=""
        )
        # Its sound file was deleted since (the foreign key is SET_NULL).
        no_audio = PodcastEpisodePageFactory(parent=cls.show)
        type(no_audio).objects.filter(pk=no_audio.pk).update(audio=None)
        translate(cls.home, "fr")
        translate(cls.show, "fr", description="Des conversations.")
        translate(cls.episode, "fr", title="Parents dans un nouveau pays")

    def get(self, url="/en/podcasts/feed/"):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response

    def channel(self, url="/en/podcasts/feed/"):
        return etree.fromstring(self.get(url).content).find("channel")

    def item(self, channel, title):
        return next(i for i in channel.findall("item") if i.findtext("title") == title)

    def test_the_channel_has_every_show_tag(self):
        channel = self.channel()
        self.assertEqual(channel.findtext("link"), "http://testserver/en/podcasts/")
        self.assertEqual(
            channel.findtext("description"), "Conversations about safer cities."
        )
        self.assertEqual(
            channel.find("{http://www.w3.org/2005/Atom}link").get("href"),
            "http://testserver/en/podcasts/feed/",
        )
        self.assertEqual(channel.findtext("copyright"), "© IOM")
        self.assertEqual(
            channel.findtext(f"{ITUNES}summary"), "Conversations about safer cities."
        )
        self.assertEqual(channel.findtext(f"{ITUNES}type"), "episodic")
        self.assertEqual(
            channel.find(f"{ITUNES}owner").findtext(f"{ITUNES}name"),
            "IOM Belgium and Luxembourg",
        )
        artwork = channel.find(f"{ITUNES}image").get("href")
        self.assertTrue(artwork.startswith("http://testserver/"))
        self.assertIn("fill-1400x1400", artwork)
        self.assertEqual(channel.findtext("image/url"), artwork)
        self.assertEqual(channel.findtext("image/title"), "Podcast")
        self.assertEqual(
            channel.findtext("image/link"), "http://testserver/en/podcasts/"
        )
        self.assertEqual(
            channel.findtext("lastBuildDate"), "Thu, 15 Jul 2021 09:00:00 +0000"
        )

    def test_each_episode_has_every_episode_tag(self):
        channel = self.channel()
        item = self.item(channel, "Parenting in a new country")
        self.assertEqual(
            item.findtext("link"), "http://testserver/en/podcasts/parenting/"
        )
        self.assertEqual(
            item.findtext("description"), "Two parents talk about their first year."
        )
        self.assertEqual(
            item.findtext(f"{ITUNES}summary"),
            "Two parents talk about their first year.",
        )
        self.assertEqual(item.findtext(f"{ITUNES}duration"), "01:02:03")
        self.assertEqual(item.findtext(f"{ITUNES}episode"), "7")
        self.assertEqual(item.findtext(f"{ITUNES}season"), "2")
        self.assertEqual(item.findtext(f"{ITUNES}explicit"), "true")
        self.assertEqual(item.findtext(f"{ITUNES}episodeType"), "full")
        self.assertEqual(
            item.findtext(f"{CONTENT}encoded"),
            '<p>The <a href="https://example.org/">toolbox</a>.</p>',
        )
        self.assertEqual(
            item.findtext("guid"),
            f"urn:equalcity:episode:{self.episode.translation_key}:en",
        )
        self.assertEqual(item.findtext("pubDate"), "Thu, 15 Jul 2021 09:00:00 +0000")
        enclosure = item.find("enclosure")
        self.assertEqual(
            enclosure.get("url"), f"http://testserver{self.episode.audio_url}"
        )
        self.assertEqual(int(enclosure.get("length")), self.episode.audio.file.size)

    def test_empty_optional_tags_are_left_out(self):
        item = self.item(self.channel(), self.older.title)
        self.assertIsNone(item.find(f"{ITUNES}season"))
        self.assertIsNone(item.find(f"{CONTENT}encoded"))

    def test_episodes_are_newest_first_and_need_audio(self):
        titles = [item.findtext("title") for item in self.channel().findall("item")]
        self.assertEqual(titles, ["Parenting in a new country", self.older.title])

    def test_each_language_has_its_own_feed_of_its_own_episodes(self):
        channel = self.channel("/fr/podcasts/feed/")
        self.assertEqual(channel.findtext("language"), "fr")
        self.assertEqual(channel.findtext("link"), "http://testserver/fr/podcasts/")
        self.assertEqual(channel.findtext("description"), "Des conversations.")
        (item,) = channel.findall("item")
        self.assertEqual(item.findtext("title"), "Parents dans un nouveau pays")
        self.assertEqual(
            item.findtext("link"), "http://testserver/fr/podcasts/parenting/"
        )
        self.assertEqual(
            item.findtext("guid"),
            f"urn:equalcity:episode:{self.episode.translation_key}:fr",
        )

    def test_the_feed_says_when_it_was_made_not_when_episodes_were(self):
        """Episode dates are not when the feed changed: Last-Modified is when
        the page cache stored this version, for podcast apps and CDNs."""
        before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        response = self.get()
        modified = email.utils.parsedate_to_datetime(response["Last-Modified"])
        self.assertGreaterEqual(modified, before)
        self.assertIn("public", response["Cache-Control"])
        self.assertIn("ETag", response)

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_queries_do_not_grow_with_the_episodes(self):
        url = "/en/podcasts/feed/"
        few = steady_query_count(self.client, url)
        for _ in range(3):
            PodcastEpisodePageFactory(parent=self.show)
        self.assertEqual(steady_query_count(self.client, url), few)
        self.assertEqual(len(self.channel().findall("item")), 5)


class AudioRangeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.show = PodcastIndexPageFactory(parent=cls.home)
        cls.episode = PodcastEpisodePageFactory(parent=cls.show)
        cls.content = bytes(range(256)) * 40

    def url(self):
        return self.episode.audio_url

    def body(self, response):
        return b"".join(response.streaming_content)

    def test_whole_file_with_accept_ranges(self):
        response = self.client.get(self.url())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Accept-Ranges"], "bytes")
        self.assertEqual(response["Content-Type"], "audio/mpeg")
        self.assertEqual(self.body(response), self.content)

    def test_a_range_request_gets_exactly_those_bytes(self):
        response = self.client.get(self.url(), headers={"range": "bytes=100-299"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(
            response["Content-Range"], f"bytes 100-299/{len(self.content)}"
        )
        self.assertEqual(response["Content-Length"], "200")
        self.assertEqual(self.body(response), self.content[100:300])

    def test_open_and_suffix_ranges(self):
        response = self.client.get(self.url(), headers={"range": "bytes=10000-"})
        self.assertEqual(self.body(response), self.content[10000:])
        response = self.client.get(self.url(), headers={"range": "bytes=-16"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(self.body(response), self.content[-16:])

    def test_an_unsatisfiable_range_gets_416(self):
        response = self.client.get(self.url(), headers={"range": "bytes=999999-"})
        self.assertEqual(response.status_code, 416)
        self.assertEqual(response["Content-Range"], f"bytes */{len(self.content)}")

    def test_audio_of_a_draft_episode_is_not_served(self):
        draft = PodcastEpisodePageFactory(parent=self.show, live=False)
        self.assertEqual(self.client.get(draft.audio_url).status_code, 404)

    def test_a_wrong_file_name_is_404(self):
        url = self.url().rsplit("/", 1)[0] + "/other.mp3"
        self.assertEqual(self.client.get(url).status_code, 404)


@override_settings(PAGE_CACHE_SECONDS=0)
class SharedFeedTests(TestCase):
    """A feed is the same for every reader: written once per content
    generation, again on the next request after a publish or unpublish."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.show = PodcastIndexPageFactory(parent=cls.home)
        PodcastEpisodePageFactory(parent=cls.show, title="First episode")

    def titles(self):
        response = self.client.get("/en/podcasts/feed/")
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        channel = etree.fromstring(response.content).find("channel")
        return [item.findtext("title") for item in channel.findall("item")]

    def test_written_once_then_follows_publishing(self):
        self.client.get(self.home.url)  # makes the site's settings
        self.titles()
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.titles(), ["First episode"])
        # Only the show itself is routed to; no episode is read.
        episodes = [q for q in queries if "podcastepisodepage" in q["sql"]]
        self.assertEqual(episodes, [])
        second = PodcastEpisodePageFactory(parent=self.show, title="Second episode")
        self.assertIn("Second episode", self.titles())
        second.unpublish()
        self.assertEqual(self.titles(), ["First episode"])
