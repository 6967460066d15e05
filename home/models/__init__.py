from .pages import BasePage, HomePage, StandardPage
from .settings import SiteSettings, SustainableDevelopmentGoal
from .snippets import Country, Partner, Person, Theme, TraineeCity

__all__ = [
    "BasePage",
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
