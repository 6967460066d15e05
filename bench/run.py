"""`make bench`: load-test the site under production settings and write
bench/results.md.

1. Prepares a database of its own (BENCH_DATABASE_URL): migrations, the demo
   content, the bulk content (`manage.py generate_bulk_content`; a second run
   reuses it) and `collectstatic`.
2. Runs two passes, "uncached" (PAGE_CACHE_SECONDS=0) and "page cache on",
   each with Redis's database emptied first: counts each page's queries in
   process (`manage.py bench --json`), starts gunicorn (2 sync workers) on a
   free port, requests every page once to warm it, then load-tests each page
   with `wrk -t2 -c8 --latency` for BENCH_SECONDS, BENCH_ROUNDS times
   (medians are reported), pages taken in turn within a round.
3. Writes bench/results.md: the table of each pass and the issue's targets,
   met or missed.

Exits non-zero when something breaks (a step fails, gunicorn does not start,
a page answers an unexpected status), not when a target is missed.

Settings (environment): BENCH_DATABASE_URL, BENCH_REDIS_URL, BENCH_SECONDS
(5), BENCH_ROUNDS (3), BENCH_NEWS (2000), BENCH_EVENTS (300), BENCH_EPISODES
(150), BENCH_LOCALES (en,fr,ar), BENCH_OUTPUT (bench/results.md).
"""

import concurrent.futures
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".bench"  # media, static files and logs of the benchmark (ignored)
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
WRK = shutil.which("wrk") or "/usr/bin/wrk"

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/equalcity_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", ROOT / "bench" / "results.md"))
BULK = [
    "--news",
    os.environ.get("BENCH_NEWS", "2000"),
    "--events",
    os.environ.get("BENCH_EVENTS", "300"),
    "--episodes",
    os.environ.get("BENCH_EPISODES", "150"),
    "--locales",
    os.environ.get("BENCH_LOCALES", "en,fr,ar"),
]

# The targets (#11), as shares of the static file's rate.
DETAIL_SHARE = 4.0
LISTING_SHARE = 2.5
CACHED_SHARE = 50.0
DETAIL_QUERIES = 12
PAGE_50_SPREAD = 10.0
SEARCH_P50_MS = 100.0

PASSES = [
    ("uncached", {"PAGE_CACHE_SECONDS": "0"}),
    ("page cache on", {}),
]


class BenchError(Exception):
    """The benchmark could not run (not a missed target)."""


def say(text=""):
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def environment(**extra):
    """Production settings with what a local benchmark needs, and no secret
    worth keeping: the key is made up for this run."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PAGE_CACHE"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        DEBUG="0",
        STATIC_ROOT=str(WORK / "static"),
        MEDIA_ROOT=str(WORK / "media"),
        WHITENOISE_USE_FINDERS="0",
        PYTHONUNBUFFERED="1",
    )
    for name in ("OPENSEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "EMAIL_HOST"):
        env.pop(name, None)
    env.update(extra)
    return env


def manage(*args, env=None, capture=False):
    command = [PYTHON, "manage.py", *args]
    say(f"$ manage.py {' '.join(args)}")
    result = subprocess.run(  # noqa: S603 (our own interpreter and arguments)
        command,
        cwd=ROOT,
        env=env or environment(),
        stdout=subprocess.PIPE if capture else None,
        text=True,
        check=False,
    )
    if result.returncode:
        raise BenchError(f"manage.py {' '.join(args)} failed ({result.returncode})")
    return result.stdout


def create_database(database_url=DATABASE_URL):
    """The benchmark's database (or the soak's: bench/soak.py), created when
    missing."""
    url = urllib.parse.urlsplit(database_url)
    name = url.path.lstrip("/")
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise BenchError(f"Unexpected database name {name!r}")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
            say(f"created database {name}")


def prepare():
    create_database()
    manage("migrate", "--noinput", "-v", "0")
    manage("load_demo_content")
    manage("generate_bulk_content", *BULK)
    # The bulk pages are made without Wagtail's signals: their renditions too.
    manage("warm_renditions")
    # Fresh statistics after the bulk inserts, as autovacuum would make them:
    # without, PostgreSQL plans the related-news query badly.
    manage(
        "shell",
        "-c",
        "from django.db import connection; connection.cursor().execute('ANALYZE')",
    )
    manage("collectstatic", "--noinput", "-v", "0")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with 2 sync workers on a free port, stopped on exit."""

    def __init__(self, env):
        self.env = env
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = WORK / "gunicorn.log"
        self.process = None

    def __enter__(self):
        self.log_file = self.log.open("w")
        self.process = subprocess.Popen(  # noqa: S603 (our own gunicorn)
            [
                GUNICORN,
                "config.wsgi:application",
                "--workers=2",
                "--worker-class=sync",
                f"--bind=127.0.0.1:{self.port}",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn stopped; see {self.log}")
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2):  # noqa: S310
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise BenchError(f"gunicorn did not answer within 60 s; see {self.log}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()

    def drain(self):
        """Wait for the requests wrk left queued to be answered: a run stops
        sending, but each worker still answers what it accepted. A request
        to each worker at once returns when both are free."""
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(lambda _: self.get("/healthz", timeout=120), range(2)))

    def get(self, url, timeout=30):
        """(status, X-Cache header) of one request."""
        request = urllib.request.Request(self.base + url)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                response.read()
                return response.status, response.headers.get("X-Cache", "")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("X-Cache", "")


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def wrk(url):
    """req/s, p50 and p99 (ms) and errors of one wrk run."""
    result = subprocess.run(  # noqa: S603 (wrk with our arguments)
        [WRK, "-t2", "-c8", f"-d{SECONDS}s", "--timeout=10s", "--latency", url],
        capture_output=True,
        text=True,
        check=False,
    )
    out = result.stdout
    if result.returncode:
        raise BenchError(f"wrk failed on {url}: {result.stderr or out}")
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE)
    if not (rate and p50 and p99):
        raise BenchError(f"Cannot read wrk's output for {url}:\n{out}")
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(rate.group(1)),
        "p50": milliseconds(p50.group(1)),
        "p99": milliseconds(p99.group(1)),
        "non_2xx": int(
            (re.search(r"Non-2xx or 3xx responses: (\d+)", out) or [0, 0])[1]
        ),
        "socket_errors": errors.group(1) if errors else "",
    }


