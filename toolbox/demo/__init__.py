"""Demo toolboxes: the four Equalcity toolboxes, their steps and PDF downloads."""

from importlib import import_module

from home.demo.loader import draw_illustration, paragraphs_html, pdf_document
from toolbox.models import (
    ToolboxDownload,
    ToolboxIndexPage,
    ToolboxPage,
    ToolboxRelatedPage,
    ToolboxStep,
)

from . import content_en as english

ORDER = 30
# French has every toolbox, with its own PDF; Arabic the index and one toolbox.
LANGUAGES = ["fr", "ar"]
COLOURS = ["#0b4f6c", "#1d6b3a", "#6b3fa0", "#8a3b12"]
RELATED_PER_TOOLBOX = 4


def toolbox_pdf(loader, data, language_code):
    paragraphs = [
        data["summary"],
        *data["introduction"],
        *data["how_developed"],
        *(
            line
            for number, step in enumerate(data["steps"], start=1)
            for line in (f"{number}. {step['title']}", *step["text"])
        ),
    ]
    slug = data["slug"]
    return loader.document(
        f"Toolbox: {data['title']} ({language_code})",
        pdf_document(data["title"], "Equalcity toolbox", paragraphs),
        f"equalcity-{slug}-{language_code}.pdf",
    )


def load_toolbox(loader, index, data, position, documents):
    image = loader.image(
        f"Illustration: {data['title']}",
        draw_illustration(COLOURS[position % len(COLOURS)], "#ffd34d"),
        alt="",
    )
    related_pages = loader.pages_by_theme.get(data["theme"], [])[:RELATED_PER_TOOLBOX]
    return loader.page(
        index,
        ToolboxPage,
        data["slug"],
        title=data["title"],
        search_description=data["search_description"],
        theme=loader.registry[f"theme:{data['theme']}"],
        authoring_partner=loader.registry[f"partner:{data['partner']}"],
        audience=data["audience"],
        summary=data["summary"],
        audience_description=data["audience_description"],
        introduction=paragraphs_html(data["introduction"]),
        how_developed=paragraphs_html(data["how_developed"]),
        document=documents["en"],
        listing_image=image,
        steps=[
            ToolboxStep(
                title=step["title"],
                text=paragraphs_html(step["text"]),
                locale=index.locale,
                sort_order=number,
            )
            for number, step in enumerate(data["steps"])
        ],
        downloads=[
            ToolboxDownload(language=code, document=document, sort_order=number)
            for number, (code, document) in enumerate(documents.items())
        ],
        related_pages=[
            ToolboxRelatedPage(related=page, sort_order=number)
            for number, page in enumerate(related_pages)
        ],
    )


def load(loader):
    index = loader.page(
        loader.home(),
        ToolboxIndexPage,
        english.INDEX["slug"],
        title=english.INDEX["title"],
        search_description=english.INDEX["search_description"],
        introduction=paragraphs_html(english.INDEX["introduction"]),
        show_in_menus=True,
    )
    translations = {
        code: import_module(f"toolbox.demo.content_{code}") for code in LANGUAGES
    }
    french = {data["slug"]: data for data in translations["fr"].TOOLBOXES}
    french_documents = {}
    for position, data in enumerate(english.TOOLBOXES):
        documents = {
            "en": toolbox_pdf(loader, data, "en"),
            "fr": toolbox_pdf(loader, french[data["slug"]], "fr"),
        }
        french_documents[data["slug"]] = documents["fr"]
        toolbox = load_toolbox(loader, index, data, position, documents)
        loader.register(f"toolbox:{data['slug']}", toolbox, themes=[data["theme"]])

    by_slug = {data["slug"]: data for data in english.TOOLBOXES}
    for code, translated in translations.items():
        loader.translate(index, code, english.INDEX, translated.INDEX)
        for text in translated.TOOLBOXES:
            slug = text["slug"]
            # The French page offers the French PDF: an override of the
            # synchronised document field, as a translator would choose it.
            overrides = {"document": french_documents[slug].pk} if code == "fr" else {}
            loader.translate(
                loader.registry[f"toolbox:{slug}"],
                code,
                by_slug[slug],
                text,
                overrides=overrides,
            )
