"""Operations: one JSON log line per request without personal data, a request id, the quiet
DisallowedHost line, and gunicorn configured from the environment (docs/operations.md)."""

import io
import json
import logging
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model

from regionsite.logging import JsonFormatter
from tests.production import PRODUCTION_ENV, run_django

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONFIG = ROOT / "regionsite" / "gunicorn.py"
GUNICORN_VARIABLES = (
    "PORT",
    "WEB_CONCURRENCY",
    "GUNICORN_THREADS",
    "GUNICORN_TIMEOUT",
    "GUNICORN_GRACEFUL_TIMEOUT",
    "GUNICORN_KEEPALIVE",
    "GUNICORN_MAX_REQUESTS",
)


@pytest.fixture
def json_log():
    """The configured handlers (root's "console", DisallowedHost's "console_one_line") with
    production's JSON formatter, writing into one buffer; yields a function that returns the
    lines written so far, each parsed (which fails unless every line is one JSON object)."""
    handlers = [
        handler
        for logger in (logging.getLogger(), logging.getLogger("django.security.DisallowedHost"))
        for handler in logger.handlers
        if handler.name in {"console", "console_one_line"}
    ]
    assert {handler.name for handler in handlers} == {"console", "console_one_line"}
    buffer = io.StringIO()
    saved = [(handler, handler.formatter, handler.setStream(buffer)) for handler in handlers]
    for handler in handlers:
        handler.setFormatter(JsonFormatter())
    try:
        yield lambda: [json.loads(line) for line in buffer.getvalue().splitlines()]
    finally:
        for handler, formatter, stream in saved:
            handler.setFormatter(formatter)
            handler.setStream(stream)


def request_lines(entries):
    return [entry for entry in entries if entry["logger"] == "regionsite.request_log"]


# --- The request log ----------------------------------------------------------------------------


def test_one_json_line_per_request_with_id_status_and_duration(client, seeded, json_log):
    response = client.get("/health/")
    [entry] = request_lines(json_log())
    assert entry["level"] == "INFO"
    assert entry["method"] == "GET"
    assert entry["path"] == "/health/"
    assert entry["status"] == 200
    assert isinstance(entry["duration_ms"], float) and entry["duration_ms"] >= 0
    assert entry["request_id"] == response["X-Request-ID"]
    assert len(entry["request_id"]) == 32
    assert entry["message"] == "GET /health/ 200"
    assert entry["time"].endswith("+00:00")


def test_every_request_gets_its_own_id(client, seeded, json_log):
    first, second = client.get("/health/"), client.get("/health/")
    assert first["X-Request-ID"] != second["X-Request-ID"]
    assert len(request_lines(json_log())) == 2


def test_no_personal_data_in_the_log(client, seeded, json_log):
    editor = get_user_model().objects.create_user("anna.andersson", "anna@example.se", "x")
    client.force_login(editor)
    client.cookies["sparning"] = "kakvarde-hemligt"
    client.get(
        "/sok/",
        {"q": "personnummer 19121212-1212", "email": "anna@example.se"},
        REMOTE_ADDR="203.0.113.77",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
        HTTP_USER_AGENT="Testwebbläsare/1.0",
    )
    client.get("/admin/")
    entries = json_log()
    assert [entry["path"] for entry in request_lines(entries)] == ["/sok/", "/admin/"]
    text = json.dumps(entries, ensure_ascii=False)
    for personal in (
        "203.0.113.77",
        "198.51.100.9",
        "19121212",
        "personnummer",
        "anna",
        "kakvarde-hemligt",
        client.cookies["sessionid"].value,
        "Testwebbläsare",
    ):
        assert personal not in text


def test_errors_are_logged_with_their_status(client, seeded, json_log):
    client.get("/finns-inte/?vem=anna")
    [entry] = request_lines(json_log())
    assert (entry["path"], entry["status"]) == ("/finns-inte/", 404)


@pytest.mark.parametrize(
    "incoming", ["lb-0123_abc", "a" * 64, "0f8fad5b-d9cb-469f-a165-70867728950e"]
)
def test_a_sane_incoming_request_id_is_kept(client, seeded, json_log, incoming):
    response = client.get("/health/", HTTP_X_REQUEST_ID=incoming)
    assert response["X-Request-ID"] == incoming
    [entry] = request_lines(json_log())
    assert entry["request_id"] == incoming


