"""Logging helpers for the settings' LOGGING dict."""

import logging


class OneLineWarning(logging.Filter):
    """Log a record as one WARNING line without its traceback: for requests with a Host the
    site does not serve, which are scanners' noise, not errors of ours."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True
