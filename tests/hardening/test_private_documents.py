"""Private documents stay private: a document in a collection with a view
restriction is only ever served through Wagtail's /documents/<id>/<file> view,
which checks the restriction first; never under /media/, never by the podcast
audio endpoint to a visitor the restriction refuses."""

import importlib
import json

from django.test import TestCase, override_settings
from django.urls import clear_url_caches

from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils import sendfile as wagtail_sendfile
from wagtail_factories import ImageFactory

from tests.factories.content import (
    AudioFactory,
    DocumentFactory,
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
)
from tests.factories.editorial import make_user
from tests.factories.home import make_home
from tests.test_production_settings import PRODUCTION, S3, run

SECRET = b"%PDF-1.4 the shelter's address and the staff rota"


def private_collection(name="Staff only"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


class DemoMediaURLs:
    """config.urls as a development server or a demo loads it (SERVE_MEDIA on):
    the module is reloaded because it reads the setting when imported."""

    def setUp(self):
        super().setUp()
        self.demo = override_settings(SERVE_MEDIA=True)
        self.demo.enable()
        self.reload_urls()

    def tearDown(self):
        self.demo.disable()
        self.reload_urls()
        super().tearDown()

    def reload_urls(self):
        importlib.reload(importlib.import_module("config.urls"))
        clear_url_caches()


class MediaNeverServesDocumentsTests(DemoMediaURLs, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.document = DocumentFactory(
            collection=private_collection(), title="Rota", content=SECRET
        )
        cls.staff = make_user("staff", "Communications staff")

    def media_url(self):
        return self.document.file.url  # /media/documents/rota.pdf

    def test_a_private_document_is_not_served_under_media(self):
        self.assertTrue(self.media_url().startswith("/media/documents/"))
        response = self.client.get(self.media_url())
        self.assertEqual(response.status_code, 404)
        self.assertNotIn(SECRET, body(response))

    def test_not_even_to_staff_nor_through_the_images_folder(self):
        self.client.force_login(self.staff)
        self.assertEqual(self.client.get(self.media_url()).status_code, 404)
        name = self.media_url().rsplit("/", 1)[1]
        sideways = f"/media/images/../documents/{name}"
        response = self.client.get(sideways)
        self.assertIn(response.status_code, {400, 404})  # refused, never read
        self.assertNotIn(SECRET, body(response))

    def test_a_public_document_is_not_served_under_media_either(self):
        public = DocumentFactory(title="Leaflet")
        self.assertEqual(self.client.get(public.file.url).status_code, 404)
        self.assertEqual(self.client.get(public.url).status_code, 200)

    def test_image_renditions_are_still_served_under_media(self):
        rendition = ImageFactory().get_rendition("width-40")
        self.assertTrue(rendition.url.startswith("/media/images/"))
        response = self.client.get(rendition.url)
        self.assertEqual(response.status_code, 200)


class DocumentViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.private = DocumentFactory(
            collection=private_collection(), title="Rota", content=SECRET
        )
        cls.public = DocumentFactory(title="Leaflet", content=b"0123456789abcdef")
        cls.staff = make_user("staff", "Communications staff")

    def test_anonymous_visitors_are_sent_to_log_in(self):
        response = self.client.get(self.private.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])
        self.assertIn("next=", response["Location"])

    def test_logged_in_staff_get_it_and_no_shared_cache_keeps_it(self):
        self.client.force_login(self.staff)
        response = self.client.get(self.private.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(body(response), SECRET)
        self.assertIn("private", response["Cache-Control"])

    def test_a_public_document_is_served_whole_with_accept_ranges(self):
        response = self.client.get(self.public.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Accept-Ranges"], "bytes")
        self.assertEqual(body(response), b"0123456789abcdef")
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")

    def test_a_public_document_is_served_with_byte_ranges(self):
        response = self.client.get(self.public.url, headers={"range": "bytes=0-9"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Range"], "bytes 0-9/16")
        self.assertEqual(response["Content-Length"], "10")
        self.assertEqual(body(response), b"0123456789")
        response = self.client.get(self.public.url, headers={"range": "bytes=-4"})
        self.assertEqual(body(response), b"cdef")

    def test_an_unsatisfiable_range_is_416(self):
        response = self.client.get(self.public.url, headers={"range": "bytes=99-"})
        self.assertEqual(response.status_code, 416)
        self.assertEqual(response["Content-Range"], "bytes */16")

    def test_a_range_for_an_older_version_gets_the_whole_file(self):
        response = self.client.get(
            self.public.url, headers={"range": "bytes=0-9", "if-range": '"old"'}
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(body(response), b"0123456789abcdef")

    def test_behind_nginx_the_file_is_handed_over_after_the_check(self):
        """With SENDFILE_URL set, Django answers with X-Accel-Redirect to
        nginx's internal location: nginx sends the bytes (and ranges)."""
        from django.conf import settings

        with override_settings(
            SENDFILE_BACKEND="django_sendfile.backends.nginx",
            SENDFILE_ROOT=str(settings.MEDIA_ROOT),
            SENDFILE_URL="/internal-media",
        ):
            wagtail_sendfile._get_sendfile.clear()
            try:
                anonymous = self.client.get(self.private.url)
                self.client.force_login(self.staff)
                staff = self.client.get(self.private.url)
            finally:
                wagtail_sendfile._get_sendfile.clear()
        self.assertEqual(anonymous.status_code, 302)
        self.assertNotIn("X-Accel-Redirect", anonymous)
        self.assertEqual(staff.status_code, 200)
        self.assertEqual(
            staff["X-Accel-Redirect"], "/internal-media/" + self.private.file.name
        )
        self.assertEqual(body(staff), b"")
        self.assertIn("private", staff["Cache-Control"])


class PrivateAudioTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.show = PodcastIndexPageFactory(parent=cls.home)
        cls.episode = PodcastEpisodePageFactory(
            parent=cls.show,
            audio=AudioFactory(collection=private_collection("Unreleased")),
        )
        cls.public_episode = PodcastEpisodePageFactory(parent=cls.show)
        cls.staff = make_user("staff", "Communications staff")

    def test_audio_in_a_private_collection_is_refused_to_anonymous_visitors(self):
        response = self.client.get(self.episode.audio_url)
        self.assertIn(response.status_code, {302, 403, 404})
        self.assertNotIn("Content-Range", response)
        response = self.client.get(
            self.episode.audio_url, headers={"range": "bytes=0-9"}
        )
        self.assertNotIn(response.status_code, {200, 206})

    def test_staff_get_it_privately(self):
        self.client.force_login(self.staff)
        response = self.client.get(
            self.episode.audio_url, headers={"range": "bytes=0-9"}
        )
        self.assertEqual(response.status_code, 206)
        self.assertEqual(body(response), bytes(range(10)))
        self.assertIn("private", response["Cache-Control"])
        self.assertNotIn("public", response["Cache-Control"])

    def test_public_audio_is_still_public(self):
        response = self.client.get(
            self.public_episode.audio_url, headers={"range": "bytes=0-9"}
        )
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Cache-Control"], "public, max-age=86400")


# How the production settings serve documents, read in a subprocess as on a
# server (the settings read the environment once, when imported).
DESCRIBE_DOCUMENTS = """
import json
import django
from django.conf import settings
django.setup()
from django.core.files.storage import storages
storage = storages["default"]
print(json.dumps({
    "serve_method": settings.WAGTAILDOCS_SERVE_METHOD,
    "sendfile": getattr(settings, "SENDFILE_BACKEND", None),
    "sendfile_url": getattr(settings, "SENDFILE_URL", None),
    "acl": getattr(storage, "default_acl", None),
    "signed": getattr(storage, "querystring_auth", None),
}))
"""


def documents_settings(**env):
    result = run(["-c", DESCRIBE_DOCUMENTS], **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_never_links_documents_to_their_storage():
    on_disk = documents_settings()
    assert on_disk["serve_method"] == "serve_view"
    assert on_disk["sendfile"] is None  # Django sends the file itself

    behind_nginx = documents_settings(SENDFILE_URL="/internal-media")
    assert behind_nginx["serve_method"] == "serve_view"
    assert behind_nginx["sendfile"] == "django_sendfile.backends.nginx"
    assert behind_nginx["sendfile_url"] == "/internal-media"

    on_a_bucket = documents_settings(**S3)
    # Wagtail's view checks privacy, then redirects to a signed, expiring URL
    # of an object nobody else may read.
    assert on_a_bucket["serve_method"] == "redirect"
    assert on_a_bucket["signed"] is True
    assert on_a_bucket["acl"] not in {"public-read", "public-read-write"}
