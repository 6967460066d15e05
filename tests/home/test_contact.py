"""The contact page: visitors write, staff get an email, nothing is lost."""

import logging
from datetime import timedelta
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from bs4 import BeautifulSoup

from home.models import ContactPage, HomePage
from tests.factories.editorial import make_user
from tests.factories.home import ContactPageFactory, make_home, translate

MESSAGE = {
    "your_name": "Amina",
    "your_email_address": "amina@example.org",
    "your_message": "Can our city join the next training?",
}


def make_group_user(group_name):
    return make_user(group_name.split()[0].lower(), group_name)


class ContactSiteMixin:
    """An English home page with its contact page."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.page = ContactPageFactory(parent=cls.home)


class ContactPageTypeTests(ContactSiteMixin, WagtailPageTestCase):
    def test_contact_page_sits_once_under_a_home_page(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())
        self.assertFalse(ContactPage.can_create_at(self.home))

    def test_contact_page_renders_and_previews_both_modes(self):
        self.assertPageIsRenderable(self.page)
        self.assertPageIsPreviewable(self.page, mode="form")
        self.assertPageIsPreviewable(self.page, mode="landing")

    def test_staff_can_create_a_contact_page_with_its_fields(self):
        self.page.delete()
        self.client.force_login(self.create_test_user())
        self.assertCanCreate(
            self.home,
            ContactPage,
            nested_form_data(
                {
                    "title": "Contact",
                    "slug": "contact",
                    "introduction": "Not for emergencies.",
                    "thank_you_text": rich_text("Thank you."),
                    "to_address": "team@example.org",
                    "from_address": "",
                    "subject": "Message",
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Your message",
                                "field_type": "multiline",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            }
                        ]
                    ),
                }
            ),
        )


class ContactFormTests(ContactSiteMixin, TestCase):
    def test_the_form_shows_each_question_with_its_label_and_hint(self):
        response = self.client.get("/en/contact/")
        html = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(
            html.select_one("label[for=id_your_message]").text, "Your message"
        )
        email = html.select_one("#id_your_email_address")
        self.assertEqual(email["type"], "email")
        self.assertEqual(email["aria-describedby"], "id_your_email_address_helptext")
        self.assertIn("(optional)", html.select_one("label[for=id_your_name]").text)
        # Browsers may fill in who the visitor is (WCAG 1.3.5); not the message.
        self.assertEqual(html.select_one("#id_your_name")["autocomplete"], "name")
        self.assertEqual(email["autocomplete"], "email")
        self.assertNotIn("autocomplete", html.select_one("#id_your_message").attrs)
        self.assertIsNotNone(html.select_one("input[name=csrfmiddlewaretoken]"))

    def test_a_message_is_stored_and_emailed_to_the_team(self):
        response = self.client.post("/en/contact/", MESSAGE)
        self.assertContains(response, "Thank you, your message was sent")
        self.assertContains(response, "We will answer within a week.")
        submission = FormSubmission.objects.get(page=self.page)
        self.assertEqual(submission.get_data()["your_message"], MESSAGE["your_message"])
        self.assertNotIn("homepage_url", submission.form_data)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["team@example.org"])
        self.assertIn("Can our city join the next training?", mail.outbox[0].body)

    def test_a_form_with_mistakes_comes_back_with_messages_and_the_text_kept(self):
        response = self.client.post(
            "/en/contact/",
            {**MESSAGE, "your_email_address": "not an address", "your_message": ""},
        )
        self.assertEqual(response.status_code, 200)
        html = BeautifulSoup(response.content, "html.parser")
        summary = html.select_one("#form-errors")
        self.assertIsNotNone(summary)
        self.assertEqual(
            [link["href"] for link in summary.select("a")],
            ["#id_your_email_address", "#id_your_message"],
        )
        email = html.select_one("#id_your_email_address")
        self.assertEqual(email["value"], "not an address")
        self.assertEqual(email["aria-invalid"], "true")
        self.assertIn("id_your_email_address_error", email["aria-describedby"])
        self.assertEqual(html.select_one("#id_your_name")["value"], "Amina")
        self.assertFalse(FormSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_an_overlong_message_is_refused_with_a_reason(self):
        response = self.client.post(
            "/en/contact/", {**MESSAGE, "your_message": "a" * 5001}
        )
        self.assertContains(response, "at most 5000 characters")
        self.assertFalse(FormSubmission.objects.exists())

    def test_software_that_fills_the_hidden_field_is_thanked_and_ignored(self):
        with self.assertLogs("home.models.contact", logging.INFO):
            response = self.client.post(
                "/en/contact/", {**MESSAGE, "homepage_url": "https://spam.example"}
            )
        self.assertContains(response, "Thank you, your message was sent")
        self.assertFalse(FormSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_a_mail_server_that_is_down_loses_no_message(self):
        with (
            mock.patch(
                "django.core.mail.backends.locmem.EmailBackend.send_messages",
                side_effect=ConnectionRefusedError("no mail server"),
            ),
            self.assertLogs("home.models.contact", logging.ERROR) as logs,
        ):
            response = self.client.post("/en/contact/", MESSAGE)
        self.assertContains(response, "Thank you, your message was sent")
        self.assertEqual(FormSubmission.objects.count(), 1)
        self.assertIn("email not sent", logs.output[0])

    def test_the_footer_of_every_page_links_to_the_contact_form(self):
        response = self.client.get("/en/")
        html = BeautifulSoup(response.content, "html.parser")
        self.assertIsNotNone(html.select_one(".site-footer a[href='/en/contact/']"))

    def test_reading_pages_sets_no_cookie_but_the_form_protects_itself(self):
        self.assertEqual(self.client.get("/en/").cookies, {})
        self.assertIn("csrftoken", self.client.get("/en/contact/").cookies)


class ContactTranslationTests(ContactSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        translate(cls.home, "fr")
        cls.french = translate(cls.page, "fr", title="Nous écrire")
        field = cls.french.form_fields.get(clean_name="your_message")
        field.label = "Votre message"
        field.save()

    def test_french_visitors_get_french_questions_stored_under_the_same_names(self):
        response = self.client.get("/fr/contact/")
        self.assertContains(response, "Votre message")
        self.assertContains(response, "(facultatif)")
        self.client.post("/fr/contact/", MESSAGE)
        submission = FormSubmission.objects.get(page=self.french)
        self.assertEqual(submission.get_data()["your_message"], MESSAGE["your_message"])


class PurgeContactMessagesTests(ContactSiteMixin, TestCase):
    @override_settings(CONTACT_MESSAGE_RETENTION_DAYS=90)
    def test_messages_older_than_the_retention_period_are_deleted(self):
        old = FormSubmission.objects.create(page=self.page, form_data=MESSAGE)
        FormSubmission.objects.filter(pk=old.pk).update(
            submit_time=timezone.now() - timedelta(days=91)
        )
        recent = FormSubmission.objects.create(page=self.page, form_data=MESSAGE)
        other_form = FormSubmission.objects.create(
            page=Page.objects.get(pk=self.home.pk), form_data={}
        )
        FormSubmission.objects.filter(pk=other_form.pk).update(
            submit_time=timezone.now() - timedelta(days=400)
        )

        call_command("purge_contact_messages", stdout=mock.Mock())

        remaining = set(FormSubmission.objects.values_list("pk", flat=True))
        self.assertEqual(remaining, {recent.pk, other_form.pk})


class ContactMessagesAccessTests(ContactSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        translate(cls.home, "fr")
        cls.french = translate(cls.page, "fr")
        FormSubmission.objects.create(page=cls.french, form_data=MESSAGE)

    def submissions_url(self, page):
        return reverse("wagtailforms:list_submissions", args=[page.pk])

    def test_staff_and_publishers_read_messages_in_every_language(self):
        for group in ("Communications staff", "Publishers"):
            with self.subTest(group=group):
                self.client.force_login(make_group_user(group))
                forms = self.client.get(reverse("wagtailforms:index"))
                self.assertContains(forms, self.submissions_url(self.french))
                response = self.client.get(self.submissions_url(self.french))
                self.assertContains(response, "amina@example.org")

    def test_translators_do_not_see_visitors_messages(self):
        self.client.force_login(make_group_user("Translators (French)"))
        forms = self.client.get(reverse("wagtailforms:index"))
        self.assertNotContains(forms, self.submissions_url(self.french))
        response = self.client.get(self.submissions_url(self.french))
        self.assertNotContains(response, "amina@example.org", status_code=302)


class RefusedFormTests(ContactSiteMixin, TestCase):
    """A browser that blocks cookies, or a page left open too long, fails
    Django's CSRF check: the visitor keeps what they wrote."""

    def setUp(self):
        # A browser names the page a form was posted from; only a post from
        # this site comes back filled in (tests/hardening/test_csrf_and_export.py).
        self.client = Client(
            enforce_csrf_checks=True, headers={"Origin": "http://testserver"}
        )

    def test_a_refused_message_comes_back_filled_in_with_the_reason(self):
        with self.assertLogs("equalcity", logging.INFO):
            response = self.client.post("/en/contact/", MESSAGE)
        self.assertEqual(response.status_code, 403)
        self.assertContains(response, "Your message could not be sent", status_code=403)
        html = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(
            html.select_one("#id_your_message").text.strip(), MESSAGE["your_message"]
        )
        self.assertIsNotNone(html.select_one("input[name=csrfmiddlewaretoken]"))
        self.assertIn("csrftoken", response.cookies)
        self.assertFalse(FormSubmission.objects.exists())

    def test_sending_again_with_the_new_token_works(self):
        refused = self.client.post("/en/contact/", MESSAGE)
        token = BeautifulSoup(refused.content, "html.parser").select_one(
            "input[name=csrfmiddlewaretoken]"
        )["value"]
        response = self.client.post(
            "/en/contact/", {**MESSAGE, "csrfmiddlewaretoken": token}
        )
        self.assertContains(response, "Thank you, your message was sent")
        self.assertEqual(FormSubmission.objects.count(), 1)

    def test_other_refused_posts_get_a_page_that_explains(self):
        response = self.client.post("/fr/", {"anything": "x"})
        self.assertEqual(response.status_code, 403)
        html = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(html.h1.text, "Le formulaire n’a pas pu être envoyé")
        self.assertIsNotNone(html.select_one("[data-quick-exit]"))
