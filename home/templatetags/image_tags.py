"""`{% image_for %}`: Wagtail's image tags with the filter specs of a use.

    {% image_for "card" page.listing_image sizes="100vw" alt="" loading="lazy" %}

is `{% picture page.listing_image format-{avif,webp,jpeg} fill-{400x225,800x450}
sizes="100vw" alt="" loading="lazy" %}`: the use ("card") names the tag and
its filter specs in `home.images.USES`, the list `home.renditions` reads to
create the same renditions when content is published. Attributes and
`as variable` work as in Wagtail's tags.

Seam (issue #11): Wagtail's image nodes build new `Filter` objects on every
render, and a new Filter parses its spec into operations again (Wagtail
inspects each operation's signature), about 5 ms of a page with a handful of
pictures. A Filter holds nothing of an image or a request, so the node made
here keeps the ones it made first. `tests/home/test_image_tags.py` fails if
Wagtail stops asking the node for them.
"""

from django import template
from django.template.base import Token, TokenType

from wagtail.images.templatetags import wagtailimages_tags

from home.images import USES

register = template.Library()


@register.tag
def image_for(parser, token):
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(
            '{% image_for "<use>" <image> [attribute="value" ...] %}'
        )
    tag_name, use_name, image, *rest = bits
    use = USES.get(use_name.strip("\"'"))
    if use is None:
        raise template.TemplateSyntaxError(
            f"{tag_name}: {use_name} is not one of {', '.join(USES)}"
        )
    contents = " ".join([use.tag, image, use.filters, *rest])
    node = wagtailimages_tags.image(
        parser, Token(TokenType.BLOCK, contents, token.position, token.lineno)
    )
    return reuse_filters(node)


def reuse_filters(node):
    """The node, answering with the same Filter objects on every render."""
    if isinstance(node, wagtailimages_tags.SrcsetImageNode):
        filters = node.get_filters()
        node.get_filters = lambda: filters
    else:
        image_filter = node.get_filter()
        node.get_filter = lambda: image_filter
    return node
