"""Nothing untranslated is public: every path that creates, syncs or publishes a translation
leaves a translation with untranslated segments unpublished, and a live translation is never
overwritten with source text (pages/translation_guard.py)."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.synctree import synchronize_tree

from pages.models import NewsIndexPage, NewsPage
from pages.roles import PUBLISHER, TRANSLATOR
from pages.translation import translate_via_po
from pages.translation_guard import IncompleteTranslation, untranslated_segments
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

TITLE = "Glesbygdens bredband byggs ut i Ockelbo"
PUBLIC_ENGLISH_PATHS = ["/en/", "/en/news/", "/en/news/rss/", "/sitemap-en.xml"]


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def news(seeded):
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    page = NewsPageFactory(
        parent=index, title=TITLE, slug="ockelbo", intro="Fibern når byarna i Ockelbo."
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def publisher(client, django_user_model):
    user = django_user_model.objects.create_user("publicist", password="x")
    user.groups.add(Group.objects.get(name=PUBLISHER))
    client.force_login(user)
    return user


def nowhere_in_english(client):
    for path in [*PUBLIC_ENGLISH_PATHS, "/en/search/?q=Ockelbo"]:
        assert TITLE not in client.get(path).content.decode(), path


def translation_of(news, english) -> Translation:
    source = TranslationSource.objects.get(object_id=news.translation_key, locale=news.locale)
    return Translation.objects.get(source=source, target_locale=english)


def test_a_new_translation_starts_as_a_draft_and_is_nowhere_public(
    client, news, english, publisher
):
    translate_object(news, [english], user=publisher)
    draft = news.get_translation(english)
    assert not draft.live and untranslated_segments(draft) > 0
    client.logout()
    assert client.get(draft.url or "/en/news/ockelbo/").status_code == 404
    nowhere_in_english(client)


def test_publishing_an_incomplete_translation_is_refused_on_every_path(
    client, news, english, publisher
):
    translate_object(news, [english], user=publisher)
    draft = news.get_translation(english).specific
    permissions = draft.permissions_for_user(publisher)
    assert not permissions.can_publish() and not permissions.can_submit_for_moderation()

    with pytest.raises(IncompleteTranslation):  # a user's publish, forged past the buttons
        draft.save_revision(user=publisher).publish(user=publisher)
    draft.save_revision().publish()  # a publish without a user (wagtail-localize's own)
    client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"})  # the editor's button
    source = translation_of(news, english).source
    client.post(  # "Sync translated pages" with "Publish immediately"
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )

    draft.refresh_from_db()
    assert not draft.live
    client.logout()
    nowhere_in_english(client)


def test_a_complete_translation_is_published_and_listed(client, news, english):
    translated = translate_via_po(news, english, lambda text: f"EN {text}")
    translated.refresh_from_db()
    assert translated.live and untranslated_segments(translated) == 0
    assert f"EN {TITLE}" in client.get("/en/news/").content.decode()


def test_a_live_translation_is_never_overwritten_with_source_text(client, news, english):
    translated = translate_via_po(news, english, lambda text: f"EN {text}")
    translated.refresh_from_db()
    news.intro = "Nu når fibern även Hamrånge."
    news.save_revision().publish()
    translation = translation_of(news, english)
    translation.source.update_from_db()  # the translator syncs: one new segment

    with pytest.raises(IncompleteTranslation):
        translation.save_target(publish=False)
    translate_object(news, [english])  # submitting it again takes the same path, quietly

    translated.refresh_from_db()
    assert translated.live and translated.intro == "EN Fibern når byarna i Ockelbo."
    assert "Hamrånge" not in client.get(translated.url).content.decode()


def test_locale_synchronisation_makes_no_live_pages_in_another_language(client, news, english):
    swedish = Locale.objects.get(language_code="sv")
    synchronize_tree(swedish, english)
    alias = NewsPage.objects.get(translation_key=news.translation_key, locale=english)
    assert alias.alias_of_id == news.pk and not alias.live
    nowhere_in_english(client)


def test_a_translator_requests_a_translation_and_works_on_the_draft(client, news, english):
    translator = get_user_model().objects.create_user("oversattare", password="x")
    translator.groups.add(Group.objects.get(name=TRANSLATOR))
    client.force_login(translator)
    submit = reverse("wagtail_localize:submit_page_translation", args=[news.pk])
    assert client.get(submit).status_code == 200
    response = client.post(submit, {"locales": [english.pk]})
    assert response.status_code == 302
    draft = news.get_translation(english)
    assert not draft.live
    assert client.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200
    assert not draft.permissions_for_user(translator).can_publish()


def translate_everything_as_a_draft(news, english) -> Translation:
    """What the translator does in the editor or by PO file: the strings are stored in
    wagtail-localize's records, not yet in the page (its latest revision is the untranslated
    copy until the translation is submitted or published)."""
    translation = translation_of(news, english)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"EN {entry.msgid}"
    translation.import_po(po)
    return translation


def test_the_translator_submits_a_finished_translation_and_a_publicist_approves_it(
    client, news, english, django_user_model
):
    translator = django_user_model.objects.create_user("oversattare", password="x")
    translator.groups.add(Group.objects.get(name=TRANSLATOR))
    approver = django_user_model.objects.create_user("publicist", password="x")
    approver.groups.add(Group.objects.get(name=PUBLISHER))
    translate_object(news, [english], user=translator)
    draft = news.get_translation(english).specific
    submit = reverse("regionsite_submit_translation", args=[draft.pk])
    client.force_login(translator)
    explorer = client.get(reverse("wagtailadmin_explore", args=[draft.get_parent().pk]))
    assert submit in explorer.content.decode()  # "Skicka till granskning" in the page's menu

    assert "inte översatta ännu" in client.get(submit).content.decode()
    refused = client.post(submit)  # while segments are missing: Wagtail's permission refusal
    assert (refused.status_code, refused.url) == (302, "/admin/")
    assert draft.current_workflow_state is None

    translate_everything_as_a_draft(news, english)
    submitted = client.post(submit)
    assert submitted.url == reverse("wagtailadmin_explore", args=[draft.get_parent().pk])
    draft.refresh_from_db()
    assert draft.current_workflow_state is not None and not draft.live

    draft.current_workflow_task_state.approve(user=approver)
    draft.refresh_from_db()
    assert draft.live
    client.logout()
    assert f"EN {TITLE}" in client.get("/en/news/").content.decode()
