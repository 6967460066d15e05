"""Page passwords, throttled: Wagtail's password form for a restricted page
(`wagtail.views.authenticate_with_password`), counted by django-axes like the
admin's sign-in (home.editorial.accounts), so that guessing stops after
AXES_FAILURE_LIMIT wrong passwords from one address for AXES_COOLOFF_TIME.

config/urls.py routes Wagtail's URL for the form here; Wagtail's view still
checks the password and remembers a correct one.
"""

from django.contrib.auth.signals import user_login_failed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import views as wagtail_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from axes.handlers.proxy import AxesProxyHandler

from home.editorial.accounts import page_restriction_credentials


def authenticate_with_password(request, page_view_restriction_id, page_id):
    credentials = page_restriction_credentials(page_view_restriction_id)
    if request.method == "POST" and not AxesProxyHandler.is_allowed(
        request, credentials
    ):
        return _locked_out(request, page_view_restriction_id, page_id)
    response = wagtail_views.authenticate_with_password(
        request, page_view_restriction_id, page_id
    )
    if request.method == "POST" and response.status_code == 200:
        # Wagtail shows the form again: the password was wrong.
        user_login_failed.send(
            sender=__name__, credentials=credentials, request=request
        )
        if getattr(request, "axes_locked_out", False):
            return _locked_out(request, page_view_restriction_id, page_id)
    return response


def _locked_out(request, page_view_restriction_id, page_id):
    """The password form again, saying why it refuses, with 429."""
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = PasswordViewRestrictionForm(
        {"return_url": request.POST.get("return_url", "")}, instance=restriction
    )
    form.errors.clear()  # only the reason below, not "this field is required"
    form.add_error(None, _("Too many wrong passwords. Please try again later."))
    action_url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
    )
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = 429
    return response
