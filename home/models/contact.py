"""The contact page: a form whose messages are stored and sent to staff by email.

The message is stored in the visitor's request; the email to staff leaves it:
`send_contact_notification` runs on the task worker (the "background" tasks
backend), so a mail server that is slow, hangs or refuses costs the visitor
nothing. The task is keyed by the stored message and marks it notified
(`ContactNotification.sent_at`): a retry, or the same task enqueued twice,
never sends a message twice. A failed attempt is tried again later, with
growing delays, `home.retries.ATTEMPTS` times in all. The task carries only the
message's id: the text stays in the form submission, deleted after
CONTACT_MESSAGE_RETENTION_DAYS, not copied into the task queue.
"""

import logging

from django import forms
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import (
    AbstractFormField,
    EmailFormMixin,
    FormMixin,
    FormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_tasks import task

from home.retries import retry_or_give_up

from .mail import delivery_connection
from .pages import BasePage

__all__ = [
    "ContactFormField",
    "ContactNotification",
    "ContactPage",
    "send_contact_notification",
]

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

    def get_submissions_list_view_class(self):
        # Imported here, as Wagtail imports its own: admin views cannot be
        # imported while the models load.
        from home.spreadsheets import ContactSubmissionsListView

        return ContactSubmissionsListView

    def process_form_submission(self, form):
        """Store the message and queue its email to staff (not EmailFormMixin's
        sending in the request); drop what filled the honeypot."""
        if form.cleaned_data.pop(HONEYPOT_FIELD, ""):
            logger.info("Contact form on %s: honeypot filled, dropped", self.url_path)
            return None
        with transaction.atomic():
            submission = FormMixin.process_form_submission(self, form)
            if self.to_address:
                ContactNotification.objects.create(submission=submission)
                send_contact_notification.enqueue(submission.pk)
        return submission

    def email_submission(self, submission):
        """Email a stored message to staff, as Wagtail's `render_email` writes
        it: one "label: answer" line per question, in this page's language."""
        data = submission.get_data()
        lines = []
        for field in self.get_form_fields():
            if field.clean_name not in data:
                continue
            value = data[field.clean_name]
            if isinstance(value, list):
                value = ", ".join(value)
            lines.append(f"{field.label}: {value}")
        addresses = [x.strip() for x in self.to_address.split(",")]
        # Sent from the worker's task already: straight to the mail server,
        # not through the queue every other email takes (home.models.mail).
        send_mail(
            self.subject,
            "\n".join(lines),
            addresses,
            self.from_address,
            connection=delivery_connection(),
        )


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


class ContactNotification(models.Model):
    """Whether staff have been emailed a stored message (one row per message
    that has an address to go to)."""

    submission = models.OneToOneField(
        FormSubmission,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Notification of message {self.submission_id}"


@task(backend="background")
def send_contact_notification(submission_id):
    """Email staff the stored message `submission_id`, once.

    The row lock keeps two workers from sending the same message together;
    `sent_at` keeps a retry from sending it again. The lock is held while the
    mail server answers, which EMAIL_TIMEOUT bounds.
    """
    with transaction.atomic():
        notification = (
            ContactNotification.objects.select_for_update()
            .filter(submission_id=submission_id, sent_at__isnull=True)
            .first()
        )
        if notification is None:
            return False  # sent already, or the message was deleted
        submission = FormSubmission.objects.get(pk=submission_id)
        page = submission.page.specific
        notification.attempts += 1
        try:
            page.email_submission(submission)
        except Exception as error:  # whatever failed, the message waits for a retry
            failure = error
        else:
            failure = None
            notification.sent_at = timezone.now()
        notification.save(update_fields=["attempts", "sent_at"])
    if failure is None:
        return True
    retry_or_give_up(
        send_contact_notification,
        (submission_id,),
        notification.attempts,
        failure,
        logger,
        f"Contact form on {page.url_path}: email not sent",
    )
    raise failure
