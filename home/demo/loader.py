"""Building blocks for `load_demo_content`: demo data, idempotent pages, images,
translations.

Every content app may have a `demo` package with a `load(loader)` function and an
`ORDER` number; the command runs them in that order with one shared loader. What the
demo says is in the app's `demo/data/*.yaml` files (see `DemoData`); the code says how
to load it.
"""

import html
import io
import json
import math
import textwrap
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

import yaml
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from home.models import HomePage


class DemoContentError(Exception):
    """The demo data is inconsistent, or does not match the page it translates."""


def read_yaml(path):
    with Path(path).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


class DemoData:
    """A demo data file, `<name>.yaml`, and its translations, `<name>.<lang>.yaml`.

    `<name>.yaml` maps sections ("events", "people", …) to items keyed by slug. An
    item holds its structure (dates, themes, images, links) and, under `en`, its
    English strings; a list of strings is paragraphs. Where such a list needs
    structure too (a form field's type, a call to action's link), the item repeats
    the list outside `en`, item for item, with only that structure.

    `<name>.<lang>.yaml` maps the same sections and slugs to the strings of one
    language, in the shape of `en`, or to null where the item is not translated.
    Translations are made in the order of that file.
    """

    def __init__(self, path):
        self.path = Path(path)
        self.english = read_yaml(self.path)
        self.languages = {}
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            file = self.path.with_suffix(f".{code}.yaml")
            if file.exists():
                self.languages[code] = read_yaml(file)

    def items(self, section):
        """(slug, data) of each item of `section`: its structure and English strings."""
        for slug, item in self.english[section].items():
            structure = {key: value for key, value in item.items() if key != "en"}
            yield slug, merged(structure, item.get("en", {}))

    def strings(self, language_code, section, slug):
        """An item's strings in a language; None where it is not translated."""
        if language_code == "en":
            return self.english[section][slug]["en"]
        return self.languages[language_code][section][slug]

    def translations(self):
        """(language, section, slug, English strings, strings) of each translation."""
        for code, sections in self.languages.items():
            for section, items in sections.items():
                for slug, strings in items.items():
                    if strings is None:
                        continue
                    source = self.english[section][slug]["en"]
                    if string_paths(strings) != string_paths(source):
                        raise DemoContentError(
                            f"{self.path.stem}.{code}.yaml: the strings of "
                            f"{section}/{slug} are not those of the English ones"
                        )
                    yield code, section, slug, source, strings


def string_paths(value, path=()):
    """The path (keys and list positions) of every string in `value`."""
    if isinstance(value, dict):
        return {
            p for key, item in value.items() for p in string_paths(item, (*path, key))
        }
    if isinstance(value, list):
        return {
            p
            for index, item in enumerate(value)
            for p in string_paths(item, (*path, index))
        }
    return {path} if isinstance(value, str) else set()


def merged(structure, strings):
    """`strings` laid over `structure`: mappings key by key, lists item by item."""
    if isinstance(structure, dict) and isinstance(strings, dict):
        common = structure.keys() & strings.keys()
        return {
            **structure,
            **strings,
            **{key: merged(structure[key], strings[key]) for key in common},
        }
    lists = isinstance(structure, list) and isinstance(strings, list)
    if lists and len(structure) == len(strings):
        return [merged(a, b) for a, b in zip(structure, strings, strict=True)]
    raise DemoContentError(f"Cannot lay {strings!r} over {structure!r}")


