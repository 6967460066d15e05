"""Demo toolboxes (data/toolbox*.yaml): the four Equalcity toolboxes, their steps
and PDF downloads."""

from pathlib import Path

from home.demo.loader import DemoData, field_values, pdf_document
from toolbox.models import (
    ToolboxDownload,
    ToolboxIndexPage,
    ToolboxPage,
    ToolboxRelatedPage,
    ToolboxStep,
)

ORDER = 30
DATA = Path(__file__).resolve().parent / "data"


def toolbox_pdf(loader, slug, strings, language_code):
    """The toolbox as a PDF in a language, drawn from its strings."""
    paragraphs = [
        strings["summary"],
        *strings["introduction"],
        *strings["how_developed"],
        *(
            line
            for number, step in enumerate(strings["steps"], start=1)
            for line in (f"{number}. {step['title']}", *step["text"])
        ),
    ]
    return loader.document(
        f"Toolbox: {strings['title']} ({language_code})",
        pdf_document(strings["title"], "Equalcity toolbox", paragraphs),
        f"equalcity-{slug}-{language_code}.pdf",
    )


def load_toolbox(loader, index, slug, data, documents):
    return loader.page(
        index,
        ToolboxPage,
        slug,
        data,
        theme=loader.registry[f"themes/{data['theme']}"],
        authoring_partner=loader.registry[f"partners/{data['partner']}"],
        document=documents["en"],
        listing_image=loader.illustration(data["illustration"]),
        steps=[
            ToolboxStep(
                **field_values(ToolboxStep, step),
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
            ToolboxRelatedPage(related=loader.registry[key], sort_order=number)
            for number, key in enumerate(data["related_pages"])
        ],
    )


def load(loader):
    data = DemoData(DATA / "toolbox.yaml")
    [(slug, index_data)] = data.items("index")
    index = loader.page(loader.home(), ToolboxIndexPage, slug, index_data)
    loader.register(f"index/{slug}", index)
    # A PDF per language of `downloads`, drawn from that language's strings.
    documents = {}
    for slug, item in data.items("toolboxes"):
        documents[slug] = {
            code: toolbox_pdf(loader, slug, data.strings(code, "toolboxes", slug), code)
            for code in item["downloads"]
        }
        toolbox = load_toolbox(loader, index, slug, item, documents[slug])
        loader.register(f"toolboxes/{slug}", toolbox)

    def overrides(code, key):
        """A translation offers the PDF in its language, as a translator would
        choose it for the synchronised document field."""
        section, slug = key.split("/")
        if section == "toolboxes" and code in documents[slug]:
            return {"document": documents[slug][code].pk}
        return None

    loader.translate_data(data, overrides)
