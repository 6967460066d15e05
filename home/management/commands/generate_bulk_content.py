"""Generate a large site on top of the demo content, for `make bench`.

    manage.py generate_bulk_content --news 2000 --events 300 --episodes 150 \\
        --locales en,fr,ar

creates that many live articles and events under the English news index and
episodes under the English podcast index, dated 2015 to 2026, with themes,
images and text (Faker, in each language), and a live translation of each in
every other locale given. Their slugs start with `bulk-`: a second run finds
what exists and creates only what is missing.

Pages are inserted as `loaddata` inserts fixtures, for speed: the tree rows in
bulk with their paths computed as treebeard computes them, the page type's row
with a raw save, no revision (a live page needs none; the first edit in the
admin creates one). A translation is what `copy_for_translation` makes (the
same page type, `translation_key` and slug, under the translated index) with
its text in its language, but without a wagtail-localize translation source:
the bulk pages are for measuring, not for translators. Raw saves skip the
search and reference index signals, so the command indexes the new pages
itself, in bulk, in every search backend; the reference index (the admin's
"usage" counts) is left to `manage.py rebuild_references_index`.
"""

import datetime
import random
import time
import uuid
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from faker import Faker

from home.models import Theme
from news.models import (
    NEWS_TYPES,
    TIME_ZONES,
    ArticlePage,
    EventFormat,
    EventPage,
    EventType,
    NewsIndexPage,
)
from podcasts.models import PodcastEpisodePage, PodcastIndexPage

PREFIX = "bulk-"
BATCH = 500
FIRST_YEAR, LAST_YEAR = 2015, 2026
FAKER_LOCALES = {
    "ar": "ar_AA",
    "de": "de_DE",
    "en": "en_US",
    "fr": "fr_FR",
    "it": "it_IT",
    "nl": "nl_NL",
    "sv": "sv_SE",
}
# Mixed into the English text, so that searching the bulk data for the words
# visitors search for finds a realistic share of it.
ENGLISH_SENTENCES = [
    "The toolbox gives frontline workers practical steps for their city.",
    "Cities shared what worked when they reached migrant communities.",
    "Social workers and cultural mediators compared their methods.",
    "A workshop on safer spaces brought trainers from five countries together.",
    "The training follows the steps of the Equalcity toolbox.",
    "Volunteers explained how they listen to parents in a new country.",
]