def flatten_strings(value):
    """Every string in a nested structure of dicts and lists, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for item in value for text in flatten_strings(item)]
    return []


def paragraphs_html(paragraphs):
    """Rich text HTML for a list of plain-text paragraphs."""
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs)


def block_data(block, value):
    """Raw data of `block` from demo data.

    A stream is a list of {block type: value}; a list of strings for rich text is
    paragraphs; a string for a struct block fills its first child, the others
    taking their defaults (`heading: Text` is an h2).
    """
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": name,
                "value": block_data(block.child_blocks[name], item),
                "id": str(uuid.uuid4()),
            }
            for entry in value
            for name, item in entry.items()
        ]
    if isinstance(block, blocks.StructBlock):
        if isinstance(value, str):
            first, *others = block.child_blocks
            value = {first: value}
            value.update(
                {name: block.child_blocks[name].get_default() for name in others}
            )
        return {
            name: block_data(block.child_blocks[name], item)
            for name, item in value.items()
        }
    if isinstance(block, blocks.RichTextBlock) and isinstance(value, list):
        return paragraphs_html(value)
    return value


def field_values(model, data):
    """The values of `model`'s own fields in demo data, ready to save.

    Keys that name no field, and relations (the caller resolves those), are left
    out; paragraphs become rich text and streams their raw data.
    """
    values = {}
    for name, value in data.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.is_relation:
            continue
        if isinstance(field, StreamField):
            value = block_data(field.stream_block, value)
        elif isinstance(field, RichTextField) and isinstance(value, list):
            value = paragraphs_html(value)
        values[name] = value
    return values


class DemoLoader:
    def __init__(self, stdout):
        self.stdout = stdout
        self._locales = {}
        # Pages, snippets and images by "<section>/<slug>", so that one app's demo
        # data can name another's ("events/closing-conference-brussels").
        self.registry = {}

    def log(self, message):
        self.stdout.write(f"  {message}")

    def locale(self, language_code):
        if language_code not in self._locales:
            self._locales[language_code] = Locale.objects.get(
                language_code=language_code
            )
        return self._locales[language_code]

    def register(self, key, instance):
        self.registry[key] = instance
        return instance

    def lookup(self, section, slugs):
        """The registered instances of `section` with these slugs."""
        return [self.registry[f"{section}/{slug}"] for slug in slugs]

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

    def illustration(self, spec):
        """An illustration described in demo data: title, colours and size."""
        return self.image(
            spec["title"],
            draw_illustration(*spec["colours"]),
            size=tuple(spec.get("size", (1200, 800))),
            alt=spec.get("alt", ""),
        )

    def document(self, title, content, filename):
        """A Wagtail document holding `content` (bytes), created once."""
        document_model = get_document_model()
        existing = document_model.objects.filter(title=title).first()
        if existing:
            return existing
        document = document_model(title=title)
        document.file = ContentFile(content, name=filename)
        # Size and hash, as an upload in the admin stores them: otherwise
        # Wagtail saves the size on the first visitor's request for the file's
        # page, and that save is a new content generation (home.generation).
        document.file_size = len(content)
        document.file_hash = hash_filelike(io.BytesIO(content))
        document.save()
        self.log(f"added document “{title}”")
        return document

    # Pages ------------------------------------------------------------------

    def home(self, language_code="en"):
        """The home page of a language (the English one is created by `home`)."""
        return HomePage.objects.get(depth=2, locale=self.locale(language_code))

    @transaction.atomic
    def page(self, parent, model, slug, data, **fields):
        """The child of `parent` with `slug`: created and published when missing.

        Its fields come from `data` (see `field_values`) and `fields`, which the
        caller resolves (relations, dates with a time zone). An existing page is
        left as it is, so that running the loader again neither duplicates pages
        nor overwrites what editors changed.
        """
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        values = {**field_values(model, data), **fields}
        page = model(slug=slug, locale=parent.locale, **values)
        parent.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        self.log(f"created {model.__name__} {page.url_path}")
        return model.objects.get(pk=page.pk)

    def translate_data(self, data, overrides=None):
        """Translate the registered items of `data` into each of its languages.

        `overrides(language, key)` may return the overrides of an item's
        synchronised fields in a language (see `translate`).
        """
        for code, section, slug, source, strings in data.translations():
            key = f"{section}/{slug}"
            self.translate(
                self.registry[key],
                code,
                source,
                strings,
                overrides=overrides(code, key) if overrides else None,
            )

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
