"""Error pages, the health check and the production settings."""

import logging
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

from django.db import OperationalError, connection
from django.test import TestCase, override_settings

import pytest

from home.models import StandardPage
from tests.factories.home import StandardPageFactory, make_home, translate

PROJECT_DIR = Path(__file__).resolve().parents[2]


class ErrorPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.page = StandardPageFactory(parent=cls.home, slug="about")
        translate(cls.home, "fr")

    def test_unknown_url_gives_the_sites_own_404_page(self):
        response = self.client.get("/en/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Page not found", status_code=404)
        self.assertContains(response, 'class="site-footer"', status_code=404)

    def test_404_page_is_translated(self):
        response = self.client.get("/fr/no-such-page/")
        self.assertContains(response, "Page introuvable", status_code=404)
        self.assertContains(response, '<html lang="fr"', status_code=404)

    def test_a_crash_gives_the_500_page_and_a_log_line(self):
        self.client.raise_request_exception = False
        with (
            mock.patch.object(
                StandardPage, "get_context", side_effect=RuntimeError("boom")
            ),
            self.assertLogs("django.request", level=logging.ERROR) as logs,
        ):
            response = self.client.get("/en/about/")
        self.assertEqual(response.status_code, 500)
        self.assertContains(response, "Something went wrong", status_code=500)
        self.assertNotContains(response, "RuntimeError", status_code=500)
        self.assertNotContains(response, "Traceback", status_code=500)
        self.assertIn("RuntimeError: boom", "\n".join(logs.output))


class HealthCheckTests(TestCase):
    def test_healthz_answers_200_when_the_database_answers(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertIn("no-cache", response["Cache-Control"])

    def test_healthz_answers_503_when_the_database_does_not(self):
        with (
            mock.patch.object(
                connection, "cursor", side_effect=OperationalError("gone")
            ),
            self.assertLogs("equalcity", level=logging.ERROR),
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)


class RobotsTests(TestCase):
    @override_settings(
        ALLOWED_HOSTS=["equalcity.example"],
        WAGTAILADMIN_BASE_URL="https://equalcity.example",
    )
    def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(self):
        # The site's configured address, whatever port the Host header names.
        response = self.client.get("/robots.txt", HTTP_HOST="equalcity.example:666")
        text = response.content.decode()
        self.assertIn("Sitemap: https://equalcity.example/sitemap.xml", text)
        self.assertIn("Disallow: /admin/", text)
        self.assertIn("Disallow: /fr/search/", text)


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("secret", ["s3cr3t-" + "x" * 60])
def test_production_settings_pass_the_deploy_check(secret):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secret,
        ALLOWED_HOSTS="equalcity.example",
        WAGTAILADMIN_BASE_URL="https://equalcity.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ALLOWED_HOSTS="equalcity.example",
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
