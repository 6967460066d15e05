"""The pages `make bench` load-tests, and the database queries each one runs.

`bench/run.py` (`make bench`) calls this command under the same settings as
the gunicorn it starts, once with the page cache off (`PAGE_CACHE_SECONDS=0`)
and once with it on. It finds one page of each kind in the database, requests
each twice through Django's test client in this process and counts the
queries of the second request: the cost of a page once the process has read
what it keeps between requests (with the page cache on, the cost of a hit).
With the page cache off it also measures each page "afresh": its shared
fragments and responses rendered rather than read, as on the first request
after a change (queries, and the median time of a few requests in this
process). It prints the pages as JSON for the runner, or as a table.
"""

import json
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.templatetags.static import static
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from home import generation
from news.models import (
    ArticlePage,
    EventPage,
    InterviewPage,
    NewsIndexPage,
    NewsletterIssuePage,
)
from podcasts.models import PodcastEpisodePage, PodcastIndexPage
from toolbox.models import ToolboxIndexPage, ToolboxPage

# What the issue's targets call each page: a detail page, a listing (home,
# indexes, feeds, search, sitemap), the 404 and the static file.
DETAIL, LISTING, NOT_FOUND, STATIC = "detail", "listing", "404", "static"
BULK_PREFIX = "bulk-"
SEARCH_QUERY = "toolbox"
NEWS_PAGE = 50
WRITES = ("INSERT", "UPDATE", "DELETE")
AFRESH_REQUESTS = 5


def first_page(model, locale):
    """The first live page of `model` in `locale`, demo content before bulk."""
    page = (
        model.objects.live()
        .filter(locale=locale)
        .exclude(slug__startswith=BULK_PREFIX)
        .order_by("path")
        .first()
    )
    if page is None:
        raise CommandError(
            f"No live {model._meta.verbose_name} in {locale.language_code}: "
            "run `manage.py load_demo_content` first."
        )
    return page


def bench_pages():
    """(label, URL, group) of every page the benchmark requests."""
    locale = Locale.get_default()
    news = first_page(NewsIndexPage, locale)
    podcast = first_page(PodcastIndexPage, locale)
    toolboxes = first_page(ToolboxIndexPage, locale)
    home = toolboxes.get_parent()
    with translation.override(locale.language_code):
        search = f"{reverse('search')}?q={SEARCH_QUERY}"
    return [
        ("home", home.url, LISTING),
        ("toolbox index", toolboxes.url, LISTING),
        ("toolbox", first_page(ToolboxPage, locale).url, DETAIL),
        ("news, page 1", news.url, LISTING),
        (f"news, page {NEWS_PAGE}", f"{news.url}?page={NEWS_PAGE}", LISTING),
        ("article", first_page(ArticlePage, locale).url, DETAIL),
        ("event", first_page(EventPage, locale).url, DETAIL),
        ("interview", first_page(InterviewPage, locale).url, DETAIL),
        ("newsletter issue", first_page(NewsletterIssuePage, locale).url, DETAIL),
        ("episode", first_page(PodcastEpisodePage, locale).url, DETAIL),
        ("news feed (RSS)", news.url + news.reverse_subpage("rss"), LISTING),
        ("podcast feed", podcast.url + podcast.reverse_subpage("feed"), LISTING),
        ("search", search, LISTING),
        ("sitemap", "/sitemap.xml", LISTING),
        ("sitemap, page 1", "/sitemap-pages.xml", LISTING),
        ("404", f"{home.url}no-such-page/", NOT_FOUND),
        ("static CSS", static("css/site.css"), STATIC),
    ]


class Command(BaseCommand):
    help = (
        "List the pages `make bench` requests, with the database queries each "
        "runs once the process is warm."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--json", action="store_true", help="Print JSON (for bench/run.py)."
        )

    def handle(self, *args, **options):
        pages = [self.measure(*page) for page in bench_pages()]
        if options["json"]:
            self.stdout.write(self.as_json(pages))
            return
        self.stdout.write(f"{'page':20} {'status':>6} {'queries':>8} {'cache':>6}  url")
        for page in pages:
            self.stdout.write(
                f"{page['label']:20} {page['status']:6} {page['queries']:8} "
                f"{page['cache']:>6}  {page['url']}"
            )

    def measure(self, label, url, group):
        client = Client()
        client.get(url)  # what the process keeps between requests; the cache
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return {
            "label": label,
            "url": url,
            "group": group,
            "status": response.status_code,
            "queries": len(queries),
            "writes": sum(
                1
                for query in queries.captured_queries
                if query["sql"].lstrip().upper().startswith(WRITES)
            ),
            "cache": response.get("X-Cache", ""),
            **self.afresh(client, url, group),
        }

    @staticmethod
    def afresh(client, url, group):
        """Queries and milliseconds of `url` on the first request after a
        change (page cache off only: with it on, that is a cache miss)."""
        if settings.PAGE_CACHE_SECONDS or group == STATIC:
            return {"afresh_queries": None, "afresh_ms": None}
        with generation.rendered_afresh():
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            count = len(queries)  # the next request empties Django's log
            timings = []
            for _ in range(AFRESH_REQUESTS):
                started = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
        return {
            "afresh_queries": count,
            "afresh_ms": statistics.median(timings),
        }

    def as_json(self, pages):
        database = connection.vendor
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT version()")
                database = cursor.fetchone()[0]
        return json.dumps({"database": database, "pages": pages}, indent=2)
