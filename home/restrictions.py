"""Page view restrictions (login or password), read once per content generation.

Wagtail reads them on every `public()` call and on every page served (its
`before_serve_page` check); a page calls `public()` for its navigation,
sections, related content and head. Here the site's few restrictions are read
once for every server until something changes (`home.generation`).

A restriction covers its page in every language: Wagtail ties a restriction to
one page of one locale, so a password on an English page would leave its
French translation (and everything below it) public. Here a restriction covers
the subtree of every page sharing its page's `translation_key`, for serving
(`BasePage.get_view_restrictions`) and for everything `public()` filters:
listings, search, feeds and the sitemap.
"""

from collections import defaultdict

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction

from .generation import shared


def view_restrictions():
    """[(restriction, [path of its page in each language])], every page view
    restriction of the site."""

    def read():
        restrictions = list(PageViewRestriction.objects.select_related("page"))
        keys = {restriction.page.translation_key for restriction in restrictions}
        paths = defaultdict(list)
        for key, path in Page.objects.filter(translation_key__in=keys).values_list(
            "translation_key", "path"
        ):
            paths[key].append(path)
        return [
            (restriction, sorted(paths[restriction.page.translation_key]))
            for restriction in restrictions
        ]

    return shared("view-restrictions-by-translation", read)


def restrictions_over(page):
    """The restrictions on `page`, its ancestors and their translations (not
    through aliases)."""
    return [
        restriction
        for restriction, paths in view_restrictions()
        if page.path.startswith(tuple(paths))
    ]


def public(pages):
    """`pages.public()`: without the pages a restriction covers, in any language."""
    private = Q()
    for _restriction, paths in view_restrictions():
        for path in paths:
            private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages
