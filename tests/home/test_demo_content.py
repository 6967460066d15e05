"""`load_demo_content` builds the demo site and can run any number of times."""

import io

from django.core.management import call_command

from wagtail.models import Page, Site

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage, SiteSettings, StandardPage


def load(capture):
    with capture(execute=True):
        call_command("load_demo_content", stdout=io.StringIO())


def page_snapshot():
    return sorted(
        Page.objects.values_list("locale__language_code", "url_path", "live", "title")
    )


@pytest.mark.django_db
def test_demo_content_twice_gives_the_same_pages(django_capture_on_commit_callbacks):
    load(django_capture_on_commit_callbacks)
    first = page_snapshot()
    load(django_capture_on_commit_callbacks)
    assert page_snapshot() == first
    assert len(first) == len(set(first))


@pytest.mark.django_db
def test_demo_site_has_home_and_about_in_english_and_french(
    client, django_capture_on_commit_callbacks
):
    load(django_capture_on_commit_callbacks)
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    about = StandardPage.objects.get(locale__language_code="fr", slug="about")
    assert about.live
    assert "Equalcity" in client.get("/fr/").content.decode()
    assert "À propos" in client.get("/fr/about/").content.decode()
    assert client.get("/en/about/").status_code == 200


@pytest.mark.django_db
def test_demo_safety_page_exists_in_every_language(
    client, django_capture_on_commit_callbacks
):
    load(django_capture_on_commit_callbacks)
    for code in ["en", "fr", "nl", "de", "it", "sv", "ar"]:
        response = client.get(f"/{code}/staying-safe-online/")
        assert response.status_code == 200, code
        assert "112" in response.content.decode()
    arabic = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic


@pytest.mark.django_db
def test_demo_footer_comes_from_site_settings(
    client, django_capture_on_commit_callbacks
):
    load(django_capture_on_commit_callbacks)
    settings = SiteSettings.objects.get()
    assert settings.eu_emblem is not None
    page = client.get("/fr/").content.decode()
    assert "epalmero@iom.int" in page
    assert "Égalité entre les sexes" in page
    emblem = BeautifulSoup(page, "html.parser").select_one(".site-footer__emblem")
    assert emblem is not None
    assert emblem["alt"]
