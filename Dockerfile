# syntax=docker/dockerfile:1
#
# Regionsite production image: gunicorn + Django/Wagtail, static files served by whitenoise.
#
#   docker build -t regionsite .
#   docker run --rm --env-file regionsite.env regionsite python manage.py migrate --noinput
#   docker run -d --env-file regionsite.env -p 8000:8000 -v regionsite-media:/app/media regionsite
#
# Migrations are a release step (the second line), never run at container start: several
# containers starting at once must not race to migrate. See docs/deployment.md.

# Both stages must use the same Python: the virtual environment built in the first stage
# points at /usr/local/bin/python3.11. Pin a digest here (python:3.11-slim-bookworm@sha256:…)
# for fully reproducible builds.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm


# --- Builder: dependencies, compiled translations, collected static files ---------------------
FROM ${PYTHON_IMAGE} AS builder

# gettext provides msgfmt for compilemessages; it stays in this stage. Debian package versions
# are not pinned: bookworm's security updates replace them, and a pin would break the build.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

# Keep in step with UV_VERSION in the Makefile: one uv for developers, CI and the image.
ARG UV_VERSION=0.13.9
RUN pip install --no-cache-dir --disable-pip-version-check --root-user-action=ignore \
    "uv==${UV_VERSION}"

# Use the image's Python (never download one), copy rather than hard-link out of the cache
# mount, and precompile bytecode so workers start fast without writing .pyc at run time.
ENV UV_PYTHON_DOWNLOADS=never \
    UV_PYTHON=/usr/local/bin/python3.11 \
    UV_LINK_MODE=copy \
    UV_COMPILE_BYTECODE=1

WORKDIR /app

# Dependencies first, so code changes do not reinstall them. --locked fails the build if
# uv.lock is out of date with pyproject.toml. Only default groups are installed, and there are
# none (default-groups = []), so the test group stays out; --no-dev would also keep out a "dev"
# group if one were added. /app/.venv gets the runtime dependencies only.
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev

COPY . .

# Production settings refuse to load without SECRET_KEY (50+ characters), ALLOWED_HOSTS, SITE_URL
# and DATABASE_URL.
# Neither command below needs a real one, so dummy values are given to this RUN only: they
# are not ENV, and nothing of them remains in the image. compilemessages skips .venv, which
# holds the installed packages' own (already compiled) catalogues.
RUN SECRET_KEY=build-time-only-not-a-secret-and-never-used-to-sign-anything-0123456789 \
    ALLOWED_HOSTS=localhost \
    SITE_URL=http://localhost \
    DATABASE_URL=sqlite:////tmp/build-only.sqlite3 \
    DJANGO_SETTINGS_MODULE=regionsite.settings.production \
    sh -c '.venv/bin/python manage.py compilemessages --ignore=.venv \
        && .venv/bin/python manage.py collectstatic --noinput --verbosity 1'


# --- Runtime: the Python image, the virtual environment and the application --------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="/app/.venv/bin:${PATH}" \
    DJANGO_SETTINGS_MODULE=regionsite.settings.production \
    MEDIA_ROOT=/app/media \
    PORT=8000

# A fixed, numeric, unprivileged user: Kubernetes' runAsNonRoot can verify it, and media
# volumes can be prepared for uid 10001 on the host.
RUN groupadd --system --gid 10001 regionsite \
    && useradd --system --uid 10001 --gid regionsite --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin regionsite

WORKDIR /app

# Code, venv, .mo files and collected static files stay owned by root: the application
# cannot modify itself. Only the media directory is writable by the application user.
COPY --from=builder /app /app
RUN mkdir -p /app/media && chown regionsite:regionsite /app/media

# Health check. Django answers 400 to any Host header not in ALLOWED_HOSTS, and operators
# should not have to add 127.0.0.1 to it just for this. So the check connects to 127.0.0.1
# but sends the first entry of ALLOWED_HOSTS as its Host (HEALTHCHECK_HOST overrides it): it
# works with whatever the deployment allows. /health/ is exempt from the HTTPS redirect; a
# redirect would lead away from this container, so it counts as a failure, as does any proxy
# from the environment (it is bypassed). The view checks the database, so "unhealthy" also
# means "the database is unreachable". Standard library only: slim has no curl.
COPY --chmod=0755 <<'EOF' /usr/local/bin/regionsite-healthcheck
#!/usr/local/bin/python3
"""GET /health/ from the gunicorn in this container; exit 0 if it answers 200, else 1."""

import os
import sys
import urllib.request


def host_header() -> str:
    explicit = os.environ.get("HEALTHCHECK_HOST", "").strip()
    if explicit:
        return explicit
    for entry in os.environ.get("ALLOWED_HOSTS", "").split(","):
        entry = entry.strip()
        if entry == "*":
            return "localhost"
        if entry:
            return entry.lstrip(".")  # ".example.org" allows example.org itself too
    return "localhost"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # urllib then raises HTTPError for the 3xx


# The task worker runs from this image too (`python manage.py db_worker`) and serves no HTTP: its
# process is the container's, so while it runs it is healthy (it waits out a database outage).
with open("/proc/1/cmdline", "rb") as cmdline:
    if b"db_worker" in cmdline.read():
        sys.exit(0)

opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/health/"
request = urllib.request.Request(url, headers={"Host": host_header()})
try:
    with opener.open(request, timeout=5) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception as error:  # refused, timeout, 4xx/5xx: all mean unhealthy
    print(f"health check failed: {error}", file=sys.stderr)
    sys.exit(1)
EOF

USER 10001:10001

# Uploaded images and documents (MEDIA_ROOT). Mount a named volume or a persistent disk here
# and back it up together with the database.
VOLUME ["/app/media"]

EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python3", "/usr/local/bin/regionsite-healthcheck"]

# Workers, threads, timeouts and JSON logging are configured in regionsite/gunicorn.py (PORT,
# WEB_CONCURRENCY, GUNICORN_THREADS, GUNICORN_TIMEOUT, GUNICORN_GRACEFUL_TIMEOUT,
# GUNICORN_KEEPALIVE, GUNICORN_MAX_REQUESTS, FORWARDED_ALLOW_IPS; see docs/operations.md).
# The same image runs the task worker by command: `python manage.py db_worker` (one container
# beside the web containers; docs/deployment.md, "Task worker").
CMD ["gunicorn", "-c", "regionsite/gunicorn.py"]
