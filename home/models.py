"""What every page shares (BasePage), the home and standard pages, site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BodyBlock, SocialLinkBlock

__all__ = ["BasePage", "HomePage", "SiteSettings", "StandardPage"]

# A neutral page that reveals nothing about what the visitor was reading.
QUICK_EXIT_DEFAULT_URL = "https://www.bbc.co.uk/weather"


class SustainableDevelopmentGoal(models.TextChoices):
    NO_POVERTY = "1", _("No poverty")
    ZERO_HUNGER = "2", _("Zero hunger")
    GOOD_HEALTH = "3", _("Good health and well-being")
    QUALITY_EDUCATION = "4", _("Quality education")
    GENDER_EQUALITY = "5", _("Gender equality")
    CLEAN_WATER = "6", _("Clean water and sanitation")
    CLEAN_ENERGY = "7", _("Affordable and clean energy")
    DECENT_WORK = "8", _("Decent work and economic growth")
    INDUSTRY = "9", _("Industry, innovation and infrastructure")
    REDUCED_INEQUALITIES = "10", _("Reduced inequalities")
    SUSTAINABLE_CITIES = "11", _("Sustainable cities and communities")
    RESPONSIBLE_CONSUMPTION = "12", _("Responsible consumption and production")
    CLIMATE_ACTION = "13", _("Climate action")
    LIFE_BELOW_WATER = "14", _("Life below water")
    LIFE_ON_LAND = "15", _("Life on land")
    PEACE_JUSTICE = "16", _("Peace, justice and strong institutions")
    PARTNERSHIPS = "17", _("Partnerships for the goals")


class BasePage(Page):
    """Abstract parent of every page type: listing fields, search and translation."""

    listing_title = models.CharField(
        max_length=120,
        blank=True,
        help_text=_(
            "Shorter title for cards and lists. Leave blank to use the page title."
        ),
    )
    listing_summary = models.TextField(
        max_length=300,
        blank=True,
        help_text=_(
            "One or two sentences shown on cards, in search results and when the "
            "page is shared. Leave blank to use the search description."
        ),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared on social media."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("Cards and sharing"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_title"),
        TranslatableField("listing_summary"),
        SynchronizedField("slug"),
        SynchronizedField("listing_image"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = (
            self.get_ancestors().filter(depth__gt=1).live().public()
        )
        return context

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description


class HomePage(BasePage):
    """The root of each language's tree: /en/, /fr/, …"""

    hero_heading = models.CharField(
        max_length=160,
        help_text=_("The main heading of the site, shown large at the top."),
    )
    introduction = RichTextField(
        features=["bold", "italic", "link"],
        help_text=_("A short introduction to Equalcity under the heading."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text=_("Sections shown after the featured content."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("hero_heading"),
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """About, safety, privacy and other free-form pages."""

    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text=_("A short lead paragraph shown under the title."),
    )
    body = StreamField(BodyBlock(), help_text=_("The content of the page."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class SustainableDevelopmentGoalBlock(blocks.ChoiceBlock):
    def __init__(self, **kwargs):
        super().__init__(choices=SustainableDevelopmentGoal.choices, **kwargs)

    class Meta:
        icon = "globe"
        label = _("Sustainable Development Goal")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """The footer, the contact details and the quick exit, per site."""

    contact_name = models.CharField(
        max_length=120, blank=True, help_text=_("The person visitors can contact.")
    )
    contact_email = models.EmailField(blank=True)
    contact_address = models.TextField(
        blank=True, help_text=_("Postal address, one line per line of the address.")
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text=_(
            "Links to Equalcity's accounts on other platforms, in footer order."
        ),
    )
    funding_statement = models.TextField(
        blank=True,
        help_text=_(
            "Leave blank to show the standard EU funding statement, translated into "
            "every language. Text written here is shown as written in every language."
        ),
    )
    eu_emblem = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The European Union emblem shown beside the funding statement."),
    )
    sdgs = StreamField(
        [("goal", SustainableDevelopmentGoalBlock())],
        blank=True,
        verbose_name=_("SDGs supported"),
        help_text=_("The UN Sustainable Development Goals the project supports."),
    )
    quick_exit_url = models.URLField(
        default=QUICK_EXIT_DEFAULT_URL,
        help_text=_(
            "Where the quick exit button sends visitors: a neutral site such as a "
            "weather page, which does not reveal what they were reading."
        ),
    )
    safety_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page explaining the quick exit and how to clear browsing history; "
            "visitors get their own language's version."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [
                FieldPanel("funding_statement"),
                FieldPanel("eu_emblem"),
                FieldPanel("sdgs"),
            ],
            heading=_("Funding and goals"),
        ),
        MultiFieldPanel(
            [FieldPanel("quick_exit_url"), FieldPanel("safety_page")],
            heading=_("Quick exit"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def __str__(self):
        return str(_("Site settings"))
