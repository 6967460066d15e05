"""Accounts (fault 6, deliverable 4): sign-in and page passwords throttled,
long passwords, a second factor for staff, sessions that end, and an admin
that calls no other host. Everything goes through the admin's and the site's
own URLs with the test client."""

import logging
import time
from urllib.parse import urlparse

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client, RequestFactory, TestCase, override_settings

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.editorial.accounts import client_ip
from tests.factories.content import DocumentFactory
from tests.factories.home import StandardPageFactory, make_home, paragraph

PASSWORD = "a long enough passphrase"  # noqa: S105
LIMIT = 5
TOO_SHORT = "This password is too short. It must contain at least 12 characters."


def make_staff(username, group="Publishers", **fields):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password=PASSWORD, **fields
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(client, username, password=PASSWORD, remember=False, **extra):
    data = {"username": username, "password": password, "next": "/admin/"}
    if remember:
        data["remember"] = "on"
    return client.post("/admin/login/", data, **extra)


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
class AdminSignInThrottleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.publisher = make_staff("publisher")
        cls.other = make_staff("other")

    def test_wrong_passwords_lock_the_account_even_for_the_right_one(self):
        """Fault 6: wrong passwords in a row, then the right one, signed in."""
        for _attempt in range(LIMIT - 1):
            response = sign_in(self.client, "publisher", "wrong password!")
            self.assertEqual(response.status_code, 200)  # the form, with its error
        sign_in(self.client, "publisher", "wrong password!")
        response = sign_in(self.client, "publisher")
        self.assertEqual(response.status_code, 429)
        self.assertIn("Too many failed sign-in attempts", response.content.decode())
        self.assertIn("try again in 15 minutes", response.content.decode())
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertEqual(self.client.get("/admin/").status_code, 302)

    def test_the_lock_covers_the_username_from_any_address(self):
        for number in range(LIMIT):
            sign_in(self.client, "publisher", "wrong", REMOTE_ADDR=f"10.0.0.{number}")
        response = sign_in(Client(), "publisher", REMOTE_ADDR="10.9.9.9")
        self.assertEqual(response.status_code, 429)

    def test_other_people_elsewhere_still_sign_in(self):
        for _attempt in range(LIMIT):
            sign_in(self.client, "publisher", "wrong", REMOTE_ADDR="10.0.0.1")
        response = sign_in(Client(), "other", REMOTE_ADDR="10.0.0.2")
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)

    def test_the_lock_message_is_translated(self):
        for _attempt in range(LIMIT):
            sign_in(self.client, "publisher", "wrong")
        response = sign_in(self.client, "publisher", HTTP_ACCEPT_LANGUAGE="fr")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Content-Language"], "fr")

    def test_a_forged_forwarded_for_header_does_not_reset_the_count(self):
        """Without a trusted proxy, X-Forwarded-For is the client's own claim."""
        for number in range(LIMIT):
            sign_in(
                self.client,
                f"nobody-{number}",
                "wrong",
                HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
            )
        response = sign_in(self.client, "other", HTTP_X_FORWARDED_FOR="192.0.2.99")
        self.assertEqual(response.status_code, 429)

    def test_attempts_are_not_stored_in_the_database_nor_logged_with_addresses(self):
        logger = logging.getLogger()
        records = []
        handler = logging.Handler(level=logging.DEBUG)
        handler.emit = records.append
        logger.addHandler(handler)
        level = logger.level
        logger.setLevel(logging.DEBUG)
        try:
            for _attempt in range(LIMIT + 1):
                sign_in(self.client, "publisher", "wrong", REMOTE_ADDR="203.0.113.7")
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)
        self.assertEqual(AccessAttempt.objects.count(), 0)
        logged = "\n".join(record.getMessage() for record in records)
        self.assertIn("AXES", logged)
        self.assertNotIn("203.0.113.7", logged)


