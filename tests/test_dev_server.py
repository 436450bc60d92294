"""`make run`'s development server is as robust as production: an encoded traversal under
/static/ answers 404 (Django's runserver static handler answered 500), static files are served.
The server is started with the very arguments the Makefile gives it."""

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.live_site import ROOT, manage, serving


def runserver_arguments(port: int | str) -> list[str]:
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
    manage(env, "migrate", "--noinput", "-v0")
    with serving(
        ["manage.py", *runserver_arguments("{port}"), "--noreload"], env, tmp / "server.log"
    ) as url:
        yield url


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
