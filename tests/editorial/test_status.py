"""The translation status report and the translators' dashboard panel tell
the truth: each state of a translated page and snippet, as the report, its
CSV export and the dashboard show it, in a constant number of queries."""

import csv
import datetime
import io
import uuid
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Revision, Workflow, WorkflowState
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationSource,
)

from bs4 import BeautifulSoup

from home.models import HomePage, Partner, Person, Theme
from tests.factories.snippets import (
    PartnerFactory,
    PersonFactory,
    TraineeCityFactory,
)
from toolbox.models import ToolboxIndexPage, ToolboxPage

from .story import LiveSiteMixin, reloaded, toolbox_form

REPORT_URL = "/admin/reports/translation-status/"
RESULTS_URL = "/admin/reports/translation-status/results/"

PAGE = "Parenting in a new country"
SNIPPET = "Migrant parents"


class ReportMixin:
    def csv_rows(self, user, **params):
        """The report's CSV export as `user` downloads it."""
        self.as_user(user)
        response = self.client.get(REPORT_URL, {"export": "csv", **params})
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode()
        return list(csv.DictReader(io.StringIO(content)))

    def report_row(self, title, language_code):
        """(state, % translated) of `title` in `language_code`, in the CSV
        export a publisher downloads."""
        for row in self.csv_rows(self.publisher):
            if (row["Title"], row["Language"]) == (title, language_code):
                return row["State"], int(row["Translated (%)"])
        raise AssertionError(f"No row for {title} in {language_code}")

    def results_states(self, user, **params):
        """{(title, language name): state label} of the report's results page."""
        self.as_user(user)
        response = self.client.get(RESULTS_URL, params)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        states = {}
        for row in soup.select("tbody tr"):
            title, _type, _section, language, state, _percent = (
                cell.get_text(strip=True) for cell in row.select("td")
            )
            states[(title, language)] = state
        return states

    def dashboard_rows(self, user):
        """{(title, state label)} of the "Waiting in your language" panel."""
        self.as_user(user)
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        panel = soup.find(id="waiting-translations-heading")
        if panel is None:
            return None
        return {
            (cells[0].get_text(strip=True), cells[2].get_text(strip=True))
            for cells in (
                row.select("td") for row in panel.find_parent("section").select("tr")
            )
            if cells
        }


