"""Swedish at /, English under /en/: routing, the switcher, hreflang, dates, the admin."""

import datetime
import re

import pytest

from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from pages.models import HomePage, Person, StandardPage, ThemePage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PAIRS = [
    ("/", "/en/", "Internationell samverkan", "International cooperation"),
    ("/infrastruktur/", "/en/infrastructure/", "Infrastruktur", "Infrastructure"),
    (
        "/industriomvandling/",
        "/en/industrial-transition/",
        "Industriomvandling",
        "Industrial transition",
    ),
    ("/kompetensforsorjning/", "/en/skills-supply/", "Kompetensförsörjning", "Skills supply"),
    ("/brysselkontoret/", "/en/brussels-office/", "Brysselkontoret", "The Brussels office"),
    ("/om-vart-arbete/", "/en/about-our-work/", "Om vårt arbete", "About our work"),
    (
        "/om-webbplatsen/tillganglighetsredogorelse/",
        "/en/about-this-website/accessibility-statement/",
        "Tillgänglighetsredogörelse",
        "Accessibility statement",
    ),
    (
        "/om-webbplatsen/personuppgifter-och-kakor/",
        "/en/about-this-website/personal-data-and-cookies/",
        "Personuppgifter och kakor",
        "Personal data and cookies",
    ),
    ("/kontakt/", "/en/contact/", "Kontakt", "Contact"),
]


def h1(html: str) -> str:
    """The page's title as read: without the soft hyphens that long words get on screen."""
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip().replace("&shy;", "")


def switcher(html: str) -> str:
    return html.split('<nav class="site-tools"', 1)[1].split("</nav>", 1)[0]


@pytest.mark.parametrize(("sv_path", "en_path", "sv_title", "en_title"), PAIRS)
def test_each_page_exists_in_both_languages_and_links_to_its_counterpart(
    client, seeded, sv_path, en_path, sv_title, en_title
):
    swedish = client.get(sv_path).content.decode()
    english = client.get(en_path).content.decode()
    assert '<html lang="sv">' in swedish and h1(swedish) == sv_title
    assert '<html lang="en">' in english and h1(english) == en_title
    assert f'href="{en_path}" lang="en" hreflang="en">English</a>' in switcher(swedish)
    assert f'href="{sv_path}" lang="sv" hreflang="sv">På svenska</a>' in switcher(english)
    # hreflang alternates are absolute, on the Wagtail site's configured host (seeded: localhost)
    for html in (swedish, english):
        assert f'<link rel="alternate" hreflang="sv" href="http://localhost{sv_path}">' in html
        assert f'<link rel="alternate" hreflang="en" href="http://localhost{en_path}">' in html
        assert f'<link rel="alternate" hreflang="x-default" href="http://localhost{sv_path}">' in (
            html
        )


def test_english_interface_strings_are_translated(client, seeded):
    html = client.get("/en/brussels-office/").content.decode()
    assert "Skip to content" in html and "Hoppa till innehållet" not in html
    assert 'aria-label="Main menu"' in html
    assert "The office is run together with" in html
    assert "Region Örebro County" in html  # the partner organisation, translated
    assert "International Cooperation Unit" not in html  # that contact is on other pages
    assert "The Brussels office, Central Sweden" in html  # the office's contact, translated
    assert "Enheten för" not in html


def test_a_page_without_translation_leads_to_each_languages_basic_information(client, seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    StandardPageFactory(parent=home, title="Bara på svenska", slug="bara-pa-svenska")
    html = client.get("/bara-pa-svenska/").content.decode()
    links = switcher(html)
    assert (
        '<a class="site-tools__link language-switcher__link" href="/en/" lang="en" '
        'hreflang="en">English<span class="visually-hidden">: this page is not available in '
        "English, the link leads to basic information in English</span></a>"
    ) in links
    assert (
        'href="/fi/" lang="fi" hreflang="fi">Suomeksi<span class="visually-hidden">: sivua ei '
        "ole suomeksi, linkki vie suomenkieliseen perustietoon</span></a>"
    ) in links
    assert 'hreflang="en"' not in html.split("</head>")[0]  # no alternate that does not exist
    assert client.get("/en/bara-pa-svenska/").status_code == 404


def test_english_404_is_english(client, seeded):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en">' in html and "Page not found" in html


def test_dates_follow_the_language(client, seeded):
    moment = timezone.make_aware(datetime.datetime(2026, 11, 25, 12, 0))
    Page.objects.filter(slug__in=["kontakt", "contact"]).update(last_published_at=moment)
    assert (
        '<time datetime="2026-11-25">25 november 2026</time>'
        in client.get("/kontakt/").content.decode()
    )
    assert (
        '<time datetime="2026-11-25">25 November 2026</time>'
        in client.get("/en/contact/").content.decode()
    )


def test_admin_speaks_swedish_by_default(client, seeded, django_user_model):
    html = client.get("/admin/login/").content.decode()
    assert re.search(r'<html lang="sv"', html)
    assert "Logga in" in html


def test_english_tree_is_made_by_wagtail_localize(seeded):
    english = Locale.objects.get(language_code="en")
    for page in Page.objects.filter(locale__language_code="sv", depth__gt=1):
        translation = page.get_translation(english)
        assert translation.translation_key == page.translation_key
        source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
        assert Translation.objects.filter(source=source, target_locale=english).exists()
    for person in Person.objects.filter(locale__language_code="sv"):
        assert person.has_translation(english)
        assert person.get_translation(english).email == person.email


def test_office_name_is_the_same_in_every_language(seeded):
    assert {p.office_name for p in Page.objects.type(ThemePage).none()} == set()
    from pages.models import OfficePage

    assert {office.office_name for office in OfficePage.objects.all()} == {"Central Sweden"}
    assert StandardPage.objects.filter(locale__language_code="en").count() == 4
