"""Gunicorn settings for one application server:
`gunicorn --config deploy/gunicorn.conf.py` (it names config.wsgi itself).
Command-line options override them; so do the variables read below.

Nginx in front buffers slow clients, so sync workers never wait on a visitor's
connection: a worker per core and one more, no threads.
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
worker_class = "sync"
# A request longer than this is killed and logged (uploads of podcast audio
# stream to storage well within it).
timeout = int(env("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
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
errorlog = "-"
loglevel = env("GUNICORN_LOG_LEVEL", "info")
