"""Hostile requests to every public URL pattern and the admin login: never a 5xx.

Each public URL is reached as a visitor would (every page type in English,
French and Arabic, search, feeds, calendar, sitemap index and page, robots.txt,
the health check, the language redirect, a document, a podcast's audio, the
contact form) and then abused: unknown language prefixes, invalid UTF-8 and
NUL in the path and the query, digits that are not ASCII, 10,000-character
queries, bodies over DATA_UPLOAD_MAX_MEMORY_SIZE, wrong methods, bad `Range`
headers and a foreign `Host`. The answer must be a sensible refusal (400, 403,
404, 405, 413, 416) or the page itself, never a server error. The test client
re-raises an exception a view lets through, so a 500 fails with its traceback.
"""

from urllib.parse import quote, quote_from_bytes

from django.conf import settings
from django.test import Client, TestCase, override_settings
from django.urls import reverse

from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from tests.factories.content import (
    DocumentFactory,
    ToolboxModulePageFactory,
    one_page_of_each_type,
)
from tests.factories.home import ContactPageFactory, make_home, translate

LANGUAGES = ["en", "fr", "ar"]
# What a refusal may be; 2xx/3xx/304 where the request is still a fair one.
SENSIBLE = {200, 204, 206, 301, 302, 304, 400, 403, 404, 405, 413, 416}
# Every query parameter a public view reads, and a few it does not.
PARAMETERS = ["year", "page", "p", "q", "kind", "theme", "type", "audience", "next"]
UNICODE_DIGITS = ["²²²²", "٢٠٢١", "२०२१", "①", "⁴²", "𝟚𝟘𝟚𝟙", "১", "Ⅻ", "½"]
HOSTILE_VALUES = [
    *UNICODE_DIGITS,
    "%00",
    "%FF%FE",
    "%C0%AF",
    "%ED%A0%80",  # a UTF-16 surrogate, invalid in UTF-8
    "-1",
    "0",
    "1e9",
    "9" * 5000,  # over Python's int() digit limit
    "NaN",
    "[]",
    "%0d%0aSet-Cookie:x=1",
]


class SiteUnderAttack:
    """Every page type live in English, French and Arabic, with a contact
    page, a toolbox chapter, a document and an episode's audio."""

    @classmethod
    def build_site(cls):
        home = make_home()
        pages = one_page_of_each_type(home)
        toolbox = next(p for p in pages if p.specific_class.__name__ == "ToolboxPage")
        pages.append(ToolboxModulePageFactory(parent=toolbox))
        pages.append(ContactPageFactory(parent=home))
        cls.pages = {"en": pages}
        for language in LANGUAGES[1:]:
            cls.pages[language] = [translate(page, language) for page in pages]
        by_type = {type(page.specific).__name__: page.specific for page in pages}
        cls.contact = by_type["ContactPage"]
        cls.news = by_type["NewsIndexPage"]
        cls.podcasts = by_type["PodcastIndexPage"]
        cls.event = by_type["EventPage"]
        cls.episode = by_type["PodcastEpisodePage"]
        cls.document = DocumentFactory()

    @classmethod
    def page_urls(cls, languages=LANGUAGES):
        return [page.url for language in languages for page in cls.pages[language]]

    @classmethod
    def public_urls(cls, languages=LANGUAGES):
        """One URL of every public URL pattern, pages in `languages`."""
        routes = [
            cls.news.url + cls.news.reverse_subpage("rss"),
            cls.news.url + cls.news.reverse_subpage("atom"),
            cls.podcasts.url + cls.podcasts.reverse_subpage("feed"),
            cls.event.url + cls.event.reverse_subpage("calendar"),
        ]
        return [
            *cls.page_urls(languages),
            *routes,
            *(f"/{language}/search/?q=toolbox" for language in LANGUAGES),
            "/",
            "/healthz",
            "/robots.txt",
            "/sitemap.xml",
            "/sitemap-pages.xml",
            cls.document.url,
            cls.episode.audio_url,
            "/admin/login/",
        ]

    def assertSensible(self, response, url, allowed=SENSIBLE):
        self.assertIn(
            response.status_code, allowed, f"{url} answered {response.status_code}"
        )


