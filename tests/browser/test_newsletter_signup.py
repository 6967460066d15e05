"""A visitor signs up for the newsletter from a page's footer, in French, and
confirms with the link emailed to them, in headless Chromium."""

import re

import pytest

from .conftest import screenshot, site_shell

pytestmark = pytest.mark.browser

CONFIRM_LINK = """
from newsletter.services import confirm_url
from newsletter.models import Subscriber
print(confirm_url(Subscriber.objects.get(email="visitor@example.org")))
"""


def test_a_visitor_signs_up_from_the_footer_and_confirms(context, live_site):
    page = context.new_page()
    page.goto(live_site + "/fr/toolboxes/")
    assert context.cookies() == []
    page.fill("#footer-newsletter-email", "visitor@example.org")
    page.locator("#footer-newsletter-email").press("Enter")
    page.wait_for_url(re.compile(r"/fr/newsletter/thanks/$"))
    screenshot(page, "newsletter-thanks-fr")
    assert context.cookies() == []  # posting set no cookie either
    link = site_shell(CONFIRM_LINK).strip()
    path = link[link.index("/fr/newsletter/confirm/") :]
    page.goto(live_site + path)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(re.compile(r"/fr/newsletter/preferences/.+\?confirmed=1$"))
    assert page.locator("main [role=status]").is_visible()
    screenshot(page, "newsletter-preferences-fr")
    confirmed = site_shell(
        "from newsletter.models import Subscriber; print(Subscriber.objects"
        ".filter(email='visitor@example.org', confirmed_at__isnull=False).exists())"
    )
    assert confirmed.strip() == "True"
