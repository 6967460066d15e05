from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import locales, selectors
from .models import Partner, Person, Theme, TraineeCity


@hooks.register("before_serve_page")
def serve_only_in_own_language(page, request, serve_args, serve_kwargs):
    """Answer 404 where a page would be served under another language's prefix.

    Wagtail routes /de/… through `root_page.localized`, which falls back to the
    English home page when there is no live German one: English content would
    then appear under /de/ as if it were German.
    """
    language = get_supported_content_language_variant(translation.get_language())
    locale = locales.by_code().get(language)
    if locale is None or page.locale_id != locale.pk:
        raise Http404


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", "locale"]
    list_filter = ["locale"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "role", "city", "country", "locale"]
    list_filter = ["locale", "role", "country"]


class TraineeCityViewSet(SnippetViewSet):
    model = TraineeCity
    icon = "site"
    list_display = ["name", "country"]
    list_filter = ["country"]
    list_per_page = 100


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Themes and people")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, PersonViewSet, PartnerViewSet, TraineeCityViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("home_page_sections")
def partners_and_trainee_cities(home_page, request):
    return {
        "order": 90,
        "template": "home/sections/partners.html",
        "partners": selectors.partners_for_display(home_page.locale),
        "stats": selectors.trainee_city_stats(),
    }