def paragraph_block(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


class Kind:
    """One kind of bulk page: its model, slug stem and field values."""

    def __init__(self, name, model, parent_model):
        self.name = name
        self.model = model
        self.parent_model = parent_model

    def slug(self, number):
        return f"{PREFIX}{self.name}-{number:05d}"

    def number(self, slug):
        return int(slug.rsplit("-", 1)[1])

    def rng(self, number):
        """The same choices for the same page on every run."""
        return random.Random(f"{self.name}-{number}")  # noqa: S311 (not security)

    def date(self, number):
        rng = self.rng(number)
        start = datetime.date(FIRST_YEAR, 1, 1)
        days = (datetime.date(LAST_YEAR, 12, 31) - start).days
        return start + datetime.timedelta(days=rng.randrange(days + 1))

    def structure(self, number, pools):
        """The language-independent fields of page `number` (English)."""
        rng = self.rng(number)
        date = self.date(number)
        image = rng.choice(pools["images"]) if pools["images"] else None
        fields = {"date": date, "listing_image_id": image}
        if self.model is not PodcastEpisodePage:
            fields["image_id"] = image
        if self.model is EventPage:
            zone = rng.choice(TIME_ZONES)[0]
            start = datetime.datetime.combine(
                date, datetime.time(rng.choice([9, 10, 14, 18]))
            ).replace(tzinfo=ZoneInfo(zone))
            fields.update(
                event_type=rng.choice(EventType.values),
                event_format=rng.choice(EventFormat.values),
                time_zone=zone,
                start=start,
                end=start + datetime.timedelta(hours=rng.choice([1, 2, 3, 8])),
                registration_url=f"https://example.org/register/{number}",
            )
        if self.model is PodcastEpisodePage:
            fields.update(
                audio_id=rng.choice(pools["audio"]) if pools["audio"] else None,
                duration=datetime.timedelta(seconds=rng.randrange(900, 3600)),
                season_number=date.year - FIRST_YEAR + 2,
                episode_number=number,
            )
        themes = rng.sample(
            pools["themes"], min(len(pools["themes"]), rng.choice([1, 2]))
        )
        return fields, themes

    def text(self, number, language_code, fakers):
        """The fields of page `number` that are written in `language_code`."""
        fake = fakers[language_code]
        fake.seed_instance(f"{self.name}-{number}-{language_code}")
        extra = ""
        if language_code == "en":
            extra = " " + self.rng(number).choice(ENGLISH_SENTENCES)
        title = fake.sentence(nb_words=7).rstrip(".。")
        summary = (fake.sentence(nb_words=14) + extra)[:390]
        body = fake.paragraph(nb_sentences=6) + extra
        fields = {"title": title, "draft_title": title, "summary": summary}
        if self.model is PodcastEpisodePage:
            fields.update(
                show_notes=f"<p>{fake.paragraph(nb_sentences=2)}</p>",
                transcript="".join(
                    f"<p>{fake.paragraph(nb_sentences=5)}</p>" for _ in range(3)
                )
                + f"<p>{extra}</p>",
            )
        else:
            fields["body"] = [paragraph_block(body)]
        if self.model is EventPage:
            fields.update(
                venue=fake.company()[:160],
                address=f"{fake.street_address()}, {fake.city()}"[:300],
                contact="",
            )
        return fields


KINDS = {
    "news": Kind("article", ArticlePage, NewsIndexPage),
    "events": Kind("event", EventPage, NewsIndexPage),
    "episodes": Kind("episode", PodcastEpisodePage, PodcastIndexPage),
}


class Command(BaseCommand):
    help = (
        "Create many live articles, events and podcast episodes, translated, on "
        "top of the demo content, for benchmarks (idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=2000, help="Articles.")
        parser.add_argument("--events", type=int, default=300, help="Events.")
        parser.add_argument("--episodes", type=int, default=150, help="Episodes.")
        parser.add_argument(
            "--locales",
            default="en,fr,ar",
            help="Comma-separated language codes; English is the source.",
        )

    def handle(self, *args, locales, **options):
        started = time.perf_counter()
        codes = [code.strip() for code in locales.split(",") if code.strip()]
        source = Locale.get_default()
        try:
            targets = [
                Locale.objects.get(language_code=code)
                for code in codes
                if code != source.language_code
            ]
        except Locale.DoesNotExist as error:
            raise CommandError(f"No locale among {codes}: {error}") from error
        pools = self.pools(source)
        fakers = {
            locale.language_code: Faker(FAKER_LOCALES.get(locale.language_code))
            for locale in [source, *targets]
        }
        created = 0
        for option, kind in KINDS.items():
            index = self.index(kind.parent_model, source)
            created += self.create_sources(kind, index, options[option], pools, fakers)
            for locale in targets:
                translated_index = index.get_translation_or_none(locale)
                if translated_index is None:
                    raise CommandError(
                        f"The {kind.parent_model._meta.verbose_name} has no "
                        f"{locale.language_code} translation: load the demo "
                        "content first."
                    )
                created += self.create_translations(
                    kind, index, translated_index, options[option], fakers
                )
        self.stdout.write(
            self.style.SUCCESS(
                f"Bulk content ready: {created} pages created in "
                f"{time.perf_counter() - started:.1f} s."
            )
        )

    # What exists ------------------------------------------------------------

    def pools(self, source):
        """Themes, images and audio the demo content already has."""
        news_images = set()
        for model in NEWS_TYPES.values():
            news_images.update(
                model.objects.filter(locale=source, listing_image__isnull=False)
                .exclude(slug__startswith=PREFIX)
                .values_list("listing_image_id", flat=True)
            )
        return {
            "themes": list(
                Theme.objects.filter(locale=source)
                .order_by("pk")
                .values_list("pk", flat=True)
            ),
            "images": sorted(news_images),
            "audio": sorted(
                PodcastEpisodePage.objects.filter(audio__isnull=False)
                .exclude(slug__startswith=PREFIX)
                .values_list("audio_id", flat=True)
                .distinct()
            ),
        }

    def index(self, model, locale):
        index = model.objects.filter(locale=locale).order_by("path").first()
        if index is None:
            raise CommandError(
                f"No {model._meta.verbose_name} in {locale.language_code}: run "
                "`manage.py load_demo_content` first."
            )
        return index

    def bulk_children(self, kind, index):
        return kind.model.objects.child_of(index).filter(slug__startswith=PREFIX)

    # Creation ---------------------------------------------------------------

    def create_sources(self, kind, index, count, pools, fakers):
        existing = set(self.bulk_children(kind, index).values_list("slug", flat=True))
        missing = [n for n in range(1, count + 1) if kind.slug(n) not in existing]
        code = index.locale.language_code
        for batch in chunks(missing, BATCH):
            pages, themes = [], {}
            for number in batch:
                structure, page_themes = kind.structure(number, pools)
                page = kind.model(
                    slug=kind.slug(number),
                    translation_key=uuid.uuid4(),
                    **structure,
                    **kind.text(number, code, fakers),
                )
                themes[page.slug] = page_themes
                pages.append(page)
            self.insert(kind, index, pages, themes)
            self.progress(kind, code, len(existing) + len(pages), count)
            existing.update(page.slug for page in pages)
        return len(missing)

    def create_translations(self, kind, index, translated_index, count, fakers):
        code = translated_index.locale.language_code
        translated = kind.model.objects.filter(
            locale=translated_index.locale, slug__startswith=PREFIX
        ).values("translation_key")
        sources = [
            page
            for page in self.bulk_children(kind, index)
            .exclude(translation_key__in=translated)
            .order_by("slug")
            .prefetch_related("themes")
            if kind.number(page.slug) <= count
        ]
        done = count - len(sources)
        own_fields = [
            field
            for field in kind.model._meta.concrete_fields
            if field.model is not Page and not field.primary_key
        ]
        for batch in chunks(sources, BATCH):
            pages, themes = [], {}
            for source in batch:
                page = kind.model(
                    slug=source.slug,
                    translation_key=source.translation_key,
                    **{f.attname: getattr(source, f.attname) for f in own_fields},
                )
                for name, value in kind.text(
                    kind.number(source.slug), code, fakers
                ).items():
                    setattr(page, name, value)
                themes[page.slug] = [theme.pk for theme in source.themes.all()]
                pages.append(page)
            self.insert(kind, translated_index, pages, themes)
            done += len(pages)
            self.progress(kind, code, done, count)
        return len(sources)

    @transaction.atomic
    def insert(self, kind, parent, pages, themes):
        """Add `pages` (unsaved, of `kind.model`) as live children of `parent`."""
        now = timezone.now()
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        position = Page._str2int(last[-Page.steplen :]) if last else 0
        for offset, page in enumerate(pages, start=1):
            page.path = Page._get_path(parent.path, parent.depth + 1, position + offset)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale = parent.locale
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = now
        tree_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = Page.objects.bulk_create(
            [
                Page(**{f.attname: getattr(page, f.attname) for f in tree_fields})
                for page in pages
            ]
        )
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.page_ptr_id = row.pk
            # The page type's own row, as loaddata saves a fixture.
            page.save_base(raw=True, force_insert=True)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        relation = kind.model._meta.get_field("themes")
        through = relation.remote_field.through
        page_column = f"{relation.m2m_field_name()}_id"
        theme_column = f"{relation.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [
                through(**{page_column: page.pk, theme_column: theme})
                for page in pages
                for theme in themes[page.slug]
            ]
        )
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(kind.model, pages)

    def progress(self, kind, code, done, count):
        name = kind.model._meta.verbose_name_plural
        self.stdout.write(f"  {name} ({code}): {done}/{count}")


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]
