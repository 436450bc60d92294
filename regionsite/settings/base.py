"""Settings shared by every environment.

This module is safe for production on its own: it reads the environment in one place
(the ``env_*`` helpers below) and never invents a secret. ``dev`` and ``test`` loosen it;
``production`` additionally refuses to start without its required variables.
"""

import datetime
import os
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

from django.core.exceptions import ImproperlyConfigured
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from regionsite import languages as national_minority_languages
from regionsite.identity import ORGANISATION_NAME

BASE_DIR = Path(__file__).resolve().parent.parent.parent


# --- Reading the environment (the only place that does) --------------------------------------


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_required(name: str) -> str:
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set (see README.md, 'Production')."
        )
    return value


def public_address(url: str) -> str:
    """SITE_URL, checked: scheme and host only (``https://internationell.example.se``)."""
    parts = urlsplit(url.strip().rstrip("/"))
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path or parts.query:
        raise ImproperlyConfigured(
            f"SITE_URL must be the site's public address, like https://example.se (got {url!r})."
        )
    return f"{parts.scheme}://{parts.netloc}"


# Production refuses a key that is short, Django's development key or plainly not random; each
# refusal says how to make a good one (settings/production.py).
MINIMUM_SECRET_KEY_LENGTH = 50  # Django's deploy check warns below this
MINIMUM_SECRET_KEY_CHARACTERS = 10  # different ones: a hex key has 16, token_urlsafe's over 40
MAKE_A_SECRET_KEY = "python -c 'import secrets; print(secrets.token_urlsafe(50))'"  # noqa: S105 - advice, not a key


def strong_secret_key(key: str) -> str:
    """SECRET_KEY, checked: long and random-looking. The key itself is never in the message."""
    distinct = len(set(key))
    if key.startswith("django-insecure-"):
        problem = "starts with 'django-insecure-': that is a key startproject made for development"
    elif len(key) < MINIMUM_SECRET_KEY_LENGTH:
        problem = f"must be at least {MINIMUM_SECRET_KEY_LENGTH} characters long"
    elif distinct < MINIMUM_SECRET_KEY_CHARACTERS:
        problem = (
            f"has only {distinct} different characters (at least "
            f"{MINIMUM_SECRET_KEY_CHARACTERS}): it is not random"
        )
    elif max(Counter(key).values()) > len(key) // 4:
        problem = "repeats one character in more than a quarter of its length: it is not random"
    else:
        return key
    raise ImproperlyConfigured(
        f"SECRET_KEY {problem}. Make a new one with {MAKE_A_SECRET_KEY} and keep it secret."
    )


def env_seconds(name: str, default: float) -> float:
    """A number of seconds (0: no limit) from the environment, or stop with its name."""
    raw = env_str(name)
    try:
        value = float(raw) if raw else default
    except ValueError:
        value = -1.0
    if not 0 <= value < 86_400:
        raise ImproperlyConfigured(f"{name} must be a number of seconds, 0 or more (got {raw!r}).")
    return value


def database_config(url: str) -> dict:
    """Parse DATABASE_URL, with persistent, health-checked connections and, on PostgreSQL,
    every wait bounded (regionsite/postgresql/base.py, docs/operations.md "Timeouts")."""
    config = dj_database_url.parse(url, conn_max_age=600, conn_health_checks=True)
    if config["ENGINE"] != "django.db.backends.postgresql":
        return config
    config["ENGINE"] = "regionsite.postgresql"
    options = config.setdefault("OPTIONS", {})
    # libpq counts whole seconds and waits at least 2; a value in DATABASE_URL wins.
    options.setdefault("connect_timeout", max(2, round(env_seconds("DATABASE_CONNECT_TIMEOUT", 3))))
    statement_timeout = env_seconds("DATABASE_STATEMENT_TIMEOUT", 5)
    if statement_timeout:
        limit = f"-c statement_timeout={round(statement_timeout * 1000)}"
        options["options"] = f"{options.get('options', '')} {limit}".strip()
    # The client's own bound for a server that never answers (regionsite.postgresql).
    config["STATEMENT_TIMEOUT"] = statement_timeout
    return config


SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
# The public address: the Wagtail Site record (canonical links, sitemap, feeds), the links in
# moderation e-mails and the origin trusted for form posts all follow it.
SITE_URL = public_address(env_str("SITE_URL", "http://127.0.0.1:8000"))
CSRF_TRUSTED_ORIGINS = [SITE_URL, *env_list("CSRF_TRUSTED_ORIGINS")]
WAGTAILADMIN_BASE_URL = SITE_URL
DATABASE_URL = env_str("DATABASE_URL")
REDIS_URL = env_str("REDIS_URL")

