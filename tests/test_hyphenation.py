"""Long words in headings get soft hyphens in the page's language, so that a narrow screen
breaks them with a hyphen where the browser has no dictionary; never inside an attribute."""

import re

import pytest

from wagtail.models import Page

from pages.hyphenation import hyphenate

pytestmark = pytest.mark.django_db

SHY = "&shy;"


def test_swedish_words_break_at_syllables_away_from_their_ends():
    assert hyphenate("Kompetensförsörjning", "sv") == "Kompetens&shy;för&shy;sörjning"
    assert hyphenate("Tillgänglighetsredogörelse", "sv").startswith("Tillgäng&shy;")
    assert hyphenate("Kompetenslyft för industrin", "sv") == "Kompetenslyft för industrin"


def test_finnish_words_break_by_the_consonant_rule():
    assert hyphenate("koheesiopolitiikkaan", "fi") == "koheesio&shy;po&shy;li&shy;tiikkaan"
    assert hyphenate("Teollisuudenmuutoksessa", "fi") == (
        "Teolli&shy;suu&shy;den&shy;muu&shy;toksessa"
    )


def test_the_text_is_escaped_and_only_soft_hyphens_are_added():
    assert hyphenate("<b>Kompetensförsörjning</b> & co", "sv") == (
        "&lt;b&gt;Kompetens&shy;för&shy;sörjning&lt;/b&gt; &amp; co"
    )
    assert hyphenate("Kompetensförsörjning", "xx") == "Kompetensförsörjning"  # no dictionary


def attributes_and_head(html: str) -> str:
    head = html.split("</head>", 1)[0]
    attributes = " ".join(re.findall(r'="[^"]*"', html))
    return head + attributes


def test_headings_menu_and_cards_get_soft_hyphens_but_no_attribute_does(client, seeded):
    html = client.get("/kompetensforsorjning/").content.decode()
    assert '<h1 class="page-header__title">Kompetens&shy;för&shy;sörjning</h1>' in html
    menu = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert ">Indust&shy;ri&shy;om&shy;vandling</a>" in menu
    assert SHY not in attributes_and_head(html) and "\u00ad" not in html
    assert "<title>Kompetensförsörjning – Region Gävleborg</title>" in html
    home = client.get("/").content.decode()
    assert 'class="card__link" href="/kompetensforsorjning/">Kompetens&shy;för&shy;sörjning' in home
    assert SHY not in attributes_and_head(home)


def test_finnish_headings_are_hyphenated_as_finnish(client, seeded):
    finnish_home = Page.objects.get(slug="aloitus")
    Page.objects.filter(pk=finnish_home.pk).update(title="Koheesiopolitiikkaan liittyvää")
    html = client.get("/fi/").content.decode()
    assert '<html lang="fi">' in html
    assert ">Koheesio&shy;po&shy;li&shy;tiikkaan liittyvää</h1>" in html
    assert SHY not in attributes_and_head(html)
