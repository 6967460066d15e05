"""Building blocks for `load_demo_content`: idempotent pages, images, translations.

Every content app may have a `demo` module with a `load(loader)` function and an
`ORDER` number; the command runs them in that order with one shared loader.
"""

import html
import io
import json
import math
import textwrap
import uuid
from collections import defaultdict

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from home.models import HomePage


class DemoContentError(Exception):
    """The demo text does not match the page it is meant to translate."""


def flatten_strings(value):
    """Every string in a nested structure of dicts, lists and tuples, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [text for item in value for text in flatten_strings(item)]
    return []


def paragraphs_html(paragraphs):
    """Rich text HTML for a list of plain-text paragraphs."""
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs)


def stream_data(blocks):
    """StreamField raw data from [(block type, value)], paragraphs as text lists."""
    data = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            value = paragraphs_html(value)
        data.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return data


class DemoLoader:
    def __init__(self, stdout):
        self.stdout = stdout
        self._locales = {}
        # Pages and snippets by key ("event:<slug>", "person:<key>", …), so that
        # one app's demo content can link to another's without importing it.
        self.registry = {}
        self.pages_by_theme = defaultdict(list)

    def log(self, message):
        self.stdout.write(f"  {message}")

    def locale(self, language_code):
        if language_code not in self._locales:
            self._locales[language_code] = Locale.objects.get(
                language_code=language_code
            )
        return self._locales[language_code]

    # Images -----------------------------------------------------------------

    def image(self, title, draw, size=(1200, 800), alt=""):
        """An image drawn by `draw(ImageDraw, width, height)`, created once."""
        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing:
            return existing
        canvas = PILImage.new("RGB", size, "white")
        draw(ImageDraw.Draw(canvas), *size)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        filename = title.lower().replace(" ", "-")[:60] + ".png"
        image = image_model(title=title, description=alt)
        image.file = ImageFile(buffer, name=filename)
        image.save()
        self.log(f"drew image “{title}”")
        return image

    def document(self, title, content, filename):
        """A Wagtail document holding `content` (bytes), created once."""
        document_model = get_document_model()
        existing = document_model.objects.filter(title=title).first()
        if existing:
            return existing
        document = document_model(title=title)
        document.file = ContentFile(content, name=filename)
        document.save()
        self.log(f"added document “{title}”")
        return document

    # Pages ------------------------------------------------------------------

    def home(self, language_code="en"):
        """The home page of a language (the English one is created by `home`)."""
        return HomePage.objects.get(depth=2, locale=self.locale(language_code))

    def register(self, key, instance, themes=()):
        self.registry[key] = instance
        for theme in themes:
            self.pages_by_theme[theme].append(instance)
        return instance

    @transaction.atomic
    def page(self, parent, model, slug, **fields):
        """The child of `parent` with `slug`: created and published when missing.

        An existing page is left as it is, so that running the loader again
        neither duplicates pages nor overwrites what editors changed.
        """
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        self.log(f"created {model.__name__} {page.url_path}")
        return model.objects.get(pk=page.pk)

    @transaction.atomic
    def translate(
        self, instance, language_code, source_text, translated_text, overrides=None
    ):
        """Translate `instance` (a page or snippet) through wagtail-localize and
        publish the result.

        `source_text` and `translated_text` have the same structure; their
        strings are paired by position and stored as the segment translations,
        exactly as if a translator had typed them in the translation editor.
        """
        locale = self.locale(language_code)
        existing = instance.get_translation_or_none(locale)
        if existing is not None and getattr(existing, "live", True):
            return existing
        pairs = dict(
            zip(
                flatten_strings(source_text),
                flatten_strings(translated_text),
                strict=True,
            )
        )
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        segments = StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
        missing = []
        for segment in segments:
            text = StringValue(segment.string.data).render_text()
            if text not in pairs:
                missing.append(text)
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(pairs[text]).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "has_error": False,
                },
            )
        if missing:
            raise DemoContentError(
                f"No {language_code} text for segments of “{instance}”: {missing}"
            )
        for field_path, value in (overrides or {}).items():
            segment = OverridableSegment.objects.get(
                source=source, context__path=field_path
            )
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(value)},
            )
        self.log(f"translated “{instance}” into {language_code}")
        # Save a draft, then publish it as a publisher would. (Publishing here
        # rather than in an on_commit callback also keeps the tree positions of
        # pages created in the same transaction right.)
        translation.save_target(publish=False)
        translated = instance.get_translation(locale)
        translated.get_latest_revision().publish(log_action=False)
        model = getattr(translated, "specific_class", type(translated))
        return model.objects.get(pk=translated.pk)


def draw_eu_emblem(draw, width, height):
    """The European Union emblem: twelve gold stars in a circle on blue."""
    draw.rectangle([0, 0, width, height], fill="#003399")
    centre_x, centre_y = width / 2, height / 2
    ring = height / 3
    star_radius = height / 18
    for index in range(12):
        angle = math.radians(index * 30)
        x = centre_x + ring * math.sin(angle)
        y = centre_y - ring * math.cos(angle)
        points = []
        for point in range(10):
            radius = star_radius if point % 2 == 0 else star_radius * 0.382
            theta = math.radians(point * 36)
            points.append((x + radius * math.sin(theta), y - radius * math.cos(theta)))
        draw.polygon(points, fill="#FFCC00")


def draw_illustration(colour, accent):
    """A calm abstract illustration: overlapping circles on a tinted ground."""

    def draw(canvas, width, height):
        canvas.rectangle([0, 0, width, height], fill=colour)
        for index in range(5):
            radius = height * (0.18 + 0.07 * index)
            x = width * (0.15 + 0.18 * index)
            y = height * (0.75 - 0.1 * index)
            canvas.ellipse(
                [x - radius, y - radius, x + radius, y + radius],
                outline=accent,
                width=max(4, width // 150),
            )

    return draw


def draw_logo(name, colour):
    """A text logo for a partner: its name on a white ground with a colour bar."""

    def draw(canvas, width, height):
        canvas.rectangle([0, 0, width, height], fill="white")
        canvas.rectangle([0, 0, width // 24, height], fill=colour)
        font = ImageFont.load_default(size=height // 5)
        lines = textwrap.wrap(name, width=18)
        y = (height - len(lines) * height // 4) // 2
        for line in lines:
            canvas.text((width // 12, y), line, fill="#1a1a1a", font=font)
            y += height // 4

    return draw


def pdf_document(title, subtitle, paragraphs):
    """A small A4 PDF (as bytes) with a title page and the text, drawn with Pillow."""
    width, height = 827, 1169  # A4 at 100 dpi
    title_font = ImageFont.load_default(size=38)
    body_font = ImageFont.load_default(size=20)
    cover = PILImage.new("RGB", (width, height), "#0b4f6c")
    draw = ImageDraw.Draw(cover)
    y = 340
    for line in textwrap.wrap(title, width=30):
        draw.text((80, y), line, fill="white", font=title_font)
        y += 54
    draw.text((80, y + 30), subtitle, fill="#ffd34d", font=body_font)
    draw.text((80, height - 140), "Equalcity", fill="white", font=title_font)
    pages = [cover]
    lines = [line for text in paragraphs for line in [*textwrap.wrap(text, 64), ""]]
    per_page = 38
    for start in range(0, len(lines), per_page):
        page = PILImage.new("L", (width, height), "white")
        draw = ImageDraw.Draw(page)
        for row, line in enumerate(lines[start : start + per_page]):
            draw.text((80, 90 + row * 26), line, fill="black", font=body_font)
        pages.append(page.convert("RGB"))
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:])
    return buffer.getvalue()
