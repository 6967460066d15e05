"""Demo content of `home`: the home pages, about, staying safe, privacy, contact,
site settings (data/pages*.yaml, data/site.yaml)."""

from pathlib import Path

from wagtail.models import Page, Site

from home.models import (
    ContactFormField,
    ContactPage,
    HomePage,
    SiteSettings,
    StandardPage,
)

from . import taxonomy
from .loader import DemoData, draw_eu_emblem, field_values, read_yaml
from .users import load_users

ORDER = 0
DATA = Path(__file__).resolve().parent / "data"


def home_page(loader, slug, data):
    """The English home page at the root of the default site."""
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.filter(locale=loader.locale("en"), depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's "Welcome to your new Wagtail site!" page holds the slug.
        root.get_children().filter(slug=slug).delete()
        home = loader.page(root, HomePage, slug, data)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def standard_page(loader, slug, data):
    return loader.page(loader.home(), StandardPage, slug, data)


def contact_page(loader, slug, data):
    """The contact form and its fields."""
    return loader.page(
        loader.home(),
        ContactPage,
        slug,
        data,
        form_fields=[
            ContactFormField(**field_values(ContactFormField, field))
            for field in data["form_fields"]
        ],
    )


PAGE_TYPES = {"home": home_page, "standard": standard_page, "contact": contact_page}


def site_settings(loader, site, data):
    settings = SiteSettings.for_site(site)
    if not settings.privacy_page_id:
        settings.privacy_page = loader.registry[data["privacy_page"]]
        settings.save()
    if settings.eu_emblem_id:
        return
    for name, value in field_values(SiteSettings, data).items():
        setattr(settings, name, value)
    emblem = data["eu_emblem"]
    settings.eu_emblem = loader.image(
        emblem["title"], draw_eu_emblem, size=tuple(emblem["size"]), alt=emblem["alt"]
    )
    settings.safety_page = loader.registry[data["safety_page"]]
    settings.save()
    loader.log("filled the site settings")


def load(loader):
    taxonomy.load(loader)
    pages = DemoData(DATA / "pages.yaml")
    for slug, data in pages.items("pages"):
        page = PAGE_TYPES[data["type"]](loader, slug, data)
        loader.register(f"pages/{slug}", page)
    loader.translate_data(pages)
    settings = read_yaml(DATA / "site.yaml")["settings"]
    site_settings(loader, Site.objects.get(is_default_site=True), settings)
    load_users(loader)
