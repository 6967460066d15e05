"""Staff, publisher and translator walk the editorial story in the admin."""

import json
import re
from urllib.parse import urlsplit

import pytest

from .conftest import DEMO_PASSWORD, screenshot

pytestmark = pytest.mark.browser

TITLE = "Trainee cities in the spotlight"


def log_in(context, live_site, username):
    page = context.new_page()
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))
    return page


def test_article_from_staff_to_french_visitors(browser, live_site):
    # Staff write an English article with an image and submit it for review.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    staff = log_in(context, live_site, "staff")
    staff.goto(live_site + "/admin/pages/search/?q=News+and+events")
    staff.click("a:has-text('News and events') >> nth=0")
    staff.wait_for_url(re.compile(r".*/admin/pages/\d+/"))
    index_id = re.search(r"/admin/pages/(\d+)/", staff.url).group(1)
    staff.goto(f"{live_site}/admin/pages/add/news/articlepage/{index_id}/")
    staff.fill("#id_title", TITLE)
    staff.fill("#id_summary", "Belgian cities that help migrant survivors of SGBV.")
    staff.click("#panel-child-content-image-section button:has-text('Choose an image')")
    staff.click(".modal a.image-choice >> nth=0")
    staff.wait_for_selector(".modal", state="hidden")
    staff.click("#panel-child-content-body-section button[title='Insert a block']")
    staff.click("text=Heading")
    staff.fill(
        "input[name='body-0-value-text']", "Trainee cities share what helps them"
    )
    staff.click("footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]")
    staff.click("button:has-text('Submit to Editorial review')")
    staff.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$|.*/admin/pages/\d+/$"))
    screenshot(staff, "journey-staff-submitted")
    context.close()

    # The publisher approves it from the dashboard; it is live.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    publisher = log_in(context, live_site, "publisher")
    publisher.locator("tr", has_text=TITLE).first.wait_for()
    screenshot(publisher, "journey-publisher-dashboard")
    row = publisher.locator("tr", has_text=TITLE).first
    page_id = re.search(
        r"/admin/pages/(\d+)/", row.locator("a").first.get_attribute("href")
    ).group(1)
    row.locator("[data-w-dropdown-target=toggle]").first.click()
    row.locator("button[data-workflow-action-url*='/approve/']").first.click()
    publisher.wait_for_load_state("networkidle")
    modal_submit = publisher.locator(".modal button[type=submit]")
    if modal_submit.count():
        modal_submit.first.click()
        publisher.wait_for_load_state("networkidle")
    screenshot(publisher, "journey-publisher-approved")
    visitor = browser.new_page()
    response = visitor.goto(live_site + "/en/news/trainee-cities-in-the-spotlight/")
    assert response.status == 200
    context.close()

    # Staff send it for translation into French: a draft, not visible.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    staff = log_in(context, live_site, "staff")
    staff.goto(f"{live_site}/admin/localize/submit/page/{page_id}/")
    staff.get_by_label("French", exact=True).check()
    staff.locator("main form [type=submit]").last.click()
    staff.wait_for_load_state("networkidle")
    screenshot(staff, "journey-staff-translation-submitted")
    assert staff.url.endswith(f"/admin/pages/{page_id}/edit/")
    assert (
        visitor.goto(live_site + "/fr/news/trainee-cities-in-the-spotlight/").status
        == 404
    )
    context.close()

    # The French translator finds it on the dashboard, pre-fills it with
    # machine translation and submits it for review. The admin speaks French
    # to this translator: buttons are found by what they do.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    translator = log_in(context, live_site, "translator-fr")
    translator.locator("#waiting-translations-heading").wait_for()
    translator.click(
        f"section:has(#waiting-translations-heading) a:has-text('{TITLE}')"
    )
    translator.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/"))
    french_id = re.search(r"/admin/pages/(\d+)/", translator.url).group(1)
    translator.click("form[action*='machine_translate'] button")
    translator.wait_for_load_state("networkidle")
    screenshot(translator, "journey-translator-editor")
    translator.click("form:has(input[value='submit-for-review']) button")
    translator.wait_for_load_state("networkidle")
    assert (
        visitor.goto(live_site + "/fr/news/trainee-cities-in-the-spotlight/").status
        == 404
    )
    context.close()

    # The publisher reviews it in the editor and approves: live in French.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    publisher = log_in(context, live_site, "publisher")
    publisher.goto(f"{live_site}/admin/pages/{french_id}/edit/")
    screenshot(publisher, "journey-publisher-review-french")
    publisher.click("form[action*='/approve/'] button")
    publisher.wait_for_load_state("networkidle")
    assert (
        visitor.goto(live_site + "/fr/news/trainee-cities-in-the-spotlight/").status
        == 200
    )
    context.close()


