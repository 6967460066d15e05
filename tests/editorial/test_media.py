"""Images and documents that live pages use change only through a publisher,
driven through the admin as staff, a publisher and a translator, and checked
from the visitor's side."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form, get_document_multi_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form, get_image_multi_form
from wagtail.models import Collection, ReferenceIndex, Site
from wagtail.permissions import policy_registry
from wagtail_factories import ImageFactory

from bs4 import BeautifulSoup
from PIL import Image as PILImage

from home.editorial import media
from home.models import SiteSettings
from tests.factories.content import DocumentFactory
from tests.factories.home import StandardPageFactory, make_home
from tests.factories.snippets import PersonFactory

from .story import AdminActions

Image = get_image_model()
Document = get_document_model()

REFUSAL = "Only a publisher can change it"


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def png(name, color="red"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), color).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def pdf(name, content):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def make_image(title, description=""):
    return ImageFactory(
        title=title,
        description=description,
        collection=Collection.get_first_root_node(),
        file__filename=f"{title.lower().replace(' ', '-')}.png",
        file__width=64,
        file__height=48,
    )


def figure(image):
    """A body image whose alt text comes from the image (no alt text of its own)."""
    return {
        "type": "image",
        "value": {
            "image": {"image": image.pk, "decorative": False, "alt_text": ""},
            "caption": "",
            "credit": "",
        },
    }


def document_link(document):
    link = f'<a linktype="document" id="{document.pk}">the report</a>'
    return {"type": "paragraph", "value": f"<p>Read {link}.</p>"}


def image_data(image, **changes):
    """The edit form as the admin posts it, unchanged unless told."""
    return {
        "title": image.title,
        "description": image.description,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
        **changes,
    }


def document_data(document, **changes):
    return {"title": document.title, "tags": "", **changes}


class LiveMediaTestCase(AdminActions, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.staff = make_user("staff", "Communications staff")
        cls.publisher = make_user("publisher", "Publishers")
        cls.translator = make_user("translator-fr", "Translators (French)")

    def setUp(self):
        # Per test, not per class: a publisher's replacement deletes the old file.
        self.photo = make_image("Workshop photo", description="Workshop in Brussels")
        self.report = DocumentFactory(title="Annual report", content=b"%PDF old")
        self.page = StandardPageFactory(
            parent=self.home,
            slug="about",
            body=[figure(self.photo), document_link(self.report)],
        )
        self.loose = make_image("Loose photo")
        self.loose_report = DocumentFactory(title="Loose report")
        self.draft_photo = make_image("Draft photo")
        self.draft_report = DocumentFactory(title="Draft report")
        StandardPageFactory(
            parent=self.home,
            slug="draft",
            live=False,
            listing_image=self.draft_photo,
            body=[document_link(self.draft_report)],
        )

    def xhr(self, url, data=None):
        """As the multiple uploader's script posts."""
        return self.post(url, data, headers={"x-requested-with": "XMLHttpRequest"})

    def assertDenied(self, response):
        """Wagtail's admin answers a refused permission with the dashboard and
        a message (scripts get a 403)."""
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.assertIn("do not have permission", " ".join(self.messages(response)))

    def visitor_page(self):
        """The live page as an anonymous visitor receives it."""
        self.client.logout()
        response = self.client.get(self.page.url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def visitor_figure(self):
        img = self.visitor_page().select_one("figure img")
        return img["src"], img["alt"]

    def visitor_download(self, document):
        """The file a visitor downloads from the document's link."""
        self.client.logout()
        response = self.client.get(document.url)
        self.assertEqual(response.status_code, 200)
        return b"".join(response.streaming_content)

    def messages(self, response):
        return [str(message) for message in get_messages(response.wsgi_request)]


class ImageTests(LiveMediaTestCase):
    def edit(self, image, **changes):
        return self.post(f"/admin/images/{image.pk}/", image_data(image, **changes))

    def test_staff_cannot_replace_the_file_of_an_image_a_live_page_shows(self):
        src, alt = self.visitor_figure()
        file_name = self.photo.file.name
        self.as_user(self.staff)
        response = self.edit(
            self.photo, file=png("replacement.png"), title="Typed title"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn(REFUSAL, " ".join(response.context["form"].non_field_errors()))
        self.assertContains(response, REFUSAL)
        self.assertContains(response, 'value="Typed title"')  # nothing typed lost
        self.photo.refresh_from_db()
        self.assertEqual(self.photo.file.name, file_name)
        self.assertEqual(self.photo.title, "Workshop photo")
        self.assertTrue(self.photo.file.storage.exists(file_name))
        self.assertEqual(self.visitor_figure(), (src, alt))

    def test_staff_cannot_change_the_title_description_or_focal_point(self):
        self.as_user(self.staff)
        for changes in (
            {"title": "Another title"},
            {"description": "Another alt text"},
            {
                "focal_point_x": "10",
                "focal_point_y": "10",
                "focal_point_width": "5",
                "focal_point_height": "5",
            },
        ):
            with self.subTest(changes=changes):
                response = self.edit(self.photo, **changes)
                self.assertContains(response, REFUSAL)
        self.photo.refresh_from_db()
        self.assertEqual(self.photo.title, "Workshop photo")
        self.assertEqual(self.photo.description, "Workshop in Brussels")
        self.assertIsNone(self.photo.focal_point_x)
        self.assertEqual(self.visitor_figure()[1], "Workshop in Brussels")

    def test_staff_may_change_tags_of_an_image_in_use(self):
        """Tags are admin-only: visitors never see them."""
        self.as_user(self.staff)
        response = self.edit(self.photo, tags="workshop")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(list(self.photo.tags.names()), ["workshop"])

    def test_staff_cannot_change_an_image_in_the_multiple_uploader(self):
        self.as_user(self.staff)
        prefix = f"image-{self.photo.pk}"
        response = self.xhr(
            f"/admin/images/multiple/{self.photo.pk}/",
            {
                f"{prefix}-title": "Another title",
                f"{prefix}-description": "",
                f"{prefix}-tags": "",
            },
        )
        self.assertFalse(response.json()["success"])
        self.assertIn(REFUSAL, response.json()["form"])
        self.photo.refresh_from_db()
        self.assertEqual(self.photo.title, "Workshop photo")

    def test_staff_cannot_delete_an_image_a_live_page_shows(self):
        self.as_user(self.staff)
        pk = self.photo.pk
        self.assertDenied(self.client.get(f"/admin/images/{pk}/delete/"))
        self.assertDenied(self.post(f"/admin/images/{pk}/delete/"))
        response = self.xhr(f"/admin/images/multiple/{pk}/delete/")
        self.assertEqual(response.status_code, 403)
        response = self.post(
            f"/admin/bulk/wagtailimages/image/delete/?id={pk}&next=/admin/images/"
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Image.objects.filter(pk=pk).exists())
        self.assertEqual(self.visitor_figure()[1], "Workshop in Brussels")

    def test_bulk_delete_refuses_in_use_images_even_if_the_policy_lets_them_through(
        self,
    ):
        """The before_bulk_action hook is a second layer behind the policy."""
        action = media.refuse_bulk_changes_to_live_media
        self.as_user(self.staff)
        request = self.client.get("/admin/").wsgi_request

        class DeleteView:
            model = Image
            next_url = "/admin/images/"

        response = action(request, "delete", [self.photo, self.loose], DeleteView)
        self.assertEqual(response.status_code, 302)
        self.assertIsNone(action(request, "delete", [self.loose], DeleteView))
        self.assertIsNone(action(request, "add_tags", [self.photo], DeleteView))

    def test_staff_cannot_move_an_image_in_use_to_another_collection(self):
        archive = Collection.get_first_root_node().add_child(name="Archive")
        self.as_user(self.staff)
        url = "/admin/bulk/wagtailimages/image/add_to_collection/"
        response = self.post(
            f"{url}?id={self.photo.pk}&id={self.loose.pk}&next=/admin/images/",
            {"collection": archive.pk},
        )
        self.assertRedirects(response, "/admin/images/", fetch_redirect_response=False)
        self.assertIn(
            "Only a publisher can move or delete it", self.messages(response)[0]
        )
        self.assertIn("Workshop photo", self.messages(response)[0])
        self.photo.refresh_from_db()
        self.loose.refresh_from_db()
        self.assertNotEqual(self.photo.collection, archive)
        self.assertNotEqual(self.loose.collection, archive)  # nothing was changed

        response = self.post(f"{url}?id={self.loose.pk}", {"collection": archive.pk})
        self.loose.refresh_from_db()
        self.assertEqual(self.loose.collection, archive)

    def test_staff_edit_page_of_an_image_in_use_has_no_delete_link(self):
        self.as_user(self.staff)
        response = self.client.get(f"/admin/images/{self.photo.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, f"/admin/images/{self.photo.pk}/delete/")
        response = self.client.get(f"/admin/images/{self.loose.pk}/")
        self.assertContains(response, f"/admin/images/{self.loose.pk}/delete/")
        self.as_user(self.publisher)
        response = self.client.get(f"/admin/images/{self.photo.pk}/")
        self.assertContains(response, f"/admin/images/{self.photo.pk}/delete/")

    def test_staff_may_change_and_delete_images_no_live_page_uses(self):
        self.as_user(self.staff)
        for image in (self.loose, self.draft_photo):
            with self.subTest(image=image.title):
                response = self.edit(
                    image, title="Renamed", file=png(f"new-{image.pk}.png", "blue")
                )
                self.assertEqual(response.status_code, 302)
                image.refresh_from_db()
                self.assertEqual(image.title, "Renamed")
                self.assertIn(f"new-{image.pk}", image.file.name)
                response = self.post(f"/admin/images/{image.pk}/delete/")
                self.assertEqual(response.status_code, 302)
                self.assertFalse(Image.objects.filter(pk=image.pk).exists())

    def test_an_image_counts_as_in_use_only_once_a_snippet_using_it_is_live(self):
        person = PersonFactory(name="A guest", photo=self.loose, live=False)
        self.as_user(self.staff)
        response = self.edit(self.loose, title="Renamed while a draft uses it")
        self.assertEqual(response.status_code, 302)
        person.save_revision().publish()
        response = self.edit(self.loose, title="Renamed while it is live")
        self.assertContains(response, REFUSAL)
        self.loose.refresh_from_db()
        self.assertEqual(self.loose.title, "Renamed while a draft uses it")

    def test_staff_may_delete_unused_images_in_bulk(self):
        self.as_user(self.staff)
        response = self.post(
            f"/admin/bulk/wagtailimages/image/delete/?id={self.loose.pk}"
            f"&id={self.photo.pk}&next=/admin/images/"
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Image.objects.filter(pk=self.loose.pk).exists())
        self.assertTrue(Image.objects.filter(pk=self.photo.pk).exists())

    def test_a_publisher_replaces_the_file_of_an_image_in_use(self):
        old_src, _alt = self.visitor_figure()
        self.as_user(self.publisher)
        response = self.edit(
            self.photo, file=png("replacement.png", "green"), description="New alt"
        )
        self.assertEqual(response.status_code, 302)
        self.photo.refresh_from_db()
        self.assertIn("replacement", self.photo.file.name)
        src, alt = self.visitor_figure()
        self.assertNotEqual(src, old_src)
        self.assertIn("replacement", src)
        self.assertEqual(alt, "New alt")

    def test_a_publisher_deletes_an_image_in_use(self):
        self.as_user(self.publisher)
        response = self.post(f"/admin/images/{self.photo.pk}/delete/")
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Image.objects.filter(pk=self.photo.pk).exists())

    def test_a_translator_can_neither_change_nor_delete_images(self):
        self.as_user(self.translator)
        for image in (self.photo, self.loose):
            with self.subTest(image=image.title):
                url = f"/admin/images/{image.pk}/"
                self.assertDenied(self.client.get(url))
                self.assertDenied(self.edit(image, title="Renamed"))
                self.assertDenied(self.post(f"/admin/images/{image.pk}/delete/"))
                image.refresh_from_db()
                self.assertNotEqual(image.title, "Renamed")

    def test_the_eu_emblem_of_the_site_settings_counts_as_live(self):
        emblem = make_image("EU emblem")
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.eu_emblem = emblem
        settings.save()
        self.assertTrue(ReferenceIndex.is_indexed(SiteSettings))
        self.as_user(self.staff)
        response = self.edit(emblem, file=png("other-flag.png", "yellow"))
        self.assertContains(response, REFUSAL)
        response = self.client.get(f"/admin/images/usage/{emblem.pk}/")
        self.assertEqual(response.status_code, 200)


class DocumentTests(LiveMediaTestCase):
    def edit(self, document, **changes):
        return self.post(
            f"/admin/documents/edit/{document.pk}/", document_data(document, **changes)
        )

    def test_staff_cannot_replace_a_document_a_live_page_links_to(self):
        self.assertEqual(self.visitor_download(self.report), b"%PDF old")
        old_url = self.report.url
        self.as_user(self.staff)
        response = self.edit(
            self.report, file=pdf("replacement.pdf", b"%PDF new"), title="Typed"
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Live pages use this document.")
        self.assertContains(response, 'value="Typed"')
        self.report.refresh_from_db()
        self.assertEqual(self.report.url, old_url)
        self.assertEqual(self.report.title, "Annual report")
        self.assertEqual(self.visitor_download(self.report), b"%PDF old")
        link = self.visitor_page().select_one(f'a[href="{old_url}"]')
        self.assertEqual(link.text, "the report")

    def test_staff_cannot_change_a_document_in_the_multiple_uploader(self):
        self.as_user(self.staff)
        prefix = f"doc-{self.report.pk}"
        response = self.xhr(
            f"/admin/documents/multiple/{self.report.pk}/",
            {f"{prefix}-title": "Another title", f"{prefix}-tags": ""},
        )
        self.assertFalse(response.json()["success"])
        self.report.refresh_from_db()
        self.assertEqual(self.report.title, "Annual report")

    def test_staff_cannot_delete_a_document_a_live_page_links_to(self):
        self.as_user(self.staff)
        pk = self.report.pk
        self.assertDenied(self.post(f"/admin/documents/delete/{pk}/"))
        response = self.xhr(f"/admin/documents/multiple/{pk}/delete/")
        self.assertEqual(response.status_code, 403)
        response = self.post(
            f"/admin/bulk/wagtaildocs/document/delete/?id={pk}&next=/admin/documents/"
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Document.objects.filter(pk=pk).exists())
        self.assertEqual(self.visitor_download(self.report), b"%PDF old")

    def test_staff_cannot_move_a_document_in_use_to_another_collection(self):
        archive = Collection.get_first_root_node().add_child(name="Archive")
        self.as_user(self.staff)
        response = self.post(
            "/admin/bulk/wagtaildocs/document/add_to_collection/"
            f"?id={self.report.pk}&next=/admin/documents/",
            {"collection": archive.pk},
        )
        self.assertEqual(response.status_code, 302)
        self.assertIn("Annual report", self.messages(response)[0])
        self.report.refresh_from_db()
        self.assertNotEqual(self.report.collection, archive)

    def test_staff_may_change_and_delete_documents_no_live_page_uses(self):
        self.as_user(self.staff)
        for document in (self.loose_report, self.draft_report):
            with self.subTest(document=document.title):
                response = self.edit(
                    document, file=pdf(f"new-{document.pk}.pdf", b"%PDF draft")
                )
                self.assertEqual(response.status_code, 302)
                document.refresh_from_db()
                self.assertEqual(self.visitor_download(document), b"%PDF draft")
                self.as_user(self.staff)
                response = self.post(f"/admin/documents/delete/{document.pk}/")
                self.assertEqual(response.status_code, 302)
                self.assertFalse(Document.objects.filter(pk=document.pk).exists())

    def test_a_publisher_replaces_a_document_in_use(self):
        old_url = self.report.url
        self.as_user(self.publisher)
        response = self.edit(self.report, file=pdf("replacement.pdf", b"%PDF new"))
        self.assertEqual(response.status_code, 302)
        self.report.refresh_from_db()
        self.assertNotEqual(self.report.url, old_url)
        self.assertEqual(self.visitor_download(self.report), b"%PDF new")
        self.assertEqual(self.client.get(old_url).status_code, 404)
        self.assertTrue(self.visitor_page().select_one(f'a[href="{self.report.url}"]'))

    def test_a_translator_can_neither_change_nor_delete_documents(self):
        self.as_user(self.translator)
        url = f"/admin/documents/edit/{self.loose_report.pk}/"
        self.assertDenied(self.client.get(url))
        self.assertDenied(self.edit(self.loose_report, title="Renamed"))
        self.assertDenied(self.post(f"/admin/documents/delete/{self.report.pk}/"))
        self.assertTrue(Document.objects.filter(pk=self.report.pk).exists())


class RuleTests(LiveMediaTestCase):
    def test_the_settings_name_the_guarded_form_bases(self):
        self.assertTrue(issubclass(get_image_form(Image), media.LiveImageForm))
        self.assertTrue(issubclass(get_image_multi_form(Image), media.LiveImageForm))
        self.assertTrue(issubclass(get_document_form(Document), media.LiveDocumentForm))
        self.assertTrue(
            issubclass(get_document_multi_form(Document), media.LiveDocumentForm)
        )

    def test_the_policies_are_registered_for_images_and_documents(self):
        for model in (Image, Document):
            with self.subTest(model=model):
                policy = policy_registry.get_by_type(model)
                self.assertIsInstance(policy, media.LiveMediaPermissionPolicy)

    def test_delete_means_publisher_only_for_items_in_use(self):
        policy = policy_registry.get_by_type(Image)
        for user, image, action, allowed in [
            (self.staff, self.photo, "change", True),
            (self.staff, self.photo, "delete", False),
            (self.staff, self.loose, "delete", True),
            (self.publisher, self.photo, "delete", True),
            (self.translator, self.loose, "delete", False),
        ]:
            with self.subTest(user=user.username, image=image.title, action=action):
                self.assertIs(
                    policy.user_has_permission_for_instance(user, action, image),
                    allowed,
                )
        self.assertTrue(
            policy.user_has_any_permission_for_instance(
                self.staff, ["change", "delete"], self.photo
            )
        )

    def test_finding_live_usage_takes_a_constant_number_of_queries(self):
        for _number in range(3):
            StandardPageFactory(parent=self.home, listing_image=self.loose)
        StandardPageFactory(parent=self.home, live=False, listing_image=self.loose)
        objects = [self.photo, self.loose, self.draft_photo]
        media.pks_used_by_live_content(objects)  # content types are cached from here on
        with self.assertNumQueries(2):  # the references, then the pages
            in_use = media.pks_used_by_live_content(objects)
        self.assertEqual(in_use, {str(self.photo.pk), str(self.loose.pk)})
