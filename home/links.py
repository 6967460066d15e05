"""Links that cannot run script: `javascript:`, `vbscript:`, `data:` and other
schemes a browser would execute are dropped from what the site renders.

Wagtail's editor refuses such links (`wagtail.whitelist.check_url`), but rich
text and URL fields also arrive by other ways: a translator's override of a
link in wagtail-localize's editor (not checked), imports, the shell. So the
check is made where they are rendered: `safe_url` for a URL field or block,
`safe_links` for rich text (every `richtext` goes through the site's
`wagtailcore/shared/richtext.html`, which applies it).
"""

import html
import re

from wagtail.whitelist import check_url

from bs4 import BeautifulSoup

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster")
# A scheme that runs or embeds content, as a browser reads an attribute:
# entities decoded, whitespace and control characters ignored.
_RISKY = re.compile(r"(?:javascript|vbscript|livescript|mocha|data):")
_IGNORED = re.compile(r"[`\x00-\x20\x7f-\xa0\s]+")


def safe_url(url):
    """`url`, or "" when its scheme is not one a link may have (http, https,
    ftp, mailto, tel, or none: a relative URL)."""
    if not url:
        return ""
    return url if check_url(str(url)) is not None else ""


def safe_links(text):
    """Rich text HTML without the URLs that could run script.

    A quick look first, on the text as a browser would decode it: most rich
    text holds nothing of the kind and is returned untouched, unparsed."""
    if not _RISKY.search(_IGNORED.sub("", html.unescape(text)).lower()):
        return text
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(True):
        for name in URL_ATTRIBUTES:
            value = tag.get(name)
            if value is not None and check_url(value) is None:
                del tag[name]
    return str(soup)
