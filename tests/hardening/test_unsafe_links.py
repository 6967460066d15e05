"""Rich text and URL fields render no link that runs script.

Wagtail's editor refuses `javascript:` links, but a translator's override of a
link in wagtail-localize's editor, an import or the shell store whatever they
are given; the site's pages must still render nothing executable.
"""

import re

from django.test import TestCase

from bs4 import BeautifulSoup

from home.links import safe_links
from tests.factories.content import (
    EventPageFactory,
    NewsIndexPageFactory,
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
    ToolboxIndexPageFactory,
    ToolboxPageFactory,
)
from tests.factories.home import StandardPageFactory, make_home, paragraph
from tests.factories.snippets import PartnerFactory

HOSTILE_HREFS = [
    'href="javascript:alert(1)"',
    'href="JaVaScRiPt:alert(2)"',
    'href="&#106;avascript:alert(3)"',
    'href="javascript&colon;alert(4)"',
    'href=" java\tscript:alert(5)"',
    "href='javascript:alert(6)'",
    "href=javascript:alert(7)",
    'href="data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg=="',
    'href="vbscript:msgbox(9)"',
    'title=">" href="javascript:alert(10)"',
]
HOSTILE_URLS = ["javascript:alert(1)", " JavaScript:alert(2)", "data:text/html,x"]
# What a browser would run, read as it reads an attribute (bs4 decodes it).
RUNS = re.compile(r"^(?:javascript|vbscript|livescript|data):")


def executable_links(html):
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for name in ("href", "src", "action", "formaction"):
            value = tag.get(name)
            if value is not None:
                plain = re.sub(r"[`\x00-\x20\x7f-\xa0\s]+", "", value).lower()
                if RUNS.match(plain):
                    found.append(f"<{tag.name} {name}={value!r}>")
    return found


class UnsafeLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        links = "".join(
            f"<a {attributes}>link {number}</a> "
            for number, attributes in enumerate(HOSTILE_HREFS)
        )
        cls.page = StandardPageFactory(
            parent=cls.home,
            slug="links",
            body=[
                paragraph(
                    f'{links}<a href="https://example.org/">safe</a> '
                    '<a href="mailto:team@example.org">mail</a>'
                ),
                *(
                    {
                        "type": "call_to_action",
                        "value": {
                            "heading": "Go",
                            "text": "",
                            "page": None,
                            "external_url": url,
                            "link_text": "Go",
                        },
                    }
                    for url in HOSTILE_URLS
                ),
            ],
        )
        news = NewsIndexPageFactory(parent=cls.home)
        cls.event = EventPageFactory(parent=news)
        podcasts = PodcastIndexPageFactory(parent=cls.home)
        cls.episode = PodcastEpisodePageFactory(parent=podcasts)
        toolboxes = ToolboxIndexPageFactory(parent=cls.home)
        cls.toolbox = ToolboxPageFactory(
            parent=toolboxes, authoring_partner=PartnerFactory()
        )
        # Stored as an override or an import would: without the form's checks.
        cls.event.registration_url = HOSTILE_URLS[0]
        cls.episode.platform_links = [
            {"type": "link", "value": {"platform": "other", "url": url}}
            for url in HOSTILE_URLS
        ]
        cls.episode.show_notes = f"<p><a {HOSTILE_HREFS[0]}>notes</a></p>"
        cls.toolbox.introduction = f"<p><a {HOSTILE_HREFS[2]}>intro</a></p>"
        for page in [cls.event, cls.episode, cls.toolbox]:
            page.save(clean=False)
        partner = cls.toolbox.authoring_partner
        partner.website = HOSTILE_URLS[0]
        partner.save()

    def test_rich_text_keeps_safe_links_and_drops_script_ones(self):
        response = self.client.get(self.page.url)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertEqual(executable_links(html), [])
        self.assertIn('<a href="https://example.org/">safe</a>', html)
        self.assertIn('<a href="mailto:team@example.org">mail</a>', html)
        for number in range(len(HOSTILE_HREFS)):
            self.assertIn(f">link {number}</a>", html)  # the text stays

    def test_url_fields_and_blocks(self):
        for page in [self.event, self.episode, self.toolbox]:
            with self.subTest(page=type(page).__name__):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(executable_links(response.content.decode()), [])

    def test_plain_rich_text_is_left_untouched(self):
        text = '<p>Personal <a href="/en/about/" title="a &amp; b">data</a>.</p>'
        self.assertIs(safe_links(text), text)
