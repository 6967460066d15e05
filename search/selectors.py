"""What the search page needs: cleaned queries, filters, excerpts, promotions."""

import html
import re
import unicodedata

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

from home.generation import shared
from home.models import ContactPage, StandardPage
from home.restrictions import public
from news.models import ArticlePage, EventPage, InterviewPage, NewsletterIssuePage
from podcasts.models import PodcastEpisodePage
from toolbox.models import ToolboxModulePage, ToolboxPage

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 500
EXCERPT_LENGTH = 240

RESULT_TYPES = {
    "toolbox": (_("Toolboxes"), [ToolboxPage, ToolboxModulePage]),
    "news": (
        _("News and interviews"),
        [ArticlePage, InterviewPage, NewsletterIssuePage],
    ),
    "event": (_("Events"), [EventPage]),
    "episode": (_("Podcast episodes"), [PodcastEpisodePage]),
    "page": (_("Other pages"), [StandardPage, ContactPage]),
}
ALL_TYPES = [model for _label, models in RESULT_TYPES.values() for model in models]
THEMED_MODELS = [
    ArticlePage,
    InterviewPage,
    NewsletterIssuePage,
    EventPage,
    PodcastEpisodePage,
]


def clean_query(raw):
    """The query without control characters (NUL included), trimmed and cut.

    Returns "" when nothing searchable is left (only punctuation, say).
    """
    text = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in raw
    )
    # Double quotes would open a phrase that an unbalanced query never closes.
    text = " ".join(text.replace('"', " ").split())[:MAX_QUERY_LENGTH]
    return text if re.search(r"\w", text) else ""


def theme_page_ids(slug):
    ids = Q(pk__in=ToolboxPage.objects.filter(theme__slug=slug).values("pk"))
    for model in THEMED_MODELS:
        ids |= Q(pk__in=model.objects.filter(themes__slug=slug).values("pk"))
    return Page.objects.filter(ids).values_list("pk", flat=True)


def search_pages(query, locale, result_type="", theme=""):
    """IDs of live pages in `locale` matching `query`, best first.

    Pages whose title matches come before pages that match only in their text,
    whatever the backend's own scoring does with field boosts (SQLite's
    ignores them), each group in the backend's relevance order.
    """
    models = RESULT_TYPES[result_type][1] if result_type in RESULT_TYPES else ALL_TYPES
    pages = public(Page.objects.live()).filter(locale=locale).type(*models)
    if theme:
        pages = pages.filter(pk__in=list(theme_page_ids(theme)))
    title_matches = matching_ids(pages, query, fields=["title"])
    other_matches = matching_ids(pages, query)
    seen = set(title_matches)
    return title_matches + [pk for pk in other_matches if pk not in seen]


def matching_ids(pages, query, **options):
    """The ids of `pages` that match `query`, best first, at most MAX_RESULTS.

    Only the ids: the results are read whole for the page shown only. The
    site's database backends (search.backends) search a queryset of ids,
    which spares building a Page for each of up to 500 matches (15 ms);
    others (OpenSearch) return pages.
    """
    if getattr(get_search_backend(), "searches_values", False):
        ids = pages.values_list("pk", flat=True)
        return list(ids.search(query, **options)[:MAX_RESULTS])
    results = pages.only("id").search(query, **options)[:MAX_RESULTS]
    return [page.pk for page in results]


def result_pages(ids):
    """The pages for `ids`, in that order, in one query: a result shows a
    page's title, address and kind, which its generic Page holds."""
    by_id = Page.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def result_label(page):
    model = page.specific_class
    for label, models in RESULT_TYPES.values():
        if model in models:
            return getattr(model, "kind_label", "") or label
    return ""


def result_texts(pages):
    """{page id: the page's searchable text, title aside}, for excerpts.

    PostgreSQL's search backend keeps that text in its index (modelsearch's
    `body_text`): one query. Other backends: from the specific pages, one
    query per page type.
    """
    if getattr(get_search_backend(), "stores_text", False):
        types = {str(page.pk): page.content_type_id for page in pages}
        rows = IndexEntry.objects.filter(
            object_id__in=list(types), content_type_id__in=set(types.values())
        ).values_list("object_id", "content_type_id", "body_text")
        return {
            int(object_id): text
            for object_id, content_type_id, text in rows
            if types[object_id] == content_type_id
        }
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific()
    return {page.pk: _searchable_text(page) for page in specific}


def _searchable_text(page):
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            try:
                value = field.get_value(page)
            except AttributeError:
                continue
            if isinstance(value, list | tuple):
                value = " ".join(str(item) for item in value)
            if value:
                parts.append(str(value))
    return " ".join(parts)


def _term_patterns(query):
    """Word patterns for the query's words, loose enough for simple stemming."""
    patterns = []
    for word in re.findall(r"\w+", query):
        stem = word if len(word) <= 4 else word[: max(4, len(word) - 2)]
        patterns.append(re.escape(stem) + r"\w*")
    return patterns


def excerpt(text, query):
    """A short passage of a page's searchable `text` around the first match,
    matches in <mark>."""
    if "<" in text:  # markup left in indexed rich text
        text = strip_tags(text.replace("<", " <"))
    text = html.unescape(" ".join(text.split()))
    patterns = _term_patterns(query)
    if not text or not patterns:
        return ""
    matcher = re.compile(r"\b(?:" + "|".join(patterns) + ")", re.IGNORECASE)
    found = matcher.search(text)
    start = max(0, found.start() - EXCERPT_LENGTH // 3) if found else 0
    passage = text[start : start + EXCERPT_LENGTH]
    prefix = "… " if start else ""
    suffix = " …" if start + EXCERPT_LENGTH < len(text) else ""
    marked = matcher.sub(lambda match: f"\x00{match.group(0)}\x01", passage)
    escaped = html.escape(prefix + marked + suffix)
    return mark_safe(escaped.replace("\x00", "<mark>").replace("\x01", "</mark>"))  # noqa: S308


def promoted_queries():
    """The query strings staff promote results for (a promotion's change is a
    new content generation)."""
    return shared(
        ("promoted-queries",),
        lambda: set(
            SearchPromotion.objects.values_list("query__query_string", flat=True)
        ),
    )


def promotions(query, locale):
    """Results staff promote for this query, in `locale`: reads only (an
    unknown query is not stored). The promoted queries are read once per
    content generation; a promoted one costs two queries more."""
    query_string = normalise_query_string(query)
    if query_string not in promoted_queries():
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    keys = {pick.page.translation_key for pick in picks if pick.page_id}
    translations = (
        {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=keys, locale=locale)
            .select_related("locale")
        }
        if keys
        else {}
    )
    results = []
    for pick in picks:
        if pick.page_id:
            page = translations.get(pick.page.translation_key)
            if page:
                results.append(
                    {
                        "title": page.title,
                        "url": page.url,
                        "description": pick.description,
                    }
                )
        elif pick.external_link_url:
            results.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return results
