"""Filters for links whose URL someone typed: nothing executable is rendered."""

from django import template
from django.utils.safestring import mark_safe

from home import links

register = template.Library()


@register.filter
def safe_url(url):
    """A URL field or block's value, or "" for `javascript:` and the like."""
    return links.safe_url(url)


@register.filter
def safe_links(html):
    """Rich text HTML (already expanded by Wagtail) without script URLs."""
    return mark_safe(links.safe_links(str(html)))  # noqa: S308 (Wagtail's output)
