"""Factories for the home app's pages, and the site tree most tests start from."""

from django.contrib.contenttypes.models import ContentType

import wagtail_factories
from wagtail.models import Locale, Page, Site

import factory

from home.models import ContactFormField, ContactPage, HomePage, StandardPage


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page as the admin leaves it: live pages have a published revision."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if create and obj.live:
            obj.save_revision().publish()


class HomePageFactory(PublishedPageFactory):
    title = "Equalcity"
    slug = "equalcity"
    hero_heading = factory.Faker("sentence", nb_words=6)
    introduction = factory.LazyFunction(
        lambda: "<p>Equalcity helps cities reach migrant communities.</p>"
    )
    live = True

    class Meta:
        model = HomePage


class StandardPageFactory(PublishedPageFactory):
    title = factory.Faker("sentence", nb_words=3)
    slug = factory.Sequence(lambda n: f"standard-{n}")
    introduction = factory.Faker("sentence")
    body = factory.LazyFunction(lambda: [paragraph("Body text of a standard page.")])
    live = True

    class Meta:
        model = StandardPage


CONTACT_FIELDS = [
    {
        "label": "Your name",
        "field_type": "singleline",
        "required": False,
        "purpose": "name",
    },
    {
        "label": "Your email address",
        "field_type": "email",
        "required": True,
        "help_text": "We use it only to answer you.",
        "purpose": "email",
    },
    {"label": "Your message", "field_type": "multiline", "required": True},
]


class ContactPageFactory(PublishedPageFactory):
    """A contact page whose messages are emailed to the team."""

    title = "Contact"
    slug = "contact"
    introduction = "This form is not for emergencies."
    thank_you_text = "<p>We will answer within a week.</p>"
    to_address = "team@example.org"
    subject = "Message from the site"
    live = True

    class Meta:
        model = ContactPage

    @factory.post_generation
    def form_fields(obj, create, extracted, **kwargs):
        """The questions of the form, in order (the live page reads them)."""
        if create:
            for number, field in enumerate(extracted or CONTACT_FIELDS):
                ContactFormField.objects.create(
                    page=obj, locale=obj.locale, sort_order=number, **field
                )


def migration_rows():
    """The English locale, the root page and the default site, which
    Wagtail's migrations make: made again when a transactional test (the
    backup drill) flushed them before this one."""
    if not Locale.objects.exists():
        # Flushed: the content types were made again, with new ids.
        ContentType.objects.clear_cache()
    english, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=english)
    )
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(
            hostname="localhost", port=80, root_page=root, is_default_site=True
        )
    return root


def make_home(**kwargs):
    """An English home page at the root of the default site, as on a real install.

    Wagtail's migration leaves a "Welcome" page at the top; it is replaced.
    """
    root = migration_rows()
    home = HomePageFactory(parent=root, **kwargs)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    root.get_children().exclude(pk=home.pk).delete()
    return home


def translate(page, language_code, publish=True, **fields):
    """A copy of `page` in another locale, with `fields` changed, optionally live.

    Uses Wagtail's copy_for_translation: tests of the wagtail-localize machinery
    itself go through its views instead.
    """
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if publish:
        revision.publish()
    translated.refresh_from_db()
    return translated
