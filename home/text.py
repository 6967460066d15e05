"""Text helpers for descriptions, cards and feeds."""

from django.utils.html import strip_tags
from django.utils.text import Truncator

DESCRIPTION_LENGTH = 160


def plain(text, length=DESCRIPTION_LENGTH):
    """Text without tags (paragraphs kept apart by a space), cut at `length`."""
    words = strip_tags((text or "").replace("<", " <")).split()
    return Truncator(" ".join(words)).chars(length)
