"""Counting the queries a page costs, the way query budgets are asserted."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import generation


def steady_query_count(client, url, attempts=4):
    """The queries `url` costs once the site's shared structure is read
    (after a change, the first requests read it again and settle), with its
    shared fragments rendered afresh.

    Meant for tests that run with the page cache off."""
    counts = []
    for _ in range(attempts):
        with CaptureQueriesContext(connection) as queries, generation.rendered_afresh():
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts.append(len(queries))
        if len(counts) > 1 and counts[-1] == counts[-2]:
            return counts[-1]
    raise AssertionError(f"{url}: the query count never settled: {counts}")
