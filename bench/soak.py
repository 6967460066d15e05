"""`make soak`: visitors under load while editors save and publish, under the
production settings; nothing may be lost, nothing may fail.

1. Prepares a database of its own (SOAK_DATABASE_URL, created when missing):
   migrations, the demo content, `collectstatic`, and SOAK_EDITORS editors in
   the Publishers group with a password made up for this run.
2. Starts gunicorn (deploy/gunicorn.conf.py, 2 sync workers) on a free
   loopback port with Redis (SOAK_REDIS_URL, emptied first) as the cache, and
   takes the visitors' URLs from the sitemap. Every request carries
   `X-Forwarded-Proto: https`, as from the TLS-terminating proxy.
3. For SOAK_SECONDS, at the same time:
   - SOAK_VISITORS anonymous visitors request those pages in turn;
   - each editor logs in at /admin/login/ and edits an English article of
     its own through the admin's edit form (the form as the edit page serves
     it, a new title and body): it saves a draft, checks that an anonymous
     visitor does not see the draft, then publishes and checks that an
     anonymous visitor sees the new title on the very next request.
4. Prints the requests made, the 5xx answers, the revisions saved against the
   revisions found in the database, the publishes visible on the next
   request and the drafts seen by visitors; checks that each article's live
   title and latest revision are the editor's last ones.

Exits non-zero when any check fails or the soak cannot run.

Settings (environment): SOAK_SECONDS (30), SOAK_DATABASE_URL
(postgres://postgres@127.0.0.1:5432/equalcity_soak), SOAK_REDIS_URL
(redis://127.0.0.1:6379/6), SOAK_VISITORS (4), SOAK_EDITORS (2).
"""

import concurrent.futures
import datetime
import html
import http.client
import http.cookies
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET  # noqa: N817, S405 (our own sitemap)
from html.parser import HTMLParser

import psycopg
import redis
from run import (
    GUNICORN,
    ROOT,
    BenchError,
    create_database,
    environment,
    free_port,
    manage,
    say,
)

WORK = ROOT / ".soak"  # media, static files and the server's log (ignored)
DATABASE_URL = os.environ.get(
    "SOAK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/equalcity_soak"
)
REDIS_URL = os.environ.get("SOAK_REDIS_URL", "redis://127.0.0.1:6379/6")
SECONDS = int(os.environ.get("SOAK_SECONDS", "30"))
VISITORS = int(os.environ.get("SOAK_VISITORS", "4"))
EDITORS = int(os.environ.get("SOAK_EDITORS", "2"))
PASSWORD = secrets.token_urlsafe(18)
TIMEOUT = 60  # seconds for one answer: a queued request under load waits
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# Run in the prepared database: the editors, and one English article each.
SETUP = """
import json, os
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from news.models import ArticlePage
users = get_user_model()
publishers = Group.objects.get(name="Publishers")
articles = ArticlePage.objects.live().filter(locale__language_code="en")
articles = list(articles.order_by("path")[: int(os.environ["SOAK_EDITORS"])])
if len(articles) < int(os.environ["SOAK_EDITORS"]):
    raise SystemExit("not enough English articles in the demo content")
editors = []
for number, article in enumerate(articles, 1):
    user, _ = users.objects.get_or_create(username=f"soak-editor-{number}")
    user.is_staff, user.is_active = True, True
    user.set_password(os.environ["SOAK_PASSWORD"])
    user.save()
    user.groups.set([publishers])
    editors.append({"username": user.username, "page": article.pk, "url": article.url})
print(json.dumps(editors))
"""


class SoakError(BenchError):
    """The soak could not run (not a failed check)."""


