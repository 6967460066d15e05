"""Demo themes, people, partners and trainee cities, with their translations
(data/taxonomy*.yaml)."""

from pathlib import Path

from home.models import Partner, Person, Theme, TraineeCity

from .loader import DemoData, draw_logo, field_values

DATA = Path(__file__).resolve().parent / "data"


def snippet(loader, model, lookup, data, **fields):
    """The English snippet matching `lookup`: created and published when missing."""
    instance = model.objects.filter(locale=loader.locale("en"), **lookup).first()
    if instance is None:
        values = {**field_values(model, data), **fields, **lookup}
        instance = model.objects.create(locale=loader.locale("en"), **values)
        instance.save_revision(log_action=False).publish(log_action=False)
        loader.log(f"created {model._meta.verbose_name} “{instance}”")
    return instance


def load_theme(loader, slug, data):
    # News pages without an image of their own show their theme's illustration.
    loader.register(f"illustrations/{slug}", loader.illustration(data["illustration"]))
    return snippet(loader, Theme, {"slug": slug}, data)


def load_person(loader, slug, data):
    return snippet(loader, Person, {"name": data["name"]}, data)


def load_partner(loader, slug, data):
    name = data["name"]
    logo = loader.image(
        f"Logo: {name}", draw_logo(name, data["logo"]), size=(640, 320), alt=name
    )
    return snippet(loader, Partner, {"name": name}, data, logo=logo)


def load_trainee_cities(loader, cities):
    existing = set(TraineeCity.objects.values_list("name", "country"))
    new = [
        TraineeCity(name=name, country=country)
        for country, names in cities.items()
        for name in names
        if (name, country) not in existing
    ]
    TraineeCity.objects.bulk_create(new)
    if new:
        loader.log(f"added {len(new)} trainee cities")


def load(loader):
    data = DemoData(DATA / "taxonomy.yaml")
    for section, load_one in [
        ("themes", load_theme),
        ("people", load_person),
        ("partners", load_partner),
    ]:
        for slug, item in data.items(section):
            loader.register(f"{section}/{slug}", load_one(loader, slug, item))
    load_trainee_cities(loader, data.english["trainee_cities"])
    loader.translate_data(data)
