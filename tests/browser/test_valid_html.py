"""Every public page type, as the server sends it, is valid HTML to the W3C's
Nu HTML Checker (vnu.jar, which `make test-browser` fetches from npm)."""

import http.cookiejar
import json
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .conftest import PROJECT_DIR
from .test_public_site import ALL_PAGES, PAGE_TYPES

pytestmark = pytest.mark.browser

VNU = PROJECT_DIR / ".venv" / "vnu" / "package" / "build" / "dist" / "vnu.jar"
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def fetch(opener, url, data=None):
    """The status and body of a page as served."""
    url = urllib.parse.quote(url, safe=":/?=&")  # the French search has a "î"
    body = urllib.parse.urlencode(data).encode() if data else None
    try:
        with opener.open(url, body, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def contact_form_states(opener, url):
    """The contact form pointing to its mistakes, and the message sent."""
    _status, form_page = fetch(opener, url)
    token = CSRF_TOKEN.search(form_page.decode()).group(1)
    mistaken = {"csrfmiddlewaretoken": token, "your_email_address": "not an address"}
    sent = {
        "csrfmiddlewaretoken": token,
        "your_email_address": "city@example.org",
        "your_message": "Can our city join the training?",
    }
    mistaken_page, sent_page = fetch(opener, url, mistaken), fetch(opener, url, sent)
    assert b'id="form-errors"' in mistaken_page[1]
    assert b"csrfmiddlewaretoken" not in sent_page[1]
    return mistaken_page, sent_page


def describe(message):
    """One error as `file:line: message`, then the markup it is about."""
    where = f"{Path(message.get('url', '?')).name}:{message.get('lastLine', '?')}"
    extract = " ".join(message.get("extract", "").split())
    return f"{where}: {message['message']}" + (f"\n    {extract}" if extract else "")


def nu_errors(files):
    """The checker's errors in all `files`, in one run of the JVM."""
    result = subprocess.run(  # noqa: S603
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    try:
        messages = json.loads(result.stderr)["messages"]
    except ValueError:
        pytest.fail(f"vnu.jar did not answer in JSON:\n{result.stderr}")
    return [describe(message) for message in messages]


def test_every_page_type_is_valid_html(live_site, tmp_path):
    """Every page type in English, French and Arabic, and the contact form with
    mistakes and sent, has no error in the Nu HTML Checker (warnings pass)."""
    assert VNU.exists(), f"{VNU} is missing: `make test-browser` fetches it"
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    pages = {
        f"{kind}-{language}": fetch(opener, live_site + path)
        for kind, language, path in ALL_PAGES
    }
    for language, path in PAGE_TYPES["contact"].items():
        mistaken, sent = contact_form_states(opener, live_site + path)
        pages[f"contact-errors-{language}"] = mistaken
        pages[f"contact-sent-{language}"] = sent
    for name, (status, html) in pages.items():
        assert status == (404 if name.startswith("not-found") else 200), name
        (tmp_path / f"{name}.html").write_bytes(html)
    errors = nu_errors(sorted(tmp_path.glob("*.html")))
    report = "\n".join(errors)
    assert errors == [], f"{len(errors)} HTML errors in {tmp_path}:\n{report}"