def run_pass(name, extra):
    say(f"\n== {name} ==")
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = environment(**extra)
    measured = json.loads(manage("bench", "--json", env=env, capture=True))
    pages = measured["pages"]
    redis.Redis.from_url(REDIS_URL).flushdb()
    with Server(env) as server:
        for page in pages:
            expected = 404 if page["group"] == "404" else 200
            for _ in range(3):  # both workers warm, and the cache filled
                status, cache = server.get(page["url"])
            if status != expected:
                raise BenchError(f"{page['url']} answered {status}, not {expected}")
            page["cache"] = cache
        runs = {page["url"]: [] for page in pages}
        for number in range(1, ROUNDS + 1):
            say(f"round {number}/{ROUNDS}, {SECONDS} s per page")
            for page in pages:
                runs[page["url"]].append(wrk(server.base + page["url"]))
                server.drain()
    for page in pages:
        results = runs[page["url"]]
        for key in ("rps", "p50", "p99"):
            page[key] = statistics.median(run[key] for run in results)
        page["socket_errors"] = "; ".join(
            run["socket_errors"] for run in results if run["socket_errors"]
        )
        expected_non_2xx = page["group"] == "404"
        if not expected_non_2xx and any(run["non_2xx"] for run in results):
            raise BenchError(f"{page['url']} answered errors under load")
        say(
            f"  {page['label']:20} {page['queries']:4} q  {page['rps']:9.1f} req/s"
            f"  p50 {page['p50']:7.1f} ms  p99 {page['p99']:7.1f} ms  {page['cache']}"
        )
    static = next(page for page in pages if page["group"] == "static")
    if not static["rps"]:
        raise BenchError("The static file was not served under load")
    for page in pages:
        page["share"] = 100.0 * page["rps"] / static["rps"]
    return {"name": name, "pages": pages, "database": measured["database"]}


def targets(uncached, cached):
    """(target, result, met) of each of the issue's targets."""
    rows = []
    for page in uncached["pages"]:
        label, share, queries = page["label"], page["share"], page["queries"]
        if page["group"] == "detail":
            rows.append(
                (
                    f"uncached {label}: ≥ {DETAIL_SHARE:g}% of static, "
                    f"≤ {DETAIL_QUERIES} queries",
                    f"{share:.1f}%, {queries} queries",
                    share >= DETAIL_SHARE and queries <= DETAIL_QUERIES,
                )
            )
        elif page["group"] == "listing":
            rows.append(
                (
                    f"uncached {label}: ≥ {LISTING_SHARE:g}% of static",
                    f"{share:.1f}%",
                    share >= LISTING_SHARE,
                )
            )
    for page in cached["pages"]:
        if page["group"] in ("detail", "listing"):
            served = (
                "from the cache" if page["cache"] == "hit" else "NOT from the cache"
            )
            rows.append(
                (
                    f"cached {page['label']}: ≥ {CACHED_SHARE:g}% of static",
                    f"{page['share']:.1f}%, {served}",
                    page["share"] >= CACHED_SHARE and page["cache"] == "hit",
                )
            )
    by_label = {page["label"]: page for page in uncached["pages"]}
    first, fiftieth = by_label["news, page 1"], by_label["news, page 50"]
    spread = (
        100.0 * abs(fiftieth["rps"] - first["rps"]) / first["rps"]
        if first["rps"]
        else float("inf")
    )
    rows.append(
        (
            f"uncached news page 50 within {PAGE_50_SPREAD:g}% of page 1 (req/s)",
            f"{fiftieth['rps']:.1f} vs {first['rps']:.1f} req/s ({spread:.1f}%)",
            spread <= PAGE_50_SPREAD,
        )
    )
    search = by_label["search"]
    rows.append(
        (
            f"uncached search p50 < {SEARCH_P50_MS:g} ms",
            f"{search['p50']:.1f} ms" if search["rps"] else f"> {SECONDS} s",
            search["rps"] > 0 and search["p50"] < SEARCH_P50_MS,
        )
    )
    return rows