# Mail for moderation notices, password resets and news subscriptions (sent by the task worker).
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# A mail server that stops answering holds a worker only this long (Django's default: forever).
EMAIL_TIMEOUT = env_seconds("EMAIL_TIMEOUT", 20) or None
# Feedback from the pages is mailed here too (pages/feedback.py), if set.
MANAGERS = [("Synpunkter", address) for address in env_list("FEEDBACK_EMAIL")]
# Names and e-mail addresses in feedback are erased after this (manage.py forget_feedback_contacts).
FEEDBACK_RETENTION_DAYS = int(env_str("FEEDBACK_RETENTION_DAYS", "365"))
# Feedback posts allowed per (count, seconds), counted in the shared cache: per client address
# (a person rarely sends more than a couple), and per page from all addresses together.
FEEDBACK_LIMIT_PER_ADDRESS = (5, 600)
FEEDBACK_LIMIT_PER_PAGE = (30, 3600)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# News by e-mail (pages/subscriptions.py): a confirmation link is valid this many days, and an
# address nobody confirmed is erased after them (manage.py forget_unconfirmed_subscribers).
SUBSCRIPTION_CONFIRM_DAYS = 7
# Sign-ups allowed per (count, seconds), counted in the shared cache: per e-mail address (so
# nobody fills another person's inbox with confirmations) and per client address.
SUBSCRIPTION_LIMIT_PER_EMAIL = (3, 24 * 3600)
SUBSCRIPTION_LIMIT_PER_ADDRESS = (10, 3600)
# News mails per task: one SMTP connection each; a batch that fails is tried again later.
SUBSCRIPTION_BATCH_SIZE = 50


# --- Applications ------------------------------------------------------------------------------

INSTALLED_APPS = [
    "pages",
    "regionsite",
    "regionsite.caching",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",  # login throttling: after the auth apps, as its docs require
    # Staff's second factor (regionsite/two_factor/): an authenticator app, and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Background tasks (Wagtail's index updates, subscription mails) queued in the database and
    # run by the worker, `manage.py db_worker` (`make worker`; docs/operations.md, Task worker).
    "django_tasks",
    "django_tasks_db",
]

# The queue is a table in the site's database: a task is enqueued in the same transaction as the
# change that asks for it (nothing is lost when the worker is down; it runs once one is up).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