class HostileRequestTests(SiteUnderAttack, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.build_site()

    def test_every_url_answers_normally_first(self):
        for url in self.public_urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302 if url == "/" else 200)

    def test_news_years_in_unicode_digits_are_ignored(self):
        """Fault 5: "²²²²".isdigit() is true, int("²²²²") raises."""
        for value in UNICODE_DIGITS:
            with self.subTest(year=value):
                response = self.client.get(self.news.url, {"year": value})
                self.assertEqual(response.status_code, 200)
                self.assertIsNone(response.context["selected"]["year"])

    def test_unicode_digits_and_junk_in_every_parameter_of_every_url(self):
        # Pages in English only: the other languages run the same views.
        for url in self.public_urls(languages=["en"]):
            for value in HOSTILE_VALUES:
                query = "&".join(
                    f"{name}={quote(value, safe='%')}" for name in PARAMETERS
                )
                with self.subTest(url=url, value=value[:20]):
                    response = self.client.get(url, QUERY_STRING=query)
                    self.assertSensible(response, url)

    def test_sitemap_pages_that_are_not_numbers_are_not_found(self):
        for value in ["²", "0", "-1", "abc", "9" * 5000, "%00", "99999"]:
            with self.subTest(p=value[:20]):
                response = self.client.get(
                    "/sitemap-pages.xml", QUERY_STRING=f"p={value}"
                )
                self.assertEqual(response.status_code, 404)

    def test_unknown_language_prefixes_are_not_found(self):
        for path in [
            "/xx/",
            "/zz/news/",
            "/en-xx/",
            "/EN/",
            "/fr-ca/",
            "/qq/search/?q=a",
            "/%FF/",
            "/en%00/",
            "/../etc/passwd",
            "/en/..%2f..%2fetc/passwd",
        ]:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertSensible(response, path, {301, 302, 400, 404})

    def test_invalid_utf8_and_nul_in_the_path(self):
        for url in self.page_urls():
            for suffix in ["%FF%FE/", "%00/", "a%00b/", "%C0%AF/", "%ED%A0%80/"]:
                path = url + suffix
                with self.subTest(path=path):
                    response = self.client.get(path)
                    self.assertSensible(response, path, {301, 302, 400, 404})

    def test_nul_and_invalid_utf8_in_the_search_query(self):
        for query in ["q=%00", "q=a%00b", "q=%FF%FE", "q=%ED%A0%80", "q=\x00"]:
            with self.subTest(query=query):
                response = self.client.get("/en/search/", QUERY_STRING=query)
                self.assertEqual(response.status_code, 200)

    def test_ten_thousand_character_queries(self):
        long = "a" * 10_000
        for url in self.public_urls():
            with self.subTest(url=url):
                response = self.client.get(url, {"q": long, "theme": long, "p": long})
                self.assertSensible(response, url)
        response = self.client.get("/en/search/", {"q": "word " * 2000})
        self.assertEqual(response.status_code, 200)

    def test_very_long_paths(self):
        for path in ["/en/" + "a" * 10_000 + "/", "/en/" + "a/" * 2000]:
            response = self.client.get(path)
            self.assertSensible(response, path[:30], {301, 302, 400, 404})

    def test_wrong_methods(self):
        """Unsafe methods without a CSRF token are refused (403); views that
        only read refuse them with 405."""
        client = Client(enforce_csrf_checks=True)
        for url in self.public_urls():
            for method in ["post", "put", "patch", "delete", "options", "trace"]:
                with self.subTest(url=url, method=method):
                    response = getattr(client, method)(url)
                    self.assertSensible(response, url)
        for url in [
            "/healthz",
            "/robots.txt",
            "/",
            "/en/search/",
            self.episode.audio_url,
        ]:
            with self.subTest(url=url):
                self.assertEqual(self.client.delete(url).status_code, 405)

    def test_bodies_over_the_upload_limit(self):
        """More than DATA_UPLOAD_MAX_MEMORY_SIZE is refused, never read into a 500."""
        size = settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1024
        huge = {"message": "x" * size}
        response = self.client.post(self.contact.url, huge)
        self.assertEqual(response.status_code, 400)
        response = self.client.post(
            "/admin/login/", {"username": "x" * size, "password": "y"}
        )
        self.assertEqual(response.status_code, 400)
        client = Client(enforce_csrf_checks=True)
        for url in self.public_urls():
            with self.subTest(url=url):
                response = client.post(url, huge)
                self.assertSensible(response, url, {400, 403, 405, 413})
        response = self.client.post(
            self.contact.url,
            b"x" * size,
            content_type="application/octet-stream",
        )
        self.assertSensible(response, self.contact.url, {200, 400, 413})

    def test_hostile_contact_form_posts(self):
        cases = [
            {"your_name": "a\x00b", "your_email_address": "a@b.c", "your_message": "x"},
            {"your_email_address": "²@²²", "your_message": "١٢٣"},
            {"your_email_address": "a@b.c", "your_message": "y" * 10_000},
            {"your_email_address": ["a@b.c", "d@e.f"], "your_message": ["x", "y"]},
            {"homepage_url": "http://spam.example", "your_message": "\u202e\ufeff"},
        ]
        for data in cases:
            with self.subTest(data=str(data)[:60]):
                response = self.client.post(self.contact.url, data)
                self.assertSensible(response, self.contact.url, {200})
        response = self.client.post(
            self.contact.url,
            "your_message=%FF%FE&your_email_address=%00",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 200)
        response = self.client.post(
            self.contact.url, "{not json", content_type="application/json"
        )
        self.assertSensible(response, self.contact.url, {200, 400})

    def test_hostile_admin_logins(self):
        cases = [
            {"username": "admin\x00", "password": "x"},
            {"username": "²²²²", "password": "١٢٣"},
            {"username": "a" * 10_000, "password": "b" * 10_000},
            {"username": ["a", "b"], "password": ["c"]},
        ]
        for data in cases:
            with self.subTest(data=str(data)[:60]):
                response = self.client.post("/admin/login/", data)
                self.assertSensible(response, "/admin/login/", {200, 403, 429})
        for query in [
            "next=%00",
            "next=javascript:alert(1)",
            "next=%FF",
            "next=//evil",
        ]:
            with self.subTest(query=query):
                response = self.client.get("/admin/login/", QUERY_STRING=query)
                self.assertEqual(response.status_code, 200)

    def test_bad_range_headers_on_audio_and_documents(self):
        for url in [self.episode.audio_url, self.document.url]:
            for header in [
                "bytes=abc",
                "bytes=5-1",
                "bytes=999999999-",
                "bytes=-0",
                "bytes=0-1,2-3",
                "bytes=²-³",
                "bytes=١-٢",
                "bytes=" + "9" * 5000 + "-",
                "items=0-1",
                "bytes=--1",
                "bytes=0-\x00",
                "",
            ]:
                with self.subTest(url=url, range=header[:20]):
                    response = self.client.get(url, HTTP_RANGE=header)
                    self.assertSensible(response, url, {200, 206, 416})

    def test_unicode_digit_ranges_are_not_read_as_numbers(self):
        response = self.client.get(self.episode.audio_url, HTTP_RANGE="bytes=١-٢")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("Content-Range", response)

    @override_settings(ALLOWED_HOSTS=["testserver", "equalcity.example"])
    def test_a_foreign_host_is_refused(self):
        for url in self.public_urls():
            for host in ["evil.example", "evil.example:443", "[::1", "a" * 300]:
                with self.subTest(url=url, host=host[:20]):
                    response = self.client.get(url, HTTP_HOST=host)
                    self.assertEqual(response.status_code, 400)
        response = self.client.post(self.contact.url, {}, HTTP_HOST="evil.example")
        self.assertEqual(response.status_code, 400)


