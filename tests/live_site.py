"""A real server for the seeded site: its own database, migrated and seeded as `make run` does,
served by gunicorn. Used by the browser tests and the benchmarks."""

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def fresh_database(tmp: Path, suffix: str) -> Iterator[str]:
    """A new, empty database: PostgreSQL beside DATABASE_URL's when that is set, else SQLite."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        yield f"sqlite:///{tmp / f'{suffix}.sqlite3'}"
        return

    server, name = base.rsplit("/", 1)
    with postgres_database(server, f"{name.split('?')[0]}_{suffix}") as url:
        yield url


@contextlib.contextmanager
def postgres_database(server: str, name: str) -> Iterator[str]:
    """A new, empty PostgreSQL database ``name`` on ``server`` (postgres://user@host:port),
    dropped afterwards."""
    import psycopg

    def execute(sql: str):
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            connection.execute(sql)

    execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}"
    finally:
        execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def running_site(suffix: str = "live", workers: int = 2) -> Iterator[tuple[str, dict]]:
    """Yield (base URL, environment) of a gunicorn serving the freshly seeded site."""
    with running_instances(suffix, count=1, workers=workers) as (urls, env):
        yield urls[0], env


@contextlib.contextmanager
def running_instances(
    suffix: str, count: int, workers: int = 2, extra_env: dict | None = None
) -> Iterator[tuple[list[str], dict]]:
    """Yield (base URLs, environment) of ``count`` gunicorns sharing one freshly seeded
    database (and whatever ``extra_env`` shares, such as REDIS_URL): app instances behind a
    load balancer, on one machine."""
    tmp = Path(tempfile.mkdtemp(prefix=f"regionsite-{suffix}-"))
    try:
        with fresh_database(tmp, suffix) as database_url:
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "regionsite.settings.test",
                "DATABASE_URL": database_url,
                # Its own uploads and renditions, gone with it: never the test database's.
                "REGIONSITE_TEST_MEDIA_ROOT": str(tmp / "media"),
                **(extra_env or {}),
            }
            manage(env, "migrate", "--noinput", "-v0")
            manage(env, "seed_content")
            with contextlib.ExitStack() as servers:
                urls = [
                    servers.enter_context(gunicorn(env, tmp / f"server-{n}.log", workers))
                    for n in range(count)
                ]
                yield urls, env
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def manage(env: dict, *arguments: str) -> subprocess.CompletedProcess:
    """Run ``manage.py`` with ``arguments`` in ``env``; fail loudly if it fails."""
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )


def shell(env: dict, code: str):
    """Run ``code`` in the site's Django shell; return the last line it prints, as JSON."""
    result = manage(env, "shell", "--no-imports", "-c", code)
    return json.loads(result.stdout.decode().strip().splitlines()[-1])


def create_user(
    env: dict, username: str, password: str, *, superuser: bool = False, group: str = ""
):
    """An account on the site in ``env``: staff, in an editorial ``group`` if named, or a
    superuser."""
    create = "create_superuser" if superuser else "create_user"
    staff = "" if superuser else ", is_staff=True"
    join = f"; user.groups.add(Group.objects.get(name={group!r}))" if group else ""
    manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from django.contrib.auth import get_user_model; "
        "from django.contrib.auth.models import Group; "
        f"user = get_user_model().objects.{create}({username!r}, '{username}@example.se', "
        f"{password!r}{staff}){join}",
    )


def gunicorn(env: dict, log_path: Path, workers: int):
    return serving(
        [
            "-m",
            "gunicorn",
            "regionsite.wsgi:application",
            "--workers",
            str(workers),
            "--bind",
            "127.0.0.1:{port}",
        ],
        env,
        log_path,
    )


@contextlib.contextmanager
def serving(
    arguments: list[str], env: dict, log_path: Path, ready_path: str = "/health/"
) -> Iterator[str]:
    """Run ``python <arguments>`` ("{port}" filled in with a free port, in the arguments and
    the environment's values) until the caller is done; yield its base URL once ``ready_path``
    answers."""
    port = free_port()
    command = [sys.executable, *(argument.format(port=port) for argument in arguments)]
    env = {name: value.replace("{port}", str(port)) for name, value in env.items()}
    with log_path.open("w") as log:
        server = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_up(url, log_path, ready_path)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def wait_until_up(url: str, log: Path, ready_path: str = "/health/", seconds: float = 30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}{ready_path}", timeout=2)  # noqa: S310 - localhost
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not start:\n{log.read_text()}")


@contextlib.contextmanager
def redis_server(port: int):
    """A real redis-server of the test's own on ``port`` (nothing kept on disk)."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required under CI")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    process = subprocess.Popen(  # noqa: S603 - our own arguments
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port, socket_connect_timeout=0.2)
    try:
        for _ in range(100):
            with contextlib.suppress(redis.exceptions.ConnectionError):
                if client.ping():
                    break
            time.sleep(0.05)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)
