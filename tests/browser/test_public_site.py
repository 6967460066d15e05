"""The public site in headless Chromium: accessibility, privacy, quick exit,
the visitor's journey, and screenshots of every page type."""

import json
import re
from pathlib import Path

import pytest

from .conftest import AXE, LOAD_LAZY_IMAGES, NEUTRAL_HOST, screenshot

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": {"en": "/en/", "fr": "/fr/", "ar": "/ar/"},
    "standard": {
        "en": "/en/about/",
        "fr": "/fr/about/",
        "ar": "/ar/staying-safe-online/",
    },
    "toolbox-index": {
        "en": "/en/toolboxes/",
        "fr": "/fr/toolboxes/",
        "ar": "/ar/toolboxes/",
    },
    "toolbox": {
        "en": "/en/toolboxes/safer-spaces-for-lgbtqi-people/",
        "fr": "/fr/toolboxes/safer-spaces-for-lgbtqi-people/",
        "ar": "/ar/toolboxes/safer-spaces-for-lgbtqi-people/",
    },
    "news-index": {"en": "/en/news/", "fr": "/fr/news/", "ar": "/ar/news/"},
    "article": {
        "en": "/en/news/equalcity-sdg-good-practice/",
        "fr": "/fr/news/equalcity-sdg-good-practice/",
        "ar": "/ar/news/equalcity-sdg-good-practice/",
    },
    "interview": {
        "en": "/en/news/spotlight-frontline-worker-brussels/",
        "fr": "/fr/news/spotlight-frontline-worker-brussels/",
        "ar": "/ar/news/spotlight-frontline-worker-brussels/",
    },
    "event": {
        "en": "/en/news/closing-conference-brussels/",
        "fr": "/fr/news/closing-conference-brussels/",
        "ar": "/ar/news/closing-conference-brussels/",
    },
    "newsletter": {
        "en": "/en/news/newsletter-2021/",
        "fr": "/fr/news/newsletter-2021/",
    },
    "podcast-index": {
        "en": "/en/podcasts/",
        "fr": "/fr/podcasts/",
        "ar": "/ar/podcasts/",
    },
    "episode": {
        "en": "/en/podcasts/idahobit-2021-safer-spaces/",
        "fr": "/fr/podcasts/idahobit-2021-safer-spaces/",
        "ar": "/ar/podcasts/idahobit-2021-safer-spaces/",
    },
    "newsletter-signup": {"en": "/en/newsletter/", "ar": "/ar/newsletter/"},
    "contact": {"en": "/en/contact/", "fr": "/fr/contact/", "ar": "/ar/contact/"},
    "search": {"en": "/en/search/?q=toolbox", "fr": "/fr/search/?q=boîte"},
    "not-found": {"en": "/en/no-such-page/"},
}
ALL_PAGES = [
    (kind, language, path)
    for kind, paths in PAGE_TYPES.items()
    for language, path in paths.items()
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def serious_violations(page):
    """axe-core's WCAG 2.2 AA violations of impact serious or critical."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{violation['id']}: {violation['help']} "
        f"({[node['target'] for node in violation['nodes']][:3]})"
        for violation in result["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize(("kind", "language", "path"), ALL_PAGES)
def test_page_has_no_serious_accessibility_violation(
    context, live_site, kind, language, path
):
    page = context.new_page()
    response = page.goto(live_site + path)
    assert response.status == (404 if kind == "not-found" else 200)
    serious = serious_violations(page)
    assert serious == [], "\n".join(serious)
    direction = page.evaluate("document.documentElement.dir")
    assert direction == ("rtl" if language == "ar" else "ltr")
    screenshot(page, f"{kind}-{language}")


@pytest.mark.parametrize(("kind", "language", "path"), ALL_PAGES)
def test_an_anonymous_visit_stays_on_the_site_and_sets_no_cookie(
    context, live_site, kind, language, path
):
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(live_site + path)
    page.evaluate(LOAD_LAZY_IMAGES)
    page.wait_for_load_state("networkidle")
    foreign = [url for url in requests if not url.startswith((live_site, "data:"))]
    assert foreign == []
    # Only a page with a form carries a cookie: the CSRF token that protects it.
    expected = ["csrftoken"] if kind == "contact" else []
    assert [cookie["name"] for cookie in context.cookies()] == expected


def test_every_action_is_reachable_by_keyboard_with_a_visible_focus(context, live_site):
    page = context.new_page()
    page.goto(live_site + "/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main-content"
    page.goto(live_site + "/en/")
    for _step in range(25):
        page.keyboard.press("Tab")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        tag = page.evaluate("document.activeElement.tagName")
        if tag in {"A", "BUTTON", "INPUT", "SELECT", "AUDIO"}:
            assert outline != "none", page.evaluate("document.activeElement.outerHTML")


def test_quick_exit_button_leaves_at_once_and_back_does_not_return(context, live_site):
    page = context.new_page()
    page.goto(live_site + "/en/")
    page.goto(live_site + "/en/staying-safe-online/")
    page.click("[data-quick-exit]")
    page.wait_for_url(f"{NEUTRAL_HOST}**", timeout=1000)
    page.go_back()
    assert "staying-safe-online" not in page.url


def test_three_shift_presses_leave_the_page(context, live_site):
    page = context.new_page()
    page.goto(live_site + "/fr/")
    page.goto(live_site + "/fr/toolboxes/")
    for _press in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{NEUTRAL_HOST}**", timeout=1000)
    page.go_back()
    assert "/fr/toolboxes/" not in page.url


def test_quick_exit_works_without_javascript(browser, live_site):
    context = browser.new_context(java_script_enabled=False)
    context.route(
        f"{NEUTRAL_HOST}**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="ok"),
    )
    page = context.new_page()
    page.goto(live_site + "/ar/")
    page.click("[data-quick-exit]")
    page.wait_for_url(f"{NEUTRAL_HOST}**", timeout=2000)
    context.close()


def test_visitor_journey(context, live_site):
    page = context.new_page()
    page.goto(live_site + "/")
    assert page.url == f"{live_site}/en/"

    # Home → a toolbox → its download in French.
    page.click("text=Parenting in a new country")
    page.click("a[lang='fr'][hreflang='fr']")
    page.wait_for_url(re.compile(r".*/fr/toolboxes/parenting-in-a-new-country/"))
    screenshot(page, "journey-visitor-toolbox-fr")
    pdf_url = page.get_attribute(".cta a.button", "href")
    assert pdf_url.endswith("-fr.pdf")
    pdf = page.request.get(live_site + pdf_url)
    assert pdf.ok
    assert pdf.headers["content-type"] == "application/pdf"

    # Search from the header.
    page.fill("#site-search-query", "enfants")
    page.press("#site-search-query", "Enter")
    page.wait_for_url(re.compile(r".*/fr/search/\?q=enfants"))
    assert page.locator(".search-results__item").count() > 0

    # Back to English with the switcher (outside pages it leads to the home page).
    page.click(".language-switcher a[hreflang='en']")
    page.wait_for_url(f"{live_site}/en/")

    # The podcast plays.
    page.goto(live_site + "/en/podcasts/idahobit-2021-safer-spaces/")
    screenshot(page, "journey-visitor-episode")
    page.evaluate("document.querySelector('audio').play()")
    page.wait_for_function("document.querySelector('audio').currentTime > 0.2")

    # An upcoming event goes to the calendar.
    page.goto(live_site + "/en/news/webinar-parenting-in-a-new-country/")
    screenshot(page, "journey-visitor-event")
    with page.expect_download() as download:
        page.click("a[href$='/calendar/']")
    assert download.value.suggested_filename.endswith(".ics")
    ics = Path(download.value.path()).read_text()
    assert "BEGIN:VEVENT" in ics
    assert "Parenting in a new country" in ics


def test_audio_player_is_keyboard_operable(context, live_site):
    page = context.new_page()
    page.goto(live_site + "/en/podcasts/idahobit-2021-safer-spaces/")
    audio = page.locator("audio")
    for _step in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "AUDIO":
            break
    else:
        pytest.fail("Tab never reaches the audio player")
    assert (
        page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    )
    assert audio.evaluate("element => element.paused")
    page.keyboard.press("Space")
    page.wait_for_function("!document.querySelector('audio').paused")
    page.wait_for_function("document.querySelector('audio').currentTime > 0.2")
    page.keyboard.press("Space")
    page.wait_for_function("document.querySelector('audio').paused")


def test_contact_form_points_to_its_mistakes_then_sends(context, live_site):
    page = context.new_page()
    page.goto(live_site + "/fr/contact/")
    page.fill("#id_your_email_address", "pas une adresse")
    page.click("form.form button[type=submit]")
    summary = page.locator("#form-errors")
    summary.wait_for()
    # The summary takes the focus, so screen readers announce it first.
    page.wait_for_function("document.activeElement.id === 'form-errors'", timeout=2000)
    assert page.locator("#id_your_email_address").input_value() == "pas une adresse"
    serious = serious_violations(page)
    assert serious == [], "\n".join(serious)
    screenshot(page, "journey-visitor-contact-errors-fr")
    summary.locator("a[href='#id_your_message']").click()
    assert page.evaluate("document.activeElement.id") == "id_your_message"
    page.keyboard.type("Notre ville peut-elle rejoindre la formation ?")
    page.fill("#id_your_email_address", "ville@example.org")
    page.click("form.form button[type=submit]")
    page.wait_for_selector("text=Merci")
    screenshot(page, "journey-visitor-contact-sent-fr")


def test_embeds_and_metadata_stay_on_the_site(context, live_site):
    """JSON-LD and feeds are the only extra head data; nothing loads elsewhere."""
    page = context.new_page()
    page.goto(live_site + "/en/news/closing-conference-brussels/")
    data = json.loads(page.locator("script[type='application/ld+json']").inner_text())
    assert data["@type"] == "Event"


def test_embeds_load_only_when_the_visitor_asks(context, live_site):
    page = context.new_page()
    asked = []
    context.route(
        "https://open.spotify.com/**",
        lambda route: (asked.append(route.request.url), route.fulfill(body="player")),
    )
    page.goto(live_site + "/en/podcasts/idahobit-2021-safer-spaces/")
    page.wait_for_load_state("networkidle")
    box = page.locator("[data-consent-embed]")
    assert "sends your IP address to Spotify" in box.inner_text()
    assert asked == []
    assert page.locator("iframe").count() == 0
    with page.expect_request(
        lambda request: "open.spotify.com" in request.url
    ) as request:
        page.click("[data-consent-embed-load]")
    assert request.value.url.startswith("https://open.spotify.com/embed/episode/")
    assert page.locator("iframe.consent-embed__frame").is_visible()
