"""What every page shares (BasePage), the home page and standard pages."""

from django.conf import settings
from django.db import models
from django.templatetags.static import static
from django.utils.functional import SimpleLazyObject
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.addresses import absolute_url
from home.blocks import BodyBlock
from home.images import share_image_url
from home.restrictions import restrictions_over
from home.tree import ancestors

__all__ = ["BasePage", "HomePage", "StandardPage", "TextPage"]


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
        context["breadcrumbs"] = ancestors(self)
        # The page's address, for sharing and metadata (the configured one).
        context["page_url"] = absolute_url(self.get_url(request))
        return context

    json_ld_type = "WebPage"

    @property
    def fragment_key(self):
        """What names this page's main content among the fragments shared by
        every visitor (`{% shared_fragment "main" page.fragment_key %}`):
        within a content generation and a language it changes only with what
        the page shows besides its content (an event passing)."""
        return self.pk

    def get_view_restrictions(self):
        """Wagtail's restrictions on this page and its ancestors, found in the
        site's restrictions read once per content generation: no query for a
        public page (Wagtail's own reads the ancestors and the restrictions on
        every request). An alias keeps Wagtail's way (its source's)."""
        if self.alias_of_id:
            return super().get_view_restrictions()
        over = restrictions_over(self)
        if not over:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=[r.pk for r in over])

    def permissions_for_user(self, user):
        """Wagtail's permissions, as the class named by the
        PAGE_PERMISSION_TESTER setting refines them (the editorial app limits
        them to the locales the user works in)."""
        return import_string(settings.PAGE_PERMISSION_TESTER)(user, self)

    def json_ld(self, request):
        """Schema.org description of the page; page types add their own fields."""
        data = {
            "@context": "https://schema.org",
            "@type": self.json_ld_type,
            "name": self.title,
            "url": absolute_url(self.get_url(request)),
            "inLanguage": self.locale.language_code,
        }
        description = self.search_description or getattr(self, "card_summary", "")
        if description:
            data["description"] = description
        image = getattr(self, "listing_image", None)
        if image is not None:
            data["image"] = share_image_url(request, image)
        return data

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        """The listing summary, else the page's own summary field, else its
        search description."""
        return (
            self.listing_summary
            or getattr(self, "summary", "")
            or self.search_description
        )


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
    subpage_types = [
        "home.StandardPage",
        "toolbox.ToolboxIndexPage",
        "news.NewsIndexPage",
        "podcasts.PodcastIndexPage",
        "home.ContactPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def json_ld(self, request):
        url = absolute_url(self.get_url(request))
        organisation = {
            "@type": "Organization",
            "@id": f"{url}#organization",
            "name": "Equalcity",
            "url": url,
            "logo": absolute_url(static("icons/equalcity-mark.svg")),
            "description": self.search_description,
            "parentOrganization": {
                "@type": "Organization",
                "name": "International Organization for Migration (IOM)",
            },
            "funder": {"@type": "Organization", "name": "European Union"},
        }
        website = {
            "@type": "WebSite",
            "name": "Equalcity",
            "url": url,
            "inLanguage": self.locale.language_code,
            "publisher": {"@id": f"{url}#organization"},
        }
        return {"@context": "https://schema.org", "@graph": [organisation, website]}

    def get_context(self, request, *args, **kwargs):
        """Each content app adds its section through the `home_page_sections` hook.

        A hook function takes (home page, request) and returns None or a dict
        with `template`, `order` and the template's context.
        """
        context = super().get_context(request, *args, **kwargs)

        def sections():
            found = (
                hook(self, request) for hook in hooks.get_hooks("home_page_sections")
            )
            return sorted(filter(None, found), key=lambda section: section["order"])

        # Read only when the cached fragment showing them is not (shared_fragment).
        context["sections"] = SimpleLazyObject(sections)
        return context


class TextPage(BasePage):
    """Abstract parent of the pages of free text: a lead and a body of blocks
    (standard pages, toolbox chapters)."""

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

    class Meta:
        abstract = True


class StandardPage(TextPage):
    """About, safety, privacy and other free-form pages."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
