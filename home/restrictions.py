"""Page view restrictions (login or password), read once per content generation.

Wagtail reads them on every `public()` call and on every page served (its
`before_serve_page` check); a page calls `public()` for its navigation,
sections, related content and head. Here the site's few restrictions are read
once for every server until something changes (`home.generation`).
"""

from django.db.models import Q

from wagtail.models import PageViewRestriction

from .generation import shared


def view_restrictions():
    """Every page view restriction, with its page's path."""
    return shared(
        "view-restrictions",
        lambda: list(PageViewRestriction.objects.select_related("page")),
    )


def restrictions_over(page):
    """The restrictions on `page` and its ancestors (not through aliases)."""
    return [
        restriction
        for restriction in view_restrictions()
        if page.path.startswith(restriction.page.path)
    ]


def public(pages):
    """`pages.public()`: without the pages a restriction covers."""
    private = Q()
    for restriction in view_restrictions():
        private |= pages.descendant_of_q(restriction.page, inclusive=True)
    return pages.exclude(private) if private else pages
