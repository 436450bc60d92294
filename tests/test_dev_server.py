"""`make run`'s development server is as robust as production: an encoded traversal under
/static/ answers 404 (Django's runserver static handler answered 500), static files are served.
The server is started with the very arguments the Makefile gives it."""

import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.live_site import ROOT, free_port, wait_until_up


def runserver_arguments(port: int) -> list[str]:
    """The arguments after `manage.py` on the Makefile's runserver line, with the port."""
    line = next(
        line for line in (ROOT / "Makefile").read_text().splitlines() if "runserver" in line
    )
    arguments = line.split("$(MANAGE)", 1)[1].split()
    return [re.sub(r"\$\(PORT\)", str(port), argument) for argument in arguments]


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory):
    tmp: Path = tmp_path_factory.mktemp("devserver")
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "regionsite.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp / 'dev.sqlite3'}",
    }
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    port = free_port()
    log = tmp / "server.log"
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", *runserver_arguments(port), "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_up(url, log)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - localhost
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_makefile_serves_static_files_through_whitenoise():
    assert "--nostatic" in runserver_arguments(8000)


@pytest.mark.parametrize(
    "path", ["/static/..%2fmanage.py", "/static/css/..%2f..%2f..%2fmanage.py", "/static/%2e%2e/x"]
)
def test_an_encoded_traversal_under_static_is_a_404(dev_server, path):
    assert status(dev_server + path) == 404


def test_static_files_are_served(dev_server):
    assert status(dev_server + "/static/css/site.css") == 200
