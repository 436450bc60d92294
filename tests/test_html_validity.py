"""Every page the crawl reaches is valid HTML by the W3C Nu HTML checker (vnu.jar), the
checker the national web guidelines point to. `make vnu` fetches the checker (it needs Java
and npm); without it the test is skipped, except under CI where it fails."""

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from django.conf import settings
from django.core import signing

from pages.feedback import SIGNING_SALT
from tests.crawling import crawl

pytestmark = pytest.mark.django_db
VNU_JAR = Path(__file__).resolve().parent.parent / ".tools" / "vnu" / "vnu.jar"
# Pages the crawl does not reach by links: searches with results, filters, a filter with an
# error (400), 404s in each language.
EXTRA = (
    "/sok/?q=bredband",
    "/en/search/?q=rail",
    "/fi/haku/?q=suomi",
    "/projekt/?status=pagaende&tema=infrastruktur",
    "/projekt/?tema=abc",
    "/nyheter/?tema=abc",
    "/finns-inte/",
    "/en/not-here/",
    "/fi/ei-ole/",
)


@pytest.fixture
def vnu():
    java = shutil.which("java")
    if java and VNU_JAR.exists():
        return [java, "-Xss4m", "-jar", str(VNU_JAR)]
    message = "the Nu HTML checker needs Java and .tools/vnu/vnu.jar (run `make vnu`)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {message}")
    pytest.skip(message)


def too_many_resets(client):
    for _ in range(settings.PASSWORD_RESET_LIMIT_PER_ADDRESS[0]):
        client.post("/admin/password_reset/", {"email": "ingen@example.se"})
    return client.post("/admin/password_reset/", {"email": "ingen@example.se"})


def test_every_page_is_valid_html(client, seeded, vnu, tmp_path):
    files = {}
    pages = list(crawl(client)) + [(path, client.get(path)) for path in EXTRA]
    # The feedback form sent back with its errors (400), everything typed kept.
    pages.append(("/synpunkter/ (fel)", client.post("/synpunkter/", {"found": "kanske"})))
    # Past the address's limit (429) and too fast (400): the form again, with what was typed.
    signer = signing.Signer(salt=SIGNING_SALT)
    sent = {"found": "ja", "next": "/", "token": signer.sign_object(time.time() - 60)}
    for _ in range(settings.FEEDBACK_LIMIT_PER_ADDRESS[0]):
        client.post("/synpunkter/", sent)
    pages.append(("/synpunkter/ (för många)", client.post("/synpunkter/", sent)))
    fast = {**sent, "token": signer.sign_object(time.time())}
    pages.append(("/synpunkter/ (för snabbt)", client.post("/en/feedback/", fast)))
    # The second step after an answer, and sent back with a bad e-mail address.
    more = client.post("/fi/palaute/", sent, REMOTE_ADDR="192.0.2.99")  # not past its limit
    pages.append(("/fi/palaute/ (vaihe 2)", client.get(more.url)))
    bad = {"answer": more.url.split("svar=")[1], "wants_answer": "on", "email": "x@"}
    pages.append(("/fi/palaute/ (virhe)", client.post("/fi/palaute/", bad)))
    pages.append(("/admin/password_reset/ (för många)", too_many_resets(client)))
    for number, (path, response) in enumerate(pages):
        if "text/html" in response.get("Content-Type", ""):
            file = tmp_path / f"{number}.html"
            file.write_bytes(response.content)
            files[str(file)] = path
    assert len(files) >= 60

    result = subprocess.run(  # noqa: S603 - our own checker and files
        [*vnu, "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{files.get(message.get('url', '').removeprefix('file:'), message.get('url'))}: "
        f"{message['message']} ({message.get('extract', '').strip()[:80]})"
        for message in messages
        if message["type"] in ("error", "non-document-error") or message.get("subType") == "fatal"
    ]
    assert errors == []
