"""A request id on every response and every log line written while serving it.

The proxy's `X-Request-ID` is kept when it is a plain token (nginx's
`$request_id`, a UUID), so that its access log and ours name the same
request; anything else is replaced by a new id, so that no header value can
forge or break a log line. The id is echoed in the response's `X-Request-ID`
and held in a context variable that `home.web.logging.RequestIdFilter` puts on
every log record.
"""

import contextvars
import re
import uuid

HEADER = "X-Request-ID"
SANE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{7,127}$")

current = contextvars.ContextVar("request_id", default=None)


def request_id_from(request):
    # A preview's dummy request (Wagtail's make_preview_request) belongs to
    # the admin request that makes it.
    if getattr(request, "is_dummy", False) and current.get():
        return current.get()
    given = request.headers.get(HEADER, "")
    return given if SANE.match(given) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request)
        token = current.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            current.reset(token)
        response[HEADER] = request.request_id
        return response
