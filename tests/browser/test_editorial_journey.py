"""Staff, publisher and translator walk the editorial story in the admin."""

import re

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
