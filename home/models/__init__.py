from .contact import ContactFormField, ContactPage
from .pages import BasePage, HomePage, StandardPage
from .settings import SiteSettings, SustainableDevelopmentGoal
from .snippets import Country, Partner, Person, Theme, TraineeCity

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactPage",
    "Country",
    "HomePage",
    "Partner",
    "Person",
    "SiteSettings",
    "StandardPage",
    "SustainableDevelopmentGoal",
    "Theme",
    "TraineeCity",
]
