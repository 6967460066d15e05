"""Logs: one JSON line per event on stdout, with the request id, and nothing of
the visitor's: no address, no form content, no search terms.

A refused request (a foreign Host, an oversized body) is one WARNING line
without a traceback; an unhandled exception is an ERROR with its traceback
and the id the response carries. The tests read what the configured handler
writes, as an operator reads it.
"""

import importlib.util
import io
import json
import logging
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from django.conf import settings
from django.test import Client, TestCase, override_settings

import pytest
from gunicorn.config import Config
from gunicorn.glogging import Logger

from tests.factories.content import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.home import ContactPageFactory, make_home

VISITOR_ADDRESS = "203.0.113.77"
SECRET = "my husband reads my phone"
PROJECT_DIR = Path(__file__).resolve().parents[2]


class LogOutput:
    """What the configured console handler writes, captured."""

    def __enter__(self):
        (self.handler,) = [
            handler
            for handler in logging.getLogger().handlers
            if handler.name == "console"
        ]
        self.buffer = io.StringIO()
        self.stream = self.handler.setStream(self.buffer)
        return self

    def __exit__(self, *exc):
        self.handler.setStream(self.stream)

    @property
    def text(self):
        return self.buffer.getvalue()

    @property
    def lines(self):
        """Every line, each one a JSON object (json.loads fails otherwise)."""
        return [json.loads(line) for line in self.text.splitlines()]


class SiteMixin:
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        news = NewsIndexPageFactory(parent=cls.home)
        ArticlePageFactory(parent=news, title="Training for cities")
        cls.contact = ContactPageFactory(parent=cls.home)

    def setUp(self):
        self.client = Client(REMOTE_ADDR=VISITOR_ADDRESS, raise_request_exception=False)


class RefusalTests(SiteMixin, TestCase):
    def assert_one_refusal(self, output, response, logger):
        self.assertEqual(response.status_code, 400)
        (line,) = output.lines
        self.assertEqual(line["level"], "WARNING")
        self.assertEqual(line["logger"], logger)
        self.assertEqual(line["status"], 400)
        self.assertEqual(line["request_id"], response["X-Request-ID"])
        self.assertNotIn("exc_info", line)
        self.assertNotIn("Traceback", output.text)
        self.assertNotIn(VISITOR_ADDRESS, output.text)

    @override_settings(ALLOWED_HOSTS=["equalcity.example"])
    def test_a_foreign_host_is_one_warning_line(self):
        with LogOutput() as output:
            response = self.client.get("/en/", headers={"Host": "evil.example"})
        self.assert_one_refusal(output, response, "django.security.DisallowedHost")

    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=2_000)
    def test_an_oversized_post_is_one_warning_line_without_its_content(self):
        with LogOutput() as output:
            response = self.client.post(
                self.contact.url,
                {
                    "your_name": "Amina",
                    "your_email_address": "amina@example.org",
                    "your_message": (SECRET + " ") * 200,
                },
            )
        self.assert_one_refusal(output, response, "django.security.RequestDataTooBig")
        self.assertNotIn(SECRET, output.text)
        self.assertNotIn("amina@example.org", output.text)


class ErrorTests(SiteMixin, TestCase):
    def test_an_unhandled_exception_is_an_error_with_its_traceback_and_id(self):
        with (
            LogOutput() as output,
            mock.patch("home.web.views.absolute_url", side_effect=RuntimeError("boom")),
        ):
            response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 500)
        (line,) = output.lines
        self.assertEqual(line["level"], "ERROR")
        self.assertEqual(line["logger"], "django.request")
        self.assertEqual(line["request_id"], response["X-Request-ID"])
        self.assertIn("Traceback", line["exc_info"])
        self.assertIn("RuntimeError: boom", line["exc_info"])
        self.assertNotIn(VISITOR_ADDRESS, output.text)


