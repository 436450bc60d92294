"""Wrong passwords are throttled everywhere a visitor can type one: the admin login, the
front-end login for restricted pages and page passwords. Locked out means a Swedish 429 even
with the right password, keyed by account and address; an administrator can unlock."""

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import get_user_model

from wagtail.models import PageViewRestriction

from pages.models import HomePage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "ratt-losenord-2026"
LIMIT = 5


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "redaktor", "redaktor@example.se", PASSWORD, is_staff=True
    )


@pytest.fixture
def login_urls():
    return ["/admin/login/", "/_util/login/"]


def log_in(client, url, password, username="redaktor", address="192.0.2.10"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def assert_locked_out(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert "För många inloggningsförsök" in html
    assert '<html lang="sv">' in html


@pytest.mark.parametrize("url", ["/admin/login/", "/_util/login/"])
def test_five_wrong_passwords_lock_the_account_at_that_address(client, seeded, editor, url):
    for _ in range(LIMIT - 1):
        assert log_in(client, url, "fel").status_code == 200  # the form again, with its error
    assert_locked_out(log_in(client, url, "fel"))  # the fifth locks out
    assert_locked_out(log_in(client, url, PASSWORD))  # and then the right one is refused too
    # Another address, and another account at this address, are not locked out.
    assert log_in(client, url, PASSWORD, address="198.51.100.7").status_code == 302
    client.logout()
    other = get_user_model().objects.create_user("publicist", "p@example.se", PASSWORD)
    assert log_in(client, url, PASSWORD, username=other.username).status_code == 302


def test_the_right_password_before_the_limit_resets_the_count(client, seeded, editor):
    for _ in range(LIMIT - 1):
        log_in(client, "/admin/login/", "fel")
    assert log_in(client, "/admin/login/", PASSWORD).status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        log_in(client, "/admin/login/", "fel")
    assert log_in(client, "/admin/login/", PASSWORD).status_code == 302


def test_page_passwords_are_throttled(client, seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    page = StandardPageFactory(parent=home, title="Skyddad sida", slug="skyddad")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="sidans-losenord"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _ in range(LIMIT - 1):
        response = client.post(url, {"password": "fel", "return_url": "/skyddad/"})
        assert response.status_code == 200
    assert_locked_out(client.post(url, {"password": "fel", "return_url": "/skyddad/"}))
    locked = client.post(url, {"password": "sidans-losenord", "return_url": "/skyddad/"})
    assert_locked_out(locked)
    assert client.get("/skyddad/").status_code == 200
    assert "Skyddad sida" not in client.get("/skyddad/").content.decode()


def test_an_administrator_unlocks_in_the_admin(client, seeded, editor):
    for _ in range(LIMIT):
        log_in(client, "/admin/login/", "fel")
    assert_locked_out(log_in(client, "/admin/login/", PASSWORD))
    attempt = AccessAttempt.objects.get(username="redaktor")

    admin = get_user_model().objects.create_superuser("admin", "admin@example.se", PASSWORD)
    client.force_login(admin)
    listing = client.get("/admin/lasta-inloggningar/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Låsta inloggningar" in html and "Access attempts" not in html
    assert "redaktor" in html and "Häv spärren" in html
    unlocked = client.post(
        "/admin/lasta-inloggningar/",
        {"username": "redaktor", "address": attempt.ip_address},
        follow=True,
    )
    assert "Spärren är hävd för redaktor" in unlocked.content.decode()
    assert not AccessAttempt.objects.filter(username="redaktor").exists()
    client.logout()

    assert log_in(client, "/admin/login/", PASSWORD).status_code == 302


def test_only_those_allowed_may_see_and_lift_locks(client, seeded, editor):
    client.force_login(editor)
    assert client.get("/admin/lasta-inloggningar/").status_code in (302, 403)
    response = client.post("/admin/lasta-inloggningar/", {"address": "127.0.0.1"})
    assert response.status_code in (302, 403)
    assert "/admin/lasta-inloggningar/" not in client.get("/admin/").content.decode()


def test_behind_a_proxy_the_lockout_follows_the_visitor_not_the_proxy(
    client, seeded, editor, settings
):
    """With TRUSTED_PROXY_COUNT=1 the address the proxy saw counts; a forged hop does not."""
    settings.TRUSTED_PROXY_COUNT = 1

    def via_proxy(visitor, password, forged=""):
        chain = f"{forged}, {visitor}" if forged else visitor
        return client.post(
            "/admin/login/",
            {"username": "redaktor", "password": password},
            REMOTE_ADDR="10.0.0.5",
            HTTP_X_FORWARDED_FOR=chain,
        )

    for n in range(LIMIT):
        via_proxy("192.0.2.10", "fel", forged=f"203.0.113.{n}")  # forging does not help
    assert_locked_out(via_proxy("192.0.2.10", PASSWORD))
    assert via_proxy("198.51.100.7", PASSWORD).status_code == 302  # another visitor, same proxy


# --- Spraying: many accounts, one address (issue 20, item 6) -----------------------------------


def test_guessing_across_many_accounts_locks_the_address(client, seeded, editor, settings):
    """30 usernames x 1 guess from one address all went through, and a real login from there
    then worked. Now the address has its own, higher limit across every account."""
    per_address = settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
    assert per_address > LIMIT  # an office behind one address makes a few typos
    statuses = [
        log_in(client, "/admin/login/", "Sommar2026!", username=f"anvandare{n}").status_code
        for n in range(30)
    ]
    assert statuses[: per_address - 1] == [200] * (per_address - 1)
    assert set(statuses[per_address - 1 :]) == {429}
    assert_locked_out(log_in(client, "/admin/login/", PASSWORD))  # the real account too
    assert_locked_out(log_in(client, "/_util/login/", PASSWORD))  # on the front end too
    # Another address is not locked out.
    assert log_in(client, "/admin/login/", PASSWORD, address="198.51.100.7").status_code == 302


def test_a_login_that_works_does_not_wipe_the_address_count(client, seeded, editor, settings):
    """Axes forgets an account's failures when it logs in; a sprayer with one account of their
    own must not be able to forget the address's failures with it."""
    per_address = settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
    for n in range(per_address - 1):
        log_in(client, "/admin/login/", "gissning", username=f"anvandare{n}")
    assert log_in(client, "/admin/login/", PASSWORD).status_code == 302
    client.logout()
    assert_locked_out(log_in(client, "/admin/login/", "gissning", username="anvandare99"))


def test_colleagues_behind_one_address_can_each_mistype(client, seeded, settings):
    """The office NAT: several people each typing a wrong password now and then stay under the
    address's limit and still log in."""
    users = [
        get_user_model().objects.create_user(f"kollega{n}", f"k{n}@example.se", PASSWORD)
        for n in range(6)
    ]
    for user in users:
        for _ in range(2):
            assert log_in(client, "/_util/login/", "fel", username=user.username).status_code == 200
    for user in users:
        assert log_in(client, "/_util/login/", PASSWORD, username=user.username).status_code == 302
        client.logout()


# --- Password reset (issue 20, item 6) ----------------------------------------------------------


def reset(client, email, address="192.0.2.10"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_repeated_resets_for_one_account_send_few_mails_and_reveal_nothing(
    client, seeded, editor, settings, mailoutbox
):
    """8 resets in a row for one account were 8 mails. Now a few; every answer is the usual
    neutral one, for an account that exists and for one that does not."""
    per_account, _window = settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT
    # From several addresses, so that only the account's limit is in play.
    answers = [reset(client, "redaktor@example.se", f"192.0.2.{n}") for n in range(8)]
    assert len(mailoutbox) == per_account
    assert {(r.status_code, r.url) for r in answers} == {(302, "/admin/password_reset/done/")}
    unknown = [reset(client, "ingen@example.se", f"198.51.100.{n}") for n in range(8)]
    assert {(r.status_code, r.url) for r in unknown} == {(302, "/admin/password_reset/done/")}
    assert len(mailoutbox) == per_account
    # An address in another case is the same account.
    assert reset(client, "REDAKTOR@example.se", "203.0.113.1").url == "/admin/password_reset/done/"
    assert len(mailoutbox) == per_account


def test_many_resets_from_one_address_get_a_swedish_429(client, seeded, editor, settings):
    per_address, _window = settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
    for n in range(per_address):
        assert reset(client, f"person{n}@example.se").status_code == 302
    refused = reset(client, "redaktor@example.se")
    assert refused.status_code == 429
    assert refused["Retry-After"].isdigit()
    html = refused.content.decode()
    assert '<html lang="sv">' in html and "För många begäranden om nytt lösenord" in html
    # Another address is not held back.
    assert reset(client, "redaktor@example.se", address="198.51.100.7").status_code == 302