@pytest.mark.parametrize(
    "hostile",
    [
        "a" * 65,
        "x" * 500,
        "abc\ninjected log line",
        "abc\r\nSet-Cookie: x=y",
        "abc def",
        '{"level": "ERROR"}',
        "åäö",
        "",
    ],
)
def test_a_hostile_incoming_request_id_is_replaced(client, seeded, json_log, hostile):
    response = client.get("/health/", HTTP_X_REQUEST_ID=hostile)
    request_id = response["X-Request-ID"]
    assert request_id != hostile
    assert len(request_id) == 32 and request_id.isalnum()
    lines = json_log()
    [entry] = request_lines(lines)
    assert entry["request_id"] == request_id
    if hostile:
        assert hostile not in json.dumps(lines, ensure_ascii=False)


def test_development_keeps_readable_lines(client, seeded):
    [handler] = [h for h in logging.getLogger().handlers if h.name == "console"]
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    try:
        client.get("/health/")
    finally:
        handler.setStream(previous)
    [line] = [line for line in buffer.getvalue().splitlines() if "request_log" in line]
    assert line.endswith("INFO regionsite.request_log: GET /health/ 200")


def test_production_logs_json_for_every_handler():
    """A request in a real production-settings process: its log is JSON lines only."""
    script = (
        "from django.conf import settings; from django.test import Client; "
        "print(sorted({h['formatter'] for h in settings.LOGGING['handlers'].values()})); "
        "Client().get('/robots.txt?q=hemligt', HTTP_X_REQUEST_ID='drill-1', "
        "REMOTE_ADDR='203.0.113.77')"
    )
    env = {
        **PRODUCTION_ENV,  # its database is never connected to: robots.txt needs none
        "ALLOWED_HOSTS": "testserver,internationell.example.se",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "INFO",
    }
    result = run_django(["shell", "--no-imports", "-c", script], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['json']"  # the command's own output, no log lines
    entries = [json.loads(line) for line in result.stderr.splitlines()]
    [entry] = request_lines(entries)
    assert entry["request_id"] == "drill-1"
    assert (entry["path"], entry["status"]) == ("/robots.txt", 200)
    assert "hemligt" not in result.stderr and "203.0.113.77" not in result.stderr


def test_the_formatter_keeps_a_traceback_in_the_one_line():
    try:
        raise ValueError("fel\nmed två rader")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "Oj", (), sys.exc_info())
    record.request = "<WSGIRequest: GET '/?q=hemligt'>"  # as django.request passes it: dropped
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "Oj"
    assert "ValueError: fel\nmed två rader" in entry["exception"]
    assert "hemligt" not in line


# --- The DisallowedHost warning -----------------------------------------------------------------


def test_a_host_we_do_not_serve_is_one_json_warning_line(client, seeded, json_log):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    entries = json_log()
    [warning] = [e for e in entries if e["logger"] == "django.security.DisallowedHost"]
    assert warning["level"] == "WARNING"
    assert warning["message"].startswith("Invalid HTTP_HOST header: 'evil.example'")
    assert "exception" not in warning and "stack" not in warning
    [entry] = request_lines(entries)
    assert entry["status"] == 400
    assert len(entries) == 2


# --- gunicorn ------------------------------------------------------------------------------------


@pytest.fixture
def gunicorn_env(monkeypatch):
    for name in GUNICORN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_gunicorn_reads_the_environment(gunicorn_env):
    values = {
        "PORT": "8123",
        "WEB_CONCURRENCY": "3",
        "GUNICORN_THREADS": "4",
        "GUNICORN_TIMEOUT": "45",
        "GUNICORN_GRACEFUL_TIMEOUT": "20",
        "GUNICORN_KEEPALIVE": "0",
        "GUNICORN_MAX_REQUESTS": "500",
    }
    for name, value in values.items():
        gunicorn_env.setenv(name, value)
    config = runpy.run_path(str(GUNICORN_CONFIG))
    assert config["bind"] == "0.0.0.0:8123"
    assert (config["workers"], config["threads"]) == (3, 4)
    assert (config["timeout"], config["graceful_timeout"], config["keepalive"]) == (45, 20, 0)
    assert (config["max_requests"], config["max_requests_jitter"]) == (500, 50)


