"""The news at scale: the last page of the listing costs what the first costs,
years come from one aggregate, related news from one indexed query.

Items are added the quick way (`add_child`, no revisions), all four kinds in
turn so that every page of the listing holds every kind (a page costs two
queries per kind it shows: its fields and its themes, so at most eight): 16
items (two pages) against 124 (eleven pages) shows that no query runs per item
or per page number; 500 would show the same, only slower.
"""

import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail_factories import ImageFactory

from bs4 import BeautifulSoup

from news.models import (
    NEWS_TYPES,
    ArticlePage,
    EventPage,
    InterviewPage,
    NewsletterIssuePage,
)
from news.selectors import news_years, related_news
from tests.factories.content import (
    ArticlePageFactory,
    EventPageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
)
from tests.factories.home import make_home
from tests.factories.snippets import ThemeFactory
from tests.queries import steady_query_count

KINDS = [ArticlePage, EventPage, InterviewPage, NewsletterIssuePage]
LATEST = datetime.date(2024, 12, 1)


def news_item(model, number, themes=(), image=None):
    """An unsaved news item of `model`, 40 days older than the one before."""
    fields = {
        "title": f"{model.__name__} {number}",
        "slug": f"{model._meta.model_name}-{number}",
        "live": True,
        "date": LATEST - datetime.timedelta(days=40 * number),
        "listing_image": image,
    }
    if any(field.name == "summary" for field in model._meta.get_fields()):
        fields["summary"] = f"News number {number}."
    if model is EventPage:
        start = datetime.datetime(2020, 1, 1, 10, tzinfo=datetime.UTC)
        fields.update(start=start, end=start, venue="Town hall", contact="Team")
    elif model is InterviewPage:
        fields.update(anonymous_role="Teacher", anonymous_city="Lyon")
    elif model is NewsletterIssuePage:
        fields.update(number=number + 1000, introduction="<p>Project news.</p>")
    item = model(**fields)
    item.themes = list(themes)
    return item


def more_news(index, start, count, themes=(), image=None):
    for number in range(start, start + count):
        model = KINDS[number % len(KINDS)]
        index.add_child(instance=news_item(model, number, themes, image))


def card_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        link.get_text(strip=True)
        for link in soup.select("#news-results .card__title a")
    ]


@override_settings(PAGE_CACHE_SECONDS=0)
class NewsListingScaleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.index = NewsIndexPageFactory(parent=home)
        cls.theme = ThemeFactory(slug="safe-spaces")
        cls.image = ImageFactory()
        more_news(cls.index, 0, 16, themes=[cls.theme], image=cls.image)

    def counts(self, last_page, url="/en/news/"):
        separator = "&" if "?" in url else "?"
        return {
            "first": steady_query_count(self.client, url),
            "second": steady_query_count(self.client, f"{url}{separator}page=2"),
            "last": steady_query_count(
                self.client, f"{url}{separator}page={last_page}"
            ),
        }

    def test_the_last_page_costs_what_the_first_costs_at_any_size(self):
        small = self.counts(last_page=2)
        more_news(self.index, 16, 108, themes=[self.theme], image=self.image)
        self.assertEqual(len(card_titles(self.client.get("/en/news/?page=11"))), 4)
        large = self.counts(last_page=11)
        self.assertEqual(large, small)
        # The first page alone also lists the upcoming events: one query more.
        self.assertEqual(large["first"], large["last"] + 1)

    def test_filtered_listings_cost_the_same_at_any_size(self):
        small = self.counts(last_page=2, url="/en/news/?theme=safe-spaces")
        more_news(self.index, 16, 108, themes=[self.theme], image=self.image)
        large = self.counts(last_page=11, url="/en/news/?theme=safe-spaces")
        self.assertEqual(large, small)

    def test_years_come_from_one_aggregate_query(self):
        more_news(self.index, 16, 17)  # 33 items over four years
        news_years(self.index, NEWS_TYPES)  # the locales, read once per process
        with CaptureQueriesContext(connection) as queries:
            years = news_years(self.index, NEWS_TYPES)
        self.assertEqual(years, [2024, 2023, 2022, 2021])
        self.assertEqual(len(queries), 1)
        self.assertIn("DISTINCT", queries[0]["sql"].upper())
        soup = BeautifulSoup(self.client.get("/en/news/").content, "html.parser")
        options = [option["value"] for option in soup.select("#filter-year option")]
        self.assertEqual(options, [""] + [str(year) for year in years])

    def test_every_item_appears_once_across_the_pages_newest_first(self):
        more_news(self.index, 16, 20)  # 36 items, three full pages
        titles = []
        for page in (1, 2, 3):
            titles += card_titles(self.client.get(f"/en/news/?page={page}"))
        self.assertEqual(len(titles), 36)
        self.assertEqual(len(set(titles)), 36)
        self.assertEqual(
            titles, [f"{KINDS[number % 4].__name__} {number}" for number in range(36)]
        )


class RelatedNewsScaleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.index = NewsIndexPageFactory(parent=home)
        cls.parents = ThemeFactory(slug="migrant-parents")
        cls.schools = ThemeFactory(slug="schools")
        cls.article = ArticlePageFactory(
            parent=cls.index, title="Mediation", date=datetime.date(2022, 1, 1)
        )
        cls.article.themes.set([cls.parents, cls.schools])
        cls.article.save_revision().publish()
        cls.both = cls.themed(
            EventPageFactory,
            "On both themes",
            datetime.date(2021, 3, 1),
            cls.parents,
            cls.schools,
        )
        cls.themed(
            InterviewPageFactory, "On schools", datetime.date(2021, 2, 1), cls.schools
        )
        cls.themed(
            ArticlePageFactory, "Older, on parents", datetime.date(2020, 1, 1)
        ).themes.set([cls.parents])
        ArticlePageFactory(
            parent=cls.index, title="Unrelated", date=datetime.date(2023, 1, 1)
        )
        draft = ArticlePageFactory(
            parent=cls.index,
            title="Draft on parents",
            live=False,
            date=datetime.date(2023, 1, 1),
        )
        draft.themes.set([cls.parents])
        draft.save()

    @classmethod
    def themed(cls, factory, title, date, *themes):
        page = factory(parent=cls.index, title=title, date=date)
        page.themes.set(themes or [cls.parents])
        page.save_revision().publish()
        return page

    def related_titles(self, page):
        soup = BeautifulSoup(self.client.get(page.url).content, "html.parser")
        related = soup.select_one("#related-heading").find_parent("section")
        return [link.get_text(strip=True) for link in related.select(".card__title a")]

    def test_related_news_share_a_theme_newest_first_each_once(self):
        self.assertEqual(
            self.related_titles(self.article),
            ["On both themes", "On schools", "Older, on parents"],
        )
        self.assertEqual(
            self.related_titles(self.both),
            ["Mediation", "On schools", "Older, on parents"],
        )

    def test_related_news_take_a_constant_number_of_queries(self):
        themes = [self.parents, self.schools]
        with CaptureQueriesContext(connection) as few:
            related_news(self.article, themes, NEWS_TYPES)
        more_news(self.index, 0, 40, themes=themes)
        with CaptureQueriesContext(connection) as many:
            related = related_news(self.article, themes, NEWS_TYPES)
        self.assertEqual(len(related), 3)
        self.assertEqual(len(many), len(few))
        for query in many.captured_queries:
            self.assertNotIn("DISTINCT", query["sql"].upper())

    def test_an_item_without_themes_has_no_related_news(self):
        self.assertEqual(related_news(self.article, [], NEWS_TYPES), [])
        unrelated = ArticlePage.objects.get(title="Unrelated")
        self.assertNotIn(
            'id="related-heading"', self.client.get(unrelated.url).content.decode()
        )

    def test_events_in_the_future_count_as_related_news_too(self):
        future = self.themed(EventPageFactory, "Next workshop", timezone.now().date())
        self.assertEqual(self.related_titles(self.article)[0], future.title)

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_related_news_are_read_once_per_content_generation(self):
        """The related cards are the same for every visitor: rendered once
        (shared_fragment), then served from the cache until anything a
        visitor sees changes."""
        self.client.get(self.index.url)  # makes the site's settings
        with CaptureQueriesContext(connection) as first:
            first_titles = self.related_titles(self.article)
        with CaptureQueriesContext(connection) as second:
            self.assertEqual(self.related_titles(self.article), first_titles)
        self.assertLess(len(second), len(first))
        # related_news() excludes the page's own translations: not run again.
        excludes_itself = [
            query
            for query in second.captured_queries
            if 'NOT ("wagtailcore_page"."translation_key"' in query["sql"]
        ]
        self.assertEqual(excludes_itself, [])
        newest = self.themed(ArticlePageFactory, "Just published", LATEST)
        self.assertEqual(self.related_titles(self.article)[0], newest.title)
        newest.unpublish()
        self.assertEqual(self.related_titles(self.article), first_titles)
