"""Demo news: the 2021 workshops, webinars and closing conference, the
"Frontline Workers in the Spotlight" interviews, articles and the newsletter."""

import datetime
import uuid
from importlib import import_module
from zoneinfo import ZoneInfo

from home.demo.loader import (
    draw_illustration,
    paragraphs_html,
    pdf_document,
    stream_data,
)
from news.models import (
    ArticlePage,
    EventPage,
    InterviewPage,
    NewsIndexPage,
    NewsletterIssuePage,
)

from . import content_en as english

ORDER = 20
LANGUAGES = ["fr", "ar"]
THEME_COLOURS = {
    "migrant-women-and-girls": ("#0b4f6c", "#f2a65a"),
    "migrant-parents": ("#1d6b3a", "#f5d76e"),
    "lgbtqi-people": ("#6b3fa0", "#f7b2d9"),
    "unaccompanied-migrant-children": ("#8a3b12", "#ffd34d"),
}


def body(blocks):
    """StreamField data from the demo's [["heading", text], ["paragraph", [...]]]."""
    return stream_data(
        [
            ("heading", {"text": value, "level": "h2"})
            if block_type == "heading"
            else (block_type, value)
            for block_type, value in blocks
        ]
    )


def theme_image(loader, themes):
    theme = themes[0] if themes else "migrant-women-and-girls"
    colour, accent = THEME_COLOURS[theme]
    name = loader.registry[f"theme:{theme}"].name
    return loader.image(
        f"Illustration: {name}", draw_illustration(colour, accent), alt=""
    )


def related(loader, keys, prefix):
    return [loader.registry[f"{prefix}:{key}"] for key in keys]


def aware(text, zone):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def load_event(loader, index, data):
    image = theme_image(loader, data["themes"])
    event = loader.page(
        index,
        EventPage,
        data["slug"],
        title=data["title"],
        search_description=data["search_description"],
        date=datetime.date.fromisoformat(data["date"]),
        event_type=data["event_type"],
        start=aware(data["start"], data["time_zone"]),
        end=aware(data["end"], data["time_zone"]),
        time_zone=data["time_zone"],
        event_format=data["event_format"],
        venue=data["venue"],
        address=data["address"],
        registration_url=data["registration_url"],
        contact=data["contact"],
        summary=data["summary"],
        body=body(data["body"]),
        image=image,
        listing_image=image,
        themes=related(loader, data["themes"], "theme"),
        speakers=related(loader, data["speakers"], "person"),
    )
    return loader.register(f"event:{data['slug']}", event, themes=data["themes"])


def load_interview(loader, index, data):
    image = theme_image(loader, data["themes"])
    interviewee = data["interviewee"]
    interview = loader.page(
        index,
        InterviewPage,
        data["slug"],
        title=data["title"],
        search_description=data["search_description"],
        date=datetime.date.fromisoformat(data["date"]),
        interviewee=loader.registry[f"person:{interviewee}"] if interviewee else None,
        anonymous_role=data["anonymous_role"],
        anonymous_city=data["anonymous_city"],
        campaign=data["campaign"],
        summary=data["summary"],
        questions=[
            {
                "type": "question",
                "id": str(uuid.uuid4()),
                "value": {"question": question, "answer": paragraphs_html(answer)},
            }
            for question, answer in data["questions"]
        ],
        listing_image=image,
        themes=related(loader, data["themes"], "theme"),
    )
    return loader.register(
        f"interview:{data['slug']}", interview, themes=data["themes"]
    )


def load_article(loader, index, data):
    image = theme_image(loader, data["themes"])
    article = loader.page(
        index,
        ArticlePage,
        data["slug"],
        title=data["title"],
        search_description=data["search_description"],
        date=datetime.date.fromisoformat(data["date"]),
        summary=data["summary"],
        body=body(data["body"]),
        image=image,
        listing_image=image,
        themes=related(loader, data["themes"], "theme"),
    )
    return loader.register(f"article:{data['slug']}", article, themes=data["themes"])


def newsletter_sections(loader, sections):
    data = []
    for section in sections:
        call_to_action = []
        if section["cta_url"]:
            call_to_action = [
                {
                    "type": "call_to_action",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "heading": section["cta_heading"],
                        "text": section["cta_text"],
                        "page": None,
                        "external_url": section["cta_url"],
                        "link_text": section["cta_link_text"],
                    },
                }
            ]
        data.append(
            {
                "type": "section",
                "id": str(uuid.uuid4()),
                "value": {
                    "heading": section["heading"],
                    "text": paragraphs_html(section["text"]),
                    "image": {"image": None, "decorative": False, "alt_text": ""},
                    "call_to_action": call_to_action,
                    "linked_pages": [
                        loader.registry[key].pk for key in section["links"]
                    ],
                },
            }
        )
    return data


def load_newsletter(loader, index, data):
    paragraphs = [*data["introduction"]]
    for section in data["sections"]:
        paragraphs += [section["heading"].upper(), *section["text"]]
    pdf = loader.document(
        f"Newsletter {data['number']} (PDF)",
        pdf_document(data["title"], data["date"][:4], paragraphs),
        f"equalcity-newsletter-{data['number']}.pdf",
    )
    image = loader.image(
        "Illustration: newsletter", draw_illustration("#0b4f6c", "#f2a65a"), alt=""
    )
    newsletter = loader.page(
        index,
        NewsletterIssuePage,
        data["slug"],
        title=data["title"],
        search_description=data["search_description"],
        number=data["number"],
        date=datetime.date.fromisoformat(data["date"]),
        introduction=paragraphs_html(data["introduction"]),
        sections=newsletter_sections(loader, data["sections"]),
        pdf=pdf,
        listing_image=image,
        themes=[loader.registry[f"theme:{slug}"] for slug in THEME_COLOURS],
    )
    return loader.register(f"newsletter:{data['slug']}", newsletter)


def load(loader):
    index = loader.page(
        loader.home(),
        NewsIndexPage,
        english.INDEX["slug"],
        title=english.INDEX["title"],
        search_description=english.INDEX["search_description"],
        introduction=paragraphs_html(english.INDEX["introduction"]),
        show_in_menus=True,
    )
    loaders = [
        ("EVENTS", load_event),
        ("INTERVIEWS", load_interview),
        ("ARTICLES", load_article),
    ]
    pages = {}
    for name, load_one in loaders:
        for data in getattr(english, name):
            pages[(name, data["slug"])] = (data, load_one(loader, index, data))
    newsletter = load_newsletter(loader, index, english.NEWSLETTER)

    for code in LANGUAGES:
        translated = import_module(f"news.demo.content_{code}")
        loader.translate(index, code, english.INDEX, translated.INDEX)
        for name, _load_one in loaders:
            for text in getattr(translated, name):
                source, page = pages[(name, text["slug"])]
                loader.translate(page, code, source, text)
        if hasattr(translated, "NEWSLETTER"):
            loader.translate(
                newsletter, code, english.NEWSLETTER, translated.NEWSLETTER
            )
