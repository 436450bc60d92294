"""The initial content: the tree `make run` shows, in Swedish, built idempotently."""

import io

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment

from pages.management.commands.seed_content import ENGLISH, Command
from pages.models import (
    EventPage,
    FundingProgramme,
    HomePage,
    NewsPage,
    OfficePage,
    Organisation,
    Person,
    SiteSettings,
    ThemePage,
)
from pages.seed import content_fi, listings_sv

pytestmark = pytest.mark.django_db

EXPECTED_PATHS = {
    "/": "Internationell samverkan",
    "/infrastruktur/": "Infrastruktur",
    "/industriomvandling/": "Industriomvandling",
    "/kompetensforsorjning/": "Kompetensförsörjning",
    "/brysselkontoret/": "Brysselkontoret",
    "/om-vart-arbete/": "Om vårt arbete",
    "/om-webbplatsen/": "Om webbplatsen",
    "/om-webbplatsen/tillganglighetsredogorelse/": "Tillgänglighetsredogörelse",
    "/om-webbplatsen/personuppgifter-och-kakor/": "Personuppgifter och kakor",
    "/kontakt/": "Kontakt",
}


def test_every_seeded_page_renders_in_swedish_with_its_title(client, seeded):
    for path, title in EXPECTED_PATHS.items():
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode().replace("&shy;", "")  # long words' soft hyphens
        assert '<html lang="sv">' in html, path
        assert f'<h1 class="page-header__title">{title}</h1>' in html, path


def test_home_navigation_leads_to_the_four_themes_and_the_listings_and_contact(client, seeded):
    html = client.get("/").content.decode()
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    for path in (
        "/infrastruktur/",
        "/industriomvandling/",
        "/kompetensforsorjning/",
        "/brysselkontoret/",
        "/projekt/",
        "/nyheter/",
        "/kalender/",
    ):
        assert f'href="{path}"' in nav
    assert nav.count("<li") == 7, "seven items fit one row on a desktop"
    footer = html.split("<footer", 1)[1]
    assert 'href="/kontakt/"' in footer


def test_current_page_is_marked_in_the_navigation(client, seeded):
    html = client.get("/infrastruktur/").content.decode()
    assert 'href="/infrastruktur/" aria-current="page"' in html
    assert html.count('aria-current="page"') == 2  # main menu and breadcrumb trail


def test_office_page_names_both_partner_regions(client, seeded):
    html = client.get("/brysselkontoret/").content.decode()
    assert "Central Sweden" in html
    assert "Region Dalarna" in html
    assert "Region Örebro län" in html
    office = OfficePage.objects.get(locale__language_code="sv")
    assert [o.name for o in office.get_partners()] == [
        "Region Dalarna",
        "Region Örebro län",
    ]


def test_footer_links_to_about_accessibility_and_privacy(client, seeded):
    html = client.get("/kontakt/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    for path in (
        "/om-webbplatsen/",
        "/om-webbplatsen/tillganglighetsredogorelse/",
        "/om-webbplatsen/personuppgifter-och-kakor/",
    ):
        assert f'href="{path}"' in footer
    assert "region@regiongavleborg.se" in footer


def test_contacts_are_functions_with_mailboxes(seeded):
    assert Person.objects.exists()
    for person in Person.objects.all():
        assert person.email, person
    assert ThemePage.objects.get(slug="infrastruktur").get_contacts()


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "url_path", "title", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "people": sorted(Person.objects.values_list("id", "name", "email")),
        "organisations": sorted(Organisation.objects.values_list("id", "name")),
        "settings": list(SiteSettings.objects.values()),
    }


def test_seed_content_is_idempotent(seeded):
    before = snapshot()
    out = io.StringIO()
    call_command("seed_content", stdout=out)
    assert snapshot() == before
    assert "0 objects created" in out.getvalue()


