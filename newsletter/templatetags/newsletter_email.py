"""Filters for the newsletter's emails: mail programs need absolute links,
plain text beside the HTML, and images as one JPEG from this site."""

import html
import re

from django import template
from django.utils.safestring import mark_safe

from wagtail.rich_text import RichText, expand_db_html

from home.addresses import absolute_url

register = template.Library()

_LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>', re.S)
_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_BREAK = re.compile(r"</(p|h[1-6]|ul|ol|li)>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")


@register.filter
def absolute(url):
    """A URL on the site's configured address."""
    return absolute_url(url) if url else ""


@register.filter
def richtext_as_text(value):
    """Rich text as plain text: paragraphs apart, "- " items, and each link's
    address after its words."""
    source = value.source if isinstance(value, RichText) else str(value or "")
    markup = expand_db_html(source)

    def link(match):
        words = _TAG.sub("", match.group(2)).strip()
        return f"{words} ({absolute_url(html.unescape(match.group(1)))})"

    text = _LINK.sub(link, markup)
    text = _ITEM.sub("- ", text)
    text = _BREAK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs = [line for line in lines if line]
    return mark_safe("\n\n".join(paragraphs))  # noqa: S308 (plain text, no HTML)


@register.simple_tag
def email_image(image, width=1200):
    """A JPEG rendition (every mail program shows JPEG; not AVIF or WebP),
    its absolute URL; made by the worker that sends, never by a visitor."""
    if not image:
        return ""
    return absolute_url(image.get_rendition(f"width-{width}|format-jpeg").url)
