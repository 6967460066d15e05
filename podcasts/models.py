"""The podcast: the show (index page, with its feed) and its episodes."""

import datetime
import mimetypes

from django.db import models
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.addresses import absolute_url
from home.blocks import ExternalEmbedValue
from home.generation import shared_response
from home.models import BasePage
from home.restrictions import public
from home.selectors import children_with_source_fallback, localized_choices
from home.tree import parent

from .feeds import PodcastFeed

__all__ = ["PodcastEpisodePage", "PodcastIndexPage"]


class PodcastCategory(models.TextChoices):
    """Apple Podcasts categories that fit the show (names as the feed needs them)."""

    SOCIETY = "Society & Culture", _("Society & Culture")
    EDUCATION = "Education", _("Education")
    GOVERNMENT = "Government", _("Government")
    NEWS = "News", _("News")
    HEALTH = "Health & Fitness", _("Health & Fitness")


class PodcastIndexPage(RoutablePageMixin, BasePage):
    """/podcasts/: the show, its episodes and its RSS feed for podcast apps."""

    description = models.TextField(
        max_length=4000,
        help_text=_("What the show is about; podcast apps show this text."),
    )
    artwork = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square cover art, at least 1400×1400 pixels, for podcast apps."),
    )
    category = models.CharField(
        max_length=40, choices=PodcastCategory.choices, default=PodcastCategory.SOCIETY
    )
    author = models.CharField(
        max_length=120, default="Equalcity", help_text=_("Shown as the show's author.")
    )
    owner_name = models.CharField(max_length=120, help_text=_("Who runs the show."))
    owner_email = models.EmailField(
        help_text=_("Podcast directories write to this address; it is in the feed.")
    )
    explicit = models.BooleanField(
        default=False, help_text=_("Tick if episodes contain explicit content.")
    )
    copyright = models.CharField(max_length=200, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        FieldPanel("artwork"),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("author"),
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_email")]),
                FieldPanel("explicit"),
                FieldPanel("copyright"),
            ],
            heading=_("For podcast apps"),
        ),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("description")]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("description"),
        SynchronizedField("artwork"),
        SynchronizedField("category"),
        SynchronizedField("author"),
        SynchronizedField("owner_name"),
        SynchronizedField("owner_email"),
        SynchronizedField("explicit"),
        TranslatableField("copyright"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["podcasts.PodcastEpisodePage"]
    max_count_per_parent = 1

    json_ld_type = "PodcastSeries"

    class Meta:
        verbose_name = _("podcast index")

    def episodes(self):
        """Live episodes, newest first, including untranslated English ones."""
        return (
            children_with_source_fallback(self, model=PodcastEpisodePage)
            .select_related("audio", "listing_image", "locale")
            .prefetch_related("listing_image__renditions")
            .defer_streamfields()
            .order_by("-date", "-episode_number")
        )

    def own_episodes(self):
        """Live episodes in this show's language only (what its feed lists)."""
        return (
            public(PodcastEpisodePage.objects.child_of(self).live())
            .filter(audio__isnull=False)
            .select_related("audio", "locale")
            .order_by("-date", "-episode_number")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = self.episodes()
        # Podcast apps need the feed's full address. A show under a home page
        # that no site serves yet (previewed before it is) has none.
        url = self.get_url(request)
        context["feed_url"] = (
            absolute_url(url + self.reverse_subpage("feed")) if url else ""
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        # The same for every listener: written once per content generation.
        return shared_response(
            request, f"podcast-feed:{self.pk}", lambda: PodcastFeed(self)(request)
        )


class PlatformLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        choices=[
            ("spotify", "Spotify"),
            ("apple", "Apple Podcasts"),
            ("linkedin", "LinkedIn"),
            ("facebook", "Facebook"),
            ("youtube", "YouTube"),
            ("other", _("Other")),
        ]
    )
    url = blocks.URLBlock()

    class Meta:
        icon = "link-external"
        label = _("Listen elsewhere")
        # Spotify, YouTube and LinkedIn links can also play in a click-to-load box.
        value_class = ExternalEmbedValue


class PodcastEpisodePage(BasePage):
    date = models.DateField(
        default=datetime.date.today, help_text=_("Publication date of the episode.")
    )
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The episode's sound file (MP3 or M4A), uploaded as a document."),
    )
    duration = models.DurationField(
        help_text=_("Length of the episode, as hours:minutes:seconds.")
    )
    season_number = models.PositiveSmallIntegerField(null=True, blank=True)
    episode_number = models.PositiveSmallIntegerField(null=True, blank=True)
    summary = models.TextField(
        max_length=600,
        help_text=_("One paragraph: shown on cards and in podcast apps."),
    )
    show_notes = RichTextField(
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Links and details mentioned in the episode."),
    )
    transcript = RichTextField(
        features=["bold", "italic", "h3"],
        help_text=_("The full transcript, for people who cannot listen."),
    )
    guests = ParentalManyToManyField("home.Person", blank=True, related_name="+")
    themes = ParentalManyToManyField("home.Theme", blank=True, related_name="+")
    platform_links = StreamField(
        [("link", PlatformLinkBlock())],
        blank=True,
        help_text=_("Where else the episode can be heard."),
    )
    explicit = models.BooleanField(default=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        MultiFieldPanel(
            [
                FieldPanel("audio"),
                FieldPanel("duration"),
                FieldRowPanel(
                    [FieldPanel("season_number"), FieldPanel("episode_number")]
                ),
                FieldPanel("explicit"),
            ],
            heading=_("Audio"),
        ),
        FieldPanel("summary"),
        FieldPanel("guests"),
        FieldPanel("show_notes"),
        FieldPanel("transcript"),
        FieldPanel("platform_links"),
        FieldPanel("themes"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("show_notes"),
        index.SearchField("transcript"),
        index.FilterField("date"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        SynchronizedField("audio", overridable=True),
        SynchronizedField("duration"),
        SynchronizedField("season_number"),
        SynchronizedField("episode_number"),
        TranslatableField("summary"),
        TranslatableField("show_notes"),
        TranslatableField("transcript"),
        SynchronizedField("guests"),
        SynchronizedField("themes"),
        SynchronizedField("platform_links"),
        SynchronizedField("explicit"),
    ]

    parent_page_types = ["podcasts.PodcastIndexPage"]
    subpage_types = []

    json_ld_type = "PodcastEpisode"

    class Meta:
        verbose_name = _("podcast episode")

    def json_ld(self, request):
        data = super().json_ld(request)
        show = self.get_parent()
        data.update(
            datePublished=self.date.isoformat(),
            timeRequired=f"PT{self.duration_seconds}S",
            partOfSeries={
                "@type": "PodcastSeries",
                "name": show.title,
                "url": absolute_url(show.get_url(request)),
            },
        )
        if self.episode_number:
            data["episodeNumber"] = self.episode_number
        if self.audio_id:
            data["associatedMedia"] = {
                "@type": "MediaObject",
                "contentUrl": absolute_url(self.audio_url),
                "encodingFormat": self.audio_mime_type,
            }
        return data

    @property
    def guid(self):
        """Stable across title and slug changes: podcast apps key episodes on it."""
        return (
            f"urn:equalcity:episode:{self.translation_key}:{self.locale.language_code}"
        )

    @property
    def audio_url(self):
        if not self.audio_id:
            return ""
        return reverse("podcast_audio", args=[self.audio_id, self.audio.filename])

    @property
    def audio_mime_type(self):
        if not self.audio_id:
            return ""
        return mimetypes.guess_type(self.audio.filename)[0] or "audio/mpeg"

    @property
    def duration_seconds(self):
        return int(self.duration.total_seconds())

    @property
    def duration_minutes(self):
        """Whole minutes for display, at least 1."""
        return max(1, round(self.duration_seconds / 60))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the shared fragment showing them is not (the page's
        # main content): lazy.
        context["guests"] = SimpleLazyObject(
            lambda: localized_choices(self.guests, self.locale)
        )
        context["themes"] = SimpleLazyObject(
            lambda: localized_choices(self.themes, self.locale)
        )
        context["player_embed"] = SimpleLazyObject(
            lambda: next(
                (link.value for link in self.platform_links if link.value.embed_url()),
                None,
            )
        )
        show = parent(self)
        context["related"] = SimpleLazyObject(
            lambda: list(
                show.episodes().exclude(translation_key=self.translation_key)[:3]
            )
        )
        return context
