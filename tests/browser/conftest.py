"""A real server with the demo content, and headless Chromium to visit it.

`make test-browser` runs these tests; they start `manage.py runserver` on a free
port with a database of their own (a temporary SQLite file, or a new
PostgreSQL database next to DATABASE_URL's), load the demo content, and stop
everything they started at the end.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = PROJECT_DIR / ".venv" / "axe" / "package" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--autoplay-policy=no-user-gesture-required",
]
NEUTRAL_HOST = "https://www.bbc.co.uk/"
DEMO_PASSWORD = "browser-demo-password"  # noqa: S105
SET_DEMO_PASSWORDS = f"""
from django.contrib.auth import get_user_model
for user in get_user_model().objects.exclude(username="admin"):
    user.set_password("{DEMO_PASSWORD}")
    user.save()
"""
# The demo's events all took place in 2021; move one webinar a year ahead so the
# visitor can add an upcoming event to a calendar.
MOVE_ONE_EVENT_AHEAD = """
from datetime import timedelta
from django.utils import timezone
from news.models import EventPage
start = timezone.now().replace(microsecond=0) + timedelta(days=365)
EventPage.objects.filter(slug="webinar-parenting-in-a-new-country").update(
    start=start, end=start + timedelta(hours=1, minutes=30)
)
"""
LOAD_LAZY_IMAGES = (
    "document.querySelectorAll('img[loading=lazy]')"
    ".forEach(image => { image.loading = 'eager'; })"
)


# The environment of the running demo site's server (set by `live_site`).
LIVE_ENV = {}


def site_shell(code):
    """Run Python `code` in the demo site's `manage.py shell`; the last line it
    printed (the shell may say first what it imported)."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=PROJECT_DIR,
        env=LIVE_ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def browser_database(tmp_path_factory):
    """A DATABASE_URL for the server, and a function that removes it."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _slash, _name = url.rpartition("/")
        name = f"equalcity_browser_{os.getpid()}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')

        def drop():
            with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        return f"{base}/{name}", drop
    path = tmp_path_factory.mktemp("browser-db") / "db.sqlite3"
    return f"sqlite:///{path}", lambda: None


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The base URL of a running demo site."""
    database_url, drop_database = browser_database(tmp_path_factory)
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        # As visitors get it: the site's own 404 and 500 pages, not Django's.
        "DEBUG": "0",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("browser-media")),
        "ADMIN_PASSWORD": "browser-admin-password",
    }
    LIVE_ENV.update(env)
    manage = [sys.executable, "manage.py"]
    for command in (
        ["migrate", "--noinput"],
        ["load_demo_content"],
        ["create_admin"],
        ["shell", "-c", SET_DEMO_PASSWORDS],
        ["shell", "-c", MOVE_ONE_EVENT_AHEAD],
    ):
        subprocess.run(  # noqa: S603
            manage + command, cwd=PROJECT_DIR, env=env, check=True, capture_output=True
        )
    server = subprocess.Popen(  # noqa: S603
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(100):
            try:
                with urllib.request.urlopen(f"{base_url}/healthz", timeout=2):  # noqa: S310
                    break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("the demo site did not start")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)
        drop_database()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    """A fresh browser profile; the neutral exit site is answered locally.

    The page's Content-Security-Policy is bypassed here only so that the
    test's own tools run (axe-core injected as a script, predicates
    evaluated in the page); tests/browser/test_csp.py and the editorial
    journeys run under the policy."""
    context = browser.new_context(bypass_csp=True)
    context.route(
        f"{NEUTRAL_HOST}**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body="<!doctype html><title>Weather</title><h1>Weather</h1>",
        ),
    )
    yield context
    context.close()


SCREENSHOT_WIDTHS = (390, 1366)  # a phone, a laptop


def screenshot(page, name):
    """Save the whole page at phone and desktop widths as `<name>-<width>.png`."""
    SCREENSHOTS.mkdir(exist_ok=True)
    viewport = page.viewport_size
    for width in SCREENSHOT_WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.evaluate(LOAD_LAZY_IMAGES)
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size(viewport)
