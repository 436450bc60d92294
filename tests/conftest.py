import io
import shutil

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from wagtail.models import Site

from pages.models import HomePage
from regionsite.caching.store import get_store
from tests.smtp import running_smtp_server


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths, the page and fragment caches keep what pages showed: a
    rolled-back test must not leave them behind."""
    yield
    cache.clear()
    get_store().clear()


@pytest.fixture(autouse=True)
def _source_language():
    """A request through the test client leaves its language active; the next test starts in
    Swedish, as a fresh process would."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database starts as `make run` seeds it; each test's changes are rolled back.

    The media folder goes with the database: kept while the database is reused (the seeded
    images and their renditions are there, made once), emptied when the database is new. The
    seed brings back any seeded image's file that is missing all the same."""
    with django_db_blocker.unblock():
        if not HomePage.objects.exists():  # a new database: nothing refers to the old files
            shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
        call_command("seed_content", stdout=io.StringIO())


@pytest.fixture
def seeded(db):
    """The seeded site (the database already holds it; this names the dependency)."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback (tests/smtp.py), with Django's SMTP backend pointed at it
    for this test: the test reads the mails the server received."""
    with running_smtp_server() as server:
        for name, value in server.django_settings().items():
            setattr(settings, name, value)
        yield server


@pytest.fixture
def user_in(django_user_model):
    """``user_in(role)``: a staff account in the editorial group ``role``, or a superuser for
    ``"admin"``."""

    def make(role):
        if role == "admin":
            return django_user_model.objects.create_superuser("roll-admin", "a@example.se", "x")
        user = django_user_model.objects.create_user(f"roll-{role}", password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make
