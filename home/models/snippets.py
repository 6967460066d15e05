"""Shared taxonomy and people: themes, partners, trainee cities, persons."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries import Countries
from django_countries.fields import CountryField

__all__ = [
    "EuropeanCountries",
    "Partner",
    "Person",
    "ReviewedSnippet",
    "Theme",
    "TraineeCity",
]


class EuropeanCountries(Countries):
    """The 39 European countries staff choose from for partners and trainee cities.

    django-countries names them in the visitor's language; the short list keeps
    the admin's country menu to the countries Equalcity works in.
    """

    only = [
        "AL",
        "AT",
        "BA",
        "BE",
        "BG",
        "CH",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GB",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LT",
        "LU",
        "LV",
        "MD",
        "ME",
        "MK",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "RS",
        "SE",
        "SI",
        "SK",
        "TR",
        "UA",
    ]


class ReviewedSnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """A snippet visitors see only as a publisher approved it.

    Saving writes a revision; the row visitors see changes when a publisher
    approves the "Editorial review" workflow (or publishes), in every language.
    Public queries read `live=True` rows only.
    """

    class Meta:
        abstract = True


class Theme(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """One of the four toolbox themes, linking toolboxes, news and episodes."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=80,
        help_text=_("Used in filter links (?theme=…); the same in every language."),
    )
    description = models.TextField(
        blank=True, help_text=_("One or two sentences saying who the theme is about.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_theme_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class Person(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """Interviewees, podcast guests, speakers and contacts."""

    name = models.CharField(max_length=120)
    role = models.CharField(
        max_length=160, blank=True, help_text=_("Job title, e.g. “Project manager”.")
    )
    organisation = models.CharField(max_length=160, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait, only with the person's consent."),
    )
    bio = models.TextField(
        blank=True, max_length=800, help_text=_("Two or three sentences about them.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("organisation"),
        SynchronizedField("photo"),
        TranslatableField("bio"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name


class Partner(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """An organisation of the Equalcity consortium."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        PARTNER = "partner", _("Partner")

    name = models.CharField(max_length=160)
    city = models.CharField(max_length=80)
    country = CountryField(countries=EuropeanCountries)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PARTNER)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation's logo, on a transparent or white background."),
    )
    website = models.URLField(blank=True)
    description = models.TextField(
        blank=True, max_length=600, help_text=_("What the partner does in Equalcity.")
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text=_("Lower numbers come first in the list of partners.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("city"),
        FieldPanel("country"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.FilterField("locale_id"),
        index.FilterField("role"),
    ]

    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("city"),
        SynchronizedField("country"),
        SynchronizedField("role"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        TranslatableField("description"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class TraineeCity(ReviewedSnippet, index.Indexed):
    """A city or organisation trained by Equalcity; the home page counts them.

    Not translatable: a place name and a country code, whose name django-countries
    shows in the visitor's language.
    """

    name = models.CharField(max_length=160, help_text=_("City or organisation."))
    country = CountryField(countries=EuropeanCountries)

    panels = [FieldPanel("name"), FieldPanel("country")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("trainee city or organisation")
        verbose_name_plural = _("trainee cities and organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "country"], name="unique_trainee_city_per_country"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.country.name})"
