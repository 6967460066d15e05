"""The newsletter by email, through the real stack: a visitor signs up from a
public page, confirms by the link emailed to them, a publisher sends a live
issue from the admin, the task worker delivers it in each subscriber's
language, and the links in the email unsubscribe."""

import re
from unittest import mock

from django.core import mail
from django.test import TestCase, override_settings
from django.utils import timezone

from wagtail.models import Locale

from django_tasks_db.models import DBTaskResult

from home import retries
from newsletter import sending
from newsletter.models import Delivery, IssueSend, Subscriber
from tests.factories.content import NewsIndexPageFactory, NewsletterIssuePageFactory
from tests.factories.editorial import make_user
from tests.factories.home import make_home, translate
from tests.hardening.test_mail_out_of_request import (
    DATABASE_QUEUE,
    REFUSING,
    run_worker,
)

SITE = "http://localhost"
FROM_SITE = {"HTTP_ORIGIN": SITE}
LINK = re.compile(r"https?://\S+/newsletter/(confirm|preferences|unsubscribe)/(\S+)/")


@override_settings(
    TASKS=DATABASE_QUEUE,
    NEWSLETTER_BATCH_SECONDS=0,
    WAGTAILADMIN_BASE_URL=SITE,
)
class NewsletterTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        for code in ("fr", "ar", "nl"):
            Locale.objects.get_or_create(language_code=code)
        cls.home = make_home()
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.issue = NewsletterIssuePageFactory(
            parent=cls.news, title="Final year", slug="final-year"
        )
        cls.issue_fr = translate(cls.issue, "fr", title="Dernière année")
        cls.issue_ar = translate(cls.issue, "ar", title="السنة الأخيرة")
        cls.publisher = make_user("publisher", "Publishers")
        cls.staff = make_user("staff", "Communications staff")

    def sign_up(self, email, language="en", **data):
        return self.client.post(
            f"/{language}/newsletter/",
            {"email": email, "language": language, **data},
            **FROM_SITE,
        )

    def links_in(self, message):
        return {kind: f"{kind}/{token}" for kind, token in LINK.findall(message.body)}

    def confirmed(self, email, language):
        """Sign up and confirm as the visitor does, by the emailed link."""
        self.sign_up(email, language)
        run_worker()
        (message,) = [m for m in mail.outbox if email in m.to]
        url = f"/{language}/newsletter/{self.links_in(message)['confirm']}/"
        self.client.post(url)
        mail.outbox.clear()
        return Subscriber.objects.get(email=email)

    def send_issue(self, user=None):
        self.client.force_login(user or self.publisher)
        response = self.client.post(
            f"/admin/newsletter/issues/{self.issue.pk}/send/", {"action": "send"}
        )
        self.client.logout()
        return response


