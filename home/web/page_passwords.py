"""Page and document passwords, throttled: Wagtail's password forms for a
restricted page (`wagtail.views.authenticate_with_password`) and for a
restricted collection of documents
(`wagtail.documents.views.serve.authenticate_with_password`), counted by
django-axes like the admin's sign-in (home.editorial.accounts), so that
guessing stops after AXES_FAILURE_LIMIT wrong passwords from one address for
AXES_COOLOFF_TIME.

config/urls.py routes Wagtail's URLs for the forms here; Wagtail's views still
check the password and remember a correct one.
"""

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from axes.handlers.proxy import AxesProxyHandler

from home.editorial.accounts import page_restriction_credentials

LOCKED_OUT = 429


def authenticate_with_password(request, page_view_restriction_id, page_id):
    return _throttled(
        request,
        page_restriction_credentials(page_view_restriction_id),
        lambda: wagtail_views.authenticate_with_password(
            request, page_view_restriction_id, page_id
        ),
        lambda: _page_locked_out(request, page_view_restriction_id, page_id),
    )


def authenticate_document_password(request, restriction_id):
    return _throttled(
        request,
        page_restriction_credentials(f"collection-{restriction_id}"),
        lambda: document_views.authenticate_with_password(request, restriction_id),
        lambda: _documents_locked_out(request, restriction_id),
    )


def _throttled(request, credentials, check, locked_out):
    """`check()`'s answer, unless too many wrong passwords came before: then
    `locked_out()`. Wagtail's views show the form again (200) after a wrong
    password, and redirect after the right one."""
    if request.method == "POST" and not AxesProxyHandler.is_allowed(
        request, credentials
    ):
        return locked_out()
    response = check()
    if request.method == "POST" and response.status_code == 200:
        user_login_failed.send(
            sender=__name__, credentials=credentials, request=request
        )
        if getattr(request, "axes_locked_out", False):
            return locked_out()
    return response


def _refusing_form(request, restriction):
    """The password form again, saying why it refuses."""
    form = PasswordViewRestrictionForm(
        {"return_url": request.POST.get("return_url", "")}, instance=restriction
    )
    form.errors.clear()  # only the reason below, not "this field is required"
    form.add_error(None, _("Too many wrong passwords. Please try again later."))
    return form


def _page_locked_out(request, page_view_restriction_id, page_id):
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    action_url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
    )
    response = page.serve_password_required_response(
        request, _refusing_form(request, restriction), action_url
    )
    response.status_code = LOCKED_OUT
    return response


def _documents_locked_out(request, restriction_id):
    restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
    template = getattr(
        settings,
        "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE",
        "wagtaildocs/password_required.html",
    )
    context = {
        "form": _refusing_form(request, restriction),
        "action_url": reverse(
            "wagtaildocs_authenticate_with_password", args=[restriction.id]
        ),
    }
    return TemplateResponse(request, template, context, status=LOCKED_OUT)
