"""Gunicorn settings for one application server:
`gunicorn --config deploy/gunicorn.conf.py` (it names config.wsgi itself).
Command-line options override them; so do the variables read below.

Chosen and measured (deploy/README.md, `deploy/slow_clients.py`): sync
workers, a worker per core and one more, always behind nginx
(deploy/nginx/equalcity.conf), which reads a whole request before passing it
on. Alone, two clients sending a body at 1 byte/s held both sync workers for
the whole 20 s; behind nginx, eight did not delay a single request. Threads
(`gthread`) only move the limit (8 slow clients held 2 workers of 4 threads)
and lose what sync workers keep: `timeout` ends a runaway request (a gthread
worker keeps reporting alive while one of its threads hangs).
"""

import multiprocessing
import os


def env(name, default):
    """The variable's value, or `default` when it is unset or empty (as in a
    copy of .env.example)."""
    return os.environ.get(name) or default


wsgi_app = "config.wsgi:application"
bind = env("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(env("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
# Overridable to rerun the measurement (GUNICORN_WORKER_CLASS=gthread
# GUNICORN_THREADS=4); keep sync in production.
worker_class = env("GUNICORN_WORKER_CLASS", "sync")
threads = int(env("GUNICORN_THREADS", 1))
# A request longer than this is killed and logged (uploads of podcast audio,
# read whole by nginx first, stream to storage well within it). Shorter than
# nginx's proxy_read_timeout (65 s), so gunicorn ends it and says why.
timeout = int(env("GUNICORN_TIMEOUT", 60))
# A reload or stop lets running requests finish for this long
# (systemd's TimeoutStopSec is 35 s).
graceful_timeout = 30
# Sync workers close each connection after the answer; this applies only to
# threaded workers.
keepalive = 5
# Recycle workers now and then so that a slow leak never grows for ever;
# jitter keeps them from restarting together.
max_requests = 2000
max_requests_jitter = 200
# Nginx on the same machine sets X-Forwarded-Proto; trust it from there only.
forwarded_allow_ips = env("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Each worker loads the application itself (no preload_app), so that no
# database or Redis connection is ever shared across a fork, and
# `systemctl reload` (HUP) picks up new code.
preload_app = False
# gunicornc's control socket: in the service's own /run/equalcity under
# systemd (RuntimeDirectory=), else gunicorn's default.
if os.environ.get("RUNTIME_DIRECTORY"):
    control_socket = os.path.join(os.environ["RUNTIME_DIRECTORY"], "gunicorn.ctl")
accesslog = "-"
# One JSON line a request, like the application's own (home/web/logging.py):
# the path without its query string (search terms), no visitor address, no
# referrer or user agent, and the request id the application answered with.
access_log_format = (
    '{"time": "%(t)s", "level": "INFO", "logger": "gunicorn.access", '
    '"message": "%(m)s %(U)s %(s)s", "status": %(s)s, "bytes": "%(b)s", '
    '"duration_ms": %(M)s, "request_id": "%({x-request-id}o)s"}'
)
errorlog = "-"
loglevel = env("GUNICORN_LOG_LEVEL", "info")
