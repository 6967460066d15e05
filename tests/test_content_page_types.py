"""Every content page type: where it may be created, and that it renders."""

from django.test import TestCase

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import ContactPage, HomePage, StandardPage
from news.models import (
    ArticlePage,
    EventPage,
    InterviewPage,
    NewsIndexPage,
    NewsletterIssuePage,
)
from podcasts.models import PodcastEpisodePage, PodcastIndexPage
from tests.factories.content import (
    AudioFactory,
    NewsIndexPageFactory,
    PodcastIndexPageFactory,
    ToolboxIndexPageFactory,
    one_page_of_each_type,
)
from tests.factories.home import make_home
from tests.factories.snippets import PersonFactory, ThemeFactory
from toolbox.models import ToolboxIndexPage, ToolboxModulePage, ToolboxPage

NEWS_TYPES = {NewsletterIssuePage, ArticlePage, InterviewPage, EventPage}


class AllowedTypesTests(WagtailPageTestCase):
    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                ToolboxIndexPage,
                NewsIndexPage,
                PodcastIndexPage,
                ContactPage,
            },
        )

    def test_toolbox_types(self):
        self.assertAllowedParentPageTypes(ToolboxIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ToolboxIndexPage, {ToolboxPage})
        self.assertAllowedParentPageTypes(ToolboxPage, {ToolboxIndexPage})
        self.assertAllowedSubpageTypes(ToolboxPage, {ToolboxModulePage})
        self.assertAllowedParentPageTypes(ToolboxModulePage, {ToolboxPage})
        self.assertAllowedSubpageTypes(ToolboxModulePage, set())

    def test_news_types(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, NEWS_TYPES)
        for page_type in NEWS_TYPES:
            with self.subTest(page_type=page_type):
                self.assertAllowedParentPageTypes(page_type, {NewsIndexPage})
                self.assertAllowedSubpageTypes(page_type, set())

    def test_podcast_types(self):
        self.assertAllowedParentPageTypes(PodcastIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PodcastIndexPage, {PodcastEpisodePage})
        self.assertAllowedParentPageTypes(PodcastEpisodePage, {PodcastIndexPage})
        self.assertAllowedSubpageTypes(PodcastEpisodePage, set())


class CreateInAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.toolboxes = ToolboxIndexPageFactory(parent=cls.home)
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.podcasts = PodcastIndexPageFactory(parent=cls.home)
        cls.theme = ThemeFactory()
        cls.person = PersonFactory()
        cls.audio = AudioFactory()

    def setUp(self):
        self.client.force_login(self.create_test_user())

    def test_index_pages_exist_once_per_language(self):
        for index_type in (ToolboxIndexPage, NewsIndexPage, PodcastIndexPage):
            with self.subTest(index_type=index_type):
                self.assertFalse(index_type.can_create_at(self.home))
                url = (
                    f"/admin/pages/add/{index_type._meta.app_label}/"
                    f"{index_type._meta.model_name}/{self.home.pk}/"
                )
                self.assertEqual(self.client.get(url).status_code, 302)

    def test_staff_create_a_toolbox_with_steps(self):
        self.assertCanCreate(
            self.toolboxes,
            ToolboxPage,
            nested_form_data(
                {
                    "title": "Parenting in a new country",
                    "slug": "parenting",
                    "theme": self.theme.pk,
                    "summary": "Trust-building dialogue with migrant parents.",
                    "audience": "frontline-workers",
                    "introduction": rich_text("What it contains."),
                    "how_developed": rich_text("Piloted in Luxembourg."),
                    "steps": inline_formset(
                        [
                            {"title": "Prepare", "text": rich_text("Read it.")},
                            {"title": "Listen", "text": rich_text("Listen first.")},
                        ]
                    ),
                    "downloads": inline_formset([]),
                    "related_pages": inline_formset([]),
                }
            ),
        )
        toolbox = ToolboxPage.objects.get(slug="parenting")
        self.assertEqual(
            [step.title for step in toolbox.steps.all()], ["Prepare", "Listen"]
        )

    def test_staff_create_an_event(self):
        self.assertCanCreate(
            self.news,
            EventPage,
            nested_form_data(
                {
                    "title": "Thematic workshop",
                    "slug": "workshop",
                    "event_type": "workshop",
                    "start": "2021-06-11 10:00",
                    "end": "2021-06-11 12:30",
                    "time_zone": "Europe/Brussels",
                    "event_format": "online",
                    "contact": "Elisabeth Palmero",
                    "summary": "Online workshop.",
                    "body": streamfield([]),
                    "speakers": [self.person.pk],
                    "themes": [self.theme.pk],
                    "date": "2021-05-20",
                }
            ),
        )

    def test_event_needs_an_end_after_its_start_and_a_venue_in_person(self):
        response = self.client.post(
            f"/admin/pages/add/news/eventpage/{self.news.pk}/",
            nested_form_data(
                {
                    "title": "Broken event",
                    "slug": "broken",
                    "event_type": "conference",
                    "start": "2021-10-22 17:00",
                    "end": "2021-10-22 09:00",
                    "time_zone": "Europe/Brussels",
                    "event_format": "in-person",
                    "summary": "x",
                    "body": streamfield([]),
                    "date": "2021-05-20",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The event cannot end before it starts.")
        self.assertContains(
            response, "Give the venue of an event that happens in person."
        )
        self.assertContains(response, "Give a registration link or a contact.")
        self.assertFalse(EventPage.objects.filter(slug="broken").exists())

    def test_interview_needs_a_person_or_an_anonymous_role_and_city(self):
        data = {
            "title": "Interview",
            "slug": "interview",
            "summary": "x",
            "questions": streamfield(
                [("question", {"question": "Q?", "answer": rich_text("A.")})]
            ),
            "date": "2021-07-01",
        }
        response = self.client.post(
            f"/admin/pages/add/news/interviewpage/{self.news.pk}/",
            nested_form_data(data),
        )
        self.assertContains(response, "give the role and city of an anonymous")
        data.update(anonymous_role="Cultural mediator", anonymous_city="Gothenburg")
        self.assertCanCreate(self.news, InterviewPage, nested_form_data(data))

    def test_staff_create_an_article_and_a_newsletter_issue(self):
        self.assertCanCreate(
            self.news,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Selected by UNDESA",
                    "slug": "undesa",
                    "date": "2021-09-01",
                    "summary": "A good practice for the SDGs.",
                    "body": streamfield([("paragraph", rich_text("Text."))]),
                }
            ),
        )
        self.assertCanCreate(
            self.news,
            NewsletterIssuePage,
            nested_form_data(
                {
                    "title": "Project update",
                    "slug": "project-update",
                    "number": 1,
                    "date": "2021-09-30",
                    "introduction": rich_text("Final year."),
                    "sections": streamfield(
                        [
                            (
                                "section",
                                {
                                    "heading": "Thematic workshops",
                                    "text": rich_text("In June."),
                                    "image": {
                                        "image": "",
                                        "decorative": "",
                                        "alt_text": "",
                                    },
                                    "call_to_action": streamfield([]),
                                    "linked_pages": streamfield([]),
                                },
                            )
                        ]
                    ),
                }
            ),
        )

    def test_staff_create_an_episode(self):
        self.assertCanCreate(
            self.podcasts,
            PodcastEpisodePage,
            nested_form_data(
                {
                    "title": "IDAHOBIT 2021",
                    "slug": "idahobit",
                    "date": "2021-05-17",
                    "audio": self.audio.pk,
                    "duration": "00:21:05",
                    "summary": "Safer spaces.",
                    "transcript": rich_text("Host: welcome."),
                    "show_notes": rich_text(""),
                    "platform_links": streamfield([]),
                    "guests": [self.person.pk],
                }
            ),
        )


class RenderTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.pages = one_page_of_each_type(cls.home)

    def test_every_page_type_renders_with_one_h1_and_the_quick_exit(self):
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
                response = self.client.get(page.url)
                self.assertContains(response, "<h1", count=1)
                self.assertContains(response, "data-quick-exit")

    def test_home_page_shows_every_section(self):
        response = self.client.get("/en/")
        for heading in [
            "Toolboxes",
            "Upcoming events",
            "Latest news",
            "Latest podcast episode",
        ]:
            self.assertContains(response, heading)


class HomeStatsTests(TestCase):
    def test_trainee_city_count_comes_from_the_data(self):
        from tests.factories.snippets import TraineeCityFactory

        make_home()
        for number in range(73):
            TraineeCityFactory(country=["BE", "FR", "IT", "SE"][number % 4])
        response = self.client.get("/en/")
        self.assertContains(response, "<bdi>70+</bdi>", html=False)
        self.assertContains(response, "<bdi>4</bdi>", html=False)
