"""Counting the queries a page costs, the way query budgets are asserted."""

from contextlib import contextmanager
from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import generation
from home.templatetags import site_tags


@contextmanager
def fragments_rendered_afresh():
    """Every `{% shared_fragment %}` and shared response (feeds, sitemap
    pages) rendered, as on the first request after a publish: what a page
    costs, not what the cache saves."""
    fresh = mock.Mock(shared=lambda key, compute, **kwargs: compute())
    with (
        mock.patch.object(site_tags, "generation", fresh),
        mock.patch.object(generation, "SHARED_RESPONSES", False),
    ):
        yield


def steady_query_count(client, url, attempts=4):
    """The queries `url` costs once the site's shared structure is read
    (after a change, the first requests read it again and settle), with its
    shared fragments rendered afresh.

    Meant for tests that run with the page cache off."""
    counts = []
    for _ in range(attempts):
        with CaptureQueriesContext(connection) as queries, fragments_rendered_afresh():
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts.append(len(queries))
        if len(counts) > 1 and counts[-1] == counts[-2]:
            return counts[-1]
    raise AssertionError(f"{url}: the query count never settled: {counts}")
