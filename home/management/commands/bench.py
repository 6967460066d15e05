"""Measure the public pages of the demo site: time, queries and memory.

Run through `make bench`, which loads the demo content first. Each page is
requested `--requests` times through Django's test client (the whole stack but
the network); the command prints the median and 95th percentile times and the
number of database queries, and exits with an error when a page misses its
budget, so that a regression shows up in the numbers rather than in a flaky
timed test.
"""

import resource
import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import override_settings

PAGES = [
    "/en/",
    "/fr/",
    "/ar/",
    "/en/about/",
    "/en/toolboxes/",
    "/en/toolboxes/parenting-in-a-new-country/",
    "/en/news/",
    "/en/news/?kind=event",
    "/en/news/closing-conference-brussels/",
    "/en/news/newsletter-2021/",
    "/en/podcasts/",
    "/en/podcasts/idahobit-2021-safer-spaces/",
    "/en/podcasts/feed/",
    "/en/search/?q=toolbox",
    "/en/contact/",
]


class Command(BaseCommand):
    help = "Time the demo site's public pages and check them against budgets."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=30)
        parser.add_argument("--p95-ms", type=float, default=250.0)
        parser.add_argument("--max-queries", type=int, default=55)
        parser.add_argument("--max-rss-mb", type=float, default=400.0)

    def handle(self, *args, requests, p95_ms, max_queries, max_rss_mb, **options):
        client = Client()
        failures = []
        self.stdout.write(f"{'page':48} {'median':>8} {'p95':>8} {'queries':>8}")
        with override_settings(DEBUG=True, ALLOWED_HOSTS=["testserver"]):
            for url in PAGES:
                client.get(url)  # warm the caches
                timings = []
                for _ in range(requests):
                    reset_queries()
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise CommandError(f"{url} answered {response.status_code}")
                queries = len(connection.queries)
                median = statistics.median(timings)
                p95 = statistics.quantiles(timings, n=20)[-1]
                self.stdout.write(f"{url:48} {median:7.1f}ms {p95:7.1f}ms {queries:8}")
                if p95 > p95_ms:
                    failures.append(f"{url}: p95 {p95:.0f} ms > {p95_ms:.0f} ms")
                if queries > max_queries:
                    failures.append(f"{url}: {queries} queries > {max_queries}")
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(f"peak memory (RSS): {rss_mb:.0f} MB")
        if rss_mb > max_rss_mb:
            failures.append(f"peak memory {rss_mb:.0f} MB > {max_rss_mb:.0f} MB")
        if failures:
            raise CommandError("Budgets missed:\n  " + "\n  ".join(failures))
        self.stdout.write(self.style.SUCCESS("Every page is within its budget."))
