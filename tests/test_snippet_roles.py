"""Translatable snippets obey the language roles as pages do (issue 21, item 5): the Redaktör
adds and changes contacts, organisations and funding programmes in Swedish only, the Översättare
only their translations (all four snippet types), the Publicist everything everywhere. Each
type and each role by the admin's own requests, forged ones included (straight to the edit,
create, delete and bulk-delete addresses and to wagtail-localize's translation editor of the
other language): what is allowed is saved, what is refused answers 403 or a redirect and saves
nothing. Before, the Översättare saved a Swedish contact, the Redaktör an English one, and the
Översättare was refused every funding programme."""

import dataclasses

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringTranslation, Translation

from pages.models import FundingProgramme, Organisation, Person, PublicRecords
from pages.roles import (
    EDITOR,
    PUBLISHER,
    ROLES,
    TRANSLATED_SNIPPETS,
    TRANSLATOR,
    model_permissions,
    sync_roles,
)
from pages.snippet_roles import (
    LanguageRoleDeleteBulkAction,
    LanguageRolePermissionPolicy,
    LanguageRoleSnippetViewSet,
)
from tests.factories import (
    FundingProgrammeFactory,
    OrganisationFactory,
    PersonFactory,
    PublicRecordsFactory,
)

pytestmark = pytest.mark.django_db

ADMIN = "superuser"
FACTORIES = {
    Person: PersonFactory,
    Organisation: OrganisationFactory,
    FundingProgramme: FundingProgrammeFactory,
    PublicRecords: PublicRecordsFactory,
}
TEXT = {Person: "name", Organisation: "name", FundingProgramme: "name", PublicRecords: "registrar"}
EVERYONE = [EDITOR, PUBLISHER, TRANSLATOR, ADMIN]


def allowed(role: str, model, action: str, language: str) -> bool:
    """Who may do what in which language: written out here, not read from pages.roles."""
    if role in (ADMIN, PUBLISHER):
        return True
    if role == EDITOR:  # Swedish only; the public records are the Publicists'
        return language == "sv" and action in ("add", "change") and model is not PublicRecords
    return language != "sv" and action in ("add", "change")  # the Översättare: translations


def cases(action: str, languages=("sv", "en")):
    everything = [
        (role, model, language)
        for role in EVERYONE
        for model in FACTORIES
        for language in languages
    ]
    ids = [f"{role}-{model.__name__}-{language}" for role, model, language in everything]
    split = {True: ([], []), False: ([], [])}
    for case, case_id in zip(everything, ids, strict=True):
        values, names = split[allowed(case[0], case[1], action, case[2])]
        values.append(case)
        names.append(case_id)
    return split


CHANGE, ADD, DELETE = cases("change"), cases("add", ("sv", "en", "fi")), cases("delete")


@pytest.fixture
def login(client, django_user_model):
    def log_in(role: str):
        if role == ADMIN:
            user = django_user_model.objects.create_superuser("snippet-admin", password="x")
        else:
            user = django_user_model.objects.create_user(f"snippet-{role}", password="x")
            user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return log_in


def locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def item(model, language: str):
    """A new Swedish item and, for another language, its translation (made as a copy)."""
    swedish = FACTORIES[model]()
    if language == "sv":
        return swedish
    translation = swedish.copy_for_translation(locale(language))
    translation.save()
    return translation


def url(model, name: str, *args) -> str:
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def form(instance, **changes) -> dict:
    fields = type(instance).snippet_viewset.get_edit_handler().get_form_options()["fields"]
    return {name: getattr(instance, name) or "" for name in fields} | changes