MIDDLEWARE = [
    # Request id and one log line per request (gunicorn's access log is off in its favour).
    "regionsite.request_log.RequestLogMiddleware",
    # Whole pages for anonymous, cookie-less visitors, as sent (compressed, with their ETag and
    # every security header the middleware below added): a hit skips everything below. Such a
    # request has no session, so no user to look up; an http:// request is its own entry, and
    # SecurityMiddleware's redirect to https is never stored.
    "regionsite.caching.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Compress last (it runs first on the way out) and put an ETag on what is sent, so a
    # browser or CDN asking again with If-None-Match gets a 304.
    "regionsite.middleware.PublicGZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "regionsite.static_files.StaticFilesMiddleware",  # whitenoise, without its manifest
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session has passed the second step.
    "django_otp.middleware.OTPMiddleware",
    "regionsite.sessions.IdleSessionMiddleware",
    # Staff who have given only their password are held at the second step (REQUIRE_STAFF_2FA).
    "regionsite.two_factor.middleware.SecondFactorMiddleware",
    # Signed-in users' responses are private: no shared cache may keep them.
    "regionsite.middleware.PrivateForSignedInMiddleware",
    "regionsite.middleware.MethodNotAllowedPageMiddleware",
    # What every page shares (the site, its settings) from the fragment cache.
    "regionsite.caching.fragments.SharedSiteMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "regionsite.csp.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "regionsite.middleware.DatabaseUnavailableMiddleware",
    "regionsite.middleware.MalformedFormMiddleware",
    "regionsite.middleware.ResilientRedirectMiddleware",  # Wagtail's, without a 500 on an outage
    # Last, as django-axes requires: answers a locked-out login with the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes checks every login (admin, front end) before Django's own backend does.
AUTHENTICATION_BACKENDS = [
    "regionsite.login_throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "regionsite.urls"
WSGI_APPLICATION = "regionsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


# --- Data --------------------------------------------------------------------------------------

DATABASES = {"default": database_config(DATABASE_URL)} if DATABASE_URL else {}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = (
    {
        "default": {
            # Django's Redis cache, except that an outage means uncached pages, not errors.
            "BACKEND": "regionsite.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "regionsite",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "RETRY_AFTER": 5},
        }
    }
    if REDIS_URL
    else {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]


# --- Language: Swedish first -------------------------------------------------------------------

LANGUAGE_CODE = "sv"
# Swedish, English, and Finnish as a national minority language (Gävleborg has Finnish
# administrative areas): basic information at /fi/. Adding Meänkieli, Sámi, Romani chib or
# Yiddish the same way: docs/languages.md.
LANGUAGES = [
    ("sv", "Svenska"),
    ("en", "English"),
    ("fi", "Suomi"),
]
# Languages with basic information only (their home page, pages.language_homes), not a mirror
# of the Swedish site: the translators' report does not list every page as missing in them.
BASIC_INFORMATION_LANGUAGES = ["fi"]
LANGUAGES_BIDI = national_minority_languages.register()
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin is for the region's staff: Swedish (the site's own catalogue, locale/sv) or English.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES[:2]
WAGTAILADMIN_USER_LOGIN_FORM = "regionsite.admin_login.AdminLoginForm"
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"


# --- Static files and uploads ------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several app instances need one home for uploads: with a bucket named, images and documents
# live on S3-compatible storage (django-storages), private, served through Wagtail's views.
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": env_str("MEDIA_S3_REGION") or None,
            "access_key": env_str("MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": env_str("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "default_acl": "private",
            "file_overwrite": False,
        },
    }


def static_file_headers(headers, path: str, url: str):
    """The security headers for static files (WHITENOISE_ADD_HEADERS_FUNCTION): whitenoise
    answers before the middleware that sends them with pages. (SecurityMiddleware, above
    whitenoise, adds nosniff, Referrer-Policy and, over HTTPS, HSTS.) A static file is never a
    page, so its policy allows nothing but its own styles and images (an SVG opened directly)."""
    headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    )
    headers["X-Frame-Options"] = "DENY"
    headers["Permissions-Policy"] = ", ".join(f"{feature}=()" for feature in PERMISSIONS_POLICY)
    headers["Cross-Origin-Resource-Policy"] = "same-origin"


WHITENOISE_ADD_HEADERS_FUNCTION = static_file_headers

# Editors upload documents and images; allow only harmless, common types (no zip, no SVG).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is downloaded, never shown inside the site's origin (a PDF or a text file
# rendered inline could carry script or phishing under our address).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# The library asks for a description (the default alternative text): pages/image_forms.py.
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.image_forms.ImageForm"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000


# --- Wagtail -----------------------------------------------------------------------------------

# Redirects are made automatically only from an address that was live (pages/redirects.py).
WAGTAILREDIRECTS_AUTO_CREATE = False

# A new translation of a live page starts as a draft; pages/translation_guard.py keeps it
# unpublished until every segment is translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_SITE_NAME = format_lazy("{} – {}", ORGANISATION_NAME, _("Internationell samverkan"))
# "default" serves the admin's searches; "pages" keeps the site search's own documents, fed
# whatever Wagtail indexes (pages/search_index.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "pages.search_backend"},
    "pages": {"BACKEND": "pages.search_index"},
}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True


