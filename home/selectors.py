"""Queries the site-wide templates need: navigation, language versions, homes."""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import (
    Case,
    Count,
    Q,
    QuerySet,
    Value,
    When,
    prefetch_related_objects,
)
from django.utils import translation
from django.utils.translation import get_language_info

from wagtail.models import Page, Site

from home import locales
from home.addresses import absolute_url
from home.generation import shared
from home.models import Partner, SiteSettings, Theme, TraineeCity
from home.request_memo import memoized
from home.restrictions import public


def default_locale():
    """The source (English) Locale."""
    return locales.by_code()[settings.LANGUAGE_CODE]


def request_locale(request):
    """The Locale of the language the visitor asked for (the URL's prefix, set by
    LocaleMiddleware), or the default locale."""
    code = getattr(request, "LANGUAGE_CODE", None) or translation.get_language()
    return locales.by_code().get(code) or default_locale()


def home_page_for(request, locale):
    """The live home page of the request's site in `locale`."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return shared(("home", site.pk, locale.pk), lambda: _home_page(site, locale))


def request_home(request):
    """The live home page in the language the visitor asked for."""
    return home_page_for(request, request_locale(request))


def section_index(home, model):
    """The live `model` index page (news, podcast...) below the `home` page."""
    if home is None:
        return None
    return shared(
        ("index", model._meta.label_lower, home.pk),
        lambda: public(model.objects.child_of(home).live()).first(),
    )


def _home_page(site, locale):
    root = site.root_page.specific
    if root.locale_id == locale.id:
        return root if root.live else None
    return root.get_translations().filter(locale=locale).live().specific().first()


def navigation(request, current_page=None):
    """The current home page and the main navigation items below it.

    An item is marked current when the visitor is on it or below it.
    """
    home = request_home(request)
    if home is None:
        return {"home": None, "items": []}
    current_path = getattr(current_page, "url_path", "")
    menu = shared(
        ("menu", home.pk),
        lambda: [
            (page.title, page.get_url(request), page.url_path)
            for page in public(home.get_children().live().in_menu())
        ],
    )
    items = [
        {
            "title": title,
            "url": url,
            "current": current_path.startswith(url_path),
            "exact": current_path == url_path,
        }
        for title, url, url_path in menu
    ]
    return {"home": home, "home_url": home.get_url(request), "items": items}


def language_versions(request, page=None):
    """Languages in which `page` (or, outside pages, the home page) is live.

    Each item has the language code, its name in that language, the URL of the
    page in it (relative and absolute) and whether it is the current language.
    The same for every visitor of a page: read once per content generation
    (a preview reads afresh), and kept for the request, as the header and the
    head both use it.
    """
    page_pk = getattr(page, "pk", None)

    def read():
        if getattr(request, "is_preview", False) or (page and page_pk is None):
            return _language_versions(request, page)
        site = Site.find_for_request(request)
        key = ("language-versions", getattr(site, "pk", None))
        key += (request_locale(request).pk, page_pk)
        return shared(key, lambda: _language_versions(request, page))

    return memoized(("language-versions", page_pk), read)


def _language_versions(request, page):
    active = request_locale(request)
    page = page or home_page_for(request, active)
    if page is None:
        return []
    translations = public(
        page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .order_by("locale__language_code")
    )
    versions = []
    for version in translations:
        code = version.locale.language_code
        url = version.get_url(request)
        if not url:
            continue
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": absolute_url(url),
                "current": code == active.language_code,
            }
        )
    source = settings.LANGUAGE_CODE
    return sorted(versions, key=lambda item: (item["code"] != source, item["code"]))


def localized_instances(instances, locale):
    """What visitors may see of `instances` in `locale`, in one query.

    For translatable snippets and pages linked from a page (themes, guests,
    related pages). Each instance becomes its live version in `locale`, or
    else its live English (source) version; an instance whose English version
    is not live is left out, so that no translation appears before its source
    and no draft appears at all. Each instance gets `language_code`, the
    language of its words, so that templates can mark an untranslated one with
    `lang`.
    """
    instances = [instance for instance in instances if instance is not None]
    if not instances:
        return []
    source = default_locale()
    model = type(instances[0]).get_translation_model()
    versions = model.objects.filter(
        translation_key__in={instance.translation_key for instance in instances},
        locale__in={locale.pk, source.pk},
        live=True,
    )
    if issubclass(model, Page):
        versions = public(versions).specific()
    by_key = {
        (version.translation_key, version.locale_id): version for version in versions
    }
    localized = []
    for instance in instances:
        english = by_key.get((instance.translation_key, source.pk))
        if english is None:
            continue
        version = by_key.get((instance.translation_key, locale.pk), english)
        version.language_code = language_code_of(version)
        localized.append(version)
    if issubclass(model, Page):
        # Cards show each page's listing image.
        prefetch_related_objects(localized, "listing_image")
    return localized


def localized_instance(instance, locale):
    """`localized_instances` for one instance: its visible version, or None."""
    return next(iter(localized_instances([instance], locale)), None)


def localized_pks(model, pks, locale):
    """`localized_instances` of the `model` rows `pks`, without reading the
    rows themselves first: for foreign keys and chosen items. `pks` is a list
    (kept in its order) or a queryset of pks (a subquery: the model's order),
    such as the choices of a many-to-many field."""
    if isinstance(pks, QuerySet):
        chosen = pks
    else:
        pks = [pk for pk in pks if pk is not None]
        if not pks:
            return []
        chosen = pks
    source = default_locale()
    model = model.get_translation_model()
    keys = model.objects.filter(pk__in=chosen).values("translation_key")
    visible = Q(translation_key__in=keys, locale__in={locale.pk, source.pk}, live=True)
    # The chosen rows themselves come along (whatever their state) for their keys.
    rows = model.objects.filter(visible | Q(pk__in=chosen)).annotate(
        chosen=Case(When(pk__in=chosen, then=Value(True)), default=Value(False))
    )
    if issubclass(model, Page):
        rows = public(rows).specific()
    rows = list(rows)
    if isinstance(pks, QuerySet):
        pks = [row.pk for row in rows if row.chosen]
    key_of = {row.pk: row.translation_key for row in rows}
    by_key = {
        (row.translation_key, row.locale_id): row
        for row in rows
        if row.live and row.locale_id in {locale.pk, source.pk}
    }
    localized = []
    for pk in pks:
        key = key_of.get(pk)
        english = by_key.get((key, source.pk))
        if english is None:
            continue
        version = by_key.get((key, locale.pk), english)
        version.language_code = language_code_of(version)
        localized.append(version)
    if issubclass(model, Page):
        prefetch_related_objects(localized, "listing_image")
    return localized


def localized_choices(manager, locale):
    """`localized_pks` of the items chosen in a many-to-many field (`manager`,
    e.g. `page.themes`): one query for a saved page; a preview's choices,
    held in memory, in their order."""
    chosen = manager.all()
    if isinstance(chosen, QuerySet):
        pks = chosen.values("pk")
    else:
        pks = [item.pk for item in chosen]
    return localized_pks(manager.model, pks, locale)


def localized_pk(model, pk, locale):
    """`localized_pks` for one row: its visible version, or None."""
    return next(iter(localized_pks(model, [pk], locale)), None)


def localized_all(model, locale):
    """Every live English `model` snippet as `localized_instances` shows it, in
    the model's order, in one query."""
    source = default_locale()
    english = model.objects.filter(locale=source, live=True)
    rows = list(
        model.objects.filter(
            translation_key__in=english.values("translation_key"),
            locale__in={locale.pk, source.pk},
            live=True,
        )
    )
    by_key = {(row.translation_key, row.locale_id): row for row in rows}
    localized = []
    for row in rows:
        if row.locale_id != source.pk:
            continue
        version = by_key.get((row.translation_key, locale.pk), row)
        version.language_code = language_code_of(version)
        localized.append(version)
    return localized


def theme_options(locale):
    """The themes of every filter (news, toolboxes, search), in `locale` where
    translated: one list everywhere, English where a theme has no live
    translation (marked with `lang`), in the order of their names. The same
    for every visitor: read once per content generation."""
    return shared(
        ("theme-options", locale.pk),
        lambda: sorted(
            localized_all(Theme, locale), key=lambda theme: theme.name.casefold()
        ),
    )


def language_code_of(instance):
    """The language code of a translatable instance, without a query per item
    (the site's few locales are read once per request)."""
    return locales.codes_by_pk().get(instance.locale_id, settings.LANGUAGE_CODE)


def settings_pages(request):
    """The privacy and safety pages chosen in site settings, in the visitor's
    language where they are live in it: {"privacy": page, "safety": page}."""
    locale = request_locale(request)

    def pages():
        site_settings = SiteSettings.for_request(request)
        chosen = {
            "privacy": site_settings.privacy_page,
            "safety": site_settings.safety_page,
        }
        present = {name: page for name, page in chosen.items() if page is not None}
        localized = dict(
            zip(present, localized_instances(present.values(), locale), strict=True)
        )
        return {name: localized.get(name) for name in chosen}

    site = Site.find_for_request(request)
    return shared(("settings-pages", getattr(site, "pk", None), locale.pk), pages)


def children_with_source_fallback(index, *page_types, model=Page):
    """Live children of `index`, plus untranslated ones of its English original.

    A page with no live translation in the visitor's language still appears in
    the listing, in English, so that templates can label it "available in
    English" and link to the English page. With `model`, the result is a
    queryset of that page type.
    """
    pages = public(model.objects.live())
    if page_types:
        pages = pages.type(*page_types)
    own = Q(path__startswith=index.path, depth=index.depth + 1)
    source_locale = default_locale()
    if index.locale_id == source_locale.id:
        return pages.filter(own)
    source_index = shared(
        ("source-index", index.translation_key),
        lambda: (
            index.get_translations()
            .filter(locale=source_locale)
            .values("path", "depth")
            .first()
        ),
    )
    if source_index is None:
        return pages.filter(own)
    translated = Page.objects.filter(own, live=True).values("translation_key")
    fallback = Q(
        path__startswith=source_index["path"], depth=source_index["depth"] + 1
    ) & ~Q(translation_key__in=translated)
    return pages.filter(own | fallback)


def rounded_down(number):
    """70 for 73 (shown as "70+"): round figures for the home page."""
    return number if number < 10 else number - number % 10


def trainee_city_stats():
    """How many trainee cities and countries, counted from TraineeCity rows
    once per content generation."""
    counts = shared(
        "trainee-city-counts",
        lambda: TraineeCity.objects.filter(live=True).aggregate(
            cities=Count("pk"), countries=Count("country", distinct=True)
        ),
    )
    return {
        "cities": rounded_down(counts["cities"]),
        "cities_exact": counts["cities"],
        "countries": rounded_down(counts["countries"]),
        "countries_exact": counts["countries"],
    }


def partners_for_display(locale):
    """Partners in `locale` (English where not translated)."""
    partners = localized_all(Partner, locale)
    prefetch_related_objects(partners, "logo__renditions")
    return partners


def filter_query(selected):
    """The urlencoded query of a listing's chosen filters (`selected`, a dict),
    for page links and "Clear filters"; "" when none is chosen."""
    return urlencode({name: value for name, value in selected.items() if value})


def slug_param(request, name):
    """A slug from the query string, or "" when it is not a slug (e.g. has NUL)."""
    value = request.GET.get(name, "")
    return value if re.fullmatch(r"[-\w]{1,100}", value) else ""