class RequestIdTests(SiteMixin, TestCase):
    def test_the_proxy_id_is_kept_and_a_strange_one_replaced(self):
        given = "3f2b9c0e8d7a41f6b5e4d3c2b1a09f8e"
        self.assertEqual(
            self.client.get("/en/", headers={"X-Request-ID": given})["X-Request-ID"],
            given,
        )
        for strange in ("short", 'a"b c\nforged line', "x" * 500):
            with self.subTest(strange=strange):
                made = self.client.get("/en/", headers={"X-Request-ID": strange})[
                    "X-Request-ID"
                ]
                self.assertNotEqual(made, strange)
                self.assertRegex(made, r"^[0-9a-f]{32}$")

    def test_each_request_gets_its_own_id(self):
        ids = {self.client.get("/en/")["X-Request-ID"] for _ in range(3)}
        self.assertEqual(len(ids), 3)

    def test_every_line_logged_while_serving_carries_the_id(self):
        client = Client(enforce_csrf_checks=True, REMOTE_ADDR=VISITOR_ADDRESS)
        with LogOutput() as output:
            response = client.post(
                self.contact.url,
                {"your_name": "Amina", "your_message": SECRET},
                headers={"X-Request-ID": "proxy-id-0001"},
            )
            logging.getLogger("equalcity").warning("outside any request")
        self.assertEqual(response.status_code, 403)  # no CSRF cookie
        self.assertEqual(response["X-Request-ID"], "proxy-id-0001")
        *served, outside = output.lines
        self.assertGreaterEqual(len(served), 1)
        for line in served:
            self.assertEqual(line["request_id"], "proxy-id-0001")
        self.assertNotIn("request_id", outside)
        self.assertNotIn(SECRET, output.text)
        self.assertNotIn(VISITOR_ADDRESS, output.text)


class SearchTermTests(SiteMixin, TestCase):
    def test_no_line_holds_a_search_term(self):
        with LogOutput() as output, self.assertLogs("", "DEBUG") as everything:
            for query in (SECRET, "training", "²²²", "x" * 300):
                for url in (f"/en/search/?q={query}", f"/en/news/?q={query}"):
                    self.client.get(url, headers={"Referer": f"/en/search/?q={query}"})
            logging.getLogger("equalcity").warning("marker")
        records = "\n".join(
            str(record.__dict__.get("msg")) + str(record.args)
            for record in everything.records
        )
        self.assertNotIn(SECRET, output.text + records)
        self.assertNotIn(VISITOR_ADDRESS, output.text + records)


def gunicorn_access_line(path, query):
    """The access log line gunicorn writes with deploy/gunicorn.conf.py."""
    spec = importlib.util.spec_from_file_location(
        "gunicorn_conf", PROJECT_DIR / "deploy" / "gunicorn.conf.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    config = Config()
    config.set(
        "access_log_format",
        getattr(module, "access_log_format", config.access_log_format),
    )
    logger = Logger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{path}?{query}",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": VISITOR_ADDRESS,
        "HTTP_REFERER": f"https://equalcity.example{path}?{query}",
        "HTTP_USER_AGENT": "Mozilla/5.0 (a survivor's phone)",
    }
    response = SimpleNamespace(
        status="200 OK",
        sent=1234,
        headers=[("X-Request-ID", "proxy-id-0001")],
    )
    safe = logger.atoms_wrapper_class(
        logger.atoms(response, [], environ, timedelta(milliseconds=12))
    )
    return config.access_log_format % safe


@pytest.mark.skipif(
    not (PROJECT_DIR / "deploy" / "gunicorn.conf.py").exists(),
    reason="no gunicorn configuration",
)
def test_the_access_log_names_no_visitor_and_no_search_term():
    line = gunicorn_access_line("/en/search/", f"q={SECRET}")
    assert "/en/search/" in line
    assert "proxy-id-0001" in line
    assert SECRET not in line
    assert SECRET.replace(" ", "+") not in line
    assert VISITOR_ADDRESS not in line
    assert "survivor" not in line


def test_logs_go_to_stdout_as_json():
    handler = settings.LOGGING["handlers"]["console"]
    assert handler["stream"] == "ext://sys.stdout"
    assert settings.LOGGING["formatters"][handler["formatter"]]["()"] == (
        "home.web.logging.JsonFormatter"
    )
