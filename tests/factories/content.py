"""Factories for the content apps' pages and the documents they point to."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

import factory

from news.models import (
    ArticlePage,
    EventPage,
    InterviewPage,
    NewsIndexPage,
    NewsletterIssuePage,
)
from podcasts.models import PodcastEpisodePage, PodcastIndexPage
from toolbox.models import (
    ToolboxIndexPage,
    ToolboxModulePage,
    ToolboxPage,
    ToolboxStep,
)

from .home import PublishedPageFactory, StandardPageFactory, paragraph
from .snippets import ThemeFactory


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            o.content, name=f"{o.title.lower().replace(' ', '-')}.pdf"
        )
    )

    class Params:
        content = b"%PDF-1.4 demo"

    class Meta:
        model = get_document_model()


class AudioFactory(DocumentFactory):
    title = factory.Sequence(lambda n: f"Episode audio {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(o.content, name=f"episode-{o.title[-1]}.mp3")
    )

    class Params:
        content = bytes(range(256)) * 40  # 10 240 bytes, every value


class ToolboxIndexPageFactory(PublishedPageFactory):
    title = "Toolboxes"
    slug = "toolboxes"

    class Meta:
        model = ToolboxIndexPage


class ToolboxPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Toolbox {n}")
    slug = factory.Sequence(lambda n: f"toolbox-{n}")
    theme = factory.SubFactory(ThemeFactory)
    summary = factory.Faker("sentence")
    introduction = "<p>What the toolbox contains.</p>"

    class Meta:
        model = ToolboxPage
        skip_postgeneration_save = True

    @factory.post_generation
    def steps(obj, create, extracted, **kwargs):
        if not create:
            return
        for number, title in enumerate(extracted or ["Prepare", "Listen"]):
            ToolboxStep.objects.create(
                page=obj,
                title=title,
                text="<p>Do it.</p>",
                sort_order=number,
                locale=obj.locale,
            )


class ToolboxModulePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Chapter {n}")
    slug = factory.Sequence(lambda n: f"chapter-{n}")
    body = factory.LazyFunction(lambda: [paragraph("The chapter itself.")])

    class Meta:
        model = ToolboxModulePage


class NewsIndexPageFactory(PublishedPageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class ArticlePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    date = datetime.date(2021, 6, 1)
    summary = factory.Faker("sentence")
    body = factory.LazyFunction(lambda: [paragraph("Article text.")])

    class Meta:
        model = ArticlePage


class InterviewPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Interview {n}")
    slug = factory.Sequence(lambda n: f"interview-{n}")
    date = datetime.date(2021, 7, 1)
    anonymous_role = "Social worker"
    anonymous_city = "Gothenburg"
    campaign = "Frontline Workers in the Spotlight"
    summary = factory.Faker("sentence")
    questions = factory.LazyFunction(
        lambda: [
            {
                "type": "question",
                "value": {"question": "What do you do?", "answer": "<p>I listen.</p>"},
            }
        ]
    )

    class Meta:
        model = InterviewPage


class EventPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    date = datetime.date(2021, 5, 1)
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    summary = factory.Faker("sentence")
    contact = "Elisabeth Palmero, epalmero@iom.int"

    class Meta:
        model = EventPage


class NewsletterIssuePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Newsletter {n}")
    slug = factory.Sequence(lambda n: f"newsletter-{n}")
    number = factory.Sequence(lambda n: n + 1)
    date = datetime.date(2021, 9, 30)
    introduction = "<p>The project has entered its final year.</p>"
    sections = factory.LazyFunction(
        lambda: [
            {
                "type": "section",
                "value": {
                    "heading": "Thematic workshops",
                    "text": "<p>In June…</p>",
                    "image": {"image": None, "decorative": False, "alt_text": ""},
                    "call_to_action": [],
                    "linked_pages": [],
                },
            }
        ]
    )

    class Meta:
        model = NewsletterIssuePage


class PodcastIndexPageFactory(PublishedPageFactory):
    title = "Podcast"
    slug = "podcasts"
    description = "Conversations about safer cities."
    owner_name = "IOM Belgium and Luxembourg"
    owner_email = "podcast@example.org"

    class Meta:
        model = PodcastIndexPage


class PodcastEpisodePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Episode {n}")
    slug = factory.Sequence(lambda n: f"episode-{n}")
    date = datetime.date(2021, 5, 17)
    audio = factory.SubFactory(AudioFactory)
    duration = datetime.timedelta(minutes=21, seconds=5)
    episode_number = factory.Sequence(lambda n: n + 1)
    season_number = 1
    summary = factory.Faker("sentence")
    transcript = "<p>Host: Welcome to the Equalcity podcast.</p>"

    class Meta:
        model = PodcastEpisodePage


def one_page_of_each_type(home):
    """A live page of every public page type below `home` (itself included),
    each after its parent: the tree most page tests start from."""
    toolboxes = ToolboxIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    podcasts = PodcastIndexPageFactory(parent=home)
    return [
        home,
        StandardPageFactory(parent=home),
        toolboxes,
        ToolboxPageFactory(parent=toolboxes),
        news,
        ArticlePageFactory(parent=news),
        InterviewPageFactory(parent=news),
        NewsletterIssuePageFactory(parent=news),
        EventPageFactory(parent=news, venue="Residence Palace"),
        podcasts,
        PodcastEpisodePageFactory(parent=podcasts),
    ]
