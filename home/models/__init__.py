from .contact import ContactFormField, ContactNotification, ContactPage
from .mail import OutgoingEmail
from .pages import BasePage, HomePage, StandardPage, TextPage
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
    "ContactNotification",
    "ContactPage",
    "EuropeanCountries",
    "HomePage",
    "OutgoingEmail",
    "Partner",
    "Person",
    "ReviewedSnippet",
    "SiteSettings",
    "StandardPage",
    "TextPage",
    "SustainableDevelopmentGoal",
    "Theme",
    "TraineeCity",
]
