"""Kept search answers (pages/search_cache.py): the same question asked again is answered
without a query, never stale, never personal, and what the cache holds does not give the
visitor's words away."""

import re

import pytest
import redis

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from pages.models import HomePage, ThemePage
from regionsite.caching.store import get_store
from tests.factories import StandardPageFactory
from tests.live_site import free_port, redis_server
from tests.test_cache_keys import CHANGES, body, fresh
from tests.test_cache_outage import redis_cache_settings

pytestmark = pytest.mark.django_db
QUESTION = "/sok/?q=bredband"


@pytest.fixture(autouse=True)
def answers_kept(settings):
    settings.PAGE_CACHE_SECONDS = 300


def queries_for(client, path, **extra) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    assert response.status_code == 200, path
    return response.content.decode(), len(queries)


def is_kept(client, path, **extra) -> bool:
    """Answered without a query: a computed answer reads the search documents."""
    return queries_for(client, path, **extra)[1] == 0


def test_the_same_question_again_is_answered_without_a_query_and_stays_unshareable(client, seeded):
    first, computed = queries_for(client, QUESTION)
    assert computed > 0 and ">Infrastruktur</a>" in first
    again, queries = queries_for(client, QUESTION)
    assert queries == 0
    assert again == first
    response = client.get(QUESTION)
    # No HTTP cache keeps it: not the edge, not the browser.
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "/sok/?q=bredband&sortera=datum",
        "/sok/?q=bredband&typ=tema",
        "/en/search/?q=broadband",
        "/fi/haku/?q=laajakaista",
    ],
)
def test_each_question_and_language_is_its_own_answer(client, seeded, path):
    client.get(QUESTION)
    assert not is_kept(client, path)
    assert is_kept(client, path)


def test_a_question_nothing_answers_is_never_kept(client, seeded):
    """A name, say: not even the time of the answer may tell that somebody asked it."""
    client.get("/sok/?q=Karinsdotterssonska")
    assert not is_kept(client, "/sok/?q=Karinsdotterssonska")
    client.get("/sok/?q=bredband&typ=nonsens")  # a 400
    assert client.get("/sok/?q=bredband&typ=nonsens").status_code == 400


def test_editors_and_visitors_with_cookies_neither_get_nor_leave_a_kept_answer(
    client, seeded, django_user_model
):
    client.cookies["sessionid"] = "any"
    client.get(QUESTION)
    assert not is_kept(client, QUESTION)
    client.cookies.clear()
    editor = django_user_model.objects.create_superuser("redaktor", "r@example.se", "x" * 16)
    client.get(QUESTION)  # kept for anonymous visitors
    client.force_login(editor)
    html, queries = queries_for(client, QUESTION)
    assert queries > 0 and "wagtail-userbar" in html


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run ``change`` as the admin does: the index is written when the change commits."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            return change()

    return run


def test_a_new_page_is_found_at_once(client, seeded, publish):
    assert "Bredbandskollen" not in queries_for(client, QUESTION)[0]
    home = HomePage.objects.get(locale__language_code="sv")
    publish(
        lambda: StandardPageFactory(
            parent=home, title="Bredbandskollen", slug="kollen", intro="Om bredband i länet."
        )
    )
    assert "Bredbandskollen" in queries_for(client, QUESTION)[0]


def test_an_unpublished_or_private_hit_leaves_the_kept_answer_at_once(client, seeded, publish):
    assert ">Infrastruktur</a>" in queries_for(client, QUESTION)[0]
    assert is_kept(client, QUESTION)
    theme = ThemePage.objects.get(slug="infrastruktur", locale__language_code="sv")
    publish(
        lambda: PageViewRestriction.objects.create(
            page=theme, restriction_type="password", password="hemligt-losen"
        )
    )
    assert ">Infrastruktur</a>" not in queries_for(client, QUESTION)[0]
    PageViewRestriction.objects.filter(page=theme).delete()
    assert ">Infrastruktur</a>" in queries_for(client, QUESTION)[0]
    publish(theme.unpublish)
    assert ">Infrastruktur</a>" not in queries_for(client, QUESTION)[0]


