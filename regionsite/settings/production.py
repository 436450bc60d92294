"""Production: everything from ``base``, and nothing starts without its secrets."""

import logging

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import database_config, env_bool, env_list, env_required, public_address

# Django's own deploy check warns below 50 characters; production refuses to start.
MINIMUM_SECRET_KEY_LENGTH = 50

SECRET_KEY = env_required("SECRET_KEY")
if len(SECRET_KEY) < MINIMUM_SECRET_KEY_LENGTH:
    raise ImproperlyConfigured(
        f"SECRET_KEY must be at least {MINIMUM_SECRET_KEY_LENGTH} characters long "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [env_required("ALLOWED_HOSTS")]
SITE_URL = public_address(env_required("SITE_URL"))
CSRF_TRUSTED_ORIGINS = [SITE_URL, *env_list("CSRF_TRUSTED_ORIGINS")]
WAGTAILADMIN_BASE_URL = SITE_URL
DATABASES = {"default": database_config(env_required("DATABASE_URL"))}

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds every subdomain of the region's domain for years: the region's web team
# decides that, not this site, so the deploy check's reminder is silenced.
SECURE_HSTS_PRELOAD = False
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Logs: one JSON object per line (on stderr, see base.py) for the log platform; the fields are
# listed in docs/operations.md.
for _handler in LOGGING["handlers"].values():  # noqa: F405
    _handler["formatter"] = "json"
# Python's warnings go through logging too, so they become JSON lines like the rest.
logging.captureWarnings(True)
LOGGING["loggers"]["py.warnings"] = {"handlers": ["console"], "propagate": False}  # noqa: F405
