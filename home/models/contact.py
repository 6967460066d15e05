"""The contact page: a form whose messages are stored and sent to staff by email."""

import logging

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .pages import BasePage

__all__ = ["ContactFormField", "ContactPage"]

logger = logging.getLogger(__name__)

# A field people never see; software that fills in every field gives itself away.
HONEYPOT_FIELD = "homepage_url"
MESSAGE_MAX_LENGTH = 5000


class Purpose(models.TextChoices):
    """What an answer is, as browsers and assistive technology name it
    (HTML autocomplete tokens; WCAG 2.2 success criterion 1.3.5)."""

    NONE = "", _("Something else")
    NAME = "name", _("The person's name")
    EMAIL = "email", _("Email address")
    PHONE = "tel", _("Phone number")
    ORGANISATION = "organization", _("Organisation")
    CITY = "address-level2", _("City")
    COUNTRY = "country-name", _("Country")


class ContactFormBuilder(FormBuilder):
    """Wagtail's form builder, with bounded messages, answers browsers can
    fill in, and a honeypot field."""

    def create_multiline_field(self, field, options):
        options.setdefault("max_length", MESSAGE_MAX_LENGTH)
        return super().create_multiline_field(field, options)

    def get_create_field_function(self, type):
        create_field = super().get_create_field_function(type)

        def create_field_with_purpose(field, options):
            form_field = create_field(field, options)
            if field.purpose:
                form_field.widget.attrs["autocomplete"] = field.purpose
            return form_field

        return create_field_with_purpose

    @property
    def formfields(self):
        fields = super().formfields
        fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return fields


class ContactPage(EmailFormMixin, FormMixin, BasePage):
    """A form visitors write to the project with; publishers read the messages."""

    introduction = models.TextField(
        max_length=800,
        blank=True,
        help_text=_(
            "Shown above the form: who reads the messages and how soon they answer. "
            "Say that the form is not for emergencies."
        ),
    )
    thank_you_text = RichTextField(
        features=["bold", "italic", "link"],
        help_text=_("Shown after a visitor sends a message."),
    )

    content_panels = [
        FormSubmissionsPanel(),
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel(
            "form_fields",
            label=_("Form fields"),
            help_text=_(
                "The questions of the form, in order. Ask only for what you need to "
                "answer: every answer is stored."
            ),
        ),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldPanel("from_address"),
                FieldPanel("subject"),
            ],
            heading=_("Email to staff"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("thank_you_text"),
        TranslatableField("subject"),
        TranslatableField("form_fields"),
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    form_builder = ContactFormBuilder
    honeypot_field = HONEYPOT_FIELD

    class Meta:
        verbose_name = _("contact page")

    def process_form_submission(self, form):
        """Store the message and email staff; drop what filled the honeypot."""
        if form.cleaned_data.pop(HONEYPOT_FIELD, ""):
            logger.info("Contact form on %s: honeypot filled, dropped", self.url_path)
            return None
        return super().process_form_submission(form)

    def send_mail(self, form):
        """A mail server that is down loses no message: it is stored already."""
        try:
            super().send_mail(form)
        except OSError:
            logger.exception("Contact form on %s: email not sent", self.url_path)


class ContactFormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey(
        ContactPage, on_delete=models.CASCADE, related_name="form_fields"
    )
    purpose = models.CharField(
        max_length=20,
        blank=True,
        choices=Purpose.choices,
        help_text=_(
            "What the answer is. Set it when you ask for a name, an email address "
            "or a phone number: browsers can then fill it in, which people with "
            "disabilities rely on."
        ),
    )

    panels = [*AbstractFormField.panels, FieldPanel("purpose")]

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("purpose"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