# Anonymous pages are cached whole for this long (0: off), and CDNs may serve a stale copy this
# much longer while they fetch a fresh one. A change renews exactly the pages that show what
# changed, at once (regionsite/caching/).
PAGE_CACHE_SECONDS = int(env_str("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_STALE_SECONDS = 60
# What every page shares (site, menu, footer links, home pages: regionsite/caching/fragments.py)
# is kept this long at most (0: off), renewed by the same changes as the pages.
FRAGMENT_CACHE_SECONDS = int(env_str("FRAGMENT_CACHE_SECONDS", "3600"))
# Every web process looks this often for renewals that could not reach Redis or the edge
# when they were made (0: only after each change; regionsite/caching/renewal.py).
OUTBOX_POLL_SECONDS = float(env_str("OUTBOX_POLL_SECONDS", "0.5"))

# A CDN or caching proxy in front of the site is purged by the same signals as our own cache:
# an HTTP PURGE endpoint (Varnish, nginx) and/or Cloudflare, each configured by environment.
# The edge Varnish (regionsite/caching/varnish.vcl) is purged there by key as well.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
    }


# --- Security ----------------------------------------------------------------------------------

# Login throttling (django-axes): five wrong passwords for one account from one address lock
# that pair out for a quarter of an hour, admin, front-end login and page passwords alike.
# Attempts live in the database, so the lockout holds across app instances; administrators
# unlock under Inställningar -> Låsta inloggningar.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
# One account at one address, and (issue 20: password spraying) one address across accounts,
# with its own higher limit: LOGIN_FAILURE_LIMIT_PER_ADDRESS, applied by the handler below.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "429.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_CLIENT_IP_CALLABLE = "regionsite.login_throttle.client_ip"
# Failed logins from one address across every account (password spraying) lock that address
# out at this many (regionsite.login_throttle.LoginAttemptHandler); higher than the per-account
# limit, since an office behind one address makes a few typos. See docs/operations.md.
LOGIN_FAILURE_LIMIT_PER_ADDRESS = int(env_str("LOGIN_FAILURE_LIMIT_PER_ADDRESS", "20"))
# Password-reset mails (count, seconds): per e-mail address asked for (past it: the same neutral
# answer, no mail) and per client address (past it: a 429). regionsite/password_reset.py.
PASSWORD_RESET_LIMIT_PER_ACCOUNT = (3, 3600)
PASSWORD_RESET_LIMIT_PER_ADDRESS = (10, 3600)
# The attempt handler: the address's own limit (regionsite.login_throttle.LoginAttemptHandler),
# and wrong second-factor codes count as failed logins too; for staff, the count is reset only
# when the second step succeeds, not by the password alone (regionsite/two_factor/throttle.py).
AXES_HANDLER = "regionsite.two_factor.throttle.TwoStepAxesHandler"

# Every account that can reach /admin/ logs in with a second factor: an authenticator app
# (TOTP) or one of its recovery codes (regionsite/two_factor/, docs/operations.md). On unless
# switched off; development and test settings switch it off by default.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", True)
# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = f"{ORGANISATION_NAME} Internationell samverkan"
# django-otp's own throttle on each device: after n wrong codes in a row the next is refused
# for 2**(n-1) seconds, whichever session tries.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# How many proxies in front of the app append to X-Forwarded-For (0: none, trust REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(env_str("TRUSTED_PROXY_COUNT", "0"))

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview views override this with SAMEORIGIN for the admin's preview iframe.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# An editor's session lasts a working day at most, and ends after an idle hour; a visitor's
# page-password session after half an idle hour (regionsite/sessions.py).
SESSION_ENGINE = "regionsite.sessions"  # the database, with forged keys refused early
SESSION_COOKIE_AGE = 10 * 60 * 60
SESSION_IDLE_TIMEOUT = 60 * 60
SESSION_IDLE_TIMEOUT_ANONYMOUS = 30 * 60
# A form post that fails the CSRF check gets the site's Swedish 403, not Django's English page.
CSRF_FAILURE_VIEW = "regionsite.views.csrf_failure"
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# django-csp 4 reads this dict (through regionsite.csp.SiteCSPMiddleware). The public site
# loads nothing from elsewhere and runs no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The admin's own policy: nothing from elsewhere, no plugins, no framing by other sites. Wagtail
# 7.4's editor still writes inline scripts (inline panels, date widgets, the dashboard) and
# inline styles, so those are allowed here, and only here: the public policy has neither.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# No avatars from gravatar.com: the admin makes no third-party requests.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Sent by django-permissions-policy (it validates the feature names): the site uses none.
PERMISSIONS_POLICY = {
    feature: [] for feature in ("camera", "microphone", "geolocation", "payment", "usb")
}


# --- Logging: to the console (stderr), for the container platform ------------------------------

# Readable lines here and in development; production switches every handler to "json" (one
# object per line, see docs/operations.md). regionsite.request_log logs one INFO line a request.
# Logs go to stderr, the StreamHandler's default: stdout is for commands' own output
# (`manage.py dumpdata > file`, `shell -c`), which log lines must not get into.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "json": {"()": "regionsite.logging.JsonFormatter"},
    },
    "filters": {"one_line_warning": {"()": "regionsite.logging.OneLineWarning"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "console_one_line": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["one_line_warning"],
        },
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Wagtail runs its index updates as tasks; a log line for each is noise.
        "django_tasks": {"level": "WARNING"},
        # django-axes narrates every login at INFO; its lockouts are WARNINGs and stay.
        "axes": {"level": "WARNING"},
        # Requests with a Host we do not serve, and form posts too large or with too many
        # fields or files: scanners' and visitors' doing, answered 400, not errors of ours. Django
        # logs them as ERROR with a traceback; here one WARNING line (never the body).
        **{
            f"django.security.{name}": {
                "handlers": ["console_one_line"],
                "level": "WARNING",
                "propagate": False,
            }
            for name in (
                "DisallowedHost",
                "RequestDataTooBig",
                "TooManyFieldsSent",
                "TooManyFilesSent",
            )
        },
    },
}
