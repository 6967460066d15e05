"""StreamField blocks shared by every content app."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from .embeds import PLATFORM_NAMES, embed_url

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("Keep headings short."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use sub-headings only inside a section."),
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading, listed in the page outline.")
        preview_value = {"text": "Thematic workshops", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "home/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Text with links, lists and emphasis.")
        preview_value = (
            "<p>Equalcity builds the capacity of cities and local governments "
            "to better reach migrant communities.</p>"
        )


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "or mark it as decorative."
        )
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "home/blocks/figure.html"
        label = _("Image")
        description = _("An image with optional caption and credit.")
        preview_value = {"caption": "Thematic workshop, June 2021"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Who said it, and their role.")
    )

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"
        label = _("Quote")
        description = _("A pull quote with the speaker's name.")
        preview_value = {
            "quote": "Safe spaces foster a sense of belonging.",
            "attribution": "Aïda Yancy, RainbowHouse Brussels",
        }


class CallToActionValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    page = blocks.PageChooserBlock(
        required=False,
        help_text=_(
            "Link to a page of this site; visitors get their language's version."
        ),
    )
    external_url = blocks.URLBlock(
        required=False, help_text=_("Or link to another website.")
    )
    link_text = blocks.CharBlock(max_length=60, help_text=_("Say where the link goes."))

    class Meta:
        icon = "link"
        template = "home/blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A highlighted box that sends visitors to one place.")
        value_class = CallToActionValue
        preview_value = {
            "heading": "Interested in the toolboxes?",
            "text": "Contact us to know more.",
            "external_url": "https://example.org/",
            "link_text": "Contact us",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = _("Choose either a page or an external link, not both.")
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(message),
                    "external_url": ValidationError(message),
                }
            )
        return value


class ExternalEmbedValue(blocks.StructValue):
    def embed_url(self):
        return embed_url(self.get("platform"), self.get("url"))

    def platform_name(self):
        return PLATFORM_NAMES.get(self.get("platform"), "")


class ExternalEmbedBlock(blocks.StructBlock):
    """A post or player from another platform, loaded only when asked for."""

    platform = blocks.ChoiceBlock(choices=list(PLATFORM_NAMES.items()))
    url = blocks.URLBlock(help_text=_("The address of the episode, video or post."))
    title = blocks.CharBlock(
        max_length=160, help_text=_("What it is, e.g. “IDAHOBIT 2021 episode”.")
    )

    class Meta:
        icon = "media"
        template = "home/blocks/external_embed.html"
        label = _("Embed from another platform")
        description = _(
            "Shown as a box visitors click to load, because loading it shares "
            "their address with the platform."
        )
        value_class = ExternalEmbedValue
        preview_value = {
            "platform": "spotify",
            "url": "https://open.spotify.com/episode/0YdR34ixz4HCyh8gNBEI2G",
            "title": "IDAHOBIT 2021",
        }

    def clean(self, value):
        value = super().clean(value)
        if not embed_url(value.get("platform"), value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("This is not an address that platform can embed.")
                    )
                }
            )
        return value


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = ExternalEmbedBlock()


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        choices=[
            ("facebook", "Facebook"),
            ("linkedin", "LinkedIn"),
            ("spotify", "Spotify"),
            ("x", "X (Twitter)"),
            ("youtube", "YouTube"),
            ("instagram", "Instagram"),
            ("website", _("Website")),
        ]
    )
    url = blocks.URLBlock()

    class Meta:
        icon = "link-external"
        label = _("Social link")