def test_a_write_to_the_index_alone_renews_the_answers(client, seeded):
    """The worker writes the index after the publish has renewed the pages: an answer
    computed in between, from the old documents, must not outlive that write."""
    theme = ThemePage.objects.get(slug="infrastruktur", locale__language_code="sv")
    client.get(QUESTION)
    assert is_kept(client, QUESTION)
    Page.objects.filter(pk=theme.pk).update(title="Transporter och bredband")  # no signal
    assert is_kept(client, QUESTION)  # nothing has told the cache yet
    index.insert_or_update_object(ThemePage.objects.get(pk=theme.pk))
    assert ">Transporter och bredband</a>" in queries_for(client, QUESTION)[0]


@pytest.mark.parametrize("query_exists", [False, True], ids=["new query", "known query"])
def test_an_editors_pick_added_later_is_shown_at_once(client, seeded, query_exists):
    if query_exists:
        Query.get("bredband")  # an earlier pick, since removed, left the query behind
    assert "Rekommenderat" not in queries_for(client, QUESTION)[0]
    assert is_kept(client, QUESTION)
    contact = Page.objects.get(slug="kontakt")
    SearchPromotion.objects.create(
        query=Query.get("bredband"), page=contact, description="Fråga oss om bredband."
    )
    assert "Fråga oss om bredband." in queries_for(client, QUESTION)[0]


def test_a_new_secret_key_computes_the_answer_again(client, seeded, settings):
    first, _ = queries_for(client, QUESTION)
    settings.SECRET_KEY = "another-" + settings.SECRET_KEY
    again, queries = queries_for(client, QUESTION)
    assert queries > 0
    signed = re.compile(r'name="token" value="[^"]+"')  # the feedback form's, per key
    assert signed.sub("", again) == signed.sub("", first)


def test_redis_holds_neither_the_words_nor_a_readable_answer(client, seeded, settings):
    """In a real Redis: the entry's name and value carry no trace of the question, a second
    visitor asking the same gets it from there, and it is gone within the five minutes the
    privacy page promises, however long pages are kept."""
    settings.PAGE_CACHE_SECONDS = 3600
    port = free_port()
    with override_settings(CACHES=redis_cache_settings(port)), redis_server(port):
        get_store().clear()
        first, _ = queries_for(client, "/sok/?q=Bredband")
        assert is_kept(client, "/sok/?q=Bredband")
        server = redis.Redis(port=port)
        names = list(server.scan_iter("*"))
        answers = [name for name in names if b":rc:s:" in name]
        assert len(answers) == 1
        assert 0 < server.ttl(answers[0]) <= 300
        sealed = server.get(answers[0])
        assert len(sealed) > len(first.encode()) / 2  # the page itself, not a reference to it
        for text in ("bredband", "Bredband", "Infrastruktur", "träffar"):
            word = text.encode()
            assert not any(word in name for name in names)
            assert word not in sealed


# Questions whose answers show what the changes in tests/test_cache_keys.py touch: news,
# themes, the menu, the footer's settings, the English site.
QUESTIONS = ["/sok/?q=bredband", "/sok/?q=nyheter", "/en/search/?q=broadband", "/sok/?q=EU"]


@pytest.mark.parametrize("change", CHANGES, ids=[change.__name__ for change in CHANGES])
def test_after_a_change_every_kept_answer_equals_a_fresh_one(settings, seeded, change):
    settings.FRAGMENT_CACHE_SECONDS = 3600
    prepare = getattr(change, "prepare", None)
    if prepare is not None:
        prepare()
    client = Client()
    for question in QUESTIONS:
        client.get(question)
    assert sum(is_kept(client, question) for question in QUESTIONS) >= 3  # or it proves nothing

    change()

    stale = [q for q in QUESTIONS if body(client.get(q)) != fresh(settings, client, q)]
    assert not stale, f"answered stale after {change.__name__}: {stale}"