def test_seed_content_never_overwrites_an_editors_later_edits(seeded):
    theme = ThemePage.objects.get(slug="infrastruktur")
    theme.title = "Infrastruktur och digitalisering"
    theme.save_revision().publish()
    settings = SiteSettings.objects.get()
    settings.phone = "026-00 00 00"
    settings.save()
    person = Person.objects.get(name="Enheten för internationell samverkan")
    person.email = "ny@example.se"
    person.save()

    call_command("seed_content", stdout=io.StringIO())

    assert ThemePage.objects.get(slug="infrastruktur").title == "Infrastruktur och digitalisering"
    assert SiteSettings.objects.get().phone == "026-00 00 00"
    person.refresh_from_db()
    assert person.email == "ny@example.se"


def test_seed_replaces_wagtails_placeholder_page(seeded):
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
    assert HomePage.objects.get(locale__language_code="sv").get_site().is_default_site


def test_seed_never_publishes_swedish_text_under_en(seeded):
    from tests.factories import StandardPageFactory

    home = HomePage.objects.get(locale__language_code="sv")
    page = StandardPageFactory(parent=home, title="Redaktörens egen sida", slug="egen-sida")
    err = io.StringIO()
    call_command("seed_content", stdout=io.StringIO(), stderr=err)
    assert "Not translated (no seeded English for it)" in err.getvalue()
    assert not page.has_translation(Locale.objects.get(language_code="en"))


def test_everything_seeded_in_swedish_has_the_seeds_english(seeded):
    """Pages and snippets alike: no Swedish segment lacks English (the seed would leave its
    object untranslated), and no English is left over from Swedish text that has changed."""
    english = Locale.objects.get(language_code="en")
    swedish_objects = [
        *Page.objects.filter(locale__language_code="sv", depth__gt=1),
        *Person.objects.filter(locale__language_code="sv"),
        *Organisation.objects.filter(locale__language_code="sv"),
        *FundingProgramme.objects.filter(locale__language_code="sv"),
    ]
    untranslated = [str(o) for o in swedish_objects if not o.has_translation(english)]
    assert untranslated == []
    swedish = set(
        StringSegment.objects.filter(source__locale__language_code="sv").values_list(
            "string__data", flat=True
        )
    )
    assert sorted(swedish - ENGLISH.keys()) == []
    assert sorted(ENGLISH.keys() - swedish) == []


def test_a_seed_key_that_is_no_field_of_the_page_is_an_error():
    news = {**listings_sv.NEWS[0], "titel": "Stavfel"}
    with pytest.raises(CommandError, match="NewsPage.*'titel'"):
        Command().page_fields(NewsPage, news)
    with pytest.raises(CommandError, match="'partners'"):  # news pages have no partners
        Command().page_fields(NewsPage, {**listings_sv.NEWS[0], "partners": ["dalarna"]})


def test_seed_fields_come_from_the_model_and_event_times_are_made_aware():
    event = listings_sv.EVENTS[0]
    fields = Command().page_fields(EventPage, {**event, "in_menu": True})
    assert set(fields) == {*event.keys() - {"themes"}, "show_in_menus"}
    assert fields["show_in_menus"] is True
    assert fields["start"].tzinfo is not None and fields["end"].tzinfo is not None
    assert fields["start"].replace(tzinfo=None) == event["start"]


def test_what_the_seed_translates_into_finnish_has_the_seeds_finnish(seeded):
    """The about, statement, privacy and contact pages and the contacts they show are
    translated into Finnish: every segment has the seed's Finnish, none is left over."""
    finnish = Locale.objects.get(language_code="fi")
    slugs = ["om-webbplatsen", "tillganglighetsredogorelse", "personuppgifter-och-kakor", "kontakt"]
    sources = [
        *Page.objects.filter(locale__language_code="sv", slug__in=slugs),
        *Person.objects.filter(locale__language_code="sv"),
    ]
    assert len(sources) == 6
    assert [str(o) for o in sources if not o.has_translation(finnish)] == []
    swedish = set(
        StringSegment.objects.filter(
            source__locale__language_code="sv",
            source__object_id__in=[o.translation_key for o in sources],
        ).values_list("string__data", flat=True)
    )
    assert sorted(swedish - content_fi.TRANSLATIONS.keys()) == []
    assert sorted(content_fi.TRANSLATIONS.keys() - swedish) == []
