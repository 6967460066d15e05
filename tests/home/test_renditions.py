"""Image renditions are made when content is published, never when a visitor
asks for a page; photos come in AVIF and WebP with a JPEG fallback."""

import re
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from home.images import SOURCES, USES, spec, specs_at
from home.models import SiteSettings
from news.models import ArticlePage, InterviewPage
from podcasts.feeds import ARTWORK_SPEC
from tests.editorial.story import AdminActions, snippet_url
from tests.factories.content import (
    ArticlePageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
)
from tests.factories.editorial import make_user
from tests.factories.home import make_home
from tests.factories.snippets import PartnerFactory, PersonFactory

Rendition = get_image_model().get_rendition_model()
RENDITION_TABLE = Rendition._meta.db_table
PROJECT_APPS = ("home", "news", "podcasts", "toolbox")


def specs(*uses):
    return {spec for use in uses for spec in USES[use].specs}


def made_specs(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


class VisitorMixin:
    def visit(self, url):
        """An anonymous visitor's GET of `url`, with every cache emptied so
        that the page renders; fails if it writes a rendition."""
        for cache in caches.all():
            cache.clear()
        count = Rendition.objects.count()
        with CaptureQueriesContext(connection) as queries:
            response = Client().get(url)
        self.assertEqual(response.status_code, 200, url)
        inserts = [
            query["sql"]
            for query in queries.captured_queries
            if query["sql"].startswith("INSERT") and RENDITION_TABLE in query["sql"]
        ]
        self.assertEqual(inserts, [], url)
        self.assertEqual(Rendition.objects.count(), count, url)
        return response.content.decode()


class PublishingMakesRenditions(VisitorMixin, AdminActions, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.publisher = make_user("publisher", "Publishers")
        cls.listing = ImageFactory(title="Card")
        cls.main = ImageFactory(title="Main")
        cls.inline = ImageFactory(title="Inline")
        cls.photo = ImageFactory(title="Portrait")

    def publish_article(self):
        self.as_user(self.publisher)
        response = self.post(
            f"/admin/pages/add/news/articlepage/{self.news.pk}/",
            nested_form_data(
                {
                    "title": "Selected by UNDESA",
                    "slug": "undesa",
                    "date": "2021-09-01",
                    "summary": "A good practice for the SDGs.",
                    "listing_image": self.listing.pk,
                    "image": self.main.pk,
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("Text.")),
                            (
                                "image",
                                {
                                    "image": {
                                        "image": self.inline.pk,
                                        "decorative": "",
                                        "alt_text": "Trainees in a workshop",
                                    },
                                    "caption": "A workshop",
                                    "credit": "",
                                },
                            ),
                        ]
                    ),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        page = ArticlePage.objects.get(slug="undesa")
        self.assertTrue(page.live)
        return page

    def test_publishing_a_page_makes_the_renditions_of_its_images(self):
        self.assertEqual(Rendition.objects.count(), 0)
        self.publish_article()
        self.assertEqual(made_specs(self.listing), specs("card", "share"))
        self.assertEqual(made_specs(self.main), specs("figure", "share"))
        self.assertEqual(made_specs(self.inline), specs("figure"))

    def test_visitors_of_a_published_page_and_its_listing_make_no_rendition(self):
        page = self.publish_article()
        html = self.visit(page.url)
        # The page shows its images: the main one, the body's, the shared one.
        for image in (self.main, self.inline):
            for rendition in image.renditions.filter(filter_spec__in=specs("figure")):
                self.assertIn(rendition.url, html)
            self.assertTrue(specs("figure") <= made_specs(image))
        share = self.listing.renditions.get(filter_spec=spec("share"))
        self.assertIn(
            f'property="og:image" content="http://testserver{share.url}"', html
        )
        # The news listing shows the article's card.
        html = self.visit(self.news.url)
        for rendition in self.listing.renditions.filter(filter_spec__in=specs("card")):
            self.assertIn(rendition.url, html)
        self.assertTrue(specs("card") <= made_specs(self.listing))

    def test_photos_come_in_avif_and_webp_with_a_jpeg_fallback(self):
        page = self.publish_article()
        html = self.visit(page.url)
        inline = self.inline.renditions
        figure = re.search(
            r"<picture>(?:(?!</picture>).)*Trainees in a workshop.*?</picture>",
            html,
            re.DOTALL,
        ).group(0)
        avif, webp, img = re.findall(r"<source[^>]*>|<img[^>]*>", figure)
        self.assertIn('type="image/avif"', avif)
        self.assertIn(inline.get(filter_spec="format-avif|width-800").url, avif)
        self.assertIn('type="image/webp"', webp)
        self.assertIn(inline.get(filter_spec="format-webp|width-800").url, webp)
        self.assertIn(inline.get(filter_spec="format-jpeg|width-480").url, img)
        for attribute in (
            'alt="Trainees in a workshop"',
            'loading="lazy"',
            "width=",
            "height=",
            'class="figure__image"',
        ):
            self.assertIn(attribute, img)

    def test_publishing_a_person_makes_their_photo_renditions(self):
        person = PersonFactory(name="Aïda Yancy")
        interview = InterviewPageFactory(
            parent=self.news, interviewee=person, anonymous_role="", anonymous_city=""
        )
        self.assertEqual(Rendition.objects.count(), 0)
        self.as_user(self.publisher)
        response = self.post(
            snippet_url(person, "edit"),
            {
                "name": person.name,
                "role": person.role,
                "organisation": person.organisation,
                "photo": self.photo.pk,
                "bio": person.bio,
                "action-publish": "action-publish",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(made_specs(self.photo), specs("portrait"))
        html = self.visit(interview.url)
        self.assertIn(
            self.photo.renditions.get(filter_spec="format-avif|fill-160x160").url,
            html,
        )

    def test_publishing_an_interview_makes_its_interviewee_photo_renditions(self):
        person = PersonFactory(photo=self.photo)
        self.as_user(self.publisher)
        response = self.post(
            f"/admin/pages/add/news/interviewpage/{self.news.pk}/",
            nested_form_data(
                {
                    "title": "Frontline",
                    "slug": "frontline",
                    "date": "2021-07-01",
                    "summary": "A social worker.",
                    "interviewee": person.pk,
                    "questions": streamfield(
                        [("question", {"question": "Q?", "answer": rich_text("A.")})]
                    ),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(made_specs(self.photo), specs("portrait"))
        self.visit(InterviewPage.objects.get(slug="frontline").url)

    def test_a_new_file_for_a_used_image_gets_its_renditions_again(self):
        # Its own image: replacing the file deletes the old one from storage.
        self.main = ImageFactory(title="Replaced")
        self.publish_article()
        old = set(self.main.renditions.values_list("pk", flat=True))
        self.as_user(
            get_user_model().objects.create_superuser("admin", "a@example.org", "x")
        )
        response = self.post(
            f"/admin/images/{self.main.pk}/",
            {
                "title": self.main.title,
                "file": SimpleUploadedFile(
                    "new.png", get_test_image_file(size=(300, 200)).file.getvalue()
                ),
                "collection": self.main.collection_id,
                "tags": "",
                "description": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        renewed = self.main.renditions.all()
        self.assertEqual({r.filter_spec for r in renewed}, specs("figure", "share"))
        self.assertFalse(old & {r.pk for r in renewed})


class WarmRenditionsCommand(VisitorMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        # Made without running the commit hooks: nothing is warm yet.
        cls.home = make_home()
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.listing = ImageFactory(title="Card")
        cls.photo = ImageFactory(title="Portrait")
        cls.logo = ImageFactory(title="Logo")
        cls.emblem = ImageFactory(title="Emblem")
        cls.draft_image = ImageFactory(title="Draft")
        cls.article = ArticlePageFactory(parent=cls.news, listing_image=cls.listing)
        ArticlePageFactory(parent=cls.news, listing_image=cls.draft_image, live=False)
        cls.interview = InterviewPageFactory(
            parent=cls.news,
            interviewee=PersonFactory(photo=cls.photo),
            anonymous_role="",
            anonymous_city="",
        )
        PartnerFactory(logo=cls.logo)
        settings_ = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings_.eu_emblem = cls.emblem
        settings_.save()

    def test_the_command_makes_every_rendition_live_content_shows(self):
        self.assertEqual(Rendition.objects.count(), 0)
        out = StringIO()
        call_command("warm_renditions", stdout=out)
        self.assertIn("renditions created for 4 images", out.getvalue())
        self.assertEqual(made_specs(self.listing), specs("card", "share"))
        self.assertEqual(made_specs(self.photo), specs("portrait"))
        self.assertEqual(made_specs(self.logo), specs("logo"))
        self.assertEqual(made_specs(self.emblem), specs("emblem"))
        self.assertEqual(made_specs(self.draft_image), set())
        for url in (self.home.url, self.news.url, self.article.url, self.interview.url):
            self.visit(url)


class OneListOfSpecs(TestCase):
    def test_every_image_field_and_block_has_its_renditions_listed(self):
        paths = [
            (model._meta.label, path)
            for app in PROJECT_APPS
            for model in apps.get_app_config(app).get_models()
            for path in image_paths(model)
        ]
        self.assertTrue(paths)
        for label, path in paths:
            with self.subTest(model=label, path=path):
                self.assertTrue(specs_at(path), "add it to home.images.SOURCES")

    def test_templates_show_images_only_through_the_list(self):
        pattern = re.compile(r"{%\s*(image|picture|srcset_image)\s")
        offenders = []
        for folder in (
            Path(settings.BASE_DIR) / name for name in ("site", *PROJECT_APPS, "search")
        ):
            for template in folder.rglob("*.html"):
                if pattern.search(template.read_text()):
                    offenders.append(str(template))
        self.assertEqual(offenders, [])

    def test_the_podcast_feed_artwork_spec_is_the_listed_one(self):
        self.assertEqual(ARTWORK_SPEC, spec("feed_artwork"))

    def test_every_source_names_existing_uses(self):
        for _pattern, uses in SOURCES:
            self.assertTrue(set(uses) <= set(USES))


def image_paths(model):
    """Where `model` can hold an image, as the reference index writes paths."""
    image_model = get_image_model()
    for field in model._meta.get_fields():
        if field.concrete and field.is_relation and field.related_model is image_model:
            yield field.name
        elif isinstance(field, StreamField):
            yield from block_image_paths(field.stream_block, field.name)


def block_image_paths(block, prefix):
    if isinstance(block, (ImageBlock, ImageChooserBlock)):
        yield prefix
    elif hasattr(block, "child_blocks"):
        for name, child in block.child_blocks.items():
            yield from block_image_paths(child, f"{prefix}.{name}")
    elif hasattr(block, "child_block"):
        yield from block_image_paths(block.child_block, f"{prefix}.item")
