"""Under the Content-Security-Policy, nothing is refused and everything works.

Chromium reports each refusal as a `securitypolicyviolation` event and a
console message; both are collected on every page and frame. Visitors read
pages and load a player; staff use the dashboard, the page editor with its
live preview, and wagtail-localize's translation editor.
"""

import contextlib
import re

import pytest

from .conftest import DEMO_PASSWORD

pytestmark = pytest.mark.browser

ARTICLE = "/en/news/closing-conference-brussels/"
EPISODE = "/en/podcasts/idahobit-2021-safer-spaces/"
# Recorded in every frame before the page's own scripts run.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} refused ${event.blockedURI} ${event.sample}`
  );
});
"""


class Violations:
    """Every CSP refusal a browser context reports, from any of its pages."""

    def __init__(self, context):
        self.console = []
        self.pages = []
        context.add_init_script(RECORD_VIOLATIONS)
        context.on("page", self.watch)

    def watch(self, page):
        self.pages.append(page)
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text
                and self.console.append(message.text)
            ),
        )

    def all(self):
        found = list(self.console)
        for page in self.pages:
            if page.is_closed():
                continue
            for frame in page.frames:
                with contextlib.suppress(Exception):  # a frame gone since
                    found += frame.evaluate("window.__cspViolations || []")
        return found


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    violations = Violations(context)
    yield context, violations
    context.close()


def log_in(context, live_site, username, password=DEMO_PASSWORD):
    page = context.new_page()
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))
    return page


def test_visitors_pages_and_players_run_under_the_strict_policy(watched, live_site):
    context, violations = watched
    context.route(
        "https://open.spotify.com/**",
        lambda route: route.fulfill(content_type="text/html", body="player"),
    )
    page = context.new_page()
    for path in ("/en/", ARTICLE, "/en/search/?q=toolbox", "/en/contact/"):
        response = page.goto(live_site + path)
        assert response.status == 200, path
        assert "script-src 'self';" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    # A player loads in its frame once asked for.
    page.goto(live_site + EPISODE)
    page.click("[data-consent-embed-load]")
    frame = page.locator("iframe.consent-embed__frame")
    frame.wait_for()
    page.wait_for_load_state("networkidle")
    assert (
        page.frame_locator("iframe.consent-embed__frame").locator("body").inner_text()
        == "player"
    )
    assert violations.all() == []
    # The watch sees a refusal: an inline script, as an injection would add.
    page.evaluate(
        "document.body.append(Object.assign(document.createElement('script'),"
        " {textContent: 'window.injected = true'}))"
    )
    assert page.evaluate("window.injected") is None
    assert any("script-src" in violation for violation in violations.all())


def test_staff_work_in_the_admin_under_its_policy(watched, live_site):
    context, violations = watched
    page = log_in(context, live_site, "admin", "browser-admin-password")
    response = page.goto(live_site + "/admin/")
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")

    # The page editor: the form renders, a field takes typing, the live
    # preview shows the page in its frame.
    page.goto(live_site + "/admin/pages/search/?q=Closing+conference")
    page.click("a:has-text('Closing conference') >> nth=0")
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/"))
    page_id = re.search(r"/admin/pages/(\d+)/", page.url).group(1)
    page.goto(f"{live_site}/admin/pages/{page_id}/edit/")
    page.fill("#id_title", "Closing conference, edited under the policy")
    assert page.input_value("#id_title").endswith("under the policy")
    page.click("button[data-side-panel-toggle='preview']")
    preview = page.frame_locator("#w-preview-iframe")
    preview.locator("h1", has_text="edited under the policy").wait_for()
    page.wait_for_load_state("networkidle")

    # A public page seen by staff, with Wagtail's user bar.
    page.goto(live_site + ARTICLE)
    page.locator("wagtail-userbar").wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    assert violations.all() == []


def test_translators_work_in_the_translation_editor(watched, live_site):
    context, violations = watched
    page = log_in(context, live_site, "translator-fr")
    page.goto(live_site + "/admin/reports/translation-status/?locale=fr&state=live")
    row = page.locator("tbody tr", has=page.get_by_text("Toolboxes", exact=True))
    row.get_by_role("link", name="Parenting in a new country", exact=True).click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/"))
    page.locator(".js-translation-editor li.complete").first.wait_for()
    segment = page.locator("li.complete, li.incomplete").first
    segment.locator("button").first.click()
    segment.locator("textarea").fill("Un texte tapé sous la politique")
    assert (
        segment.locator("textarea").input_value() == "Un texte tapé sous la politique"
    )
    page.wait_for_load_state("networkidle")
    assert violations.all() == []
