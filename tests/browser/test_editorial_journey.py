"""Staff and publisher walk the editorial story in the admin.

The translator's part in the wagtail-localize editor is covered through its
HTTP endpoints in tests/editorial; its browser journey is still to come.
"""

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


def test_article_from_staff_to_visitors(browser, live_site):
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
    staff.click("text=Paragraph")
    staff.click("#panel-child-content-body-section [contenteditable=true]")
    staff.keyboard.type(
        "Trainee cities share what helps them reach migrant communities."
    )
    staff.click("footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]")
    staff.click("button:has-text('Submit to Editorial review')")
    staff.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$|.*/admin/pages/\d+/$"))
    screenshot(staff, "journey-staff-submitted")
    context.close()

    # The publisher approves it from the dashboard; it is live.
    context = browser.new_context(viewport={"width": 1366, "height": 1000})
    publisher = log_in(context, live_site, "publisher")
    assert TITLE in publisher.inner_text("main")
    screenshot(publisher, "journey-publisher-dashboard")
    row = publisher.locator("tr", has_text=TITLE).first
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
