"""A memo that lives for one request, so that lookups shared by the header,
the footer, the head and the page body run once per page.

Nothing outlives the request: every server reads the database afresh, and
nothing goes stale when a publisher publishes. Outside a request (management
commands, the shell) every lookup simply runs.
"""

from contextvars import ContextVar

_memo = ContextVar("equalcity_request_memo", default=None)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def memoized(key, compute):
    """`compute()`, once per request for each `key`."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def in_request():
    """Whether a request is being served (and the memo lives)."""
    return _memo.get() is not None
