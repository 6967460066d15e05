"""Site settings: contact, footer, funding, SDGs and the quick exit."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home.blocks import SocialLinkBlock

__all__ = ["SiteSettings", "SustainableDevelopmentGoal"]

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

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page saying what the site stores about visitors, linked from "
            "the footer of every page in the visitor's language."
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
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def __str__(self):
        return str(_("Site settings"))
