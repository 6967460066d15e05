"""Pagination links the first and last pages and those around the current
one, whatever the number of pages (components/pagination.html)."""

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import SimpleTestCase

from bs4 import BeautifulSoup


def links(number, pages=167):
    page_obj = Paginator(range(pages * 12), 12).get_page(number)
    html = render_to_string(
        "components/pagination.html", {"page_obj": page_obj, "query": "kind=event"}
    )
    soup = BeautifulSoup(html, "html.parser")
    return soup, [a.get_text(strip=True) for a in soup.select(".pagination__link")]


class PaginationTests(SimpleTestCase):
    def test_a_long_listing_links_the_ends_and_the_neighbours_only(self):
        soup, numbers = links(50)
        self.assertEqual(
            numbers, ["Previous", "1", "48", "49", "50", "51", "52", "167", "Next"]
        )
        gaps = soup.select(".pagination__ellipsis")
        self.assertEqual(len(gaps), 2)
        self.assertTrue(all(gap["aria-hidden"] == "true" for gap in gaps))
        current = soup.select_one("[aria-current=page]")
        self.assertEqual(current["href"], "?kind=event&page=50")

    def test_a_short_listing_links_every_page(self):
        _soup, numbers = links(2, pages=4)
        self.assertEqual(numbers, ["Previous", "1", "2", "3", "4", "Next"])
