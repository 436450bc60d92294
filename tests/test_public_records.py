"""Public records on the contact page, in every language: the registrar, how to ask for public
documents and the right to appeal, kept in one translatable snippet chosen in the settings."""

import pytest

from django.contrib.auth.models import Group

from pages.models import PublicRecords, SiteSettings, StandardPage
from pages.roles import EDITOR, PUBLISHER

pytestmark = pytest.mark.django_db


def test_the_swedish_contact_page_tells_how_to_request_public_documents(client, seeded):
    html = client.get("/kontakt/").content.decode()
    section = html.split('id="allmanna-handlingar"', 1)[1].split("</section>", 1)[0]
    assert "Registrator, Region Gävleborg" in section
    assert 'href="mailto:region@regiongavleborg.se"' in section
    assert "Så begär du ut allmänna handlingar" in section and "kammarrätten" in section


def test_the_english_contact_page_says_it_in_english(client, seeded):
    html = client.get("/en/contact/").content.decode()
    section = html.split('id="allmanna-handlingar"', 1)[1].split("</section>", 1)[0]
    assert "Registrar, Region Gävleborg" in section
    assert "Administrative Court of Appeal" in section and "kammarrätten" not in section


def test_other_pages_do_not_show_it_and_changes_show_everywhere(client, seeded):
    assert 'id="allmanna-handlingar"' not in client.get("/om-vart-arbete/").content.decode()
    records = SiteSettings.objects.get().public_records
    records.registrar = "Registraturen"
    records.save()
    assert "Registraturen" in client.get("/kontakt/").content.decode()
    assert StandardPage.objects.get(slug="kontakt").live


def test_publicists_keep_it_and_editors_do_not(seeded, django_user_model):
    def member(role):
        user = django_user_model.objects.create_user(f"arkiv-{role}", password="x")
        user.groups.add(Group.objects.get(name=role))
        return user

    assert member(PUBLISHER).has_perm("pages.change_publicrecords")
    assert not member(EDITOR).has_perm("pages.change_publicrecords")
    assert PublicRecords.objects.count() == 3  # Swedish, its English translation, Finnish