def editor_props(page):
    return json.loads(page.get_attribute(".js-translation-editor", "data-props"))


def retranslate_summary(page, english, text):
    """Edit the segment whose English text starts with `english`, as a
    translator does in wagtail-localize's editor (its own language: buttons
    are found by position, Edit then Cancel / Save)."""
    segment = page.locator("li.complete, li.incomplete", has_text=english).first
    segment.locator("button").first.click()
    segment.locator("textarea").fill(text)
    segment.locator("button").last.click()
    page.wait_for_load_state("networkidle")


def test_french_update_with_a_comment_and_a_diff(browser, live_site):
    english = "This toolbox helps frontline workers engage in trust-building"
    first_try = "Un dialogue de confiance avec les parents migrants, à revoir."
    final = "Un dialogue de confiance avec les parents migrants, relu."

    # The French translator opens the live French toolbox from the status
    # report, changes its summary and submits it: visitors still see the old one.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    translator = log_in(context, live_site, "translator-fr")
    translator.goto(
        live_site + "/admin/reports/translation-status/?locale=fr&state=live"
    )
    toolbox_row = translator.locator(
        "tbody tr", has=translator.get_by_text("Toolboxes", exact=True)
    )
    toolbox_row.get_by_role(
        "link", name="Parenting in a new country", exact=True
    ).click()
    translator.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/"))
    editor_url = translator.url
    live_path = urlsplit(editor_props(translator)["object"]["liveUrl"]).path
    retranslate_summary(translator, english, first_try)
    translator.click("form:has(input[value='submit-for-review']) button")
    translator.wait_for_load_state("networkidle")
    visitor = browser.new_page()
    visitor.goto(live_site + live_path)
    assert first_try not in visitor.content()
    context.close()

    # The publisher asks for a change, with a comment.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    publisher = log_in(context, live_site, "publisher")
    publisher.goto(editor_url)
    publisher.fill("#review-comment", "Say that a person checked it: « relu ».")
    publisher.click("form[action*='/reject/'] button")
    publisher.wait_for_load_state("networkidle")
    context.close()

    # The translator reads the comment where they work, fixes and resubmits.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    translator = log_in(context, live_site, "translator-fr")
    translator.goto(editor_url)
    comment = translator.locator("#review-panel-heading ~ div").get_by_text(
        "Say that a person checked it: « relu »."
    )
    comment.wait_for()
    assert comment.is_visible()
    screenshot(translator, "journey-translator-reads-comment")
    retranslate_summary(translator, english, final)
    translator.click("form:has(input[value='submit-for-review']) button")
    translator.wait_for_load_state("networkidle")
    context.close()

    # The publisher reads what changes for visitors, then approves it.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    publisher = log_in(context, live_site, "publisher")
    publisher.goto(editor_url)
    publisher.click("a:has-text('See what changes for visitors')")
    publisher.wait_for_url(re.compile(r".*/revisions/compare/live\.\.\.\d+/"))
    assert "relu" in " ".join(publisher.locator(".addition").all_inner_texts())
    assert publisher.locator(".deletion").count() > 0
    screenshot(publisher, "journey-publisher-reads-diff")
    publisher.goto(editor_url)
    publisher.click("form[action*='/approve/'] button")
    publisher.wait_for_load_state("networkidle")
    context.close()
    visitor.goto(live_site + live_path)
    assert final in visitor.content()