class SignUpTests(NewsletterTestCase):
    def test_pages_showing_the_form_set_no_cookie(self):
        for url in ("/en/", "/fr/newsletter/", "/ar/news/"):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertContains(
                response, 'action="/' + url.split("/")[1] + "/newsletter/"
            )
            self.assertEqual(response.cookies, {}, url)
            self.assertNotContains(response, "csrfmiddlewaretoken")

    def test_a_sign_up_sends_only_a_confirmation_in_the_visitors_language(self):
        response = self.sign_up("Claire@Example.org", "fr")
        self.assertRedirects(response, "/fr/newsletter/thanks/", status_code=303)
        self.assertEqual(response.cookies, {})
        self.assertEqual(mail.outbox, [])  # out of the request: the worker sends
        run_worker()
        (message,) = mail.outbox
        self.assertEqual(message.to, ["Claire@Example.org"])
        self.assertIn("/fr/newsletter/confirm/", message.body)
        subscriber = Subscriber.objects.get()
        self.assertIsNone(subscriber.confirmed_at)
        self.assertIn("Equalcity", subscriber.consent_text)

    @override_settings(NEWSLETTER_EMAIL_MINUTES=0)
    def test_the_answer_is_the_same_for_an_address_already_subscribed(self):
        self.confirmed("amina@example.org", "en")
        first = self.sign_up("someone@example.org")
        again = self.sign_up("amina@example.org")
        self.assertEqual(first.status_code, again.status_code)
        self.assertEqual(first["Location"], again["Location"])
        run_worker()
        to_amina = [m for m in mail.outbox if "amina@example.org" in m.to]
        self.assertIn("/en/newsletter/preferences/", to_amina[0].body)
        self.assertEqual(
            Subscriber.objects.filter(email="amina@example.org").count(), 1
        )

    def test_an_address_gets_one_sign_up_email_per_ten_minutes(self):
        for _attempt in range(3):
            self.sign_up("target@example.org")
        run_worker()
        self.assertEqual(len(mail.outbox), 1)

    def test_invalid_input_re_renders_with_an_error_summary(self):
        response = self.sign_up("not-an-address", "fr")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, 'id="form-errors"', status_code=400)
        self.assertContains(response, 'value="not-an-address"', status_code=400)
        self.assertFalse(Subscriber.objects.exists())

    def test_a_post_from_another_site_is_refused(self):
        response = self.client.post(
            "/en/newsletter/",
            {"email": "victim@example.org", "language": "en"},
            HTTP_ORIGIN="https://evil.example",
        )
        self.assertEqual(response.status_code, 403)
        self.assertFalse(Subscriber.objects.exists())

    def test_the_honeypot_drops_the_sign_up(self):
        response = self.sign_up("bot@example.org", homepage_url="http://spam")
        self.assertEqual(response.status_code, 303)
        self.assertFalse(Subscriber.objects.exists())

    @override_settings(NEWSLETTER_SIGNUPS_PER_HOUR=2)
    def test_sign_ups_are_rate_limited_per_client(self):
        self.sign_up("a@example.org")
        self.sign_up("b@example.org")
        response = self.sign_up("c@example.org")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(Subscriber.objects.count(), 2)

    def test_an_expired_confirmation_link_says_so(self):
        self.sign_up("late@example.org")
        run_worker()
        link = self.links_in(mail.outbox[0])["confirm"]
        with override_settings(NEWSLETTER_CONFIRM_HOURS=0):
            response = self.client.post(f"/en/newsletter/{link}/")
        self.assertContains(response, "This link has expired", status_code=410)
        self.assertIsNone(Subscriber.objects.get().confirmed_at)

    def test_unconfirmed_sign_ups_are_deleted_after_a_week(self):
        from django.core.management import call_command

        self.sign_up("late@example.org")
        Subscriber.objects.update(created_at="2020-01-01T00:00:00Z")
        call_command("purge_newsletter_signups", stdout=mock.Mock())
        self.assertFalse(Subscriber.objects.exists())