def test_gunicorn_defaults(gunicorn_env):
    config = runpy.run_path(str(GUNICORN_CONFIG))
    assert config["bind"] == "0.0.0.0:8000"
    assert config["workers"] == os.cpu_count() * 2 + 1
    assert (config["threads"], config["timeout"], config["graceful_timeout"]) == (2, 30, 30)
    assert (config["keepalive"], config["max_requests"]) == (5, 1000)
    # The request log replaces gunicorn's access log; no control socket (nor its error).
    assert config["accesslog"] is None
    assert config["control_socket_disable"] is True


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WEB_CONCURRENCY", "0"),
        ("WEB_CONCURRENCY", "-2"),
        ("GUNICORN_THREADS", "two"),
        ("GUNICORN_TIMEOUT", "30s"),
        ("GUNICORN_TIMEOUT", "0"),
        ("GUNICORN_GRACEFUL_TIMEOUT", "1.5"),
        ("GUNICORN_KEEPALIVE", "-1"),
        ("GUNICORN_MAX_REQUESTS", "many"),
        ("PORT", "http"),
    ],
)
def test_gunicorn_refuses_a_bad_value(gunicorn_env, name, value):
    gunicorn_env.setenv(name, value)
    with pytest.raises(SystemExit) as refused:
        runpy.run_path(str(GUNICORN_CONFIG))
    message = str(refused.value)
    assert name in message and repr(value) in message and "whole number" in message


def test_gunicorn_stops_at_once_with_the_message():
    env = {**os.environ, "GUNICORN_TIMEOUT": "soon"}
    result = subprocess.run(  # noqa: S603 - the venv's gunicorn
        [str(Path(sys.executable).parent / "gunicorn"), "-c", str(GUNICORN_CONFIG)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "regionsite/gunicorn.py: GUNICORN_TIMEOUT must be a whole number of at least 1, "
        "not 'soon' (see docs/operations.md)."
    )


def test_gunicorn_logs_its_own_lines_as_json_and_no_access_lines():
    script = (
        "import logging, logging.config, runpy; "
        f"config = runpy.run_path({str(GUNICORN_CONFIG)!r}); "
        "logging.config.dictConfig(config['logconfig_dict']); "
        "logging.getLogger('gunicorn.error').info('Booting worker with pid: 1'); "
        "logging.getLogger('gunicorn.access').info('203.0.113.77 GET /?q=hemligt')"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    [line] = result.stderr.splitlines()
    entry = json.loads(line)
    assert (entry["logger"], entry["message"]) == ("gunicorn.error", "Booting worker with pid: 1")
    assert result.stdout == ""


def test_gunicorn_does_not_announce_itself():
    """The Server header names no software or version (the config sets it for gunicorn)."""
    script = (
        "import runpy, gunicorn.http.wsgi; runpy.run_path('regionsite/gunicorn.py'); "
        "print(gunicorn.http.wsgi.SERVER)"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "regionsite"


# --- What visitors can make the site log ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "logger"),
    [
        ("&".join(f"f{n}=1" for n in range(10_001)), "django.security.TooManyFieldsSent"),
        ("x=" + "a" * (2_621_440 + 1), "django.security.RequestDataTooBig"),
    ],
)
def test_an_oversized_form_post_is_one_warning_line_without_the_body(
    seeded, json_log, body, logger
):
    """A visitor cannot write ERROR lines (with tracebacks) at will: a 400 and a WARNING."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)  # the CSRF check reads the form: as in production
    response = client.post("/synpunkter/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    entries = json_log()
    [line] = [e for e in entries if e["logger"] == logger]
    assert line["level"] == "WARNING"
    assert "exception" not in line and "stack" not in line
    assert not [e for e in entries if e["level"] in ("ERROR", "CRITICAL")]
    assert "aaaaaaaa" not in json.dumps(entries) and "f9999" not in json.dumps(entries)