class Server:
    """gunicorn as deployed (deploy/gunicorn.conf.py), 2 workers, on a free
    loopback port; stopped on exit."""

    def __init__(self, env):
        self.env = env
        self.port = free_port()
        self.host = f"127.0.0.1:{self.port}"
        self.log = WORK / "gunicorn.log"

    def __enter__(self):
        self.log_file = self.log.open("w")
        self.process = subprocess.Popen(  # noqa: S603 (our own gunicorn)
            [
                GUNICORN,
                "--config=deploy/gunicorn.conf.py",
                f"--bind={self.host}",
                "--workers=2",
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SoakError(f"gunicorn stopped; see {self.log}")
            try:
                if Client(self.host).get("/healthz", timeout=2)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        raise SoakError(f"gunicorn did not answer within 60 s; see {self.log}")

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()


class Client:
    """One browser: HTTP to the server as the TLS proxy forwards it, cookies
    kept by hand (they are Secure, which a cookie jar would not send over
    the plain-HTTP hop), redirects not followed."""

    def __init__(self, host):
        self.host = host
        self.cookies = {}

    def request(self, method, path, data=None, timeout=TIMEOUT):
        """(status, headers, body text) of one request."""
        headers = {"Host": self.host, "X-Forwarded-Proto": "https"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://{self.host}{path}"  # CSRF over HTTPS
        connection = http.client.HTTPConnection(self.host, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, text

    def get(self, path, timeout=TIMEOUT):
        return self.request("GET", path, timeout=timeout)

    def post(self, path, data):
        return self.request("POST", path, data)


class FormFields(HTMLParser):
    """What a browser submits for the form `form_id` without pressing a
    button: every named field with its value."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
        name = attributes.get("name")
        if not self.inside or "disabled" in attributes:
            return
        if tag == "input" and name:
            kind = (attributes.get("type") or "text").lower()
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attributes:
                    self.fields.append((name, attributes.get("value", "on")))
            else:
                self.fields.append((name, attributes.get("value") or ""))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = (name, "multiple" in attributes, [])
        elif tag == "option" and self.select:
            self.select[2].append(
                (attributes.get("value", ""), "selected" in attributes)
            )

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            name, value = self.textarea
            # HTML drops one newline right after <textarea> (Django writes one).
            self.fields.append((name, value.removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select:
            name, multiple, options = self.select
            chosen = [value for value, selected in options if selected]
            if not chosen and not multiple and options:
                chosen = [options[0][0]]
            self.fields.extend((name, value) for value in chosen)
            self.select = None


def form_fields(page_html, form_id):
    parser = FormFields(form_id)
    parser.feed(page_html)
    return parser.fields


def paragraph_body(text):
    """An article body of one paragraph, as the admin's StreamField posts it
    (the edit page draws the body with JavaScript: it is not in the HTML)."""
    contentstate = {
        "blocks": [
            {
                "key": "soak1",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [],
                "data": {},
            }
        ],
        "entityMap": {},
    }
    return [
        ("body-count", "1"),
        ("body-0-type", "paragraph"),
        ("body-0-value", json.dumps(contentstate)),
        ("body-0-deleted", ""),
        ("body-0-order", "0"),
        ("body-0-id", ""),
    ]


class Tally:
    """What the threads did, counted under one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = {"visitor": 0, "editor": 0}
        self.seconds = {"visitor": [], "editor": []}
        self.server_errors = []  # (who, method, path, status or exception)
        self.saved = 0
        self.publishes = 0
        self.visible = 0
        self.drafts = 0
        self.drafts_seen = 0
        self.problems = []

    def count(self, who, method, path, status, seconds):
        with self.lock:
            self.requests[who] += 1
            self.seconds[who].append(seconds)
            if not isinstance(status, int) or status >= 500:
                self.server_errors.append((who, method, path, status))

    def add(self, name, amount=1):
        with self.lock:
            setattr(self, name, getattr(self, name) + amount)

    def problem(self, text):
        with self.lock:
            self.problems.append(text)


def timed_request(tally, who, client, method, path, data=None):
    started = time.monotonic()
    try:
        answer = client.request(method, path, data)
    except OSError as error:  # refused, reset, timed out: as bad as a 5xx
        tally.count(who, method, path, f"{error!r}", time.monotonic() - started)
        return None, None, ""
    tally.count(who, method, path, answer[0], time.monotonic() - started)
    return answer


def latency(seconds):
    if not seconds:
        return "no request"
    ordered = sorted(seconds)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    slowest = ordered[-1]
    return f"p50 {p50:.2f} s, p95 {p95:.2f} s, max {slowest:.2f} s"


def warm(host):
    """Both workers load the application (gunicorn loads it in each worker,
    on its first request) before the clock starts."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda _: Client(host).get("/en/"), range(8)))


def visitor(host, urls, offset, deadline, tally):
    client = Client(host)
    number = offset
    while time.monotonic() < deadline:
        client.cookies.clear()  # anonymous, as a visitor of the public site
        timed_request(tally, "visitor", client, "GET", urls[number % len(urls)])
        number += 1


def error_text(page_html):
    """The admin's error messages on a refused form, briefly."""
    messages = []
    for marker in ('class="error-message"', "help-critical", 'role="alert"'):
        start = page_html.find(marker)
        if start >= 0:
            snippet = page_html[start : start + 400]
            messages.append(" ".join(snippet.split()))
    return " | ".join(messages)[:600] or page_html[:300]


def editor(host, account, deadline, tally, last):
    """Save a draft, then publish, again and again until the deadline."""
    client = Client(host)
    anonymous = Client(host)
    who = account["username"]
    status, _headers, text = timed_request(
        tally, "editor", client, "GET", "/admin/login/"
    )
    # The login form has no id (None matches it): only its CSRF token is kept.
    login = [
        (name, value)
        for name, value in form_fields(text if status == 200 else "", None)
        if name == "csrfmiddlewaretoken"
    ][:1]
    login += [("username", who), ("password", PASSWORD), ("next", "/admin/")]
    status, _headers, _text = timed_request(
        tally, "editor", client, "POST", "/admin/login/", login
    )
    if status != 302:
        tally.problem(f"{who} could not log in ({status})")
        return
    edit = f"/admin/pages/{account['page']}/edit/"
    number = 0
    while time.monotonic() < deadline:
        number += 1
        for action in ("draft", "publish"):
            status, _headers, text = timed_request(tally, "editor", client, "GET", edit)
            if status != 200:
                tally.problem(f"{who}: edit page answered {status}")
                return
            title = f"Soak {who} {action} {number} {secrets.token_hex(3)}"
            data = [
                (name, value)
                for name, value in form_fields(text, "page-edit-form")
                if name != "title" and not name.startswith("body-")
            ]
            data += [("title", title), *paragraph_body(f"{title}: the body.")]
            if action == "publish":
                data.append(("action-publish", "action-publish"))
            status, _headers, text = timed_request(
                tally, "editor", client, "POST", edit, data
            )
            if status != 302:
                tally.problem(f"{who}: {action} refused ({status}): {error_text(text)}")
                return
            tally.add("saved")
            last[who] = {"saved": title, "live": last.get(who, {}).get("live")}
            anonymous.cookies.clear()
            status, _headers, text = timed_request(
                tally, "editor", anonymous, "GET", account["url"]
            )
            seen = status == 200 and html.escape(title) in text
            if action == "draft":
                tally.add("drafts")
                if seen:
                    tally.add("drafts_seen")
                    tally.problem(f"{who}: a visitor saw the draft {title!r}")
            else:
                tally.add("publishes")
                last[who]["live"] = title
                if seen:
                    tally.add("visible")
                else:
                    tally.problem(
                        f"{who}: published {title!r}, the next request "
                        f"({status}) did not show it"
                    )


def sitemap_urls(host):
    """Every page's path from the sitemap (its index, then each section)."""
    client = Client(host)

    def locations(path):
        status, _headers, text = client.get(path)
        if status != 200:
            raise SoakError(f"{path} answered {status}")
        root = ET.fromstring(text)  # noqa: S314 (the site's own sitemap)
        for loc in root.iter(f"{SITEMAP_NS}loc"):
            parts = urllib.parse.urlsplit(loc.text.strip())
            yield parts.path + (f"?{parts.query}" if parts.query else "")

    urls = []
    for section in locations("/sitemap.xml"):
        urls.extend(locations(section))
    if not urls:
        raise SoakError("the sitemap lists no page")
    return [*urls, "/en/search/?q=toolbox", "/robots.txt", "/sitemap.xml"]


def revisions_in_database(pages, since):
    """(count of the pages' revisions since `since`, live title and latest
    revision's title of each page) as the database has them."""
    with psycopg.connect(DATABASE_URL) as connection:
        count = connection.execute(
            """
            SELECT count(*) FROM wagtailcore_revision revision
            JOIN django_content_type type ON type.id = revision.base_content_type_id
            WHERE type.app_label = 'wagtailcore' AND type.model = 'page'
              AND revision.object_id = ANY(%s) AND revision.created_at >= %s
            """,
            [[str(page) for page in pages], since],
        ).fetchone()[0]
        titles = {}
        for page in pages:
            live = connection.execute(
                "SELECT title FROM wagtailcore_page WHERE id = %s", [page]
            ).fetchone()[0]
            latest = connection.execute(
                """
                SELECT content->>'title' FROM wagtailcore_revision
                WHERE object_id = %s AND base_content_type_id = (
                    SELECT id FROM django_content_type
                    WHERE app_label = 'wagtailcore' AND model = 'page')
                ORDER BY created_at DESC, id DESC LIMIT 1
                """,
                [str(page)],
            ).fetchone()[0]
            titles[page] = (live, latest)
    return count, titles


def prepare(env):
    create_database(DATABASE_URL)
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("load_demo_content", env=env)
    manage("collectstatic", "--noinput", "-v", "0", env=env)
    script = WORK / "editors.py"
    script.write_text(SETUP)
    output = manage(
        "shell",
        "-c",
        f"exec(open({str(script)!r}).read())",
        env={**env, "SOAK_PASSWORD": PASSWORD, "SOAK_EDITORS": str(EDITORS)},
        capture=True,
    )
    return json.loads(output.strip().splitlines()[-1])


def main():
    WORK.mkdir(exist_ok=True)
    store = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        store.flushdb()  # the soak's own Redis database: nothing from before
    except redis.RedisError as error:
        raise SoakError(f"Redis at {REDIS_URL}: {error}") from error
    env = environment(
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        STATIC_ROOT=str(WORK / "static"),
        MEDIA_ROOT=str(WORK / "media"),
        REQUIRE_STAFF_2FA="0",  # the editors log in with a password only
    )
    for name in ("GUNICORN_WORKERS", "GUNICORN_BIND", "SENDFILE_URL"):
        env.pop(name, None)
    accounts = prepare(env)
    tally = Tally()
    last = {}
    with Server(env) as server:
        urls = sitemap_urls(server.host)
        warm(server.host)
        say(
            f"\nsoak: {SECONDS} s, {VISITORS} visitors over {len(urls)} URLs, "
            f"{len(accounts)} editors, gunicorn 2 workers on {server.host}"
        )
        since = datetime.datetime.now(datetime.UTC)
        deadline = time.monotonic() + SECONDS
        threads = [
            threading.Thread(
                target=visitor, args=(server.host, urls, n * 7, deadline, tally)
            )
            for n in range(VISITORS)
        ] + [
            threading.Thread(
                target=editor, args=(server.host, account, deadline, tally, last)
            )
            for account in accounts
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    found, titles = revisions_in_database([a["page"] for a in accounts], since)
    for account in accounts:
        live, latest = titles[account["page"]]
        expected = last.get(account["username"], {})
        if expected.get("live") and live != expected["live"]:
            tally.problem(
                f"{account['username']}: live title {live!r}, "
                f"last published {expected['live']!r}"
            )
        if expected.get("saved") and latest != expected["saved"]:
            tally.problem(
                f"{account['username']}: latest revision {latest!r}, "
                f"last saved {expected['saved']!r}"
            )
    checks = [
        ("5xx answers and connection errors", len(tally.server_errors), 0),
        ("revisions found in the database", found, tally.saved),
        ("publishes visible on the next request", tally.visible, tally.publishes),
        ("drafts seen by visitors", tally.drafts_seen, 0),
    ]
    total = sum(tally.requests.values())
    say(
        f"requests: {total} ({tally.requests['visitor']} by visitors, "
        f"{tally.requests['editor']} by editors)"
    )
    say(f"  visitors: {latency(tally.seconds['visitor'])}")
    say(f"  editors: {latency(tally.seconds['editor'])}")
    say(f"5xx answers: {len(tally.server_errors)}")
    say(f"revisions saved: {tally.saved}, found in the database: {found}")
    say(
        f"publishes: {tally.publishes}, visible on the next request: "
        f"{tally.visible}; drafts: {tally.drafts}, seen by visitors: "
        f"{tally.drafts_seen}"
    )
    failed = [
        f"{label}: {value}, expected {expected}"
        for label, value, expected in checks
        if value != expected
    ]
    if not tally.publishes:
        failed.append("no publish happened")
    for who, method, path, status in tally.server_errors[:20]:
        failed.append(f"{who} {method} {path}: {status}")
    failed.extend(tally.problems[:20])
    if failed:
        say("SOAK FAILED:")
        for line in failed:
            say(f"  {line}")
        say(f"(server log: {server.log})")
        sys.exit(1)
    say("soak passed: nothing lost, no server error")


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        say(f"soak failed: {error}")
        sys.exit(1)
