"""Degrade, don't fall: a Redis outage costs speed, never pages.

The site runs with Django's Redis cache pointed at a port nothing listens on
(as in production with REDIS_URL set and Redis down), at a Redis that accepts
connections and never answers, and at a Redis that comes back. Visitors and
staff must get their pages from the database, the outage must be logged once
(not once per cache call), `/healthz` must say what is down, and a Redis that
answers again must be used again.
"""

import json
import logging
import shutil
import socket
import subprocess
import time
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import cache, caches
from django.db import OperationalError, connection
from django.test import TestCase, override_settings

from wagtail.models import PageViewRestriction

import pytest

from home.cache import ResilientRedisCache
from tests.factories.content import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.home import ContactPageFactory, make_home

DEAD_REDIS = "redis://127.0.0.1:6399/0"


def redis_caches(location):
    """CACHES as production has them with REDIS_URL=`location`."""
    return {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "eq_b",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        },
        "renditions": {"BACKEND": "home.generation.ProcessCache"},
    }


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SiteMixin:
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        news = NewsIndexPageFactory(parent=cls.home)
        cls.article = ArticlePageFactory(parent=news, title="Training for cities")
        ContactPageFactory(parent=cls.home)
        get_user_model().objects.create_superuser(
            "admin", "admin@example.org", "a long admin password"
        )

    def use_redis(self, location):
        """This test's cache: a fresh connection to `location`, as a new
        server process would have."""
        self.enterContext(
            override_settings(
                CACHES=redis_caches(location),
                SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
            )
        )


class RedisDownTests(SiteMixin, TestCase):
    def setUp(self):
        self.use_redis(DEAD_REDIS)

    def test_every_page_is_served_and_the_outage_logged_once(self):
        with self.assertLogs("home.cache", logging.WARNING) as logs:
            for url in [
                "/en/",
                self.article.url,
                "/en/search/?q=training",
                "/en/contact/",
                "/admin/login/",
            ]:
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
            self.assertContains(self.client.get(self.article.url), "Training for")
            self.assertContains(
                self.client.get("/en/search/?q=training"), "Training for cities"
            )
        self.assertEqual(len(logs.records), 1, logs.output)
        self.assertIn("Cache unavailable", logs.output[0])

    def test_staff_log_in_and_work_with_sessions_from_the_database(self):
        with self.assertLogs("home.cache", logging.WARNING):
            response = self.client.post(
                "/admin/login/",
                {"username": "admin", "password": "a long admin password"},
            )
            self.assertEqual(response.status_code, 302)
            self.assertEqual(self.client.get("/admin/").status_code, 200)
            edit = self.client.get(f"/admin/pages/{self.article.pk}/edit/")
            self.assertEqual(edit.status_code, 200)

    def test_a_password_set_during_the_outage_protects_the_page_at_once(self):
        with self.assertLogs("home.cache", logging.WARNING):
            self.assertContains(self.client.get(self.article.url), "Training for")
            PageViewRestriction.objects.create(
                page=self.article,
                restriction_type=PageViewRestriction.PASSWORD,
                password="a survivor's secret",
            )
            # Nothing kept by the process while no generation number could
            # retire it (home.generation.shared): the next visitor is asked
            # for the password.
            response = self.client.get(self.article.url)
        self.assertNotContains(response, "Article text.")
        self.assertContains(response, 'type="password"')

    def test_healthz_reports_the_cache_down_and_the_site_serving(self):
        with self.assertLogs("home.cache", logging.WARNING):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            json.loads(response.content), {"database": "ok", "cache": "unavailable"}
        )
        self.assertIn("no-cache", response["Cache-Control"])
        self.assertEqual(response.cookies, {})

    def test_healthz_answers_503_when_the_database_is_down_too(self):
        with (
            mock.patch.object(
                connection, "cursor", side_effect=OperationalError("gone")
            ),
            self.assertLogs("equalcity", logging.ERROR),
            self.assertLogs("home.cache", logging.WARNING),
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(
            json.loads(response.content),
            {"database": "unavailable", "cache": "unavailable"},
        )


class RedisHangsTests(SiteMixin, TestCase):
    """A Redis that accepts connections and never answers (overloaded,
    half-dead): each page waits for one short timeout, not for a worker's."""

    def setUp(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)  # never accepted: connections hang
        self.addCleanup(self.listener.close)
        port = self.listener.getsockname()[1]
        self.use_redis(f"redis://127.0.0.1:{port}/0")

    def test_pages_are_served_within_a_second(self):
        with self.assertLogs("home.cache", logging.WARNING) as logs:
            for url in ["/en/", self.article.url, "/en/search/?q=training"]:
                started = time.monotonic()
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertLess(time.monotonic() - started, 1.5, url)
        self.assertIn("Timeout", logs.output[0])


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")
class RedisComesBackTests(SiteMixin, TestCase):
    def setUp(self):
        self.port = free_port()
        self.use_redis(f"redis://127.0.0.1:{self.port}/0")
        # Retry at once rather than after RETRY_SECONDS, to keep the test short.
        self.enterContext(mock.patch.object(ResilientRedisCache, "RETRY_SECONDS", 0))

    def start_redis(self):
        server = subprocess.Popen(  # noqa: S603
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        self.addCleanup(server.wait)
        self.addCleanup(server.terminate)
        for _attempt in range(50):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        self.fail("redis-server did not start")

    def test_a_redis_that_comes_back_is_used_again(self):
        with self.assertLogs("home.cache", logging.WARNING) as logs:
            self.assertEqual(self.client.get("/en/").status_code, 200)
            self.assertFalse(caches["default"].available)
            self.start_redis()
            self.client.get("/en/")
            second = self.client.get("/en/")
        self.assertEqual(second["X-Cache"], "hit")
        self.assertTrue(caches["default"].available)
        self.assertIn("Cache unavailable", logs.output[0])
        self.assertIn("Cache available again", logs.output[-1])
        cache.set("back", "yes")
        self.assertEqual(cache.get("back"), "yes")
        health = self.client.get("/healthz")
        self.assertEqual(json.loads(health.content), {"database": "ok", "cache": "ok"})


def test_one_redis_client_serves_every_call():
    """The seam in home.cache.ReusedClient: Django's RedisCacheClient builds a
    new redis.Redis for every call (a third of a cached page's time); ours
    keeps one per pool. Fails if Django's client changes under it."""
    backend = ResilientRedisCache("redis://127.0.0.1:1/0", {})
    client = backend._cache.get_client()
    assert backend._cache.get_client() is client
    assert backend._cache.get_client(write=True) is client
    assert client.connection_pool is backend._cache._get_connection_pool(False)
