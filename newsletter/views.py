"""The visitor's side: sign up, confirm, change preferences, leave.

The sign-up form appears on every page (the footer) and on /<lang>/newsletter/.
Those pages stay the same for every visitor and set no cookie, so the form
carries no CSRF token: the POST is accepted only from this site's own pages
(`Origin`, or `Sec-Fetch-Site` / `Referer` where a browser sends no Origin),
and double opt-in means a forged sign-up can only ask the address's owner
to confirm. Sign-ups are counted per client (hashed, in the cache, for an
hour) and per address.

The pages reached from a link in an email are the subscriber's own: their
signed token is the authority (no cookie, no CSRF token), they are never
stored by any cache, and they send no Referer.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.addresses import site_root
from home.editorial.accounts import client_ip
from home.selectors import request_locale, theme_options

from . import selectors, services
from .forms import PreferencesForm, SubscribeForm
from .models import Subscriber

logger = logging.getLogger(__name__)


def consent_text():
    """The words a visitor consents to, in the current language (stored with
    the sign-up)."""
    return _(
        "Send me the Equalcity newsletter by email. I can leave at any time with "
        "the link in every email. My address is used for nothing else."
    )


def from_this_site(request):
    """Whether a POST comes from one of this site's pages (CSRF without a cookie)."""
    origins = {
        site_root(),
        f"{request.scheme}://{request.get_host()}",
        *settings.CSRF_TRUSTED_ORIGINS,
    }
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin in origins
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in {"same-origin", "none"}
    referer = urlsplit(request.headers.get("Referer", ""))
    return f"{referer.scheme}://{referer.netloc}" in origins


def _themes(request):
    return theme_options(request_locale(request))


def _render_index(request, form, status=200, **context):
    return render(
        request,
        "newsletter/index.html",
        {
            "form": form,
            "consent_text": consent_text(),
            "issues": selectors.recent_issues(request_locale(request)),
            **context,
        },
        status=status,
    )


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def index(request):
    """The newsletter: recent issues and the sign-up form; the footer's form
    posts here too."""
    language = translation.get_language()
    if request.method != "POST":
        form = SubscribeForm(initial={"language": language}, themes=_themes(request))
        return _render_index(request, form)
    if not from_this_site(request):
        logger.warning("Newsletter sign-up refused: not posted from this site")
        form = SubscribeForm(initial={"language": language}, themes=_themes(request))
        return _render_index(request, form, status=403, refused=True)
    form = SubscribeForm(request.POST, themes=_themes(request))
    if services.over_limit(
        "client", client_ip(request), settings.NEWSLETTER_SIGNUPS_PER_HOUR, 3600
    ):
        return _render_index(request, form, status=429, too_many=True)
    if not form.is_valid():
        return _render_index(request, form, status=400)
    if form.is_trap_filled():
        logger.info("Newsletter sign-up: honeypot filled, dropped")
    else:
        data = form.cleaned_data
        services.sign_up(
            data["email"],
            data["language"],
            data["english_fallback"],
            data["themes"],
            consent_text(),
        )
    return HttpResponseRedirect(reverse("newsletter:thanks"), status=303)


def thanks(request):
    return render(
        request, "newsletter/thanks.html", {"hours": settings.NEWSLETTER_CONFIRM_HOURS}
    )


def _personal(response):
    """A subscriber's own page: never cached, no Referer, not indexed."""
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


def _subscriber(token):
    subscriber = Subscriber.from_manage_token(token)
    if subscriber is None:
        raise Http404
    return subscriber


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    subscriber, expired = Subscriber.from_confirm_token(token)
    if subscriber is None:
        template = "newsletter/link_expired.html" if expired else None
        if template is None:
            raise Http404
        return _personal(render(request, template, status=410))
    if request.method == "POST":
        services.confirm(subscriber)
        with translation.override(subscriber.language):
            url = reverse("newsletter:preferences", args=[subscriber.manage_token()])
        return _personal(HttpResponseRedirect(f"{url}?confirmed=1", status=303))
    return _personal(
        render(request, "newsletter/confirm.html", {"subscriber": subscriber})
    )


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    subscriber = _subscriber(token)
    themes = _themes(request)
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST, themes=themes)
        if form.is_valid():
            data = form.cleaned_data
            services.update_preferences(
                subscriber, data["language"], data["english_fallback"], data["themes"]
            )
            saved = True
    else:
        form = PreferencesForm(
            initial={
                "language": subscriber.language,
                "english_fallback": subscriber.english_fallback,
                "themes": [
                    str(key)
                    for key in subscriber.themes.values_list(
                        "translation_key", flat=True
                    )
                ],
            },
            themes=themes,
        )
    status = 400 if form.errors else 200
    return _personal(
        render(
            request,
            "newsletter/preferences.html",
            {
                "form": form,
                "subscriber": subscriber,
                "saved": saved,
                "confirmed": request.GET.get("confirmed") == "1",
                "unsubscribe_url": reverse("newsletter:unsubscribe", args=[token]),
            },
            status=status,
        )
    )


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET: a button to leave. POST: leave; also the one-click unsubscribe
    mail programs send (RFC 8058, `List-Unsubscribe=One-Click`)."""
    if request.method == "POST":
        subscriber = Subscriber.from_manage_token(token)
        if subscriber is not None:
            services.leave(subscriber)
        elif not Subscriber.valid_manage_token(token):
            raise Http404
        return _personal(render(request, "newsletter/left.html"))
    subscriber = Subscriber.from_manage_token(token)
    if subscriber is None:
        if not Subscriber.valid_manage_token(token):
            raise Http404
        return _personal(render(request, "newsletter/left.html"))
    return _personal(
        render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})
    )
