"""A second factor for staff: after the password, a six-digit code from an
authenticator app (TOTP, with django-otp's device model and its throttling of
wrong codes).

A staff member (anyone who may open the admin) with a confirmed device
confirms a code once per session before any admin page; with
REQUIRE_STAFF_2FA, one without a device is sent to set one up first. Only the
sign-in, sign-out and these pages stay open to them until then.

Why not a package: wagtail-2fa 1.8.0 (the Wagtail-specific one) imports
`wagtail.users.widgets`, which Wagtail 8 no longer has, checks a permission
that does not exist ("user.change_user") and ships templates with inline
styles. The seam below uses only django-otp's public API and Wagtail's
`register_admin_urls` and `register_account_menu_item` hooks.
"""

import base64
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import Resolver404, path, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

import django_otp
import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "editorial_two_factor_verify",
    "editorial_two_factor_setup",
}


def is_staff(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


class StaffTwoFactorMiddleware:
    """Sends a staff member who has not confirmed a code in this session to
    the code form (or, with REQUIRE_STAFF_2FA and no device, to set one up)
    from every admin page. Runs after django-otp's OTPMiddleware, which
    gives `request.user` its `is_verified()`; public pages are not touched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.refusal(request) or self.get_response(request)

    def refusal(self, request):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        user = request.user
        if not is_staff(user) or user.is_verified():
            return None
        try:
            if resolve(request.path_info).url_name in OPEN_URL_NAMES:
                return None
        except Resolver404:
            return None
        if django_otp.user_has_device(user):
            target = "editorial_two_factor_verify"
        elif settings.REQUIRE_STAFF_2FA:
            target = "editorial_two_factor_setup"
        else:
            return None
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(target)}?{query}")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )

    def __init__(self, devices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = devices
        self.device = None

    def clean_code(self):
        code = self.cleaned_data["code"].replace(" ", "")
        # verify_token throttles: each wrong code doubles the wait before
        # the device accepts another.
        self.device = next(
            (device for device in self.devices if device.verify_token(code)), None
        )
        if self.device is None:
            raise forms.ValidationError(
                _("This code is not valid. Codes change every 30 seconds.")
            )
        return code


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """The code form, after the password."""
    devices = list(django_otp.devices_for_user(request.user, confirmed=True))
    if not devices:
        return redirect(reverse("editorial_two_factor_setup"))
    form = CodeForm(devices, request.POST or None)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, form.device)
        return redirect(_next_url(request))
    return render(
        request,
        "editorial/two_factor/verify.html",
        {"form": form, "next": _next_url(request)},
    )


@never_cache
@sensitive_post_parameters("code")
def setup(request):
    """Add an authenticator app: scan the code (or type the key), then
    confirm one code from the app. Someone who already has a device confirms
    a code from it first, so a stolen password cannot add another."""
    user = request.user
    if django_otp.user_has_device(user) and not user.is_verified():
        return redirect(reverse("editorial_two_factor_verify"))
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=str(_("Authenticator app")), confirmed=False
        )
    form = CodeForm([device], request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        django_otp.login(request, device)
        return redirect(_next_url(request))
    qr_code = segno.make(device.config_url, error="m")
    return render(
        request,
        "editorial/two_factor/setup.html",
        {
            "form": form,
            "next": _next_url(request),
            # segno writes the SVG from the device's own URL: no user input.
            "qr_svg": mark_safe(qr_code.svg_inline(scale=4, omitsize=False)),  # noqa: S308
            "secret": base64.b32encode(device.bin_key).decode(),
        },
    )


urlpatterns = [
    path("two-factor/", verify, name="editorial_two_factor_verify"),
    path("two-factor/setup/", setup, name="editorial_two_factor_setup"),
]


def account_menu_item(request):
    return {
        "url": reverse("editorial_two_factor_setup"),
        "label": _("Two-step sign-in"),
        "help_text": _("Add an authenticator app that gives a code at each sign-in."),
    }
