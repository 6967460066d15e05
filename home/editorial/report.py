"""The translation status report: every translatable page and snippet × locale."""

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from home.models import Partner, Person, Theme

from .permissions import editable_locale_ids
from .status import (
    AWAITING_REVIEW,
    IN_PROGRESS,
    NOT_TRANSLATED,
    OUT_OF_DATE,
    STATE_LABELS,
    translation_state,
)

SNIPPET_MODELS = [Theme, Person, Partner]


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


def _english_pages():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    return list(
        site.root_page.get_descendants(inclusive=True)
        .filter(locale=Locale.get_default())
        .specific()
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


def status_rows(locale_ids=None):
    """One row per translatable object and non-English locale."""
    default = Locale.get_default()
    locales = Locale.objects.exclude(pk=default.pk).order_by("language_code")
    if locale_ids is not None:
        locales = locales.filter(pk__in=locale_ids)
    locales = list(locales)
    pages = _english_pages()
    sections = _sections(pages)
    objects = [(page, sections[page.pk]) for page in pages]
    for model in SNIPPET_MODELS:
        objects += [
            (snippet, str(_("Snippets")))
            for snippet in model.objects.filter(locale=default)
        ]
    keys = {obj.translation_key for obj, _section in objects}
    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(
            source__object_id__in=keys, enabled=True
        ).select_related("source", "target_locale")
    }
    targets = {}
    for model in {type(obj).get_translation_model() for obj, _section in objects}:
        for target in model.objects.filter(translation_key__in=keys).exclude(
            locale=default
        ):
            targets[(target.translation_key, target.locale_id)] = target
    edit_urls = AdminURLFinder()
    rows = []
    for obj, section in objects:
        for locale in locales:
            key = (obj.translation_key, locale.pk)
            translation = translations.get(key)
            target = targets.get(key)
            if translation is None or target is None:
                state, percent = NOT_TRANSLATED, 0
                edit_url = ""
            else:
                target = getattr(target, "specific", target)
                state, percent = translation_state(translation, target)
                edit_url = edit_urls.get_edit_url(target)
            rows.append(
                StatusRow(
                    title=str(obj),
                    content_type=str(type(obj)._meta.verbose_name),
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


WAITING_STATES = {IN_PROGRESS, OUT_OF_DATE, AWAITING_REVIEW}