class TrustedProxyTests(TestCase):
    def request(self, forwarded_for):
        return RequestFactory().get(
            "/", REMOTE_ADDR="10.1.1.1", HTTP_X_FORWARDED_FOR=forwarded_for
        )

    @override_settings(TRUSTED_PROXY_COUNT=0)
    def test_without_a_trusted_proxy_the_header_is_ignored(self):
        self.assertEqual(client_ip(self.request("198.51.100.5")), "10.1.1.1")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_the_address_it_saw_counts(self):
        """The client may send its own X-Forwarded-For: only the entry the
        proxy appended is believed."""
        request = self.request("6.6.6.6, 198.51.100.5")
        self.assertEqual(client_ip(request), "198.51.100.5")

    @override_settings(TRUSTED_PROXY_COUNT=1, AXES_FAILURE_LIMIT=LIMIT)
    def test_behind_a_proxy_visitors_are_told_apart(self):
        make_staff("publisher")
        for _attempt in range(LIMIT):
            sign_in(
                self.client, "someone", "wrong", HTTP_X_FORWARDED_FOR="198.51.100.5"
            )
        response = sign_in(
            Client(), "publisher", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.6"
        )
        self.assertEqual(response.status_code, 302)


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
class PagePasswordThrottleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.page = StandardPageFactory(
            parent=home, slug="members", title="Members", body=[paragraph("Inside.")]
        )
        cls.restriction = PageViewRestriction.objects.create(
            page=cls.page, restriction_type="password", password="letmein-now"
        )
        cls.url = (
            f"/en/_util/authenticate_with_password/{cls.restriction.pk}/{cls.page.pk}/"
        )

    def guess(self, client, password, **extra):
        return client.post(
            self.url, {"password": password, "return_url": "/en/members/"}, **extra
        )

    def test_wrong_passwords_then_the_right_one_is_refused(self):
        for _attempt in range(LIMIT):
            response = self.guess(self.client, "wrong")
            self.assertIn(response.status_code, {200, 429})
            self.assertNotIn("sessionid", response.cookies)
        response = self.guess(self.client, "letmein-now")
        self.assertEqual(response.status_code, 429)
        html = response.content.decode()
        self.assertIn("Too many wrong passwords", html)
        self.assertIn('type="password"', html)
        self.assertNotIn("sessionid", response.cookies)
        self.assertNotIn("Inside.", self.client.get("/en/members/").content.decode())

    def test_another_visitor_still_gets_in(self):
        for _attempt in range(LIMIT):
            self.guess(self.client, "wrong", REMOTE_ADDR="10.0.0.1")
        other = Client()
        response = self.guess(other, "letmein-now", REMOTE_ADDR="10.0.0.2")
        self.assertRedirects(response, "/en/members/", fetch_redirect_response=False)
        self.assertIn("Inside.", other.get("/en/members/").content.decode())

    def test_page_guesses_do_not_lock_staff_sign_in(self):
        make_staff("publisher")
        for _attempt in range(LIMIT + 1):
            self.guess(self.client, "wrong")
        self.assertEqual(sign_in(self.client, "publisher").status_code, 302)


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
class DocumentPasswordThrottleTests(TestCase):
    """The password of a restricted collection of documents is throttled as
    a page's is."""

    @classmethod
    def setUpTestData(cls):
        collection = Collection.get_first_root_node().add_child(name="Members")
        cls.restriction = CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=CollectionViewRestriction.PASSWORD,
            password="letmein-now",
        )
        cls.document = DocumentFactory(collection=collection, title="Rota")
        cls.url = f"/documents/authenticate_with_password/{cls.restriction.pk}/"

    def guess(self, client, password, **extra):
        return client.post(
            self.url, {"password": password, "return_url": self.document.url}, **extra
        )

    def test_wrong_passwords_then_the_right_one_is_refused(self):
        self.assertEqual(self.client.get(self.document.url).status_code, 200)
        self.assertIn(b'type="password"', self.client.get(self.document.url).content)
        for _attempt in range(LIMIT):
            self.assertIn(self.guess(self.client, "wrong").status_code, {200, 429})
        response = self.guess(self.client, "letmein-now")
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Too many wrong passwords", status_code=429)
        self.assertContains(response, 'type="password"', status_code=429)
        self.assertNotIn("sessionid", response.cookies)

    def test_another_visitor_still_gets_in(self):
        for _attempt in range(LIMIT):
            self.guess(self.client, "wrong", REMOTE_ADDR="10.0.0.1")
        other = Client()
        response = self.guess(other, "letmein-now", REMOTE_ADDR="10.0.0.2")
        self.assertRedirects(response, self.document.url, fetch_redirect_response=False)


class PasswordValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", PASSWORD
        )

    def create_user(self, password):
        self.client.force_login(self.admin)
        return self.client.post(
            "/admin/users/new/",
            {
                "username": "newcomer",
                "email": "newcomer@example.org",
                "first_name": "New",
                "last_name": "Comer",
                "password1": password,
                "password2": password,
                "is_active": "on",
            },
        )

    def test_an_eleven_character_password_is_refused_with_a_reason(self):
        response = self.create_user("bluewhale71")
        self.assertEqual(response.status_code, 200)
        self.assertIn(TOO_SHORT, response.content.decode())
        self.assertFalse(get_user_model().objects.filter(username="newcomer").exists())

    def test_a_twelve_character_password_is_accepted(self):
        response = self.create_user("bluewhale71x")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            get_user_model().objects.filter(username="newcomer").exists(),
            response["Location"],
        )

    def test_changing_ones_own_password_needs_twelve_characters(self):
        self.client.force_login(self.admin)
        response = self.client.post(
            "/admin/account/",
            {
                "password-old_password": PASSWORD,
                "password-new_password1": "bluewhale71",
                "password-new_password2": "bluewhale71",
            },
        )
        self.assertIn(TOO_SHORT, response.content.decode())


class SessionExpiryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_staff("publisher")

    def test_a_remembered_staff_session_lasts_ten_hours(self):
        response = sign_in(self.client, "publisher", remember=True)
        self.assertEqual(response.cookies["sessionid"]["max-age"], 10 * 3600)
        self.assertEqual(self.client.session.get_expiry_age(), 10 * 3600)

    def test_otherwise_it_ends_with_the_browser_and_after_ten_hours_at_most(self):
        response = sign_in(self.client, "publisher")
        self.assertEqual(response.cookies["sessionid"]["max-age"], "")
        self.assertLessEqual(self.client.session.get_expiry_age(), 10 * 3600)


