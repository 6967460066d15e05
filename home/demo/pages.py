"""Demo content of `home`: the home pages, about, staying safe, site settings."""

from importlib import import_module

from wagtail.models import Page, Site

from home.models import (
    ContactFormField,
    ContactPage,
    HomePage,
    SiteSettings,
    StandardPage,
)

from . import taxonomy
from .content_en import ABOUT, CONTACT, HOME, PRIVACY, SAFETY
from .loader import draw_eu_emblem, paragraphs_html, stream_data
from .users import load_users

ORDER = 0

# Languages with every home-app page; the about page is also in French.
HOME_LANGUAGES = ["fr", "nl", "de", "it", "sv", "ar"]
ABOUT_LANGUAGES = ["fr"]


def translated_content(language_code):
    return import_module(f"home.demo.content_{language_code}")


def home_page(loader):
    """The English home page at the root of the default site."""
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.filter(locale=loader.locale("en"), depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's "Welcome to your new Wagtail site!" page holds the slug.
        root.get_children().filter(slug="home").delete()
        home = loader.page(
            root,
            HomePage,
            "home",
            title=HOME["title"],
            search_description=HOME["search_description"],
            hero_heading=HOME["hero_heading"],
            introduction=paragraphs_html(HOME["introduction"]),
            body=stream_data(HOME["body"]),
        )
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def standard_page(loader, parent, content):
    return loader.page(
        parent,
        StandardPage,
        content["slug"],
        title=content["title"],
        search_description=content["search_description"],
        introduction=content["introduction"],
        body=stream_data(content["body"]),
        show_in_menus=content["slug"] == "about",
    )


# What each demo question asks for, so that browsers can fill it in.
CONTACT_PURPOSES = ["name", "email", ""]


def contact_page(loader, home):
    """The contact form; messages go to an address that reaches nobody."""
    return loader.page(
        home,
        ContactPage,
        CONTACT["slug"],
        title=CONTACT["title"],
        search_description=CONTACT["search_description"],
        introduction=CONTACT["introduction"],
        thank_you_text=paragraphs_html(CONTACT["thank_you_text"]),
        to_address="equalcity-team@example.org",
        subject=CONTACT["subject"],
        form_fields=[
            ContactFormField(purpose=purpose, **field)
            for field, purpose in zip(CONTACT["fields"], CONTACT_PURPOSES, strict=True)
        ],
    )


def site_settings(loader, site, safety, privacy):
    settings = SiteSettings.for_site(site)
    if not settings.privacy_page_id:
        settings.privacy_page = privacy
        settings.save()
    if settings.eu_emblem_id:
        return
    settings.contact_name = "Elisabeth Palmero"
    settings.contact_email = "epalmero@iom.int"
    settings.contact_address = (
        "IOM Belgium and Luxembourg\nRue Montoyer 40\n1000 Brussels"
    )
    settings.social_links = [
        {
            "type": "link",
            "value": {
                "platform": "spotify",
                "url": "https://open.spotify.com/show/2RS55D6UrMczoNkBnYy9Ta",
            },
        },
        {
            "type": "link",
            "value": {"platform": "website", "url": "https://belgium.iom.int/"},
        },
    ]
    settings.sdgs = [
        {"type": "goal", "value": goal} for goal in ("5", "10", "11", "16")
    ]
    settings.eu_emblem = loader.image(
        "European Union emblem",
        draw_eu_emblem,
        size=(810, 540),
        alt="Flag of the European Union",
    )
    settings.safety_page = safety
    settings.save()
    loader.log("filled the site settings")


def load(loader):
    taxonomy.load(loader)
    home = home_page(loader)
    about = standard_page(loader, home, ABOUT)
    safety = standard_page(loader, home, SAFETY)
    privacy = standard_page(loader, home, PRIVACY)
    contact = contact_page(loader, home)
    for code in HOME_LANGUAGES:
        content = translated_content(code)
        loader.translate(home, code, HOME, content.HOME)
        loader.translate(safety, code, SAFETY, content.SAFETY)
        loader.translate(privacy, code, PRIVACY, content.PRIVACY)
        loader.translate(contact, code, CONTACT, content.CONTACT)
    for code in ABOUT_LANGUAGES:
        loader.translate(about, code, ABOUT, translated_content(code).ABOUT)
    site_settings(loader, Site.objects.get(is_default_site=True), safety, privacy)
    load_users(loader)