def _query_string():
    text = st.text(max_size=40)
    digits = st.text(
        alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=8
    )
    raw = st.binary(max_size=20).map(lambda b: quote_from_bytes(b, safe=""))
    value = st.one_of(
        text.map(lambda t: quote(t, safe="")), digits.map(lambda t: quote(t)), raw
    )
    name = st.one_of(st.sampled_from(PARAMETERS), raw)
    pair = st.tuples(name, value).map("=".join)
    return st.lists(pair, max_size=6).map("&".join)


class QueryStringFuzzTests(SiteUnderAttack, HypothesisTestCase):
    """Any query string, of any bytes, on any public URL: a sensible answer."""

    @classmethod
    def setUpTestData(cls):
        cls.build_site()
        cls.urls = cls.public_urls()

    @hypothesis_settings(
        max_examples=50,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(index=st.integers(min_value=0), query=_query_string())
    def test_any_query_string(self, index, query):
        url = self.urls[index % len(self.urls)].split("?")[0]
        response = self.client.get(url, QUERY_STRING=query)
        self.assertSensible(response, f"{url}?{query}")

    @hypothesis_settings(max_examples=50, deadline=None)
    @given(query=_query_string())
    def test_any_query_string_on_the_news_and_search(self, query):
        for url in [self.news.url, "/fr/search/", "/sitemap-pages.xml"]:
            response = self.client.get(url, QUERY_STRING=query)
            self.assertSensible(response, f"{url}?{query}")


def test_admin_login_url_is_where_the_tests_post():
    assert reverse("wagtailadmin_login") == "/admin/login/"
