"""Sitemap with hreflang, news feeds, page metadata and redirects."""

import json

from django.test import TestCase

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from bs4 import BeautifulSoup
from lxml import etree

from home.models import HomePage, StandardPage
from news.models import (
    ArticlePage,
    EventPage,
    InterviewPage,
    NewsIndexPage,
    NewsletterIssuePage,
)
from podcasts.models import PodcastEpisodePage, PodcastIndexPage
from tests.factories.content import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    one_page_of_each_type,
)
from tests.factories.home import StandardPageFactory, make_home, translate
from toolbox.models import ToolboxIndexPage, ToolboxPage

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


class SiteTreeMixin:
    @classmethod
    def build_tree(cls):
        cls.home = make_home()
        cls.about = StandardPageFactory(parent=cls.home, slug="about", title="About")
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.article = ArticlePageFactory(parent=cls.news, slug="article")
        cls.draft = ArticlePageFactory(parent=cls.news, slug="draft", live=False)
        cls.private = StandardPageFactory(parent=cls.home, slug="private")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type="password", password="secret"
        )
        translate(cls.home, "fr")
        translate(cls.about, "fr", title="À propos")
        translate(cls.news, "fr", title="Actualités")
        translate(cls.home, "ar")


class SitemapTests(SiteTreeMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.build_tree()

    def sitemap(self):
        """The sitemap's one page, found through the index at /sitemap.xml."""
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        index = etree.fromstring(response.content)
        self.assertEqual(index.tag, f"{SITEMAP}sitemapindex")
        locations = [entry.findtext(f"{SITEMAP}loc") for entry in index]
        self.assertEqual(locations, ["http://testserver/sitemap-pages.xml"])
        response = self.client.get(locations[0])
        self.assertEqual(response.status_code, 200)
        return etree.fromstring(response.content)

    def test_sitemap_has_the_schema_structure(self):
        root = self.sitemap()
        self.assertEqual(root.tag, f"{SITEMAP}urlset")
        for url in root:
            self.assertEqual(url.tag, f"{SITEMAP}url")
            self.assertTrue(
                url.findtext(f"{SITEMAP}loc").startswith("http://testserver/")
            )
            self.assertRegex(url.findtext(f"{SITEMAP}lastmod"), r"^\d{4}-\d{2}-\d{2}$")

    def test_every_live_page_once_per_language_and_no_draft_or_private_page(self):
        locations = [url.findtext(f"{SITEMAP}loc") for url in self.sitemap()]
        paths = sorted(
            location.removeprefix("http://testserver") for location in locations
        )
        self.assertEqual(
            paths,
            sorted(
                [
                    "/en/",
                    "/fr/",
                    "/ar/",
                    "/en/about/",
                    "/fr/about/",
                    "/en/news/",
                    "/fr/news/",
                    "/en/news/article/",
                ]
            ),
        )

    def test_hreflang_pairs(self):
        entries = {url.findtext(f"{SITEMAP}loc"): url for url in self.sitemap()}
        about = entries["http://testserver/en/about/"]
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in about.findall(f"{XHTML}link")
        }
        self.assertEqual(
            alternates,
            {
                "en": "http://testserver/en/about/",
                "fr": "http://testserver/fr/about/",
                "x-default": "http://testserver/en/about/",
            },
        )
        french = entries["http://testserver/fr/about/"]
        self.assertEqual(len(french.findall(f"{XHTML}link")), 3)
        article = entries["http://testserver/en/news/article/"]
        self.assertEqual(
            [link.get("hreflang") for link in article.findall(f"{XHTML}link")],
            ["en", "x-default"],
        )

    def test_robots_txt_points_to_the_sitemap(self):
        text = self.client.get("/robots.txt").content.decode()
        self.assertIn("Sitemap: http://testserver/sitemap.xml", text)
        self.assertIn("Disallow: /en/search/", text)


