"""Log lines: one JSON object per event on stdout, with the request id.

`JsonFormatter` writes a fixed set of fields, never the extra attributes a
record carries: Django attaches the `request` to its records, and its repr
holds the query string (a visitor's search terms). No field names the
visitor's address. A traceback stays on the same line, as `exc_info`.

`ClientErrorFilter` makes a refused request (a 4xx: a foreign `Host`, an
oversized body, any `SuspiciousOperation`) one WARNING line without a
traceback: Django logs those at ERROR with the exception, as if the site had
failed. Plain 404s are left to the access log. Unhandled exceptions (5xx)
pass unchanged: ERROR, with their traceback.
"""

import json
import logging
from datetime import UTC, datetime

from . import request_id


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.current.get()
        return True


class ClientErrorFilter(logging.Filter):
    def filter(self, record):
        status = getattr(record, "status_code", None)
        if not isinstance(status, int) or not 400 <= status < 500:
            return True
        if status == 404:
            return False
        # The record is shared with the logger's other handlers; a refusal is
        # a warning for all of them.
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if getattr(record, "request_id", None):
            line["request_id"] = record.request_id
        if isinstance(getattr(record, "status_code", None), int):
            line["status"] = record.status_code
        if record.exc_info:
            line["exc_info"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exc_info"] = record.exc_text
        return json.dumps(line)
