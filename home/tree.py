"""The page tree around a page, read once per content generation.

Breadcrumbs and a section's table of contents are the same for every page
below them and change only when pages do (`home.generation`).
"""

from .generation import shared
from .restrictions import public


def ancestors(page):
    """The live, public ancestors of `page` below the root (its breadcrumbs),
    specific, read once per content generation for all the pages they hold."""
    parent_path = page.path[: -page.steplen]
    return shared(
        ("ancestors", parent_path),
        lambda: list(
            public(page.get_ancestors().filter(depth__gt=1).live()).specific()
        ),
    )


def children(page, model):
    """The live, public `model` children of `page`, in tree order, read once
    per content generation (a section's own table of contents)."""
    return shared(
        ("children", page.pk, model._meta.label_lower),
        lambda: list(public(model.objects.child_of(page).live())),
    )


def parent(page):
    """The specific parent of `page`: from `ancestors` when it is live and
    public, else read (a draft toolbox's chapter in preview)."""
    crumbs = ancestors(page)
    if crumbs and crumbs[-1].path == page.path[: -page.steplen]:
        return crumbs[-1]
    return page.get_parent().specific
