"""Blocks of newsletter issues and interviews."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from home.blocks import PARAGRAPH_FEATURES, CallToActionBlock


class NewsletterSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=160)
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, required=False)
    image = ImageBlock(required=False)
    call_to_action = blocks.StreamBlock(
        [("call_to_action", CallToActionBlock())],
        required=False,
        max_num=1,
        label=_("Call to action"),
        help_text=_("Optional: a highlighted link at the end of the section."),
    )
    linked_pages = blocks.ListBlock(
        blocks.PageChooserBlock(),
        default=[],
        label=_("Linked pages"),
        help_text=_("Pages listed under the section, e.g. the workshops it announces."),
    )

    class Meta:
        icon = "doc-full"
        template = "news/blocks/newsletter_section.html"
        label = _("Section")
        description = _("A newsletter section: heading, text, image and links.")
        preview_value = {
            "heading": "Thematic workshops",
            "text": "<p>In June, Equalcity invited all trainee cities to three "
            "online thematic workshops.</p>",
        }


class NewsletterSectionStream(blocks.StreamBlock):
    section = NewsletterSectionBlock()


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "help"
        template = "news/blocks/question_answer.html"
        label = _("Question and answer")
        description = _("One question of the interview and its answer.")
        preview_value = {
            "question": "What does being a frontline worker entail?",
            "answer": "<p>Listening first, then finding the right service.</p>",
        }


class InterviewStream(blocks.StreamBlock):
    question = QuestionAnswerBlock()
