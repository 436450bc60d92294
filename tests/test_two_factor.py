"""Staff log in with two factors (issue 20, item 7): with REQUIRE_STAFF_2FA on, the password
alone reaches no admin page; the first login enrols an authenticator app (a real TOTP code,
computed here from the secret the page shows) and shows recovery codes once; wrong codes are
throttled and locked out like passwords; a superuser resets a colleague; off means no second
step, and production says so at start."""

import datetime
import json
import logging
import re
from base64 import b32decode

import pytest
import time_machine
from axes.models import AccessAttempt
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from pages.roles import EDITOR, PUBLISHER, TRANSLATOR
from regionsite.two_factor import devices
from tests.production import PRODUCTION_ENV, run_django

pytestmark = pytest.mark.django_db

PASSWORD = "ratt-losenord-2026"
ADDRESS = "192.0.2.20"
ENROL = "/admin/tvastegsverifiering/aktivera/"
VERIFY = "/admin/tvastegsverifiering/"
RECOVERY = "/admin/tvastegsverifiering/reservkoder/"
# Any <script> element without src that is not a JSON data block would be inline script.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>")


@pytest.fixture(autouse=True)
def required(settings):
    settings.REQUIRE_STAFF_2FA = True
    return settings


def account(username="redaktor", group=None, superuser=False):
    users = get_user_model().objects
    if superuser:
        return users.create_superuser(username, f"{username}@example.se", PASSWORD)
    user = users.create_user(username, f"{username}@example.se", PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def enrolled(user) -> tuple[TOTPDevice, list[str]]:
    device = devices.enrolment_device(user)
    return device, devices.confirm(device)


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def log_in(client, username="redaktor", password=PASSWORD, url="/admin/login/"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ADDRESS)


def send_code(client, code, url=VERIFY, **data):
    return client.post(url, {"code": code, **data}, REMOTE_ADDR=ADDRESS)


@pytest.mark.parametrize(
    ("group", "superuser"),
    [(EDITOR, False), (PUBLISHER, False), (TRANSLATOR, False), (None, True)],
    ids=["redaktor", "publicist", "oversattare", "superuser"],
)
def test_the_password_alone_reaches_no_admin_page(client, seeded, group, superuser):
    account("konto", group=group, superuser=superuser)
    assert log_in(client, "konto").status_code == 302
    for path in ["/admin/", "/admin/pages/", "/admin/images/", "/admin/users/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(ENROL + "?next="), path
    # Nor the public site as a logged-in account (private pages, the editors' toolbar).
    assert client.get("/")["Location"].startswith(ENROL)


def test_the_second_step_pages_load_their_icons_and_translations(client, seeded):
    account(group=EDITOR)
    log_in(client)
    for path in ["/admin/sprite/", "/admin/jsi18n/"]:
        assert client.get(path).status_code == 200, path


def test_a_front_end_login_is_held_at_the_second_step_too(client, seeded):
    enrolled(account(group=EDITOR))
    assert log_in(client, url="/_util/login/").status_code == 302
    assert client.get("/admin/")["Location"] == VERIFY + "?next=%2Fadmin%2F"


def test_an_account_without_admin_access_has_no_second_step(client, seeded):
    get_user_model().objects.create_user("besokare", "b@example.se", PASSWORD)
    assert log_in(client, "besokare", url="/_util/login/").status_code == 302
    assert client.get("/").status_code == 200


def test_first_login_enrols_an_app_and_shows_the_recovery_codes_once(client, seeded):
    user = account(group=EDITOR)
    log_in(client)
    page = client.get(ENROL + "?next=/admin/pages/")
    html = page.content.decode()
    assert page.status_code == 200
    assert '<html lang="sv"' in html
    assert "Aktivera tvåstegsverifiering" in html
    qr = re.search(r"<svg [^>]*>", html).group(0)  # drawn on the server, named for readers
    assert 'class="two-factor-qr" role="img" aria-label="QR-kod för autentiseringsappen"' in qr
    assert not INLINE_SCRIPT.search(html)
    policy = page["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "'unsafe-inline'" not in script_src
    assert "no-store" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]
    # The key in text, for those who cannot scan, is the device's secret.
    secret = re.search(r'<code class="two-factor-secret">([A-Z2-7 ]+)</code>', html).group(1)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert b32decode(secret.replace(" ", "")) == device.bin_key
    assert client.get("/admin/").status_code == 302  # not yet

    response = send_code(client, code_for(device), url=ENROL, next="/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == RECOVERY + "?next=%2Fadmin%2Fpages%2F"
    codes_page = client.get(response["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", codes_page)
    assert len(codes) == devices.RECOVERY_CODE_COUNT
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    assert 'href="/admin/pages/"' in codes_page
    assert client.get(RECOVERY).status_code == 302  # shown once
    assert client.get("/admin/").status_code == 200
    assert TOTPDevice.objects.get(user=user).confirmed


def test_a_wrong_code_does_not_confirm_the_enrolment(client, seeded):
    user = account(group=EDITOR)
    log_in(client)
    client.get(ENROL)
    response = send_code(client, "000000", url=ENROL)
    assert response.status_code == 400
    assert "Koden stämmer inte" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302


def test_an_enrolled_account_cannot_enrol_again_with_the_password_alone(client, seeded):
    device, _ = enrolled(account(group=EDITOR))
    log_in(client)
    assert client.get(ENROL)["Location"].startswith(VERIFY)
    assert send_code(client, "123456", url=ENROL)["Location"].startswith(VERIFY)
    assert list(TOTPDevice.objects.all()) == [device]


def test_an_enrolled_account_gives_its_app_code(client, seeded):
    device, _ = enrolled(account(group=PUBLISHER))
    log_in(client)
    page = client.get(VERIFY + "?next=/admin/pages/")
    assert page.status_code == 200
    assert "Skriv koden som visas i autentiseringsappen" in page.content.decode()
    assert not INLINE_SCRIPT.search(page.content.decode())
    response = send_code(client, code_for(device), next="/admin/pages/")
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_the_next_address_must_be_on_this_site(client, seeded):
    device, _ = enrolled(account(group=EDITOR))
    log_in(client)
    response = send_code(client, code_for(device), next="//evil.example/")
    assert response["Location"] == "/admin/"


def test_a_recovery_code_works_once(client, seeded):
    _, codes = enrolled(account(group=EDITOR))
    log_in(client)
    response = send_code(client, codes[0].upper()[:4] + "-" + codes[0][4:])  # as people copy it
    assert response["Location"] == "/admin/"
    dashboard = client.get("/admin/").content.decode()
    assert "Du har 9 reservkoder kvar" in dashboard
    client.logout()
    log_in(client)
    response = send_code(client, codes[0])
    assert response.status_code == 400
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_lock_out_like_passwords_even_across_logins(client, seeded, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # this test is about django-axes' count alone
    device, _ = enrolled(account(group=EDITOR))
    log_in(client)
    for _ in range(2):
        assert send_code(client, "000000").status_code == 400
    # Logging in again with the password does not clear the count for the second step.
    client.logout()
    log_in(client)
    for _ in range(2):
        assert send_code(client, "000000").status_code == 400
    locked = send_code(client, "000000")  # the fifth
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "För många inloggningsförsök" in html
    assert "felaktiga lösenord eller koder" in html
    assert client.get("/admin/")["Location"].startswith("/admin/login/")  # logged out
    # The account is locked at this address: even the right password and code are refused.
    assert log_in(client).status_code == 429
    assert AccessAttempt.objects.get(username="redaktor").failures_since_start >= 5
    # From another address, the whole login works and the code clears that address's count.
    client.post(
        "/admin/login/", {"username": "redaktor", "password": PASSWORD}, REMOTE_ADDR="198.51.100.9"
    )
    client.post(VERIFY, {"code": code_for(device)}, REMOTE_ADDR="198.51.100.9")
    assert client.get("/admin/").status_code == 200


def test_the_right_code_resets_the_count(client, seeded, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device, _ = enrolled(account(group=EDITOR))
    log_in(client)
    for _ in range(4):
        send_code(client, "000000")
    send_code(client, code_for(device))
    assert not AccessAttempt.objects.filter(username="redaktor").exists()


def test_the_devices_own_throttle_answers_429_in_swedish(client, seeded):
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        device, _ = enrolled(account(group=EDITOR))
        log_in(client)
        assert send_code(client, "000000").status_code == 400
        clock.shift(1.5)  # one wrong code: the next is allowed after a second
        assert send_code(client, "000000").status_code == 400
        clock.shift(0.5)  # two: after two seconds
        refused = send_code(client, code_for(device))  # even the right code, while throttled
        assert refused.status_code == 429
        assert "För många felaktiga koder i rad. Vänta 2 sekunder" in refused.content.decode()
        clock.shift(30)
        assert send_code(client, code_for(device))["Location"] == "/admin/"


def test_a_superuser_resets_a_colleagues_second_factor(client, seeded, caplog):
    admin_device, _ = enrolled(account("chef", superuser=True))
    colleague = account(group=EDITOR)
    enrolled(colleague)
    log_in(client, "chef")
    send_code(client, code_for(admin_device))
    listing = client.get("/admin/users/").content.decode()
    reset_url = f"/admin/tvastegsverifiering/aterstall/{colleague.pk}/"
    assert reset_url in listing
    assert "Återställ tvåstegsverifiering" in client.get(reset_url).content.decode()
    with caplog.at_level(logging.WARNING, logger="regionsite.two_factor.devices"):
        response = client.post(reset_url)
    assert response["Location"] == "/admin/users/"
    assert not TOTPDevice.objects.filter(user=colleague).exists()
    assert not StaticDevice.objects.filter(user=colleague).exists()
    assert "Second factor reset for redaktor" in caplog.text
    assert "by chef" in caplog.text
    # The colleague's next login starts a new enrolment.
    client.logout()
    log_in(client)
    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_only_a_superuser_may_reset(client, seeded):
    publisher = account("publicist", group=PUBLISHER)
    device, _ = enrolled(publisher)
    colleague = account(group=EDITOR)
    enrolled(colleague)
    log_in(client, "publicist")
    send_code(client, code_for(device))
    reset_url = f"/admin/tvastegsverifiering/aterstall/{colleague.pk}/"
    # Wagtail's admin answers a refusal by sending the user to the dashboard with its message.
    assert client.post(reset_url).status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=colleague).exists()
    assert reset_url not in client.get("/admin/users/").content.decode()


def test_the_reset_address_needs_the_second_step_itself(client, seeded):
    enrolled(account("chef", superuser=True))
    colleague = account(group=EDITOR)
    enrolled(colleague)
    log_in(client, "chef")  # password only
    response = client.post(f"/admin/tvastegsverifiering/aterstall/{colleague.pk}/")
    assert response.status_code == 302
    assert TOTPDevice.objects.filter(user=colleague).exists()


def test_the_operator_resets_a_superuser_who_lost_everything(seeded, caplog):
    user = account("chef", superuser=True)
    enrolled(user)
    with caplog.at_level(logging.WARNING, logger="regionsite.two_factor.devices"):
        call_command("reset_two_factor", "chef", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert "by manage.py reset_two_factor" in caplog.text


def test_with_the_setting_off_there_is_no_second_step(client, seeded, settings):
    settings.REQUIRE_STAFF_2FA = False
    enrolled(account(group=EDITOR))
    log_in(client)
    assert client.get("/admin/").status_code == 200


def test_production_warns_at_start_when_the_setting_is_off():
    off = run_django(["check"], {**PRODUCTION_ENV, "REQUIRE_STAFF_2FA": "off"})
    assert off.returncode == 0, off.stderr
    warnings = [
        json.loads(line)
        for line in off.stderr.splitlines()
        if line.startswith("{") and "REQUIRE_STAFF_2FA" in line
    ]
    assert len(warnings) == 1
    assert warnings[0]["level"] == "WARNING"
    on = run_django(["check"], PRODUCTION_ENV)
    assert on.returncode == 0, on.stderr
    assert "REQUIRE_STAFF_2FA" not in on.stderr


def test_the_setting_defaults_on_in_production_and_off_in_development():
    shown = "from django.conf import settings; print(settings.REQUIRE_STAFF_2FA)"
    production = run_django(["shell", "--no-imports", "-c", shown], PRODUCTION_ENV)
    assert production.stdout.strip() == "True", production.stderr
    development = run_django(
        ["shell", "--no-imports", "-c", shown], {"REQUIRE_STAFF_2FA": None}, settings="dev"
    )
    assert development.stdout.strip() == "False", development.stderr
