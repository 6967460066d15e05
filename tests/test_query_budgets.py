"""Query budgets: what a page costs the database, with the page cache off.

At most 12 queries for a detail page and 20 for the home page, listings,
feeds, search and the sitemap, the same with 10 items as with 500. Counts are
taken once the site's shared structure (locales, homes, menus, settings) is
read, as it is on a running server (`tests.queries.steady_query_count`).
"""

import datetime

from django.test import TestCase, override_settings

from news.models import ArticlePage
from podcasts.models import PodcastEpisodePage
from tests.factories.content import (
    ArticlePageFactory,
    EventPageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsletterIssuePageFactory,
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
    ToolboxIndexPageFactory,
    ToolboxModulePageFactory,
    ToolboxPageFactory,
)
from tests.factories.home import StandardPageFactory, make_home, paragraph, translate
from tests.factories.snippets import PersonFactory, ThemeFactory
from tests.queries import steady_query_count
from toolbox.models import ToolboxPage

DETAIL_BUDGET = 12
LISTING_BUDGET = 20
SMALL, LARGE = 10, 500

DETAIL_PAGES = [
    "/en/about/",
    "/en/toolboxes/toolbox-a/",
    "/en/toolboxes/toolbox-a/chapter/",
    "/fr/toolboxes/toolbox-a/",
    "/en/news/article-a/",
    "/en/news/event/",
    "/en/news/interview/",
    "/en/news/newsletter/",
    "/en/podcasts/episode-a/",
]
LISTINGS = [
    "/en/",
    "/fr/",
    "/en/toolboxes/",
    "/en/news/",
    "/en/news/?page=2",
    "/en/news/?kind=article",
    "/en/news/feed/rss/",
    "/en/news/feed/atom/",
    "/en/podcasts/",
    "/en/podcasts/feed/",
    "/en/search/?q=news",
    "/sitemap.xml",
]


def more(parent, model, count, start=0, **fields):
    """`count` live pages of `model` below `parent`, the quick way (no
    revisions): what a page shows of many items, not how they were made."""
    for number in range(start, start + count):
        parent.add_child(
            instance=model(
                title=f"More {model.__name__} {number}",
                slug=f"more-{model._meta.model_name}-{number}",
                summary="One more item.",
                live=True,
                **fields,
            )
        )


@override_settings(PAGE_CACHE_SECONDS=0)
class QueryBudgetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        theme = ThemeFactory()
        StandardPageFactory(parent=cls.home, slug="about")
        cls.toolboxes = ToolboxIndexPageFactory(parent=cls.home)
        toolbox = ToolboxPageFactory(
            parent=cls.toolboxes, slug="toolbox-a", theme=theme
        )
        ToolboxModulePageFactory(parent=toolbox, slug="chapter")
        cls.news = NewsIndexPageFactory(parent=cls.home)
        article = ArticlePageFactory(parent=cls.news, slug="article-a")
        article.themes.set([theme])
        article.save_revision().publish()
        EventPageFactory(parent=cls.news, slug="event")
        interview = InterviewPageFactory(
            parent=cls.news,
            slug="interview",
            interviewee=PersonFactory(),
            anonymous_role="",
            anonymous_city="",
        )
        interview.themes.set([theme])
        interview.save_revision().publish()
        NewsletterIssuePageFactory(parent=cls.news, slug="newsletter")
        cls.podcasts = PodcastIndexPageFactory(parent=cls.home)
        cls.episode = PodcastEpisodePageFactory(parent=cls.podcasts, slug="episode-a")
        for page in (cls.home, cls.toolboxes, toolbox):
            translate(page, "fr")
        cls.grow(SMALL, theme)

    @classmethod
    def grow(cls, count, theme=None):
        """Add items until each listing has about `count`."""
        have = ArticlePage.objects.count()
        more(
            cls.news,
            ArticlePage,
            count - have,
            have,
            date=datetime.date(2020, 1, 1),
            body=[paragraph("More news.")],
        )
        have = ToolboxPage.objects.filter(locale=cls.home.locale).count()
        more(
            cls.toolboxes,
            ToolboxPage,
            count - have,
            have,
            theme=theme or toolbox_theme(),
            introduction="<p>What it holds.</p>",
        )
        have = PodcastEpisodePage.objects.count()
        more(
            cls.podcasts,
            PodcastEpisodePage,
            count - have,
            have,
            date=datetime.date(2020, 1, 1),
            audio=cls.episode.audio,
            duration=datetime.timedelta(minutes=20),
            transcript="<p>Welcome.</p>",
        )

    def counts(self, urls):
        return {url: steady_query_count(self.client, url) for url in urls}

    def test_detail_pages_and_listings_keep_within_budget_at_any_size(self):
        small = self.counts(DETAIL_PAGES + LISTINGS)
        for url in DETAIL_PAGES:
            with self.subTest(url=url):
                self.assertLessEqual(small[url], DETAIL_BUDGET)
        for url in LISTINGS:
            with self.subTest(url=url):
                self.assertLessEqual(small[url], LISTING_BUDGET)
        type(self).grow(LARGE)
        large = self.counts(DETAIL_PAGES + LISTINGS)
        for url, count in large.items():
            # Never more with 500 items; fewer where the first page of the
            # larger set holds fewer kinds of item (one query per kind).
            with self.subTest(url=url, small=small[url], large=count):
                self.assertLessEqual(count, small[url])


def toolbox_theme():
    return ToolboxPage.objects.first().theme
