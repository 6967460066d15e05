"""Demo news (data/news*.yaml): the 2021 workshops, webinars and closing conference,
the "Frontline Workers in the Spotlight" interviews, articles and the newsletter."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from home.demo.loader import DemoData, pdf_document
from news.models import (
    ArticlePage,
    EventPage,
    InterviewPage,
    NewsIndexPage,
    NewsletterIssuePage,
)

ORDER = 20
DATA = Path(__file__).resolve().parent / "data"


def aware(text, zone):
    return datetime.datetime.fromisoformat(str(text)).replace(tzinfo=ZoneInfo(zone))


def news_page(loader, index, model, slug, data, **fields):
    """A news page, pictured with the illustration of its first theme."""
    image = loader.registry[f"illustrations/{data['themes'][0]}"]
    fields = {
        "image": image,
        "listing_image": image,
        "themes": loader.lookup("themes", data["themes"]),
        **fields,
    }
    return loader.page(index, model, slug, data, **fields)


def load_event(loader, index, slug, data):
    zone = data["time_zone"]
    return news_page(
        loader,
        index,
        EventPage,
        slug,
        data,
        start=aware(data["start"], zone),
        end=aware(data["end"], zone),
        speakers=loader.lookup("people", data.get("speakers", [])),
    )


def load_interview(loader, index, slug, data):
    interviewee = data.get("interviewee")
    return news_page(
        loader,
        index,
        InterviewPage,
        slug,
        {**data, "questions": [{"question": item} for item in data["questions"]]},
        interviewee=loader.registry[f"people/{interviewee}"] if interviewee else None,
        image=None,  # an interview shows its picture in listings only
    )


def load_article(loader, index, slug, data):
    return news_page(loader, index, ArticlePage, slug, data)


def newsletter_section(loader, section):
    """A section block as the editor leaves it: no image, links and call to action
    only where the data has them."""
    call_to_action = section.get("call_to_action")
    return {
        "section": {
            "heading": section["heading"],
            "text": section["text"],
            "image": {"image": None, "decorative": False, "alt_text": ""},
            "call_to_action": (
                [{"call_to_action": {"page": None, **call_to_action}}]
                if call_to_action
                else []
            ),
            "linked_pages": [
                loader.registry[key].pk for key in section.get("linked_pages", [])
            ],
        }
    }


def load_newsletter(loader, index, slug, data):
    paragraphs = [*data["introduction"]]
    for section in data["sections"]:
        paragraphs += [section["heading"].upper(), *section["text"]]
    pdf = loader.document(
        f"Newsletter {data['number']} (PDF)",
        pdf_document(data["title"], str(data["date"].year), paragraphs),
        f"equalcity-newsletter-{data['number']}.pdf",
    )
    image = loader.illustration(data["illustration"])
    sections = [newsletter_section(loader, section) for section in data["sections"]]
    return loader.page(
        index,
        NewsletterIssuePage,
        slug,
        {**data, "sections": sections},
        pdf=pdf,
        listing_image=image,
        themes=loader.lookup("themes", data["themes"]),
    )


SECTIONS = {
    "events": load_event,
    "interviews": load_interview,
    "articles": load_article,
    "newsletters": load_newsletter,
}


def load(loader):
    data = DemoData(DATA / "news.yaml")
    [(slug, index_data)] = data.items("index")
    index = loader.page(loader.home(), NewsIndexPage, slug, index_data)
    loader.register(f"index/{slug}", index)
    for section, load_one in SECTIONS.items():
        for slug, item in data.items(section):
            loader.register(f"{section}/{slug}", load_one(loader, index, slug, item))
    loader.translate_data(data)
