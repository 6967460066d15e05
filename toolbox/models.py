"""Toolboxes: the four guides for frontline services, their steps and downloads."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.generation import shared
from home.models import BasePage, Partner, TextPage, Theme
from home.selectors import (
    children_with_source_fallback,
    filter_query,
    localized_instances,
    localized_pk,
    localized_pks,
    slug_param,
    theme_options,
)
from home.tree import children, parent

__all__ = [
    "Audience",
    "ToolboxDownload",
    "ToolboxIndexPage",
    "ToolboxModulePage",
    "ToolboxPage",
    "ToolboxRelatedPage",
    "ToolboxStep",
]

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class Audience(models.TextChoices):
    FRONTLINE_WORKERS = "frontline-workers", _("Frontline workers")
    CITY_SERVICES = "city-services", _("City services and officials")
    SERVICE_MANAGERS = "service-managers", _("Managers of frontline services")
    TRAINERS = "trainers", _("Trainers")


def with_card_themes(toolboxes, locale):
    """`toolboxes` as a list, each with `card_theme`: its theme in `locale`
    where one exists (with the `language_code` of its words)."""
    toolboxes = list(toolboxes)
    themes = localized_instances([toolbox.theme for toolbox in toolboxes], locale)
    by_key = {theme.translation_key: theme for theme in themes}
    for toolbox in toolboxes:
        toolbox.card_theme = toolbox.theme and by_key.get(toolbox.theme.translation_key)
    return toolboxes


class ToolboxIndexPage(BasePage):
    """/toolboxes/: every toolbox, filterable by theme and audience."""

    introduction = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("A few sentences introducing the toolboxes."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolbox.ToolboxPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toolbox index")

    def toolboxes(self, theme="", audience=""):
        """Live toolboxes (untranslated ones in English), optionally filtered."""
        toolboxes = children_with_source_fallback(self, model=ToolboxPage)
        if theme:
            toolboxes = toolboxes.filter(theme__slug=theme)
        if audience in Audience.values:
            toolboxes = toolboxes.filter(audience=audience)
        return (
            toolboxes.select_related("theme", "listing_image", "locale")
            .prefetch_related("listing_image__renditions")
            .defer_streamfields()
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        theme = slug_param(request, "theme")
        audience = slug_param(request, "audience")
        audience = audience if audience in Audience.values else ""
        toolboxes = Paginator(self.toolboxes(theme, audience), 24).get_page(
            request.GET.get("page")
        )
        # Read only when the shared fragment showing them is not
        # (toolbox/toolbox_index_page.html): lazy.
        listed = toolboxes.object_list
        toolboxes.object_list = SimpleLazyObject(
            lambda: with_card_themes(listed, self.locale)
        )
        context.update(
            toolboxes=toolboxes,
            themes=SimpleLazyObject(lambda: theme_options(self.locale)),
            audiences=Audience.choices,
            selected_theme=theme,
            selected_audience=audience,
            filter_query=filter_query({"theme": theme, "audience": audience}),
        )
        return context


class ToolboxPage(BasePage):
    """One toolbox: what it is for, how it was made, how to use it step by step."""

    theme = models.ForeignKey(
        Theme,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The group of people the toolbox is about."),
    )
    summary = models.TextField(
        max_length=400,
        help_text=_(
            "Two sentences saying what the toolbox helps frontline workers do."
        ),
    )
    audience = models.CharField(
        max_length=30,
        choices=Audience.choices,
        default=Audience.FRONTLINE_WORKERS,
        help_text=_("The main readers, used by the filter on the toolbox list."),
    )
    audience_description = models.CharField(
        max_length=250,
        blank=True,
        help_text=_("Who the toolbox is for, in a sentence, shown beside the summary."),
    )
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES, help_text=_("What the toolbox contains and why.")
    )
    how_developed = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("how it was developed"),
        help_text=_("How the partner built and tested the toolbox."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("toolbox document"),
        help_text=_(
            "The toolbox file in this page's language. Translators can choose "
            "their language's file in the translation editor."
        ),
    )
    authoring_partner = models.ForeignKey(
        "home.Partner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partner who wrote the toolbox."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("theme"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("audience_description")],
            heading=_("Audience"),
        ),
        FieldPanel("introduction"),
        FieldPanel("how_developed"),
        FieldPanel("authoring_partner"),
    ]
    steps_panels = [
        InlinePanel(
            "steps",
            heading=_("How to use it, step by step"),
            label=_("Step"),
            min_num=1,
        )
    ]
    downloads_panels = [
        FieldPanel("document"),
        InlinePanel(
            "downloads",
            heading=_("Downloads in every language"),
            label=_("Download"),
        ),
    ]
    related_panels = [
        InlinePanel(
            "related_pages",
            heading=_("Related events, interviews and episodes"),
            label=_("Related page"),
        )
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(steps_panels, heading=_("Steps")),
            ObjectList(downloads_panels, heading=_("Downloads")),
            ObjectList(related_panels, heading=_("Related")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("introduction"),
        index.SearchField("how_developed"),
        index.SearchField("audience_description"),
        index.RelatedFields(
            "steps", [index.SearchField("title"), index.SearchField("text")]
        ),
        index.FilterField("audience"),
        index.FilterField("theme"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("theme"),
        TranslatableField("summary"),
        SynchronizedField("audience"),
        TranslatableField("audience_description"),
        TranslatableField("introduction"),
        TranslatableField("how_developed"),
        SynchronizedField("document", overridable=True),
        TranslatableField("authoring_partner"),
        TranslatableField("steps"),
        SynchronizedField("downloads"),
        SynchronizedField("related_pages"),
    ]

    parent_page_types = ["toolbox.ToolboxIndexPage"]
    subpage_types = ["toolbox.ToolboxModulePage"]

    json_ld_type = "LearningResource"

    class Meta:
        verbose_name = _("toolbox")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def related():
            ids = self.related_pages.values_list("related_id", flat=True)
            return localized_pks(Page, list(ids), self.locale)

        # Read only when the shared fragment showing them is not (the page's
        # main content): lazy, as querysets are.
        context.update(
            theme=SimpleLazyObject(
                lambda: localized_pk(Theme, self.theme_id, self.locale)
            ),
            partner=SimpleLazyObject(
                lambda: localized_pk(Partner, self.authoring_partner_id, self.locale)
            ),
            steps=self.steps.all(),
            downloads=self.downloads.select_related("document"),
            modules=children(self, ToolboxModulePage),
            # The same for every visitor: read once per content generation
            # (a preview shows its own choices).
            related_pages=SimpleLazyObject(
                lambda: (
                    related()
                    if getattr(request, "is_preview", False)
                    else shared(("toolbox-related", self.pk), related)
                )
            ),
        )
        return context


class ToolboxStep(TranslatableMixin, Orderable):
    """One step of "how to use the toolbox"; steps are numbered in order."""

    page = ParentalKey(ToolboxPage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(max_length=160)
    text = RichTextField(features=["bold", "italic", "link", "ol", "ul"])

    panels = [FieldPanel("title"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("step")


class ToolboxDownload(Orderable):
    """The toolbox file in one language; the page lists every language's file."""

    page = ParentalKey(ToolboxPage, on_delete=models.CASCADE, related_name="downloads")
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("download")


class ToolboxRelatedPage(Orderable):
    page = ParentalKey(
        ToolboxPage, on_delete=models.CASCADE, related_name="related_pages"
    )
    related = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel(
            "related",
            page_type=[
                "news.EventPage",
                "news.InterviewPage",
                "news.ArticlePage",
                "podcasts.PodcastEpisodePage",
            ],
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")


class ToolboxModulePage(TextPage):
    """An optional chapter of a toolbox, for long step-by-step guidance."""

    parent_page_types = ["toolbox.ToolboxPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("toolbox module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        toolbox = parent(self)
        siblings = list(children(toolbox, ToolboxModulePage))
        position = next(
            (i for i, page in enumerate(siblings) if page.pk == self.pk), None
        )
        if position is None:
            # A draft, or a new chapter in preview: numbered after the live ones.
            position = len(siblings)
            siblings.append(self)
        context.update(
            toolbox=toolbox,
            previous_module=siblings[position - 1] if position > 0 else None,
            next_module=siblings[position + 1]
            if position + 1 < len(siblings)
            else None,
            module_number=position + 1,
            module_count=len(siblings),
        )
        return context