def refused(response) -> bool:
    """Wagtail's admin answers a refusal with 403, or with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] in ("/admin/", "/admin/login/")
    )


# --- The policy -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", EVERYONE)
def test_the_policy_answers_per_language_as_the_roles_say(seeded, django_user_model, role):
    if role == ADMIN:
        user = django_user_model.objects.create_superuser("policy-admin", password="x")
    else:
        user = django_user_model.objects.create_user("policy-user", password="x")
        user.groups.add(Group.objects.get(name=role))
    for model in FACTORIES:
        policy = model.snippet_viewset.permission_policy
        assert isinstance(policy, LanguageRolePermissionPolicy)
        for language in ("sv", "en", "fi"):
            for action in ("add", "change", "delete"):
                assert policy.user_has_permission_in_language(user, action, language) is (
                    allowed(role, model, action, language)
                ), (model.__name__, language, action)
        editable = policy.instances_user_has_permission_for(user, "change")
        languages = set(editable.values_list("locale__language_code", flat=True))
        assert languages == {
            code for code in ("sv", "en", "fi") if allowed(role, model, "change", code)
        } & set(model.objects.values_list("locale__language_code", flat=True))


# --- Edit, create, delete ---------------------------------------------------------------------


@pytest.mark.parametrize(("role", "model", "language"), CHANGE[True][0], ids=CHANGE[True][1])
def test_an_allowed_edit_is_saved(client, seeded, login, role, model, language):
    instance = item(model, language)
    login(role)
    assert client.get(url(model, "edit", instance.pk)).status_code == 200
    field = TEXT[model]
    response = client.post(url(model, "edit", instance.pk), form(instance, **{field: "Ändrad"}))
    assert response.status_code == 302, response.content[:2000]
    instance.refresh_from_db()
    assert getattr(instance, field) == "Ändrad"


@pytest.mark.parametrize(("role", "model", "language"), CHANGE[False][0], ids=CHANGE[False][1])
def test_a_forged_edit_in_another_language_saves_nothing(
    client, seeded, login, role, model, language
):
    instance = item(model, language)
    field = TEXT[model]
    before = getattr(instance, field)
    login(role)
    assert refused(client.get(url(model, "edit", instance.pk)))
    response = client.post(url(model, "edit", instance.pk), form(instance, **{field: "Ändrad"}))
    assert refused(response)
    instance.refresh_from_db()
    assert getattr(instance, field) == before


@pytest.mark.parametrize(("role", "model", "language"), ADD[True][0], ids=ADD[True][1])
def test_an_allowed_create_is_saved_in_its_language(client, seeded, login, role, model, language):
    login(role)
    add = url(model, "add") + f"?locale={language}"
    assert client.get(add).status_code == 200
    new = FACTORIES[model].build(locale=locale(language))
    response = client.post(add, form(new, **{TEXT[model]: "Ny i rätt språk"}))
    assert response.status_code == 302, response.content[:2000]
    assert model.objects.get(**{TEXT[model]: "Ny i rätt språk"}).locale.language_code == language


@pytest.mark.parametrize(("role", "model", "language"), ADD[False][0], ids=ADD[False][1])
def test_a_forged_create_in_another_language_saves_nothing(
    client, seeded, login, role, model, language
):
    login(role)
    add = url(model, "add") + f"?locale={language}"
    assert refused(client.get(add))
    new = FACTORIES[model].build(locale=locale(language))
    assert refused(client.post(add, form(new, **{TEXT[model]: "Ny utan lov"})))
    assert not model.objects.filter(**{TEXT[model]: "Ny utan lov"}).exists()


@pytest.mark.parametrize(("role", "model", "language"), DELETE[True][0], ids=DELETE[True][1])
def test_an_allowed_delete_deletes(client, seeded, login, role, model, language):
    instance = item(model, language)
    login(role)
    assert client.get(url(model, "delete", instance.pk)).status_code == 200
    assert client.post(url(model, "delete", instance.pk)).status_code == 302
    assert not model.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize(("role", "model", "language"), DELETE[False][0], ids=DELETE[False][1])
def test_a_forged_delete_deletes_nothing(client, seeded, login, role, model, language):
    instance = item(model, language)
    login(role)
    assert refused(client.get(url(model, "delete", instance.pk)))
    assert refused(client.post(url(model, "delete", instance.pk)))
    assert model.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("role", EVERYONE)
@pytest.mark.parametrize("model", FACTORIES, ids=lambda model: model.__name__)
def test_copy_history_and_usage_in_the_roles_languages_only(client, seeded, login, role, model):
    login(role)
    for language in ("sv", "en"):
        instance = item(model, language)
        may_change = allowed(role, model, "change", language)
        may_add = allowed(role, model, "add", language)
        for name, may in (("history", may_change), ("usage", may_change), ("copy", may_add)):
            response = client.get(url(model, name, instance.pk))
            assert response.status_code == 200 if may else refused(response), (name, language)


# --- Extending the matrix extends the admin ---------------------------------------------------


@pytest.fixture
def translators_delete_contacts(monkeypatch, seeded):
    """A matrix where the Översättare also deletes contacts (in their languages, as ever)."""
    role = ROLES[TRANSLATOR]
    extended = role.snippets + model_permissions("pages", "person", "delete")
    monkeypatch.setitem(ROLES, TRANSLATOR, dataclasses.replace(role, snippets=extended))
    assert "Översättare: added pages.delete_person" in sync_roles()


def test_a_role_that_deletes_deletes_in_its_languages_only(
    client, login, translators_delete_contacts
):
    swedish = PersonFactory()
    english = swedish.copy_for_translation(locale("en"))
    english.save()
    login(TRANSLATOR)
    assert refused(client.post(url(Person, "delete", swedish.pk)))
    assert client.post(url(Person, "delete", english.pk)).status_code == 302
    assert Person.objects.filter(pk=swedish.pk).exists()
    assert not Person.objects.filter(pk=english.pk).exists()


def bulk_delete(client, model, *instances):
    address = reverse("wagtail_bulk_action", args=("pages", model._meta.model_name, "delete"))
    query = "&".join(f"id={instance.pk}" for instance in instances)
    return client.post(f"{address}?{query}")


def test_a_forged_bulk_delete_deletes_only_in_the_roles_languages(
    client, login, translators_delete_contacts
):
    assert bulk_action_registry.get_bulk_action_class("pages", "person", "delete") is (
        LanguageRoleDeleteBulkAction
    )
    swedish = PersonFactory()
    english = swedish.copy_for_translation(locale("en"))
    english.save()
    login(TRANSLATOR)
    bulk_delete(client, Person, swedish, english)
    assert Person.objects.filter(pk=swedish.pk).exists()
    assert not Person.objects.filter(pk=english.pk).exists()


@pytest.mark.parametrize("role", [EDITOR, TRANSLATOR])
@pytest.mark.parametrize("model", FACTORIES, ids=lambda model: model.__name__)
def test_a_forged_bulk_delete_by_a_role_that_may_not_delete_deletes_nothing(
    client, seeded, login, role, model
):
    swedish, english = item(model, "sv"), item(model, "en")
    login(role)
    bulk_delete(client, model, swedish, english)
    assert model.objects.filter(pk__in=[swedish.pk, english.pk]).count() == 2


@pytest.mark.parametrize("role", [PUBLISHER, ADMIN])
def test_a_bulk_delete_by_those_who_may_deletes(client, seeded, login, role):
    swedish, english = item(FundingProgramme, "sv"), item(FundingProgramme, "en")
    login(role)
    assert bulk_delete(client, FundingProgramme, swedish, english).status_code == 302
    assert not FundingProgramme.objects.filter(pk__in=[swedish.pk, english.pk]).exists()


# --- The admin shows only what the role may do --------------------------------------------------


@pytest.mark.parametrize(("role", "other"), [(EDITOR, "en"), (TRANSLATOR, "sv")])
@pytest.mark.parametrize(
    "model", [Person, Organisation, FundingProgramme], ids=lambda m: m.__name__
)
def test_the_listing_offers_edit_and_add_in_the_roles_languages_only(
    client, seeded, login, role, other, model
):
    own = "sv" if role == EDITOR else "en"
    theirs, mine = item(model, other), item(model, own)
    login(role)
    listing = url(model, "list")
    page = client.get(f"{listing}?locale={other}").content.decode()
    assert url(model, "edit", theirs.pk) not in page
    assert f"{url(model, 'add')}?locale={other}" not in page
    page = client.get(f"{listing}?locale={own}").content.decode()
    assert url(model, "edit", mine.pk) in page
    assert f"{url(model, 'add')}?locale={own}" in page
    assert "data-bulk-action-checkbox" not in page  # neither deletes: nothing to tick


def test_the_listing_has_boxes_to_tick_for_those_who_delete(client, seeded, login):
    item(Person, "en")
    login(PUBLISHER)
    assert "data-bulk-action-checkbox" in client.get(url(Person, "list")).content.decode()


@pytest.mark.parametrize("model", FACTORIES, ids=lambda model: model.__name__)
def test_the_edit_view_links_only_to_the_languages_the_role_works_in(client, seeded, login, model):
    english = item(model, "en")
    swedish = english.get_translation(locale("sv"))
    finnish = swedish.copy_for_translation(locale("fi"))
    finnish.save()
    login(TRANSLATOR)
    page = client.get(url(model, "edit", english.pk)).content.decode()
    assert url(model, "edit", finnish.pk) in page
    assert url(model, "edit", swedish.pk) not in page


def translate_address(instance) -> str:
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["pages", instance._meta.model_name, instance.pk],
    )


def test_translate_is_offered_only_into_a_language_the_role_may_add_in(client, seeded, login):
    only_english = PersonFactory(locale=locale("en"), name="Only English")
    finnish = only_english.copy_for_translation(locale("fi"))
    finnish.save()
    swedish = PersonFactory(name="Bara svenska")
    login(TRANSLATOR)
    english_list = client.get(url(Person, "list") + "?locale=en").content.decode()
    assert translate_address(only_english) not in english_list  # only Swedish is missing
    swedish_list = client.get(url(Person, "list") + "?locale=sv").content.decode()
    assert translate_address(swedish) in swedish_list
    # Nor by a forged request: the translator may not write the Swedish source.
    assert refused(client.get(translate_address(only_english)))
    assert refused(client.post(translate_address(only_english), {"locales": [locale("sv").pk]}))
    assert not only_english.has_translation(locale("sv"))


# --- wagtail-localize's translation editor ------------------------------------------------------


def test_the_translator_opens_and_translates_a_funding_programme(client, seeded, login):
    programme = FundingProgrammeFactory(name="Sammanhållningsfonden", short_name="SF")
    login(TRANSLATOR)
    assert client.get(url(FundingProgramme, "list")).status_code == 200
    form_page = client.get(translate_address(programme))
    assert form_page.status_code == 200
    assert list(form_page.context["form"].fields["locales"].queryset) == [
        locale("en"),
        locale("fi"),
    ]
    response = client.post(translate_address(programme), {"locales": [locale("en").pk]})
    assert response.status_code == 302
    english = programme.get_translation(locale("en"))
    translation = Translation.objects.get(
        source__object_id=programme.translation_key, target_locale=locale("en")
    )
    editor = client.get(url(FundingProgramme, "edit", english.pk))
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]

    words = {"Sammanhållningsfonden": "Cohesion Fund", "SF": "CF"}
    for segment in translation.source.stringsegment_set.select_related("string"):
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            f"value={words[segment.string.data]}",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 201  # created
    response = client.post(url(FundingProgramme, "edit", english.pk), {"action": "publish"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert (english.name, english.short_name) == ("Cohesion Fund", "CF")


@pytest.fixture
def seeded_english_contact(seeded):
    """A seeded contact's English version, made in wagtail-localize's translation editor."""
    translation = Translation.objects.filter(
        source__specific_content_type__model="person", target_locale__language_code="en"
    ).first()
    return translation, translation.get_target_instance()


def test_a_forged_request_to_the_translation_editor_by_the_editor_changes_nothing(
    client, login, seeded_english_contact
):
    translation, english = seeded_english_contact
    name, strings = english.name, StringTranslation.objects.count()
    segment = translation.source.stringsegment_set.first()
    login(EDITOR)
    editor = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    for response in (
        client.get(url(Person, "edit", english.pk)),
        client.post(url(Person, "edit", english.pk), {"action": "publish"}),
        client.put(editor, "value=Forged", content_type="application/x-www-form-urlencoded"),
        client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk])),
        client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])),
        client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])),
        client.get(reverse("wagtail_localize:update_translations", args=[translation.source.pk])),
    ):
        assert refused(response), response.request["PATH_INFO"]
    english.refresh_from_db()
    translation.refresh_from_db()
    assert english.name == name and translation.enabled
    assert StringTranslation.objects.count() == strings


def test_the_translator_syncs_and_publishes_a_translated_contact(
    client, login, seeded_english_contact
):
    translation, english = seeded_english_contact
    login(TRANSLATOR)
    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.get(sync).status_code == 200
    assert client.post(url(Person, "edit", english.pk), {"action": "publish"}).status_code == 302


# --- Every translatable snippet is covered --------------------------------------------------


def test_every_translatable_snippet_obeys_the_language_roles():
    translatable = {m for m in get_snippet_models() if issubclass(m, TranslatableMixin)}
    assert translatable == set(FACTORIES)
    assert {(m._meta.app_label, m._meta.model_name) for m in translatable} == set(
        TRANSLATED_SNIPPETS
    )
    for model in translatable:
        assert isinstance(model.snippet_viewset, LanguageRoleSnippetViewSet), model
        # No draft state, locking or workflow: saving is publishing. One with them needs the
        # language rule in its publish, unpublish, lock and workflow views first
        # (pages/snippet_roles.py); this fails to say so.
        assert not issubclass(
            model, (DraftStateMixin, LockableMixin, WorkflowMixin, RevisionMixin)
        ), model


@pytest.mark.parametrize("model", [Person, Organisation, FundingProgramme])
def test_the_chooser_names_its_language_filter_in_swedish(client, seeded, login, model):
    """A page's contact chooser showed "Locale" (Wagtail's filter has no label)."""
    login(EDITOR)
    url = reverse(f"wagtailsnippetchoosers_pages_{model._meta.model_name}:choose")
    html = client.get(url).json()["html"]
    assert '<label class="w-field__label" for="id_locale" id="id_locale-label">' in html
    label = html.split('id="id_locale-label">')[1].split("</label>")[0].strip()
    assert label == "Språk"