def git(*args):
    result = subprocess.run(  # noqa: S603
        ["git", *args],  # noqa: S607 (git from PATH)
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip()


def machine():
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        model = found.group(1).strip() if found else model
    return f"{os.cpu_count()} × {model}"


def table(result):
    lines = [
        f"### {result['name'].capitalize()}",
        "",
        "| page | queries | p50 | p99 | req/s | % of static | cache | afresh |",
        "|---|--:|--:|--:|--:|--:|---|--:|",
    ]
    for page in result["pages"]:
        queries = str(page["queries"])
        if page["writes"]:
            writes = page["writes"]
            queries += ", one a write" if writes == 1 else f", {writes} writes"
        if page["rps"]:
            timing = (
                f"{page['p50']:.1f} ms | {page['p99']:.1f} ms | {page['rps']:,.1f} "
                f"| {page['share']:.1f}%"
            )
        else:  # wrk counts only the answers that arrive within the run
            timing = f"> {SECONDS} s | > {SECONDS} s | 0 | 0%"
        afresh = "–"
        if page.get("afresh_ms") is not None:
            afresh = f"{page['afresh_queries']} q, {page['afresh_ms']:.1f} ms"
        lines.append(
            f"| {page['label']} `{page['url']}` | {queries} | {timing} "
            f"| {page['cache'] or '–'} | {afresh} |"
        )
    errors = [
        f"- {page['label']}: socket errors {page['socket_errors']}"
        for page in result["pages"]
        if page["socket_errors"]
    ]
    return "\n".join([*lines, "", *errors])


def report(uncached, cached, rows, started, load):
    commit = git("rev-parse", "--short", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += " with uncommitted changes"
    met = sum(1 for _target, _result, ok in rows if ok)
    wrk_version = subprocess.run(  # noqa: S603
        [WRK, "--version"], capture_output=True, text=True, check=False
    ).stdout.split("\n")[0]
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py); issue #11 sets the targets.",
        "",
        f"- date: {started:%Y-%m-%d %H:%M} UTC",
        f"- machine: {machine()}, {platform.system()} {platform.release()}; "
        f"load average {load[0]:.2f} at the start, {os.getloadavg()[0]:.2f} at "
        "the end (other work on the machine skews the numbers)",
        f"- commit: {commit}",
        f"- database: {uncached['database'].split(',')[0]}, Redis for the cache",
        f"- server: gunicorn, 2 sync workers, config.settings.production, "
        f"DEBUG off; Python {platform.python_version()}",
        f"- load: {wrk_version.split(' [')[0]}, `wrk -t2 -c8 -d{SECONDS}s "
        f"--latency` per page, median of {ROUNDS} round(s), pages in turn",
        f"- content: demo content and `generate_bulk_content {' '.join(BULK)}`",
        "- queries: the second request of a page through Django's test client "
        "in one process, same settings (with the cache on: a cache hit)",
        "- uncached: the page cache off; what every visitor sees alike (site "
        "structure, the shared fragments of a page, feeds, sitemap pages) is "
        "still kept per content generation, as in production, so the load "
        "test measures a page between changes. *afresh*: the same page with "
        "its shared fragments and responses rendered, as on the first request "
        "after a change (queries; median of 5 requests in one process, "
        "no load)",
        "",
        "## Targets",
        "",
        f"{met} of {len(rows)} met.",
        "",
        "| target | result | met |",
        "|---|---|---|",
        *[
            f"| {target} | {result} | {'✅' if ok else '❌'} |"
            for target, result, ok in rows
        ],
        "",
        "## Pages",
        "",
        table(uncached),
        "",
        table(cached),
        "",
    ]
    return "\n".join(lines)


def main():
    started = datetime.datetime.now(datetime.UTC)
    load = os.getloadavg()
    if not Path(WRK).exists():
        raise BenchError("wrk is missing: `apt-get install wrk` (make bench does)")
    WORK.mkdir(exist_ok=True)
    prepare()
    uncached = run_pass(*PASSES[0])
    cached = run_pass(*PASSES[1])
    rows = targets(uncached, cached)
    OUTPUT.write_text(report(uncached, cached, rows, started, load), encoding="utf-8")
    say(
        f"\nwrote {OUTPUT.relative_to(ROOT) if OUTPUT.is_relative_to(ROOT) else OUTPUT}"
    )
    missed = [(target, result) for target, result, ok in rows if not ok]
    say(f"{len(rows) - len(missed)} of {len(rows)} targets met")
    for target, result in missed:
        say(f"  missed: {target}: {result}")


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        say(f"bench failed: {error}")
        sys.exit(1)
