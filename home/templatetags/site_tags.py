"""Thin tags for the site-wide components; the queries live in home.selectors."""

import time

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from wagtail import hooks

from home import generation, selectors
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


@register.filter
def page_numbers(page_obj):
    """The page numbers a pagination links: the first and the last, and two
    each side of the current page; the gaps between are the paginator's
    ELLIPSIS. A long listing (the news: hundreds of pages) stays a short list
    of links to read and to render."""
    return page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=2, on_ends=1
    )


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, parts, every=None):
        self.nodelist = nodelist
        self.parts = parts
        self.every = every

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or getattr(request, "is_preview", False)
            or not generation.SHARED_FRAGMENTS
        ):
            return self.nodelist.render(context)
        parts = [str(part.resolve(context)) for part in self.parts]
        if self.every:
            parts.append(str(int(time.time() // self.every)))
        key = ("fragment", translation.get_language(), *parts)
        return mark_safe(  # noqa: S308 (our own template's output)
            generation.shared(key, lambda: self.nodelist.render(context))
        )


@register.tag
def shared_fragment(parser, token):
    """`{% shared_fragment "name" page.pk %}…{% endshared_fragment %}`: the
    enclosed HTML rendered once per content generation and language, then
    served to every visitor from the cache (home.generation.shared): for
    costly parts that are the same for everyone, such as related news. Its
    queries belong inside it (lazy context values), or nothing is saved. A
    preview always renders afresh. `every=600` renders it again at least every
    600 seconds too, for what the clock changes (upcoming events)."""
    bits = token.split_contents()[1:]
    every = None
    if bits and bits[-1].startswith("every="):
        every = int(bits.pop()[len("every=") :])
    if not bits:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    parts = [parser.compile_filter(bit) for bit in bits]
    return SharedFragmentNode(nodelist, parts, every)
