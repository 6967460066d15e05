"""The news listing: every kind in one query, filtered, paginated, in order.

The page types come in as `types` ({kind: page type}, `models.NEWS_TYPES`), so
that the models can call these queries without an import cycle.
"""

import re
from collections import defaultdict

from django.core.paginator import Paginator
from django.db.models import F, prefetch_related_objects
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from home.selectors import (
    children_with_source_fallback,
    filter_query,
    slug_param,
    theme_options,
)
from home.tree import parent

PER_PAGE = 12


def _year(value):
    """A four-digit year from the query string, or None. ASCII digits only:
    "²²²²".isdigit() is true, and int() refuses it."""
    return int(value) if re.fullmatch(r"[0-9]{4}", value) else None


def themed_page_ids(models, slugs):
    """The ids of pages of `models` with one of the themes `slugs`, as a
    subquery: a UNION of one lookup per theme table, each by the theme's
    indexed column, instead of joining every table with OR and DISTINCT."""
    lookups = []
    for model in models:
        field = model._meta.get_field("themes")
        themes = field.related_model.objects.filter(slug__in=slugs).values("pk")
        lookups.append(
            field.remote_field.through.objects.filter(
                **{f"{field.m2m_reverse_field_name()}__in": themes}
            ).values_list(f"{field.m2m_field_name()}_id", flat=True)
        )
    return lookups[0].union(*lookups[1:]) if len(lookups) > 1 else lookups[0]


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
        pages = pages.filter(pk__in=themed_page_ids(models, [theme]))
    if year:
        pages = pages.filter(news_date__year=year)
    return pages.order_by("-news_date", "-pk")


def specific_items(pages, themes=True):
    """Specific pages for a page of results, in its order, with images (and
    their themes, for cards that show them) prefetched."""
    items = list(pages.specific().defer_streamfields())
    # Every page type has these two relations (from Page and BasePage).
    prefetch_related_objects(items, "locale", "listing_image__renditions")
    if themes:
        by_type = defaultdict(list)
        for item in items:
            by_type[type(item)].append(item)
        for group in by_type.values():
            prefetch_related_objects(group, "themes")
    return items


def related_news(page, themes, types, limit=3):
    """Other news sharing a theme with `page`, newest first."""
    if not themes:
        return []
    index = parent(page)
    slugs = sorted({theme.slug for theme in themes})
    pages = (
        news_queryset(index, types)
        .exclude(translation_key=page.translation_key)
        .filter(pk__in=themed_page_ids(types.values(), slugs))
    )
    return specific_items(pages[:limit], themes=False)  # related cards show none


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
    kind = kind if kind in types else ""
    theme = slug_param(request, "theme")
    year = _year(request.GET.get("year", ""))
    pages = news_queryset(index, types, kind, theme, year)
    paginator = Paginator(pages, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    now = timezone.now()
    # Lazy: read only when the cached fragment that shows them is not
    # (news/news_index_page.html, shared_fragment).
    return {
        "news_items": SimpleLazyObject(lambda: specific_items(page_obj.object_list)),
        "news_page": page_obj,
        "upcoming_events": (
            []
            if page_obj.has_previous()
            else SimpleLazyObject(lambda: upcoming_events(index, types["event"]))
        ),
        "kinds": [(model.kind, model.kind_label) for model in types.values()],
        "themes": SimpleLazyObject(lambda: theme_options(index.locale)),
        "years": SimpleLazyObject(lambda: news_years(index, types)),
        "selected": {"kind": kind, "theme": theme, "year": year},
        "filter_query": filter_query({"kind": kind, "theme": theme, "year": year}),
        "now": now,
    }


def news_years(index, types):
    """The years that have news, newest first, by one aggregate query."""
    years = (
        news_queryset(index, types)
        .order_by()
        .annotate(year=ExtractYear("news_date"))
        .values_list("year", flat=True)
        .distinct()
    )
    return sorted((year for year in years if year), reverse=True)
