"""Production: everything from ``base``, and nothing starts without its secrets or with weak
values (a guessable key, any host, a public address that is not https or not served here);
each refusal says how to fix it (docs/operations.md, "Configuration checks")."""

import logging
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import split_domain_port, validate_host

from .base import *  # noqa: F403
from .base import (
    database_config,
    env_bool,
    env_list,
    env_required,
    public_address,
    strong_secret_key,
)

SECRET_KEY = strong_secret_key(env_required("SECRET_KEY"))

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [env_required("ALLOWED_HOSTS")]
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must name the site's host names, not '*' (which lets any Host header "
        "through, into links and e-mails): for example ALLOWED_HOSTS=internationell.example.se."
    )

SITE_URL = public_address(env_required("SITE_URL"))
_site_host, _site_port = split_domain_port(urlsplit(SITE_URL).netloc)
# Plain http only for a trial on this machine (the image's smoke test, the benchmarks).
if not SITE_URL.startswith("https://") and _site_host not in {"localhost", "127.0.0.1", "[::1]"}:
    raise ImproperlyConfigured(
        f"SITE_URL must start with https:// (got {SITE_URL!r}): the public site is served over "
        "TLS, and links, feeds and e-mails carry this address. Only localhost may use http://."
    )
if not validate_host(_site_host, ALLOWED_HOSTS):
    raise ImproperlyConfigured(
        f"SITE_URL names the host {_site_host}, which ALLOWED_HOSTS ({', '.join(ALLOWED_HOSTS)}) "
        f"does not include: add {_site_host} to ALLOWED_HOSTS, or correct SITE_URL."
    )
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
