"""Sessions end when their owner walks away: an editor's after a working day at most and after
an idle hour, a visitor's page-password session after half an hour without a request.

Django has only an absolute lifetime (SESSION_COOKIE_AGE); the idle limit is kept here, as a
timestamp in the session that is refreshed at most once a minute (so a busy editor does not
write the session on every request)."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

LAST_SEEN = "_regionsite_last_seen"
REFRESH_EVERY = 60  # seconds


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and not session.is_empty():
            self.expire_if_idle(request, session)
        return self.get_response(request)

    def expire_if_idle(self, request, session):
        now = int(time.time())
        last_seen = session.get(LAST_SEEN, now)
        authenticated = request.user.is_authenticated
        limit = (
            settings.SESSION_IDLE_TIMEOUT
            if authenticated
            else settings.SESSION_IDLE_TIMEOUT_ANONYMOUS
        )
        if now - last_seen > limit:
            if authenticated:
                logout(request)  # flushes the session and makes the user anonymous
            else:
                session.flush()
            return
        if now - last_seen >= REFRESH_EVERY or LAST_SEEN not in session:
            session[LAST_SEEN] = now


class SessionStore(DatabaseSessionStore):
    """Django's database sessions (SESSION_ENGINE = "regionsite.sessions"), refusing a key that
    Django could never have made before it reaches the database: a forged cookie with a NUL
    byte is an error to PostgreSQL, and would answer 500."""

    def _validate_session_key(self, key):
        return super()._validate_session_key(key) and key.isascii() and key.isalnum()
