"""Thin tags for the site-wide components; the queries live in home.selectors."""

from django import template

from wagtail import hooks

from home import selectors
from home.models import ContactPage, SiteSettings, SustainableDevelopmentGoal
from home.web.metadata import page_metadata

register = template.Library()


@register.inclusion_tag("components/site_header.html", takes_context=True)
def site_header(context):
    request = context["request"]
    page = context.get("page")
    return {
        "navigation": selectors.navigation(request, page),
        "versions": selectors.language_versions(request, page),
    }


@register.inclusion_tag("components/quick_exit_button.html", takes_context=True)
def quick_exit(context):
    request = context["request"]
    safety_page = selectors.settings_pages(request)["safety"]
    return {
        "quick_exit_url": SiteSettings.for_request(request).quick_exit_url,
        "safety_url": safety_page.get_url(request) if safety_page else "",
    }


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    footer_pages = [
        page for page in selectors.settings_pages(request).values() if page is not None
    ]
    contact_page = selectors.section_index(selectors.request_home(request), ContactPage)
    return {
        "request": request,
        "site_settings": site_settings,
        "contact_url": contact_page.get_url(request) if contact_page else "",
        "footer_links": [(page.title, page.get_url(request)) for page in footer_pages],
        "sdgs": [
            (goal.value, SustainableDevelopmentGoal(goal.value).label)
            for goal in site_settings.sdgs
        ],
    }


@register.inclusion_tag("components/meta.html", takes_context=True)
def page_meta(context):
    """Description, canonical, hreflang, OpenGraph, Twitter card and JSON-LD."""
    request = context["request"]
    page = context.get("page")
    return {
        "page": page,
        "meta": page_metadata(request, page),
        "feeds": [
            feed
            for hook in hooks.get_hooks("head_feed_links")
            for feed in hook(request)
        ],
    }
