"""Demo podcast (data/podcasts*.yaml): the show and its episodes, with short real
audio files (audio/)."""

import datetime
from pathlib import Path

from home.demo.loader import DemoData
from podcasts.models import PodcastEpisodePage, PodcastIndexPage

ORDER = 10
DATA = Path(__file__).resolve().parent / "data"
AUDIO_DIR = Path(__file__).resolve().parent / "audio"


def parse_duration(text):
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds)


def load_index(loader, slug, data):
    artwork = loader.illustration(data["artwork"])
    return loader.page(
        loader.home(),
        PodcastIndexPage,
        slug,
        data,
        artwork=artwork,
        listing_image=artwork,
    )


def load_episode(loader, index, slug, data):
    audio = loader.document(
        f"Podcast audio: {data['title']}",
        (AUDIO_DIR / data["audio"]).read_bytes(),
        data["audio"],
    )
    return loader.page(
        index,
        PodcastEpisodePage,
        slug,
        data,
        audio=audio,
        duration=parse_duration(data["duration"]),
        listing_image=index.artwork,
        guests=loader.lookup("people", data["guests"]),
        themes=loader.lookup("themes", data["themes"]),
    )


def load(loader):
    data = DemoData(DATA / "podcasts.yaml")
    [(slug, index_data)] = data.items("index")
    index = loader.register(f"index/{slug}", load_index(loader, slug, index_data))
    for slug, item in data.items("episodes"):
        loader.register(f"episodes/{slug}", load_episode(loader, index, slug, item))
    loader.translate_data(data)
