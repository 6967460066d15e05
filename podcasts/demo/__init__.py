"""Demo podcast: the show and its episodes, with short real audio files."""

import datetime
from importlib import import_module
from pathlib import Path

from home.demo.loader import draw_illustration, paragraphs_html, stream_data
from podcasts.models import PodcastEpisodePage, PodcastIndexPage

from . import content_en as english

ORDER = 10
AUDIO_DIR = Path(__file__).resolve().parent / "audio"
# French has everything; Arabic the show and one episode.
LANGUAGES = ["fr", "ar"]


def parse_duration(text):
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds)


def load_index(loader, home):
    artwork = loader.image(
        "Equalcity podcast artwork",
        draw_illustration("#0b4f6c", "#ffd34d"),
        size=(1400, 1400),
        alt="",
    )
    return loader.page(
        home,
        PodcastIndexPage,
        english.INDEX["slug"],
        title=english.INDEX["title"],
        search_description=english.INDEX["search_description"],
        description=english.INDEX["description"],
        artwork=artwork,
        listing_image=artwork,
        owner_name="IOM Belgium and Luxembourg",
        owner_email="epalmero@iom.int",
        show_in_menus=True,
    )


def load_episode(loader, index, data):
    audio = loader.document(
        f"Podcast audio: {data['title']}",
        (AUDIO_DIR / data["audio"]).read_bytes(),
        data["audio"],
    )
    episode = loader.page(
        index,
        PodcastEpisodePage,
        data["slug"],
        title=data["title"],
        search_description=data["search_description"],
        date=datetime.date.fromisoformat(data["date"]),
        audio=audio,
        duration=parse_duration(data["duration"]),
        season_number=data["season_number"],
        episode_number=data["episode_number"],
        summary=data["summary"],
        show_notes=paragraphs_html(data["show_notes"]),
        transcript=paragraphs_html(data["transcript"]),
        platform_links=stream_data(
            [
                ("link", {"platform": name, "url": url})
                for name, url in data["platform_links"]
            ]
        ),
        listing_image=index.artwork,
        guests=[loader.registry[f"person:{key}"] for key in data["guests"]],
        themes=[loader.registry[f"theme:{key}"] for key in data["themes"]],
    )
    return loader.register(f"episode:{data['slug']}", episode, themes=data["themes"])


def load(loader):
    home = loader.home()
    index = load_index(loader, home)
    episodes = {
        data["slug"]: load_episode(loader, index, data) for data in english.EPISODES
    }
    for code in LANGUAGES:
        translated = import_module(f"podcasts.demo.content_{code}")
        loader.translate(index, code, english.INDEX, translated.INDEX)
        by_slug = {data["slug"]: data for data in english.EPISODES}
        for text in translated.EPISODES:
            source = by_slug[text["slug"]]
            loader.translate(episodes[text["slug"]], code, source, text)
