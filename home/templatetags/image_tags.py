"""`{% image_for %}`: Wagtail's image tags with the filter specs of a use.

    {% image_for "card" page.listing_image sizes="100vw" alt="" loading="lazy" %}

is `{% picture page.listing_image format-{avif,webp,jpeg} fill-{400x225,800x450}
sizes="100vw" alt="" loading="lazy" %}`: the use ("card") names the tag and
its filter specs in `home.images.USES`, the list `home.renditions` reads to
create the same renditions when content is published. Attributes and
`as variable` work as in Wagtail's tags.
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
    return wagtailimages_tags.image(
        parser, Token(TokenType.BLOCK, contents, token.position, token.lineno)
    )
