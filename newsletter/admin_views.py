"""The publisher's "Send by email" for a newsletter issue.

Only users with `newsletter.send_issue` (Publishers, administrators) reach
these views. The page shows the recipients per language and a preview of the
email in each, sends a test to the publisher's own address, and, once the
issue is live (after the Editorial review), sends it on the task worker after
a confirmation; then it shows what is queued, sent and failed per language.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from news.models import NewsletterIssuePage

from . import selectors, sending
from .models import Delivery, IssueSend

SEND_PERMISSION = "newsletter.send_issue"
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def can_send(user):
    return user.is_active and user.has_perm(SEND_PERMISSION)


class IssueMixin:
    def dispatch(self, request, page_id, *args, **kwargs):
        if not can_send(request.user):
            raise PermissionDenied
        page = get_object_or_404(NewsletterIssuePage, pk=page_id)
        self.issue = selectors.source_issue(page)
        return super().dispatch(request, *args, **kwargs)


class SendIssueView(IssueMixin, WagtailAdminTemplateMixin, View):
    template_name = "newsletter/admin/send.html"
    header_icon = "mail"
    page_title = gettext_lazy("Send by email")

    def get_page_subtitle(self):
        return self.issue.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.issue.pk]),
                "label": self.issue.title,
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        send = IssueSend.objects.filter(issue=self.issue).first()
        rows, versions = selectors.plan(self.issue)
        context.update(
            issue=self.issue,
            live=self.issue.live and "en" in versions,
            send=send,
            rows=rows,
            recipients=sum(row["in_language"] + row["in_english"] for row in rows),
            test_languages=[
                (code, LANGUAGE_NAMES[code])
                for code, _name in settings.LANGUAGES
                if selectors.email_language(code, True, versions)
            ],
            user_email=self.request.user.email,
        )
        if send is not None:
            by_language, totals = selectors.progress(send)
            context.update(
                progress=[
                    (LANGUAGE_NAMES.get(code, code), counts)
                    for code, counts in sorted(by_language.items())
                ],
                totals=totals,
                statuses=Delivery.Status,
            )
        return context

    def get(self, request):
        return self.render_to_response(self.get_context_data())

    def post(self, request):
        action = request.POST.get("action")
        if action == "test":
            return self.send_test(request)
        if action == "send":
            return self.send(request)
        return redirect(request.path)

    def send_test(self, request):
        _rows, versions = selectors.plan(self.issue)
        reader = request.POST.get("language", "")
        language = selectors.email_language(reader, True, versions)
        if not request.user.email:
            messages.error(request, _("Your account has no email address."))
        elif language is None:
            messages.error(request, _("This issue is not live in that language."))
        else:
            sending.send_test(versions[language], language, reader, request.user.email)
            messages.success(
                request,
                _("A test in %(language)s is on its way to %(address)s.")
                % {"language": LANGUAGE_NAMES[reader], "address": request.user.email},
            )
        return redirect(request.path)

    def send(self, request):
        if not self.issue.live:
            messages.error(
                request,
                _("This issue is not live: it can be sent once it is approved."),
            )
            return redirect(request.path)
        _send, created = sending.start_sending(self.issue, request.user)
        if created:
            messages.success(request, _("The issue is being sent."))
        else:
            messages.warning(
                request, _("This issue was sent already: nothing more was sent.")
            )
        return redirect(request.path)


class PreviewEmailView(IssueMixin, View):
    """The email as a subscriber reading `language` gets it, HTML or text."""

    def get(self, request, language):
        if language not in LANGUAGE_NAMES:
            raise Http404
        versions = selectors.live_versions(self.issue)
        if not versions:
            versions = {"en": self.issue}  # a draft's preview: the English page
        email_language = selectors.email_language(language, True, versions)
        if email_language is None:
            raise Http404
        message = sending.compose(
            versions[email_language], email_language, reader_language=language
        )
        if request.GET.get("format") == "text":
            return HttpResponse(message.body, content_type="text/plain; charset=utf-8")
        html, _mimetype = message.alternatives[0]
        return HttpResponse(html)