class TranslationStatesTests(ReportMixin, LiveSiteMixin, TestCase):
    """Each state of a translated page (a toolbox) and of a translated snippet
    (its theme), brought about as editors do, in the report, its CSV export
    and, for what waits on the translator, the dashboard."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.de = Locale.objects.get(language_code="de")

    def objects(self):
        """(English, French) versions of the page and of the snippet."""
        return [(self.toolbox, self.toolbox_fr), (self.theme, self.theme_fr)]

    def assert_states(self, expected, language="fr", percent=None):
        """Each of `expected` ({title: state label}) in `language`, in the CSV
        export and on the results page."""
        names = {"fr": "French", "de": "German"}
        results = self.results_states(self.publisher)
        for title, state in expected.items():
            with self.subTest(title=title, state=state):
                row_state, row_percent = self.report_row(title, language)
                self.assertEqual(row_state, state)
                self.assertEqual(results[(title, names[language])], state)
                if percent is not None:
                    self.assertEqual(row_percent, percent)

    def test_a_live_translation_without_changes_is_live_and_up_to_date(self):
        self.assert_states({PAGE: "Live", SNIPPET: "Live"}, percent=100)
        self.assertEqual(self.dashboard_rows(self.translator), set())

    def test_a_language_nothing_was_translated_into_is_not_translated(self):
        self.assert_states(
            {PAGE: "Not translated", SNIPPET: "Not translated"},
            language="de",
            percent=0,
        )

    def test_a_copy_made_without_wagtail_localize_is_not_translated(self):
        """A German copy that no wagtail-localize translation produced (it
        holds English text) is not a translation."""
        self.toolbox.copy_for_translation(self.de, copy_parents=True)
        self.theme.copy_for_translation(self.de).save()
        self.assert_states(
            {PAGE: "Not translated", SNIPPET: "Not translated"}, language="de"
        )

    def test_a_disabled_translation_is_not_translated(self):
        Translation.objects.filter(target_locale=self.french).update(enabled=False)
        self.assert_states({PAGE: "Not translated", SNIPPET: "Not translated"})

    def test_a_translation_requested_and_not_yet_submitted_is_in_progress(self):
        """Staff submit the theme, then the toolbox, for translation into
        German: drafts that no translator has submitted yet."""
        self.as_user(self.staff)
        for url in (
            f"/admin/localize/submit/snippet/home/theme/{self.theme.pk}/",
            f"/admin/localize/submit/page/{self.toolbox.pk}/",
        ):
            response = self.post(url, {"locales": [self.de.pk]})
            self.assertEqual(response.status_code, 302)
        self.assertFalse(self.toolbox.get_translation(self.de).live)
        self.assertFalse(self.theme.get_translation(self.de).live)
        self.assert_states({PAGE: "In progress", SNIPPET: "In progress"}, "de", 0)
        self.assertLessEqual(
            {(PAGE, "In progress"), (SNIPPET, "In progress")},
            self.dashboard_rows(self.german),
        )
        self.assertEqual(self.dashboard_rows(self.translator), set())

    def test_a_submitted_translation_awaits_review(self):
        for _english, french in self.objects():
            self.submit_translation(french, self.translator)
            self.assertTrue(reloaded(french).workflow_in_progress)
        self.assert_states({PAGE: "Awaiting review", SNIPPET: "Awaiting review"})
        self.assertEqual(
            self.dashboard_rows(self.translator),
            {(PAGE, "Awaiting review"), (SNIPPET, "Awaiting review")},
        )

    def test_a_translation_sent_back_by_a_publisher_needs_changes(self):
        for _english, french in self.objects():
            self.submit_translation(french, self.translator)
            self.request_changes(french, "Say it more simply.")
            state = reloaded(french).current_workflow_state
            self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        self.assert_states({PAGE: "Changes requested", SNIPPET: "Changes requested"})
        self.assertEqual(
            self.dashboard_rows(self.translator),
            {(PAGE, "Changes requested"), (SNIPPET, "Changes requested")},
        )

    def test_a_translation_with_a_scheduled_revision_is_scheduled(self):
        """As Wagtail's Publish with a go-live date in the future leaves it: a
        scheduled revision, and the live version unchanged until then."""
        for _english, french in self.objects():
            french = reloaded(french)
            french.go_live_at = timezone.now() + datetime.timedelta(days=3)
            french.save_revision(user=self.publisher).publish(user=self.publisher)
            french = reloaded(french)
            self.assertTrue(french.live)
            self.assertIsNotNone(french.scheduled_revision)
        self.assert_states({PAGE: "Scheduled", SNIPPET: "Scheduled"}, percent=100)
        self.assertEqual(self.dashboard_rows(self.translator), set())

    def test_an_approved_translation_is_live_again(self):
        for _english, french in self.objects():
            self.submit_translation(french, self.translator)
            self.approve(french)
            self.assertFalse(reloaded(french).has_unpublished_changes)
        self.assert_states({PAGE: "Live", SNIPPET: "Live"}, percent=100)

    def test_a_translation_is_out_of_date_when_the_english_page_changed(self):
        """The English toolbox edited and approved: the French one, still live,
        lacks the new segment."""
        self.as_user(self.staff)
        self.post(
            f"/admin/pages/{self.toolbox.pk}/edit/",
            toolbox_form(
                self.toolbox,
                summary="A new English summary.",
                **{"action-submit": "Submit for review"},
            ),
        )
        self.approve(self.toolbox)
        self.assertEqual(reloaded(self.toolbox).summary, "A new English summary.")
        self.assertTrue(reloaded(self.toolbox_fr).live)
        state, percent = self.report_row(PAGE, "fr")
        self.assertEqual(state, "Out of date")
        self.assertLess(percent, 100)
        self.assertIn((PAGE, "Out of date"), self.dashboard_rows(self.translator))

    def test_a_translation_is_out_of_date_when_the_english_snippet_changed(self):
        """The English theme edited and approved: the French one, still live,
        lacks the new segment (publishing refreshes the translation source)."""
        self.as_user(self.staff)
        self.post(
            f"/admin/snippets/home/theme/edit/{self.theme.pk}/",
            {
                "name": "Migrant parents",
                "slug": "migrant-parents",
                "description": "A new English description.",
                "action-submit": "Submit for review",
            },
        )
        self.approve(self.theme)
        self.assertEqual(reloaded(self.theme).description, "A new English description.")
        self.assertTrue(reloaded(self.theme_fr).live)
        state, percent = self.report_row(SNIPPET, "fr")
        self.assertEqual(state, "Out of date")
        self.assertLess(percent, 100)

    def test_a_translation_with_changes_nobody_submitted_is_out_of_date(self):
        """A translator changed segments, submitted, then withdrew: the live
        version is not what the translation now says."""
        for english, french in self.objects():
            translation = self.translation_of(english)
            self.edit_segments(translation, self.translator, "NEW")
            self.submit_translation(french, self.translator)
            self.post(self.edit_url(french), {"action": "withdraw"})
            french = reloaded(french)
            self.assertIsNone(french.current_workflow_state)
            self.assertTrue(french.live)
            self.assertTrue(french.has_unpublished_changes)
        self.assert_states({PAGE: "Out of date", SNIPPET: "Out of date"}, percent=100)
        self.assertEqual(
            self.dashboard_rows(self.translator),
            {(PAGE, "Out of date"), (SNIPPET, "Out of date")},
        )

    def test_a_translation_with_untranslated_segments_is_out_of_date(self):
        translation = self.translation_of(self.toolbox)
        StringTranslation.objects.filter(
            locale=self.french,
            translation_of__segments__source=translation.source,
        ).first().delete()
        state, percent = self.report_row(PAGE, "fr")
        self.assertEqual(state, "Out of date")
        self.assertLess(percent, 100)

    def test_translators_see_only_their_language(self):
        self.assertEqual(
            {row["Language"] for row in self.csv_rows(self.translator)}, {"fr"}
        )
        languages = {language for _title, language in self.results_states(self.german)}
        self.assertEqual(languages, {"German"})

    def test_the_report_filters_by_state_type_and_language(self):
        self.submit_translation(self.toolbox_fr, self.translator)
        rows = self.csv_rows(self.publisher, state="awaiting_review")
        self.assertEqual(
            [(row["Title"], row["Language"]) for row in rows], [(PAGE, "fr")]
        )
        rows = self.csv_rows(self.publisher, content_type="theme", locale="fr")
        self.assertEqual(
            [(row["Title"], row["State"]) for row in rows], [(SNIPPET, "Live")]
        )

    def test_every_translatable_model_is_reported(self):
        """Pages and the translatable snippets, not the inline children
        translated with their page, nor snippets that are not translatable."""
        PersonFactory(name="Ana")
        PartnerFactory(name="IOM")
        TraineeCityFactory(name="Ghent")
        types = {row["Type"] for row in self.csv_rows(self.publisher)}
        self.assertEqual(
            types,
            {
                str(model._meta.verbose_name)
                for model in (
                    HomePage,
                    ToolboxIndexPage,
                    ToolboxPage,
                    Theme,
                    Person,
                    Partner,
                )
            },
        )


def bulk_translated_themes(numbers, locales, requested_by):
    """English themes numbered `numbers`, translated into each of `locales`,
    written with bulk_create: every state a translation can be in, in turn."""
    english = Locale.get_default()
    theme_type = ContentType.objects.get_for_model(Theme)
    workflow = Workflow.objects.get(name="Editorial review")
    now = timezone.now()
    yesterday = now - datetime.timedelta(days=1)
    sources = Theme.objects.bulk_create(
        Theme(
            name=f"Bulk theme {number:04}",
            slug=f"bulk-theme-{number}",
            locale=english,
            live=True,
            last_published_at=yesterday,
        )
        for number in numbers
    )
    TranslatableObject.objects.bulk_create(
        TranslatableObject(
            translation_key=theme.translation_key, content_type=theme_type
        )
        for theme in sources
    )
    translation_sources = TranslationSource.objects.bulk_create(
        TranslationSource(
            object_id=theme.translation_key,
            specific_content_type=theme_type,
            locale=english,
            object_repr=theme.name,
            content_json="{}",
            last_updated_at=yesterday,
        )
        for theme in sources
    )
    string, _created = String.objects.get_or_create(locale=english, data="A bulk theme")
    contexts = TranslationContext.objects.bulk_create(
        TranslationContext(
            object_id=theme.translation_key,
            path="name",
            path_id=uuid.uuid4(),
            field_path="name",
        )
        for theme in sources
    )
    StringSegment.objects.bulk_create(
        StringSegment(
            source=source, context=context, order=0, string=string, attrs="{}"
        )
        for source, context in zip(translation_sources, contexts, strict=True)
    )
    targets, string_translations, translations = [], [], []
    for number, theme, source, context in zip(
        numbers, sources, translation_sources, contexts, strict=True
    ):
        kind = number % 6
        for locale in locales:
            targets.append(
                Theme(
                    name=f"{locale.language_code} {theme.name}",
                    slug=theme.slug,
                    locale=locale,
                    translation_key=theme.translation_key,
                    live=kind != 2,
                    last_published_at=now if kind != 2 else None,
                )
            )
            translations.append(Translation(source=source, target_locale=locale))
            if kind != 1:
                string_translations.append(
                    StringTranslation(
                        translation_of=string,
                        locale=locale,
                        context=context,
                        data=f"{locale.language_code} A bulk theme",
                        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    )
                )
    targets = Theme.objects.bulk_create(targets)
    Translation.objects.bulk_create(translations)
    StringTranslation.objects.bulk_create(string_translations)
    states, revisions = [], []
    for index, target in enumerate(targets):
        kind = numbers[index // len(locales)] % 6
        if kind in (3, 4):
            states.append(
                WorkflowState(
                    content_type=theme_type,
                    base_content_type=theme_type,
                    object_id=str(target.pk),
                    workflow=workflow,
                    status=(
                        WorkflowState.STATUS_IN_PROGRESS
                        if kind == 3
                        else WorkflowState.STATUS_NEEDS_CHANGES
                    ),
                    requested_by=requested_by,
                )
            )
        elif kind == 5:
            revisions.append(
                Revision(
                    content_type=theme_type,
                    base_content_type=theme_type,
                    object_id=str(target.pk),
                    content={},
                    object_str=target.name,
                    created_at=now,
                    approved_go_live_at=now + datetime.timedelta(days=2),
                )
            )
    WorkflowState.objects.bulk_create(states)
    Revision.objects.bulk_create(revisions)


class QueryCountTests(ReportMixin, LiveSiteMixin, TestCase):
    """The report, its export and the dashboard make as many queries for
    hundreds of rows as for ten."""

    def measure(self):
        """{view: (queries, what it shows of the bulk themes)} for the results
        page and the CSV export (a publisher) and the dashboard (the French
        translator)."""
        measured = {}
        self.as_user(self.publisher)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(RESULTS_URL, {"content_type": "theme"})
        self.assertEqual(response.status_code, 200)
        measured["results"] = (len(queries), response.content.count(b"Bulk theme"))
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(REPORT_URL, {"export": "csv"})
            content = b"".join(response.streaming_content).decode()
        self.assertEqual(response.status_code, 200)
        measured["csv"] = (
            len(queries),
            Counter(
                (row["Language"], row["State"])
                for row in csv.DictReader(io.StringIO(content))
                if row["Title"].startswith("Bulk theme")
            ),
        )
        self.as_user(self.translator)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        measured["dashboard"] = (len(queries), response.content.count(b"Bulk theme"))
        return measured

    def test_the_same_queries_for_10_rows_as_for_500(self):
        """5 themes in French and German (10 rows of each language), then 250
        (500), every state in turn; the report lists all six languages."""
        locales = list(Locale.objects.filter(language_code__in=["fr", "de"]))
        self.measure()  # Wagtail's and Django's per-process caches warm up
        bulk_translated_themes(range(5), locales, self.staff)
        small = self.measure()
        bulk_translated_themes(range(5, 250), locales, self.staff)
        large = self.measure()
        queries = {view: (small[view][0], large[view][0]) for view in small}
        self.assertEqual(
            {view: small_count for view, (small_count, _large) in queries.items()},
            {view: large_count for view, (_small, large_count) in queries.items()},
            queries,
        )

        self.assertEqual(large["results"][1], 100)  # its first page
        # Themes numbered n are, by n % 6: live, out of date (a missing
        # segment), in progress, awaiting review, changes requested, scheduled.
        expected = {
            "Live": 42,
            "Out of date": 42,
            "In progress": 42,
            "Awaiting review": 42,
            "Changes requested": 41,
            "Scheduled": 41,
        }
        states = large["csv"][1]
        for language in ("fr", "de"):
            self.assertEqual(
                {
                    state: count
                    for (row_language, state), count in states.items()
                    if row_language == language
                },
                expected,
            )
        for language in ("nl", "it", "sv", "ar"):
            self.assertEqual(states[(language, "Not translated")], 250)
        self.assertEqual(sum(small["csv"][1].values()), 5 * 6)
        # The French translator's dashboard: what waits on translators or
        # publishers, not what is live or scheduled.
        self.assertEqual(small["dashboard"][1], 4)
        self.assertEqual(large["dashboard"][1], 42 * 3 + 41)
