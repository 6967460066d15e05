"""Login throttling with django-axes: who is counted, and what a locked-out
person sees (settings: AXES_* in config/settings/base.py).

Admin logins are counted per username and per client address; page passwords
(home.web.page_passwords) per client address and page restriction, so that a
visitor guessing one page's password locks out neither the page's other
visitors nor anyone's admin login. Attempts live in the cache and expire with
the cool-off; nothing here logs a username or an address.
"""

from django.conf import settings
from django.shortcuts import render

# The "username" axes counts page password attempts under.
PAGE_RESTRICTION_PREFIX = "page-restriction:"


def client_ip(request):
    """The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT
    reverse proxies, the address the outermost of them saw.

    Each proxy appends the address it received the request from to
    X-Forwarded-For, so only the last TRUSTED_PROXY_COUNT entries are
    trustworthy; anything left of them was sent by the client and may be
    forged. Without a configured proxy the header is ignored.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [
            address.strip()
            for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if address.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def page_restriction_credentials(restriction_id):
    return {"username": f"{PAGE_RESTRICTION_PREFIX}{restriction_id}"}


def lockout_parameters(request_or_attempt, credentials=None):
    """Admin logins: a username, or an address, with too many failures is
    locked. Page passwords: the pair of address and restriction."""
    username = (credentials or {}).get("username") or getattr(
        request_or_attempt, "username", ""
    )
    if str(username or "").startswith(PAGE_RESTRICTION_PREFIX):
        return [["ip_address", "username"]]
    return ["username", "ip_address"]


def client_str(username, ip_address, user_agent, path_info, request):
    """What axes writes to the log about an attempt: the path only."""
    return f"path={path_info}"


def lockout_response(request, original_response=None, credentials=None):
    """The admin's sign-in page saying why it refuses, with 429 Too Many
    Requests. A page password form that already answered 429 is kept."""
    if original_response is not None and original_response.status_code == 429:
        return original_response
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request, "editorial/login_locked.html", {"minutes": minutes}, status=429
    )