class FeedTests(SiteTreeMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.build_tree()

    def test_rss_feed_lists_the_live_news_of_the_language(self):
        response = self.client.get("/en/news/feed/rss/")
        self.assertEqual(response.status_code, 200)
        channel = etree.fromstring(response.content).find("channel")
        links = [item.findtext("link") for item in channel.findall("item")]
        self.assertEqual(links, ["http://testserver/en/news/article/"])
        self.assertEqual(channel.findtext("language"), "en")

    def test_atom_feed(self):
        response = self.client.get("/en/news/feed/atom/")
        self.assertEqual(response.status_code, 200)
        feed = etree.fromstring(response.content)
        self.assertEqual(feed.tag, "{http://www.w3.org/2005/Atom}feed")
        self.assertEqual(len(feed.findall("{http://www.w3.org/2005/Atom}entry")), 1)

    def test_french_feed_has_no_english_item(self):
        response = self.client.get("/fr/news/feed/rss/")
        channel = etree.fromstring(response.content).find("channel")
        self.assertEqual(channel.findall("item"), [])

    def test_pages_advertise_the_feeds_of_their_language(self):
        soup = BeautifulSoup(self.client.get("/fr/about/").content, "html.parser")
        feeds = {
            link["type"]: link["href"]
            for link in soup.select('head link[rel="alternate"][type]')
        }
        self.assertEqual(
            feeds["application/rss+xml"], "http://testserver/fr/news/feed/rss/"
        )
        self.assertEqual(
            feeds["application/atom+xml"], "http://testserver/fr/news/feed/atom/"
        )


JSON_LD_TYPES = {
    HomePage: "Organization",
    StandardPage: "WebPage",
    ToolboxIndexPage: "WebPage",
    ToolboxPage: "LearningResource",
    NewsIndexPage: "WebPage",
    ArticlePage: "NewsArticle",
    InterviewPage: "NewsArticle",
    NewsletterIssuePage: "NewsArticle",
    EventPage: "Event",
    PodcastIndexPage: "PodcastSeries",
    PodcastEpisodePage: "PodcastEpisode",
}


class MetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.expected_types = [
            (page, JSON_LD_TYPES[type(page)]) for page in one_page_of_each_type(home)
        ]
        translate(home, "fr")

    def head(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser").head

    def json_ld(self, head):
        data = json.loads(head.select_one('script[type="application/ld+json"]').string)
        return data.get("@graph", [data])

    def test_every_page_type_has_its_metadata(self):
        for page, schema_type in self.expected_types:
            with self.subTest(page=type(page).__name__):
                head = self.head(page)
                self.assertTrue(head.title.string.strip())
                self.assertTrue(head.select_one('meta[name="description"]')["content"])
                canonical = head.select_one('link[rel="canonical"]')["href"]
                self.assertEqual(canonical, f"http://testserver{page.url}")
                self.assertEqual(
                    head.select_one('meta[property="og:url"]')["content"], canonical
                )
                self.assertTrue(head.select_one('meta[property="og:title"]')["content"])
                self.assertTrue(head.select_one('meta[name="twitter:card"]'))
                hreflangs = {
                    link["hreflang"]: link["href"]
                    for link in head.select('link[rel="alternate"][hreflang]')
                }
                self.assertEqual(hreflangs["en"], canonical)
                self.assertEqual(hreflangs["x-default"], canonical)
                data = self.json_ld(head)
                self.assertIn(schema_type, [item["@type"] for item in data])
                for item in data:
                    self.assertTrue(item.get("name") or item.get("headline"))

    def test_home_page_has_french_alternate(self):
        head = self.head(self.expected_types[0][0])
        hreflangs = [link["hreflang"] for link in head.select("link[hreflang]")]
        self.assertEqual(sorted(hreflangs), ["en", "fr", "x-default"])

    def test_event_json_ld_has_the_required_properties(self):
        event = next(page for page, kind in self.expected_types if kind == "Event")
        (data,) = self.json_ld(self.head(event))
        for key in ("startDate", "endDate", "location", "eventAttendanceMode"):
            self.assertIn(key, data)
        self.assertEqual(data["location"]["@type"], "VirtualLocation")

    def test_episode_json_ld_points_to_the_audio(self):
        episode = self.expected_types[-1][0]
        (data,) = self.json_ld(self.head(episode))
        self.assertEqual(data["partOfSeries"]["@type"], "PodcastSeries")
        self.assertTrue(data["associatedMedia"]["contentUrl"].endswith(".mp3"))

    def test_an_image_gives_a_sharing_image_of_the_right_size(self):
        from wagtail_factories import ImageFactory

        article = next(
            page for page, kind in self.expected_types if kind == "NewsArticle"
        )
        article.listing_image = ImageFactory(width=2000, height=1500)
        article.save_revision().publish()
        head = self.head(article)
        self.assertIn(
            "fill-1200x630", head.select_one('meta[property="og:image"]')["content"]
        )
        self.assertEqual(
            head.select_one('meta[name="twitter:card"]')["content"],
            "summary_large_image",
        )


class RedirectTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.page = StandardPageFactory(parent=home, slug="partners", title="Partners")

    def test_a_renamed_page_keeps_its_old_url(self):
        self.client.force_login(self.create_test_user())
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/pages/{self.page.pk}/edit/",
                nested_form_data(
                    {
                        "title": "Partners",
                        "slug": "our-partners",
                        "introduction": "",
                        "body": streamfield([("paragraph", rich_text("Who we are."))]),
                        "action-publish": "publish",
                    }
                ),
            )
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        response = self.client.get("/en/partners/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/en/our-partners/")
        self.assertEqual(self.client.get("/en/our-partners/").status_code, 200)
