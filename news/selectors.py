"""The news listing: every kind in one query, filtered, paginated, in order.

The page types come in as `types` ({kind: page type}, `models.NEWS_TYPES`), so
that the models can call these queries without an import cycle.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.core.paginator import Paginator
from django.db.models import F, Q, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.utils import timezone

from home.selectors import (
    children_with_source_fallback,
    filter_query,
    slug_param,
    theme_options,
)

PER_PAGE = 12


def _year(value):
    return int(value) if value.isdigit() and len(value) == 4 else None


def news_queryset(index, types, kind=None, theme=None, year=None, kinds=None):
    """Live news under `index` (or untranslated English ones), newest first."""
    kinds = [kind] if kind in types else kinds or list(types)
    models = [types[name] for name in kinds]
    names = [model._meta.model_name for model in models]
    dates = [F(f"{name}__date") for name in names]
    pages = children_with_source_fallback(index, *models).annotate(
        news_date=Coalesce(*dates) if len(dates) > 1 else dates[0]
    )
    if theme:
        pages = pages.filter(
            reduce(or_, [Q(**{f"{name}__themes__slug": theme}) for name in names])
        ).distinct()
    if year:
        pages = pages.filter(news_date__year=year)
    return pages.order_by("-news_date", "-pk")


def specific_items(pages):
    """Specific pages for a page of results, in its order, with images and
    themes prefetched."""
    items = list(pages.specific().defer_streamfields())
    by_type = defaultdict(list)
    for item in items:
        by_type[type(item)].append(item)
    for group in by_type.values():
        prefetch_related_objects(group, "locale", "listing_image__renditions", "themes")
    return items


def related_news(page, themes, types, limit=3):
    """Other news sharing a theme with `page`, newest first."""
    if not themes:
        return []
    index = page.get_parent()
    pages = news_queryset(index, types).exclude(translation_key=page.translation_key)
    names = [model._meta.model_name for model in types.values()]
    slugs = [theme.slug for theme in themes]
    pages = pages.filter(
        reduce(or_, [Q(**{f"{name}__themes__slug__in": slugs}) for name in names])
    ).distinct()
    return specific_items(pages[:limit])


def upcoming_events(index, event_type, limit=3):
    """The next events (pages of `event_type`) that have not ended, soonest first."""
    return list(
        children_with_source_fallback(index, model=event_type)
        .filter(end__gte=timezone.now())
        .select_related("listing_image", "locale")
        .defer_streamfields()
        .order_by("start")[:limit]
    )


def news_listing(index, request, types):
    kind = request.GET.get("kind", "")
    theme = slug_param(request, "theme")
    year = _year(request.GET.get("year", ""))
    pages = news_queryset(index, types, kind, theme, year)
    paginator = Paginator(pages, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    items = specific_items(page_obj.object_list)
    now = timezone.now()
    years = sorted(
        {
            d.year
            for d in news_queryset(index, types).values_list("news_date", flat=True)
            if d
        },
        reverse=True,
    )
    return {
        "news_items": items,
        "news_page": page_obj,
        "upcoming_events": (
            [] if page_obj.has_previous() else upcoming_events(index, types["event"])
        ),
        "kinds": [(model.kind, model.kind_label) for model in types.values()],
        "themes": theme_options(index.locale),
        "years": years,
        "selected": {"kind": kind, "theme": theme, "year": year},
        "filter_query": filter_query({"kind": kind, "theme": theme, "year": year}),
        "now": now,
    }
