"""The translation status report: every translatable page and snippet × locale.

Rows are computed in a constant number of queries however many objects there
are (`status.bulk_facts`): the English objects (one query per model), their
translations in the listed locales (one per model), and the Translations with
their segment counts, active workflow states and scheduled revisions (one
each). They stay a list, not a queryset: a "not translated" row has no
Translation, nor any other database row, to filter on, and pages and
snippets are different tables.
"""

from dataclasses import dataclass

from django.db.models import Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, Site, get_translatable_models

from .permissions import editable_locale_ids
from .status import (
    AWAITING_REVIEW,
    CHANGES_REQUESTED,
    IN_PROGRESS,
    NOT_TRANSLATED,
    OUT_OF_DATE,
    STATE_LABELS,
    bulk_facts,
)


@dataclass
class StatusRow:
    title: str
    content_type: str
    section: str
    locale: str
    language: str
    state: str
    state_label: str
    percent: int
    edit_url: str


def report_models():
    """Every translatable model that is translated on its own, pages first
    then snippets: not the inline children translated with their parent (as
    wagtail-localize's own report leaves them out)."""
    models = [
        model
        for model in get_translatable_models()
        if not any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
    ]
    return sorted(models, key=lambda model: not issubclass(model, Page))


def _english_pages(default):
    """The default site's pages in English, in tree order (one query)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return Page.objects.none()
    return (
        site.root_page.get_descendants(inclusive=True)
        .filter(locale=default)
        .order_by("path")
    )


def _sections(pages):
    """Section title (the page's top-level ancestor under the home page)."""
    by_path = {page.path: page for page in pages}
    home_depth = min((page.depth for page in pages), default=2)
    step = Page.steplen
    sections = {}
    for page in pages:
        if page.depth <= home_depth:
            sections[page.pk] = str(_("Home"))
            continue
        top = by_path.get(page.path[: step * (home_depth + 1)])
        sections[page.pk] = top.title if top else ""
    return sections


def _type_label(obj):
    model = getattr(obj, "specific_class", None) or type(obj)
    return str(model._meta.verbose_name)


def status_rows(locale_ids=None):
    """One row per translatable object and non-English locale (`locale_ids`
    only, when given), in a constant number of queries."""
    default = Locale.get_default()
    locales = Locale.objects.exclude(pk=default.pk).order_by("language_code")
    if locale_ids is not None:
        locales = locales.filter(pk__in=locale_ids)
    locales = list(locales)
    if not locales:
        return []
    objects = []
    targets = {}
    for model in report_models():
        if issubclass(model, Page):
            sources = _english_pages(default)
            pages = list(sources)
            sections = _sections(pages)
            objects += [(page, sections[page.pk]) for page in pages]
        else:
            sources = model.objects.filter(locale=default)
            objects += [(obj, str(_("Snippets"))) for obj in sources]
        targets[model] = model.objects.filter(
            translation_key__in=Subquery(sources.order_by().values("translation_key")),
            locale__in=locales,
        )
    facts = bulk_facts(default, [locale.pk for locale in locales], targets)
    translated = {
        (target.translation_key, target.locale_id): target
        for queryset in targets.values()
        for target in queryset
    }
    edit_urls = AdminURLFinder()
    rows = []
    for obj, section in objects:
        for locale in locales:
            key = (obj.translation_key, locale.pk)
            translation = facts.translations.get(key)
            target = translated.get(key)
            if translation is None or target is None:
                state, percent = NOT_TRANSLATED, 0
                edit_url = ""
            else:
                state, percent = facts.state(target, translation)
                edit_url = edit_urls.get_edit_url(target) or ""
            rows.append(
                StatusRow(
                    title=str(obj),
                    content_type=_type_label(obj),
                    section=section,
                    locale=locale.language_code,
                    language=locale.get_display_name(),
                    state=state,
                    state_label=str(STATE_LABELS[state]),
                    percent=percent,
                    edit_url=edit_url,
                )
            )
    return rows


class TranslationStatusReport(ReportView):
    """Reports → Translation status, with filters and CSV/XLSX export."""

    template_name = "editorial/translation_status.html"
    results_template_name = "editorial/translation_status_results.html"
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "editorial_translation_status"
    index_results_url_name = "editorial_translation_status_results"
    paginate_by = 100
    list_export = [
        "title",
        "content_type",
        "section",
        "locale",
        "state_label",
        "percent",
    ]
    export_headings = {
        "title": _("Title"),
        "content_type": _("Type"),
        "section": _("Section"),
        "locale": _("Language"),
        "state_label": _("State"),
        "percent": _("Translated (%)"),
    }

    def get_filename(self):
        return "translation-status"

    @cached_property
    def all_rows(self):
        return status_rows(editable_locale_ids(self.request.user))

    def get_queryset(self):
        rows = self.all_rows
        params = self.request.GET
        for field in ("locale", "state", "content_type", "section"):
            value = params.get(field)
            if value:
                rows = [row for row in rows if getattr(row, field) == value]
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        all_rows = self.all_rows
        choices = {
            "locale": sorted({(row.locale, row.language) for row in all_rows}),
            "state": [(state, str(label)) for state, label in STATE_LABELS.items()],
            "content_type": sorted({(row.content_type,) * 2 for row in all_rows}),
            "section": sorted({(row.section,) * 2 for row in all_rows}),
        }
        labels = {
            "locale": _("Language"),
            "state": _("State"),
            "content_type": _("Type"),
            "section": _("Section"),
        }
        context["filters"] = [
            {
                "name": name,
                "label": labels[name],
                "choices": choices[name],
                "selected": self.request.GET.get(name, ""),
            }
            for name in labels
        ]
        context["query"] = self.request.GET.urlencode()
        return context


# What the dashboard lists for translators: what they are working on, what
# needs their changes, and what awaits a publisher.
WAITING_STATES = {IN_PROGRESS, OUT_OF_DATE, CHANGES_REQUESTED, AWAITING_REVIEW}
