"""Absolute URLs name the site by its configured address, never by the request's
Host (fault 9: `Host: example.org:666` put `:666` into canonical, og:url,
hreflang, the sitemap, the feeds, enclosures and robots.txt)."""

from django.test import TestCase, override_settings

from bs4 import BeautifulSoup
from lxml import etree

from tests.factories.content import one_page_of_each_type
from tests.factories.home import make_home, translate

SITE = "https://equalcity.example"
HOSTS = ["equalcity.example:666", "equalcity.example:8443", "testserver:666"]


@override_settings(
    WAGTAILADMIN_BASE_URL=SITE,
    ALLOWED_HOSTS=["equalcity.example", "testserver"],
)
class ConfiguredAddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.pages = one_page_of_each_type(home)
        for page in cls.pages:
            translate(page, "fr")
        by_type = {type(page.specific).__name__: page.specific for page in cls.pages}
        cls.news = by_type["NewsIndexPage"]
        cls.podcasts = by_type["PodcastIndexPage"]
        cls.event = by_type["EventPage"]
        cls.episode = by_type["PodcastEpisodePage"]

    def get(self, url, host):
        response = self.client.get(url, HTTP_HOST=host)
        self.assertEqual(response.status_code, 200, url)
        return response

    def assertOnlyTheSiteAddress(self, text, url):
        self.assertNotIn(":666", text, url)
        self.assertNotIn(":8443", text, url)
        self.assertNotIn("http://testserver", text, url)
        self.assertNotIn("http://equalcity", text, url)

    def test_page_head_names_the_configured_address(self):
        for page in self.pages:
            for host in HOSTS:
                with self.subTest(url=page.url, host=host):
                    response = self.get(page.url, host)
                    html = response.content.decode()
                    self.assertOnlyTheSiteAddress(html, page.url)
                    soup = BeautifulSoup(html, "html.parser")
                    canonical = soup.find("link", rel="canonical")["href"]
                    self.assertEqual(canonical, SITE + page.url)
                    og_url = soup.find("meta", property="og:url")["content"]
                    self.assertEqual(og_url, SITE + page.url)
                    for link in soup.find_all("link", rel="alternate"):
                        self.assertTrue(link["href"].startswith(SITE + "/"), link)

    def test_search_page_canonical(self):
        response = self.get("/en/search/?q=toolbox", "equalcity.example:666")
        soup = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(
            soup.find("link", rel="canonical")["href"], SITE + "/en/search/"
        )

    def test_sitemap_index_and_pages(self):
        response = self.get("/sitemap.xml", "equalcity.example:666")
        index = etree.fromstring(response.content)
        locations = [
            element.text for element in index.iter() if element.tag.endswith("loc")
        ]
        self.assertEqual(locations, [SITE + "/sitemap-pages.xml"])
        response = self.get("/sitemap-pages.xml", "equalcity.example:666")
        text = response.content.decode()
        self.assertOnlyTheSiteAddress(text, "/sitemap-pages.xml")
        self.assertIn(f"<loc>{SITE}/en/</loc>", text)
        self.assertIn(f'href="{SITE}/fr/"', text)

    def test_feeds_and_enclosures(self):
        feeds = [
            self.news.url + self.news.reverse_subpage("rss"),
            self.news.url + self.news.reverse_subpage("atom"),
            self.podcasts.url + self.podcasts.reverse_subpage("feed"),
        ]
        for url in feeds:
            with self.subTest(url=url):
                text = self.get(url, "equalcity.example:666").content.decode()
                self.assertOnlyTheSiteAddress(text, url)
                self.assertIn(SITE + self.news.url.replace("news/", ""), text)
        podcast = self.get(feeds[2], "equalcity.example:666").content.decode()
        self.assertIn(f'url="{SITE}{self.episode.audio_url}"', podcast)
        self.assertIn(f'<atom:link href="{SITE}{feeds[2]}"', podcast)

    def test_calendar_entry(self):
        url = self.event.url + self.event.reverse_subpage("calendar")
        text = self.get(url, "equalcity.example:666").content.decode()
        self.assertNotIn(":666", text)
        self.assertIn(SITE + self.event.url, text.replace("\r\n ", ""))

    def test_robots_txt(self):
        text = self.get("/robots.txt", "equalcity.example:666").content.decode()
        self.assertIn(f"Sitemap: {SITE}/sitemap.xml\n", text)
        self.assertNotIn(":666", text)

    def test_a_port_in_host_shares_the_cached_page(self):
        """The page cache keys by host name, not port: one copy per page."""
        first = self.get("/en/", "equalcity.example")
        second = self.get("/en/", "equalcity.example:666")
        self.assertEqual(first.content, second.content)
