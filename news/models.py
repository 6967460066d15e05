"""News: newsletter issues, articles, interviews and events, and their index."""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.addresses import absolute_url
from home.blocks import BodyBlock
from home.generation import shared_response
from home.links import safe_url
from home.models import BasePage, Person
from home.selectors import localized_choices, localized_pk

from .blocks import InterviewStream, NewsletterSectionStream
from .calendar import event_to_ical
from .feeds import NewsAtomFeed, NewsFeed
from .selectors import news_listing, related_news

__all__ = [
    "ArticlePage",
    "EventPage",
    "InterviewPage",
    "NewsIndexPage",
    "NewsPage",
    "NEWS_TYPES",
    "NewsletterIssuePage",
]


class NewsIndexPage(RoutablePageMixin, BasePage):
    """/news/: every kind of news, newest first, with filters and pagination."""

    introduction = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("A few sentences above the list of news."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "news.NewsletterIssuePage",
        "news.ArticlePage",
        "news.InterviewPage",
        "news.EventPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing(self, request, NEWS_TYPES))
        return context

    @path("", name="listing")
    def listing(self, request):
        return self.serve(request)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        # Feeds are the same for every reader: written once per generation.
        return shared_response(
            request, f"news-rss:{self.pk}", lambda: NewsFeed(self, NEWS_TYPES)(request)
        )

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return shared_response(
            request,
            f"news-atom:{self.pk}",
            lambda: NewsAtomFeed(self, NEWS_TYPES)(request),
        )


class NewsPage(BasePage):
    """Abstract parent of every news kind: a date, an image and themes."""

    date = models.DateField(
        default=datetime.date.today,
        help_text=_("The publication date shown to visitors and used for ordering."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The main image, shown at the top of the page."),
    )
    themes = ParentalManyToManyField(
        "home.Theme",
        blank=True,
        related_name="+",
        help_text=_("The toolbox themes this is about; used by the news filters."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.FilterField("date"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        SynchronizedField("image"),
        SynchronizedField("themes"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    kind = ""
    kind_label = ""
    json_ld_type = "NewsArticle"

    class Meta:
        abstract = True

    def json_ld(self, request):
        data = super().json_ld(request)
        data["headline"] = data.pop("name")[:110]
        data["datePublished"] = self.date.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        data["author"] = data["publisher"] = {
            "@type": "Organization",
            "name": "Equalcity",
            "url": absolute_url("/"),
        }
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the shared fragment showing them is not (the page's
        # main content, news/news_page.html): lazy.
        themes = SimpleLazyObject(lambda: localized_choices(self.themes, self.locale))
        context["themes"] = themes
        context["related"] = SimpleLazyObject(
            lambda: related_news(self, themes, NEWS_TYPES)
        )
        return context


class NewsletterIssuePage(NewsPage):
    number = models.PositiveSmallIntegerField(help_text=_("The issue number."))
    introduction = RichTextField(
        features=["bold", "italic", "link"], help_text=_("The editorial at the top.")
    )
    sections = StreamField(
        NewsletterSectionStream(), help_text=_("The sections of the newsletter.")
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF"),
        help_text=_("The issue as a PDF, in this page's language if there is one."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("date")]),
        FieldPanel("introduction"),
        FieldPanel("sections"),
        FieldPanel("pdf"),
        FieldPanel("image"),
        FieldPanel("themes"),
    ]

    search_fields = [
        *NewsPage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("sections"),
    ]

    translatable_fields = [
        *NewsPage.translatable_fields,
        SynchronizedField("number"),
        TranslatableField("introduction"),
        TranslatableField("sections"),
        SynchronizedField("pdf", overridable=True),
    ]

    kind = "newsletter"
    kind_label = _("Newsletter")

    class Meta:
        verbose_name = _("newsletter issue")


class ArticlePage(NewsPage):
    summary = models.TextField(
        max_length=400, help_text=_("Two sentences shown under the title and on cards.")
    )
    body = StreamField(BodyBlock(), help_text=_("The article."))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("themes"),
    ]

    search_fields = [
        *NewsPage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    translatable_fields = [
        *NewsPage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
    ]

    kind = "article"
    kind_label = _("Article")

    class Meta:
        verbose_name = _("article")


class InterviewPage(NewsPage):
    """ "Frontline Workers in the Spotlight" and other interviews."""

    interviewee = models.ForeignKey(
        "home.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty when the person stays anonymous."),
    )
    anonymous_role = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("For an anonymous interviewee: their job, e.g. “Social worker”."),
    )
    anonymous_city = models.CharField(
        max_length=80,
        blank=True,
        help_text=_("For an anonymous interviewee: the city."),
    )
    campaign = models.CharField(
        max_length=160,
        blank=True,
        help_text=_("The campaign the interview is part of, if any."),
    )
    summary = models.TextField(
        max_length=400, help_text=_("Two sentences shown under the title and on cards.")
    )
    questions = StreamField(InterviewStream(), help_text=_("Questions and answers."))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        MultiFieldPanel(
            [
                FieldPanel("interviewee"),
                FieldRowPanel(
                    [FieldPanel("anonymous_role"), FieldPanel("anonymous_city")]
                ),
            ],
            heading=_("Interviewee"),
        ),
        FieldPanel("campaign"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("questions"),
        FieldPanel("themes"),
    ]

    search_fields = [
        *NewsPage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("campaign"),
        index.SearchField("questions"),
    ]

    translatable_fields = [
        *NewsPage.translatable_fields,
        TranslatableField("interviewee"),
        TranslatableField("anonymous_role"),
        TranslatableField("anonymous_city"),
        TranslatableField("campaign"),
        TranslatableField("summary"),
        TranslatableField("questions"),
    ]

    kind = "interview"
    kind_label = _("Interview")

    class Meta:
        verbose_name = _("interview")

    def clean(self):
        super().clean()
        if not self.interviewee and not (self.anonymous_role and self.anonymous_city):
            raise ValidationError(
                {
                    "interviewee": _(
                        "Choose the interviewee, or give the role and city of an "
                        "anonymous interviewee."
                    )
                }
            )
        if self.interviewee and (self.anonymous_role or self.anonymous_city):
            raise ValidationError(
                {
                    "anonymous_role": _(
                        "Leave the role and city empty when the interviewee is named."
                    )
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["interviewee"] = SimpleLazyObject(
            lambda: localized_pk(Person, self.interviewee_id, self.locale)
        )
        return context


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in-person", _("In person")
    HYBRID = "hybrid", _("In person and online")


class EventType(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")
    CONFERENCE = "conference", _("Conference")
    OTHER = "other", _("Event")


TIME_ZONES = [
    ("Europe/Brussels", "Brussels, Luxembourg, Rome, Stockholm (CET)"),
    ("Europe/London", "Dublin, Lisbon, London (GMT)"),
    ("Europe/Athens", "Athens, Helsinki, Sofia (EET)"),
    ("UTC", "UTC"),
]


class EventPage(RoutablePageMixin, NewsPage):
    """A workshop, webinar or conference; visitors can add it to their calendar."""

    event_type = models.CharField(
        max_length=20, choices=EventType.choices, default=EventType.WORKSHOP
    )
    start = models.DateTimeField(
        help_text=_("Start date and time, in the time zone chosen below.")
    )
    end = models.DateTimeField(help_text=_("End date and time, same time zone."))
    time_zone = models.CharField(
        max_length=40,
        choices=TIME_ZONES,
        default="Europe/Brussels",
        help_text=_("Where the event happens, or the organisers' time zone online."),
    )
    event_format = models.CharField(
        max_length=20,
        choices=EventFormat.choices,
        default=EventFormat.ONLINE,
        verbose_name=_("format"),
    )
    venue = models.CharField(
        max_length=160, blank=True, help_text=_("Venue name, for events in person.")
    )
    address = models.TextField(blank=True, max_length=300)
    registration_url = models.URLField(
        blank=True, help_text=_("Where visitors register, if online registration.")
    )
    contact = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Or who to contact to take part: a name and an email address."),
    )
    summary = models.TextField(
        max_length=400, help_text=_("Two sentences shown under the title and on cards.")
    )
    body = StreamField(BodyBlock(), blank=True, help_text=_("Programme and details."))
    speakers = ParentalManyToManyField(
        "home.Person", blank=True, related_name="+", help_text=_("People who speak.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("event_format"), FieldPanel("venue"), FieldPanel("address")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("contact")],
            heading=_("How to take part"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("speakers"),
        FieldPanel("themes"),
        FieldPanel("date"),
    ]

    search_fields = [
        *NewsPage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    translatable_fields = [
        *NewsPage.translatable_fields,
        SynchronizedField("event_type"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("time_zone"),
        SynchronizedField("event_format"),
        TranslatableField("venue"),
        TranslatableField("address"),
        SynchronizedField("registration_url"),
        TranslatableField("contact"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("speakers"),
    ]

    kind = "event"
    kind_label = _("Event")
    json_ld_type = "Event"

    class Meta:
        verbose_name = _("event")

    def json_ld(self, request):
        data = BasePage.json_ld(self, request)
        attendance = {
            EventFormat.ONLINE: "OnlineEventAttendanceMode",
            EventFormat.IN_PERSON: "OfflineEventAttendanceMode",
            EventFormat.HYBRID: "MixedEventAttendanceMode",
        }[self.event_format]
        data.update(
            startDate=self.local_start.isoformat(),
            endDate=self.local_end.isoformat(),
            eventStatus="https://schema.org/EventScheduled",
            eventAttendanceMode=f"https://schema.org/{attendance}",
            organizer={"@type": "Organization", "name": "Equalcity"},
        )
        locations = []
        if self.event_format != EventFormat.ONLINE:
            locations.append(
                {"@type": "Place", "name": self.venue, "address": self.address}
            )
        if self.event_format != EventFormat.IN_PERSON:
            locations.append(
                {
                    "@type": "VirtualLocation",
                    "url": safe_url(self.registration_url) or data["url"],
                }
            )
        data["location"] = locations[0] if len(locations) == 1 else locations
        return data

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.event_format != EventFormat.ONLINE and not self.venue:
            errors["venue"] = _("Give the venue of an event that happens in person.")
        if not self.registration_url and not self.contact:
            errors["contact"] = _("Give a registration link or a contact.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def fragment_key(self):
        # An event's page changes when it ends: registration goes away.
        return f"{self.pk}:{'past' if self.is_past else 'upcoming'}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["speakers"] = SimpleLazyObject(
            lambda: localized_choices(self.speakers, self.locale)
        )
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The event as an iCalendar file, for "Add to my calendar"."""
        response = HttpResponse(
            event_to_ical(self, request), content_type="text/calendar; charset=utf-8"
        )
        filename = f"{slugify(self.slug) or 'event'}.ics"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


NEWS_TYPES = {
    page_type.kind: page_type
    for page_type in (NewsletterIssuePage, ArticlePage, InterviewPage, EventPage)
}
"""Every kind of news by its `kind` (the listing's ?kind= filter), in the order
the filter lists them."""
