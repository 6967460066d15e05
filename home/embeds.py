"""Click-to-load embeds: nothing from another platform loads until asked for."""

import re

PLATFORM_NAMES = {"spotify": "Spotify", "youtube": "YouTube", "linkedin": "LinkedIn"}

_PATTERNS = {
    "spotify": (
        re.compile(r"^https://open\.spotify\.com/(episode|show|track)/([A-Za-z0-9]+)"),
        "https://open.spotify.com/embed/{0}/{1}",
    ),
    "youtube": (
        re.compile(
            r"^https://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/)([\w-]{6,})"
        ),
        "https://www.youtube-nocookie.com/embed/{0}",
    ),
    "linkedin": (
        re.compile(r"^https://www\.linkedin\.com/feed/update/(urn:li:activity:\d+)"),
        "https://www.linkedin.com/embed/feed/update/{0}",
    ),
}


def embed_url(platform, url):
    """The platform's embeddable address for `url`, or "" when there is none."""
    pattern, template = _PATTERNS.get(platform, (None, ""))
    match = pattern.match(url or "") if pattern else None
    return template.format(*match.groups()) if match else ""
