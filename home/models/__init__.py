from .contact import ContactFormField, ContactPage
from .pages import BasePage, HomePage, StandardPage
from .settings import SiteSettings, SustainableDevelopmentGoal
from .snippets import (
    EuropeanCountries,
    Partner,
    Person,
    ReviewedSnippet,
    Theme,
    TraineeCity,
)

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactPage",
    "EuropeanCountries",
    "HomePage",
    "Partner",
    "Person",
    "ReviewedSnippet",
    "SiteSettings",
    "StandardPage",
    "SustainableDevelopmentGoal",
    "Theme",
    "TraineeCity",
]
