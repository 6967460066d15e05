"""Do slow clients hold the application server's workers?

Opens SLOW connections that send a POST's headers at once and then its body
at one byte a second (a visitor on a bad line, or someone doing it on purpose),
and meanwhile asks for PROBE every half second as an ordinary visitor would.
Prints how long the probes waited; exits 1 when one waited longer than
--max-wait seconds (the workers were held), 0 otherwise.

    python deploy/slow_clients.py http://127.0.0.1:8000 --slow 2 --seconds 20

Run it against gunicorn directly, then against nginx in front of the same
gunicorn (deploy/README.md, "Chosen and measured"). Standard library only.
"""

import argparse
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit


def slow_post(host, port, host_header, path, seconds, results):
    """One POST whose body of `seconds` bytes arrives at one byte a second."""
    started = time.monotonic()
    status = "no answer"
    try:
        with socket.create_connection((host, port), timeout=seconds + 90) as sock:
            sock.sendall(
                (
                    f"POST {path} HTTP/1.1\r\nHost: {host_header}\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    # A well-formed CSRF cookie: Django's CSRF check then
                    # reads the form (the body) to compare the token.
                    f"Cookie: csrftoken={'a' * 32}\r\n"
                    f"Content-Length: {seconds}\r\nConnection: close\r\n\r\n"
                ).encode()
            )
            for _ in range(seconds):
                time.sleep(1)
                sock.sendall(b"a")
            first_line = sock.makefile("rb").readline().decode(errors="replace")
            status = first_line.split(" ")[1] if " " in first_line else "closed"
    except OSError as error:
        status = type(error).__name__
    results.append((status, time.monotonic() - started))


def probe(url, host_header, timeout):
    """Seconds until `url` answered (any status), or None after `timeout`."""
    request = urllib.request.Request(url, headers={"Host": host_header})  # noqa: S310
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            response.read()
    except urllib.error.HTTPError:
        pass  # an answer all the same (a 404 or 503 is not a held worker)
    except OSError:
        return None
    return time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--slow", type=int, default=2, help="slow connections")
    parser.add_argument("--seconds", type=int, default=20, help="body bytes = s")
    parser.add_argument("--path", default="/admin/login/", help="slow POST target")
    parser.add_argument("--probe", default="/healthz", help="what visitors ask for")
    parser.add_argument("--host", help="Host header (default: the base's)")
    parser.add_argument("--max-wait", type=float, default=2.0)
    args = parser.parse_args()

    base = urlsplit(args.base)
    host_header = args.host or base.netloc
    # Warm up: each worker's first requests load what it loads lazily.
    for _ in range(6):
        probe(args.base + args.probe, host_header, 30)
    results = []
    slow = [
        threading.Thread(
            target=slow_post,
            args=(
                base.hostname,
                base.port or 80,
                host_header,
                args.path,
                args.seconds,
                results,
            ),
        )
        for _ in range(args.slow)
    ]
    for thread in slow:
        thread.start()
    time.sleep(1)  # the slow requests reach the workers first

    waits = []
    deadline = time.monotonic() + args.seconds - 2
    while time.monotonic() < deadline:
        waits.append(probe(args.base + args.probe, host_header, args.seconds + 10))
        time.sleep(0.5)
    for thread in slow:
        thread.join()

    answered = [wait for wait in waits if wait is not None]
    held = [wait for wait in waits if wait is None or wait > args.max_wait]
    sys.stdout.write(
        f"{args.slow} slow POST(s) to {args.path}, 1 byte/s for {args.seconds} s: "
        + ", ".join(f"{status} after {took:.0f} s" for status, took in results)
        + "\n"
        f"{len(waits)} probes of {args.probe}: {len(answered)} answered, "
        f"slowest after {max(answered, default=0):.2f} s, "
        f"{len(held)} waited over {args.max_wait:g} s or got no answer\n"
    )
    return 1 if held else 0


if __name__ == "__main__":
    sys.exit(main())
