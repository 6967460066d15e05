"""Two application servers, one site: a change published through one server is
what the other serves on the next request.

Two gunicorn servers run the production settings on two ports against the
test's PostgreSQL database and one Redis database, as two machines behind a
load balancer would. A publisher edits a page through server A's admin over
HTTP; an anonymous visitor then asks server B. Whatever either server keeps
(page cache, site root paths, locales) must follow the change.
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

import pytest
import redis
import requests
from bs4 import BeautifulSoup

from tests.factories.content import ToolboxIndexPageFactory
from tests.factories.home import make_home

PROJECT_DIR = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/7"
PASSWORD = "two-servers-password"
STARTUP_SECONDS = 30


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    """The URL of the database this test writes to (pytest-django's test_…)."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "postgres", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or "5432"
    return f"postgres://{credentials}@{host}:{port}/{db['NAME']}"


class Server:
    """One gunicorn under the production settings, logging to a file."""

    def __init__(self, name, env, log_dir):
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log_dir / f"gunicorn-{name}.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--config",
                    "deploy/gunicorn.conf.py",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    "2",
                    "--no-control-socket",  # two servers, one user
                    "config.wsgi",
                ],
                cwd=PROJECT_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def logs(self):
        return f"--- server {self.name} ({self.url}) ---\n{self.log.read_text()}"

    def wait_until_healthy(self):
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if requests.get(f"{self.url}/healthz", timeout=10).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        pytest.fail(f"server {self.name} did not become healthy\n{self.logs()}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def shared_services():
    """PostgreSQL and Redis, as several servers need them, or a skip."""
    if connection.vendor != "postgresql":
        pytest.skip("two servers need a shared PostgreSQL database (DATABASE_URL)")
    store = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        store.ping()
    except redis.RedisError:
        pytest.skip(f"two servers need Redis at {REDIS_URL}")
    store.flushdb()  # nothing cached by an earlier run
    yield REDIS_URL
    store.flushdb()
    store.close()


@pytest.fixture
def collected_static(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("static")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=PROJECT_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "collectstatic-only",
            "ALLOWED_HOSTS": "localhost",
            "STATIC_ROOT": str(static_root),
        },
        check=True,
        capture_output=True,
    )
    return static_root


@pytest.fixture
def two_servers(shared_services, collected_static, media_root, tmp_path):
    """Servers A and B, healthy; stopped (and their logs printed, which pytest
    shows when the test fails) however the test ends."""
    env = {
        **{
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("AWS_", "DJANGO_", "PAGE_CACHE", "CDN_"))
        },
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "two-servers-" + "s" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "DEBUG": "0",
        "DATABASE_URL": database_url(),
        "REDIS_URL": shared_services,
        "STATIC_ROOT": str(collected_static),
        "MEDIA_ROOT": str(media_root),
    }
    servers = []
    try:
        for name in ("A", "B"):
            servers.append(Server(name, env, tmp_path))
        for server in servers:
            server.wait_until_healthy()
        yield servers
    finally:
        for server in servers:
            server.stop()
        for server in servers:
            sys.stderr.write(server.logs())


class Visitor:
    """An HTTP client keeping its cookies by hand: the production settings
    mark them Secure, which a cookie jar would not send over plain HTTP."""

    def __init__(self):
        self.cookies = {}

    def request(self, method, url, **kwargs):
        response = requests.request(
            method,
            url,
            cookies=self.cookies,
            allow_redirects=False,
            timeout=20,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, url):
        return self.request("GET", url)

    def post(self, url, data):
        return self.request("POST", url, data=data, headers={"Referer": url})


def form_data(form):
    """What a browser submits for `form` without any button: every named field
    with its value (checked boxes only, selected options)."""
    data = []
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        kind = (field.get("type") or "").lower()
        if not name or field.has_attr("disabled"):
            continue
        if kind in {"submit", "button", "file", "image", "reset"}:
            continue
        if kind in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data.append((name, field.get("value", "on")))
        elif field.name == "textarea":
            data.append((name, field.text))
        elif field.name == "select":
            selected = field.find_all("option", selected=True)
            if not selected and not field.has_attr("multiple"):
                selected = field.find_all("option")[:1]
            data.extend((name, option.get("value", option.text)) for option in selected)
        else:
            data.append((name, field.get("value", "")))
    return data


def publish_title(server, page, title):
    """Log in to `server`'s admin and publish `page` with a new title, through
    the edit form as a publisher's browser posts it."""
    browser = Visitor()
    login_page = browser.get(f"{server.url}/admin/login/")
    login_form = BeautifulSoup(login_page.text, "html.parser").find("form")
    login = dict(form_data(login_form))
    login.update(username="publisher", password=PASSWORD)
    logged_in = browser.post(f"{server.url}/admin/login/", login)
    assert logged_in.status_code == 302, logged_in.text

    edit_url = f"{server.url}/admin/pages/{page.pk}/edit/"
    edit_page = browser.get(edit_url)
    assert edit_page.status_code == 200
    form = BeautifulSoup(edit_page.text, "html.parser").find(
        "form", id="page-edit-form"
    )
    data = [(name, value) for name, value in form_data(form) if name != "title"]
    data += [("title", title), ("action-publish", "action-publish")]
    published = browser.post(edit_url, data)
    assert published.status_code == 302, BeautifulSoup(
        published.text, "html.parser"
    ).get_text(" ", strip=True)[:3000]


@pytest.mark.django_db(transaction=True)
def test_a_page_published_through_one_server_shows_at_once_on_the_other(
    two_servers,
):
    server_a, server_b = two_servers
    home = make_home()
    index = ToolboxIndexPageFactory(parent=home, title="Toolboxes")
    user = get_user_model().objects.create_superuser(
        "publisher", "publisher@example.org", None
    )
    # Hashed as the production settings check it (the test settings use MD5).
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "twoservers", 1000)
    user.save(update_fields=["password"])
    url = "/en/toolboxes/"

    # Each server renders the page and, when it has a page cache, keeps it:
    # asked again, it answers from the cache (the first visit ever may write,
    # e.g. create the site settings, which retires what it rendered).
    for server in (server_a, server_b):
        for _ in range(3):
            warm = requests.get(server.url + url, timeout=20)
            assert warm.status_code == 200, server.logs()
            assert "Toolboxes" in warm.text
            if warm.headers.get("X-Cache", "hit") == "hit":
                break
        else:
            pytest.fail(f"server {server.name} never served {url} from its cache")

    publish_title(server_a, index, "Toolboxes for cities")

    index.refresh_from_db()
    assert index.title == "Toolboxes for cities"
    assert index.live and not index.has_unpublished_changes
    seen = requests.get(server_b.url + url, timeout=20)
    assert seen.status_code == 200
    assert "Toolboxes for cities" in seen.text
    assert seen.headers.get("X-Cache", "miss") == "miss"
