"""Logging helpers for the settings' LOGGING dict."""

import json
import logging
from datetime import UTC, datetime


class OneLineWarning(logging.Filter):
    """Log a record as one WARNING line without its traceback: for requests with a Host the
    site does not serve and oversized form posts, which are scanners' and visitors' doing,
    not errors of ours."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for the log platform in production (docs/operations.md).

    Only the fields named here are written: a record's other ``extra`` values (Django passes
    the whole request object to ``django.request`` and ``django.security``, and its repr has
    the query string) never reach the log. A traceback or a newline in a message stays inside
    the one line, escaped by JSON.
    """

    #: Fields a log call may add with ``extra=`` (the request log's, regionsite/request_log.py).
    FIELDS = ("request_id", "method", "path", "status", "duration_ms")

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({f: getattr(record, f) for f in self.FIELDS if hasattr(record, f)})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        line = json.dumps(entry, ensure_ascii=False, default=str)
        # Readable Swedish, but not the two characters some tools take for line breaks.
        return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
