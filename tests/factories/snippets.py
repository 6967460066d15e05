"""Factories for the shared snippets: themes, people, partners, trainee cities."""

from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory

from home.models import Partner, Person, Theme, TraineeCity


def english():
    return Locale.objects.get(language_code="en")


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = factory.Faker("sentence")
    locale = factory.LazyFunction(english)

    class Meta:
        model = Theme


class PersonFactory(DjangoModelFactory):
    name = factory.Faker("name")
    role = factory.Faker("job")
    organisation = "IOM"
    bio = factory.Faker("sentence")
    locale = factory.LazyFunction(english)

    class Meta:
        model = Person


class PartnerFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    city = "Brussels"
    country = "BE"
    locale = factory.LazyFunction(english)

    class Meta:
        model = Partner


class TraineeCityFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"City {n}")
    country = "BE"

    class Meta:
        model = TraineeCity
