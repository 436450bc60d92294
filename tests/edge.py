"""A real Varnish with the repository's VCL (regionsite/caching/varnish.vcl) in front of a
backend of the test's choosing, as `make serve-edge` runs it."""

import contextlib
import glob
import http.client
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live_site import ROOT, free_port

VCL = ROOT / "regionsite" / "caching" / "varnish.vcl"
# Where Debian (multiarch), older packages and source builds put the xkey vmod.
XKEY_VMOD = (
    "/usr/lib/*/varnish/vmods/libvmod_xkey.so",
    "/usr/lib/varnish/vmods/libvmod_xkey.so",
    "/usr/local/lib/varnish/vmods/libvmod_xkey.so",
)


def render_vcl(backend_host: str, backend_port: int, purge_from: str = "127.0.0.1/32") -> str:
    """The VCL with its placeholders filled in, as `make serve-edge` fills them with sed."""
    network, prefix = purge_from.split("/")
    return (
        VCL.read_text()
        .replace("@BACKEND_HOST@", backend_host)
        .replace("@BACKEND_PORT@", str(backend_port))
        .replace("@PURGE_NETWORK@", network)
        .replace("@PURGE_PREFIX@", prefix)
    )


def varnishd_or_skip() -> str:
    """The path of varnishd, when it and the xkey vmod are installed; else skip (fail in CI)."""
    binary = shutil.which("varnishd")
    missing = ""
    if binary is None:
        missing = "varnishd"
    elif not any(glob.glob(path) for path in XKEY_VMOD):
        missing = "the xkey vmod (varnish-modules)"
    if missing:
        reason = f"{missing} is not installed (apt-get install varnish varnish-modules)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: required under CI")
        pytest.skip(reason)
    return binary


@contextlib.contextmanager
def varnish(
    backend_port: int, port: int | None = None, proxy_port: int | None = None
) -> Iterator[str]:
    """Yield the base URL of a varnishd in front of 127.0.0.1:``backend_port``, on ``port``
    (default: a free one; choose it first when the backend must know FRONTEND_CACHE_PURGE_URL
    before it starts). With ``proxy_port`` it also listens there for the PROXY protocol, so a
    test can speak as a client from any address (client.ip is the one the PROXY line names)."""
    binary = varnishd_or_skip()
    port = port or free_port()
    # Started as root, varnishd compiles the VCL and serves as its own unprivileged users
    # (the "unix" jail): they must be able to read the VCL and enter the working directory,
    # which varnishd creates itself inside this one.
    tmp = Path(tempfile.mkdtemp(prefix="regionsite-varnish-"))
    tmp.chmod(0o755)
    (tmp / "varnish.vcl").write_text(render_vcl("127.0.0.1", backend_port))
    (tmp / "varnish.vcl").chmod(0o644)
    listen = ["-a", f"127.0.0.1:{port}"]
    if proxy_port:
        listen += ["-a", f"127.0.0.1:{proxy_port},PROXY"]
    command = [binary, "-F", "-n", str(tmp / "work"), "-f", str(tmp / "varnish.vcl")]
    command += [*listen, "-s", "malloc,32m"]
    log_path = tmp / "varnishd.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        wait_for_varnish(port, process, log_path)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


def wait_for_varnish(port: int, process: subprocess.Popen, log_path: Path, seconds: float = 30):
    """Until varnishd answers a purge of nothing (it compiles the VCL first)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"varnishd stopped:\n{log_path.read_text()}")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            connection.request("PURGE", "/", headers={"xkey-purge": "nothing"})
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
        finally:
            connection.close()
    raise RuntimeError(f"varnishd did not start:\n{log_path.read_text()}")
