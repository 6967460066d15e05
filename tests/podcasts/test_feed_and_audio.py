"""The podcast feed that directories read, and audio served with byte ranges."""

import email.utils

from django.test import TestCase

from lxml import etree

from tests.factories.content import (
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
)
from tests.factories.home import make_home

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


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
