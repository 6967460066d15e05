"""Demo themes, people, partners and trainee cities, with their translations."""

from importlib import import_module

from home.models import Partner, Person, Theme, TraineeCity

from . import taxonomy_en as english
from .loader import draw_logo

TRANSLATED_LANGUAGES = ["fr", "ar"]
LOGO_COLOURS = ["#0b4f6c", "#b3261e", "#1d6b3a", "#6b3fa0", "#8a5a00"]


def _translatable(loader, model, lookup, fields):
    instance = model.objects.filter(locale=loader.locale("en"), **lookup).first()
    if instance is None:
        instance = model.objects.create(locale=loader.locale("en"), **lookup, **fields)
        instance.save_revision(log_action=False).publish(log_action=False)
        loader.log(f"created {model._meta.verbose_name} “{instance}”")
    return instance


def load_themes(loader):
    for data in english.THEMES:
        theme = _translatable(
            loader,
            Theme,
            {"slug": data["slug"]},
            {"name": data["name"], "description": data["description"]},
        )
        loader.register(f"theme:{data['slug']}", theme)


def load_people(loader):
    for data in english.PERSONS:
        person = _translatable(
            loader,
            Person,
            {"name": data["name"]},
            {
                "role": data["role"],
                "organisation": data["organisation"],
                "bio": data["bio"],
            },
        )
        loader.register(f"person:{data['key']}", person)


def load_partners(loader):
    for position, data in enumerate(english.PARTNERS):
        logo = loader.image(
            f"Logo: {data['name']}",
            draw_logo(data["name"], LOGO_COLOURS[position % len(LOGO_COLOURS)]),
            size=(640, 320),
            alt=data["name"],
        )
        partner = _translatable(
            loader,
            Partner,
            {"name": data["name"]},
            {
                "city": data["city"],
                "country": data["country"],
                "role": data["role"],
                "website": data["website"],
                "description": data["description"],
                "sort_order": data["sort_order"],
                "logo": logo,
            },
        )
        loader.register(f"partner:{data['key']}", partner)


def load_trainee_cities(loader):
    existing = set(TraineeCity.objects.values_list("name", "country"))
    new = [
        TraineeCity(name=name, country=country)
        for name, country in english.TRAINEE_CITIES
        if (name, country) not in existing
    ]
    TraineeCity.objects.bulk_create(new)
    if new:
        loader.log(f"added {len(new)} trainee cities")


def translate_taxonomy(loader):
    for code in TRANSLATED_LANGUAGES:
        translated = import_module(f"home.demo.taxonomy_{code}")
        for kind, source, target in (
            ("theme", english.THEMES, translated.THEMES),
            ("person", english.PERSONS, translated.PERSONS),
            ("partner", english.PARTNERS, translated.PARTNERS),
        ):
            for data, text in zip(source, target, strict=True):
                key = data["slug"] if kind == "theme" else data["key"]
                instance = loader.registry[f"{kind}:{key}"]
                loader.translate(instance, code, data, text)


def load(loader):
    load_themes(loader)
    load_people(loader)
    load_partners(loader)
    load_trainee_cities(loader)
    translate_taxonomy(loader)
