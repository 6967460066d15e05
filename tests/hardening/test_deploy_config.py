"""The serving files in deploy/: nginx never serves documents and buffers
slow clients, gunicorn's workers and timeouts fit nginx's and systemd's, and
the nginx example is valid (checked with `nginx -t` where nginx is
installed). The measurement behind the choices: deploy/slow_clients.py and
deploy/README.md."""

import re
import runpy
import shutil
import subprocess
from pathlib import Path

from django.conf import settings

import pytest

DEPLOY = Path(__file__).resolve().parent.parent.parent / "deploy"
NGINX = (DEPLOY / "nginx" / "equalcity.conf").read_text()
UNIT = (DEPLOY / "systemd" / "equalcity.service").read_text()


def locations(config):
    """{prefix: body} of each `location` block (none of them nests)."""
    return {
        match["prefix"]: match["body"]
        for match in re.finditer(
            r"location\s+(?:=\s+)?(?P<prefix>\S+)\s*\{(?P<body>[^}]*)\}", config
        )
    }


def directive(config, name):
    match = re.search(rf"^\s*{name}\s+([^;]+);", config, re.MULTILINE)
    assert match, f"{name} is not set"
    return match.group(1).strip()


def megabytes(size):
    return int(size.rstrip("mM")) * 1024 * 1024


def test_documents_are_never_served_from_media():
    blocks = locations(NGINX)
    assert blocks["/media/documents/"].strip() == "return 404;"
    assert blocks["/media/"].strip() == "return 404;"
    # MEDIA_ROOT is read only for renditions, and for what Django hands over
    # with X-Accel-Redirect after its check (an internal location).
    reading_media = {
        prefix for prefix, body in blocks.items() if "/srv/equalcity/media" in body
    }
    assert reading_media == {"/media/images/", "/internal-media/"}
    assert "internal;" in blocks["/internal-media/"]
    assert (
        "Content-Security-Policy \"default-src 'none'\"" in (blocks["/internal-media/"])
    )


def test_only_the_sites_name_is_answered():
    default = re.search(r"server\s*\{[^{}]*default_server[^{}]*\}", NGINX)
    assert default, "no default server"
    assert "return 444;" in default.group(0)
    assert directive(NGINX, "server_name") == "_"  # the first: the default's


def test_requests_are_read_whole_before_they_reach_gunicorn():
    proxied = locations(NGINX)["/"]
    assert directive(proxied, "proxy_request_buffering") == "on"
    assert directive(proxied, "proxy_buffering") == "on"
    assert "X-Forwarded-For $proxy_add_x_forwarded_for" in proxied
    assert "X-Forwarded-Proto $equalcity_forwarded_proto" in proxied
    assert "X-Request-ID $equalcity_request_id" in proxied


def test_upload_limit_fits_the_largest_document():
    limit = megabytes(directive(NGINX, "client_max_body_size"))
    largest = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    assert largest < limit <= largest * 1.1  # room for the form around it


def test_the_access_log_keeps_no_address_and_no_query_string():
    log_format = re.search(r"log_format equalcity_private([^;]+);", NGINX).group(1)
    assert "$remote_addr" not in log_format
    assert "$request " not in log_format and "$args" not in log_format
    assert re.search(r"access_log \S+ equalcity_private;", NGINX)


def test_gunicorn_sync_workers_end_before_nginx_and_systemd_give_up(monkeypatch):
    for name in ("GUNICORN_WORKER_CLASS", "GUNICORN_THREADS", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))

    assert config["worker_class"] == "sync"
    assert config["bind"].startswith("127.0.0.1:")  # only nginx reaches it
    read_timeout = int(directive(locations(NGINX)["/"], "proxy_read_timeout")[:-1])
    assert config["timeout"] < read_timeout
    stop_timeout = int(re.search(r"TimeoutStopSec=(\d+)", UNIT).group(1))
    assert config["graceful_timeout"] < stop_timeout
    assert "--config deploy/gunicorn.conf.py" in UNIT
    assert "ReadWritePaths=/srv/equalcity/media" in UNIT


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed")
def test_the_nginx_example_is_valid(tmp_path):
    site = tmp_path / "site.conf"
    site.write_text(
        NGINX.replace("/var/log/nginx/", f"{tmp_path}/")
        .replace("listen 80", "listen 127.0.0.1:8080")
        .replace("listen [::]:80", "listen [::1]:8080")
    )
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\n"
        "events {}\n"
        "http {\n"
        f"    client_body_temp_path {tmp_path}/body;\n"
        f"    proxy_temp_path {tmp_path}/proxy;\n"
        f"    include {site};\n"
        "}\n"
    )
    result = subprocess.run(
        [
            shutil.which("nginx"),
            "-t",
            "-q",
            "-e",
            str(tmp_path / "error.log"),
            "-c",
            str(main),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
