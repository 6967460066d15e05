"""Where the site shows images, and the renditions each place takes.

`USES` is the one list of the places where images appear and of their filter
specs. Templates show an image through `{% image_for "<use>" image ... %}`
(`home.templatetags.image_tags`), which hands the use's specs to Wagtail's
`{% picture %}` or `{% image %}`; Python code reads the same list
(`share_image_url` below, `spec("feed_artwork")` for the podcast feed), and
`home.renditions` creates every use's renditions when content is published,
so that no visitor's request has to.

`SOURCES` says which uses an image serves from where it sits in a page, a
snippet or the site settings: a field's name, or the names of the StreamField
blocks around it, as Wagtail's reference index writes them (`body.image.image`
is the image of an image block in a body).
"""

from dataclasses import dataclass
from fnmatch import fnmatchcase

from wagtail.images.models import Filter

from home.addresses import absolute_url


@dataclass(frozen=True)
class ImageUse:
    """A place where images appear: the Wagtail tag that shows them there
    ("picture" for photos in several formats and widths, "image" for a single
    rendition) and its filter specs as written in that tag, where braces
    expand (`width-{480,800}`)."""

    tag: str
    filters: str

    @property
    def specs(self):
        """Every rendition's filter spec, spelled as the tag spells it."""
        filters = self.filters.split()
        if self.tag == "image":
            return ["|".join(filters)]
        return Filter.expand_spec(filters)


# Photos come in AVIF and WebP, with JPEG for browsers that read neither;
# logos and the emblem stay PNG, for their transparency and sharp edges.
PHOTO = "format-{avif,webp,jpeg}"

USES = {
    # A page's card in listings (components/card.html).
    "card": ImageUse("picture", f"{PHOTO} fill-{{400x225,800x450}}"),
    # A news item's main image, and the image blocks of a body.
    "figure": ImageUse("picture", f"{PHOTO} width-{{480,800,1200}}"),
    # The image of a newsletter section.
    "section": ImageUse("picture", f"{PHOTO} width-{{480,800}}"),
    # A person's photo (an interviewee).
    "portrait": ImageUse("picture", f"{PHOTO} fill-160x160"),
    # A podcast's artwork on its page.
    "artwork": ImageUse("picture", f"{PHOTO} fill-400x400"),
    # A partner's logo on the home page.
    "logo": ImageUse("image", "max-320x160 format-png"),
    # The EU emblem in the footer.
    "emblem": ImageUse("image", "height-60 format-png"),
    # The image social networks show for a shared link (OpenGraph, JSON-LD).
    "share": ImageUse("image", "fill-1200x630 format-jpeg"),
    # A podcast's artwork in its feed, at the size podcast apps ask for.
    "feed_artwork": ImageUse("image", "fill-1400x1400 format-jpeg"),
}

# Where an image sits (a path, as the reference index writes it) and the uses
# it serves there; the first pattern that matches wins.
SOURCES = (
    ("listing_image", ("card", "share")),
    # A news item's main image; pages without a listing image share it.
    ("image", ("figure", "share")),
    ("*.section.image", ("section",)),
    ("*.image.image", ("figure",)),
    ("photo", ("portrait",)),
    ("logo", ("logo",)),
    ("eu_emblem", ("emblem",)),
    ("artwork", ("artwork", "feed_artwork")),
)


def spec(use):
    """The filter spec of a use shown as a single rendition."""
    (only,) = USES[use].specs
    return only


def uses_at(path):
    """The uses of an image found at `path`; () when no source matches it."""
    for pattern, uses in SOURCES:
        if fnmatchcase(path, pattern):
            return uses
    return ()


def specs_at(path):
    """The filter specs an image found at `path` needs."""
    return [spec for use in uses_at(path) for spec in USES[use].specs]


# The size social networks show a shared link's image at.
SHARE_IMAGE_SPEC = spec("share")


def share_image_url(request, image):
    """The absolute URL of `image` cropped for sharing, or "" without one."""
    if image is None:
        return ""
    return absolute_url(image.get_rendition(SHARE_IMAGE_SPEC).url)