@override_settings(REQUIRE_STAFF_2FA=True)
class RequiredSecondFactorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.publisher = make_staff("publisher")

    def test_without_a_device_staff_are_sent_to_set_one_up(self):
        sign_in(self.client, "publisher")
        for url in ["/admin/", "/admin/pages/", f"/admin/pages/{self.home.pk}/edit/"]:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 302, url)
            self.assertTrue(response["Location"].startswith("/admin/two-factor/setup/"))

    def test_setting_up_a_device_with_a_valid_code_opens_the_admin(self):
        sign_in(self.client, "publisher")
        page = self.client.get("/admin/two-factor/setup/?next=/admin/pages/")
        self.assertEqual(page.status_code, 200)
        self.assertIn("<svg", page.content.decode())
        device = TOTPDevice.objects.get(user=self.publisher, confirmed=False)
        wrong = self.client.post(
            "/admin/two-factor/setup/", {"code": "000000", "next": "/admin/pages/"}
        )
        self.assertEqual(wrong.status_code, 200)
        self.assertIn("This code is not valid", wrong.content.decode())
        device.refresh_from_db()
        device.throttling_failure_count = 0
        device.throttling_failure_timestamp = None
        device.save()
        response = self.client.post(
            "/admin/two-factor/setup/",
            {"code": current_code(device), "next": "/admin/pages/"},
        )
        self.assertRedirects(response, "/admin/pages/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_with_a_device_a_valid_code_is_needed_after_the_password(self):
        device = TOTPDevice.objects.create(user=self.publisher, name="Phone")
        sign_in(self.client, "publisher")
        response = self.client.get("/admin/pages/")
        self.assertEqual(
            response["Location"], "/admin/two-factor/?next=%2Fadmin%2Fpages%2F"
        )
        # A stolen password cannot add a second device either.
        setup = self.client.get("/admin/two-factor/setup/")
        self.assertTrue(setup["Location"].startswith("/admin/two-factor/"))
        self.assertNotIn("setup", setup["Location"])
        self.assertEqual(self.client.get("/admin/two-factor/").status_code, 200)
        wrong = self.client.post("/admin/two-factor/", {"code": "123456"})
        self.assertEqual(wrong.status_code, 200)
        self.assertEqual(self.client.get("/admin/").status_code, 302)
        device.refresh_from_db()
        device.throttling_failure_count = 0
        device.throttling_failure_timestamp = None
        device.save()
        response = self.client.post(
            "/admin/two-factor/",
            {"code": current_code(device), "next": "/admin/pages/"},
        )
        self.assertRedirects(response, "/admin/pages/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/admin/pages/").status_code, 200)

    def test_an_unsafe_next_address_is_not_followed(self):
        device = TOTPDevice.objects.create(user=self.publisher, name="Phone")
        sign_in(self.client, "publisher")
        response = self.client.post(
            "/admin/two-factor/",
            {"code": current_code(device), "next": "https://evil.example/"},
        )
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)

    def test_public_pages_are_not_touched(self):
        sign_in(self.client, "publisher")
        self.assertEqual(self.client.get("/en/").status_code, 200)


@override_settings(REQUIRE_STAFF_2FA=False)
class OptionalSecondFactorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.publisher = make_staff("publisher")

    def test_without_the_requirement_staff_without_a_device_go_straight_in(self):
        sign_in(self.client, "publisher")
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_a_device_once_set_up_is_always_asked_for(self):
        TOTPDevice.objects.create(user=self.publisher, name="Phone")
        sign_in(self.client, "publisher")
        self.assertEqual(self.client.get("/admin/").status_code, 302)


class NoOtherHostTests(TestCase):
    """The admin's pages load nothing from another host (no Gravatar, no
    update check, no "What's new" banner)."""

    @classmethod
    def setUpTestData(cls):
        make_home()
        cls.admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", PASSWORD
        )
        cls.publisher = make_staff("publisher")

    def foreign_resources(self, html):
        soup = BeautifulSoup(html, "html.parser")
        found = []
        for tag, attribute in [
            ("script", "src"),
            ("img", "src"),
            ("img", "srcset"),
            ("source", "srcset"),
            ("link", "href"),
            ("iframe", "src"),
            ("template", None),
        ]:
            for element in soup.find_all(tag):
                value = element.get(attribute) if attribute else None
                if value and urlparse(value.split()[0]).netloc not in {
                    "",
                    "testserver",
                }:
                    found.append(str(element)[:120])
        for element in soup.find_all(attrs={"data-w-upgrade-url-value": True}):
            found.append(str(element)[:120])
        return found

    def test_dashboard_and_user_pages_load_nothing_from_elsewhere(self):
        for user in [self.admin, self.publisher]:
            self.client.force_login(user)
            for url in ["/admin/", "/admin/account/", "/admin/users/"]:
                response = self.client.get(url)
                if response.status_code != 200:
                    continue
                html = response.content.decode()
                self.assertNotIn("gravatar", html.lower(), url)
                self.assertNotIn("releases.wagtail.io", html, url)
                self.assertEqual(self.foreign_resources(html), [], url)


class UserManagementTests(TestCase):
    def test_no_editorial_group_may_manage_users_or_groups(self):
        user_permissions = Permission.objects.filter(content_type__app_label="auth")
        for group in Group.objects.all():
            self.assertFalse(
                group.permissions.filter(pk__in=user_permissions).exists(), group.name
            )