class SendingTests(NewsletterTestCase):
    def setUp(self):
        self.french = self.confirmed("claire@example.org", "fr")
        self.arabic = self.confirmed("youssef@example.org", "ar")
        self.english = self.confirmed("amina@example.org", "en")
        self.sign_up("never-confirmed@example.org")
        run_worker()
        mail.outbox.clear()

    def received(self, email):
        return [m for m in mail.outbox if email in m.to]

    def test_each_subscriber_receives_the_issue_once_in_their_language(self):
        self.assertRedirects(
            self.send_issue(),
            f"/admin/newsletter/issues/{self.issue.pk}/send/",
            fetch_redirect_response=False,
        )
        self.assertEqual(mail.outbox, [])  # the worker sends, not the request
        run_worker()
        (french,) = self.received("claire@example.org")
        (arabic,) = self.received("youssef@example.org")
        (english,) = self.received("amina@example.org")
        self.assertEqual(self.received("never-confirmed@example.org"), [])
        self.assertEqual(french.subject, "Dernière année")
        self.assertEqual(arabic.subject, "السنة الأخيرة")
        html, _type = arabic.alternatives[0]
        self.assertIn('dir="rtl"', html)
        self.assertIn(f'href="{SITE}/ar/', html)
        self.assertNotRegex(html, r'(href|src)="/')
        self.assertIn("Dernière année", french.body)  # the plain-text part
        self.assertEqual(
            french.extra_headers["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click"
        )
        self.assertIn(
            "/fr/newsletter/unsubscribe/", french.extra_headers["List-Unsubscribe"]
        )
        self.assertEqual(english.subject, "Final year")

    def test_a_second_send_sends_nothing(self):
        self.send_issue()
        run_worker()
        count = len(mail.outbox)
        self.send_issue()
        run_worker()
        self.assertEqual(len(mail.outbox), count)
        self.assertEqual(IssueSend.objects.count(), 1)
        self.assertEqual(Delivery.objects.count(), 3)

    def test_a_worker_stopped_halfway_finishes_without_duplicates(self):
        with override_settings(NEWSLETTER_BATCH_SIZE=1, NEWSLETTER_BATCH_SECONDS=600):
            self.send_issue()
            run_worker()  # one batch; the next run is not due: the worker "stops"
        self.assertEqual(len(mail.outbox), 1)
        # Restarted, and the same task enqueued twice (a crash, say).
        sending.send_deliveries.enqueue(IssueSend.objects.get().pk)
        DBTaskResult.objects.update(run_after=timezone.now())
        run_worker()
        recipients = sorted(message.to[0] for message in mail.outbox)
        self.assertEqual(
            recipients,
            ["amina@example.org", "claire@example.org", "youssef@example.org"],
        )

    def test_a_refusing_mail_server_leaves_failed_will_retry_then_sends(self):
        with mock.patch(REFUSING, side_effect=ConnectionRefusedError("refused")):
            self.assertEqual(self.send_issue().status_code, 302)
            with self.assertLogs("newsletter.sending", "WARNING"):
                run_worker()
        self.assertEqual(mail.outbox, [])
        failed = Delivery.objects.filter(status=Delivery.Status.FAILED)
        self.assertEqual(failed.count(), 1)  # the run stopped at the first
        self.assertEqual(failed.get().last_error, "ConnectionRefusedError")
        self.client.force_login(self.publisher)
        page = self.client.get(f"/admin/newsletter/issues/{self.issue.pk}/send/")
        self.assertContains(page, "Failed, will retry")
        # The retry falls due: everything goes, once.
        Delivery.objects.update(next_attempt_at=None, status=Delivery.Status.QUEUED)
        DBTaskResult.objects.update(run_after=timezone.now())
        run_worker()
        self.assertEqual(len(mail.outbox), 3)
        self.assertEqual(Delivery.objects.filter(status="sent").count(), 3)
        self.assertGreaterEqual(retries.ATTEMPTS, 2)

    def test_a_hanging_mail_server_never_gives_a_500(self):
        smtp = {
            "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": 9,
            "EMAIL_TIMEOUT": 1,
        }
        with override_settings(**smtp):
            self.assertEqual(self.send_issue().status_code, 302)
            with self.assertLogs("newsletter.sending", "WARNING"):
                run_worker()
        self.assertEqual(
            set(Delivery.objects.values_list("status", flat=True)),
            {Delivery.Status.FAILED, Delivery.Status.QUEUED},
        )

    def test_unsubscribing_by_link_and_by_one_click_post(self):
        self.send_issue()
        run_worker()
        (french,) = self.received("claire@example.org")
        link = self.links_in(french)["unsubscribe"]
        page = self.client.get(f"/fr/newsletter/{link}/")
        self.assertContains(page, "claire@example.org")
        self.assertIn("no-store", page["Cache-Control"])
        self.client.post(f"/fr/newsletter/{link}/")
        self.assertFalse(Subscriber.objects.filter(email="claire@example.org").exists())
        # RFC 8058: the mail program posts to the List-Unsubscribe address.
        (arabic,) = self.received("youssef@example.org")
        url = arabic.extra_headers["List-Unsubscribe"].strip("<>")
        response = self.client.post(
            url.removeprefix(SITE),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(
            Subscriber.objects.filter(email="youssef@example.org").exists()
        )

    def test_english_for_those_who_accept_it_when_not_translated(self):
        dutch = self.confirmed("sanne@example.org", "nl")
        dutch.english_fallback = True
        dutch.save()
        self.confirmed("piet@example.org", "nl")
        self.send_issue()
        run_worker()
        (message,) = self.received("sanne@example.org")
        self.assertIn("(in English)", message.subject)
        self.assertIn("not translated into your language", message.body)
        self.assertEqual(self.received("piet@example.org"), [])

    def test_only_publishers_send_and_a_draft_is_not_sent(self):
        self.send_issue(self.staff)  # refused: the admin's "no permission"
        self.assertFalse(IssueSend.objects.exists())
        self.issue.unpublish()
        self.send_issue()
        run_worker()
        self.assertEqual(mail.outbox, [])
        self.assertFalse(IssueSend.objects.exists())

    def test_the_send_page_shows_recipients_and_previews_per_language(self):
        self.client.force_login(self.publisher)
        page = self.client.get(f"/admin/newsletter/issues/{self.issue.pk}/send/")
        self.assertContains(page, "Send to 3 subscribers")
        preview = self.client.get(
            f"/admin/newsletter/issues/{self.issue.pk}/preview/ar/"
        )
        self.assertContains(preview, "السنة الأخيرة")
        self.client.post(
            f"/admin/newsletter/issues/{self.issue.pk}/send/",
            {"action": "test", "language": "fr"},
        )
        run_worker()
        (test,) = self.received("publisher@example.org")
        self.assertEqual(test.subject, "Dernière année")
        self.assertFalse(IssueSend.objects.exists())

    def test_translators_and_staff_never_see_subscribers(self):
        for user in (self.staff, make_user("translator", "Translators (French)")):
            self.client.force_login(user)
            response = self.client.get("/admin/newsletter_subscribers/")
            self.assertIn(response.status_code, {302, 403}, user)
        admin = make_user("admin")
        admin.is_superuser = True
        admin.save()
        self.client.force_login(admin)
        export = self.client.get("/admin/newsletter_subscribers/?export=csv")
        self.assertContains(export, "claire@example.org")
