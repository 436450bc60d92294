"""The accessibility statement is its own page type with the fields DIGG requires, kept by the
editors, and linked from every page's footer."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import Page

from pages.models import AccessibilityStatementPage, InaccessibleContent
from pages.models.accessibility import DIGG_REPORT_URL, Conformance, Reason

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(seeded) -> AccessibilityStatementPage:
    return AccessibilityStatementPage.objects.get(locale__language_code="sv")


def test_the_seeded_statement_carries_every_required_part(client, statement):
    html = client.get(statement.url).content.decode()
    assert statement.covered_site in html
    assert "helt förenlig med lagen om tillgänglighet till digital offentlig service" in html
    assert "WCAG 2.1 nivå AA" in html and "EN 301 549" in html
    assert 'href="mailto:region@regiongavleborg.se"' in html and "026-15 40 00" in html
    assert "Vi svarar inom fem arbetsdagar." in html
    assert f'href="{DIGG_REPORT_URL}"' in html
    assert "egen granskning, automatiska kontroller med verktyget axe" in html
    assert 'datetime="2026-11-25"' in html  # assessed and drawn up
    assert "Vi känner inte till något innehåll som inte är tillgängligt." in html


def test_the_english_statement_is_in_english(client, statement):
    english = AccessibilityStatementPage.objects.get(locale__language_code="en")
    html = client.get(english.url).content.decode()
    assert '<html lang="en">' in html
    assert "fully compliant" in html and "We reply within five working days." in html


def test_every_page_links_to_the_statement_from_its_footer(client, statement):
    english = AccessibilityStatementPage.objects.get(locale__language_code="en")
    for page in Page.objects.live().filter(depth__gt=1).specific():
        target = english if page.locale_id == english.locale_id else statement
        html = client.get(page.url).content.decode()
        footer = html.split("<footer", 1)[1]
        assert f'href="{target.url}"' in footer, page.url


def test_shortcomings_are_listed_by_reason_with_the_alternative(client, statement):
    statement.conformance = Conformance.PARTIAL
    statement.inaccessible_content = [
        InaccessibleContent(
            description="Inspelade webbinarier saknar textning.",
            reason=Reason.NON_CONFORMANCE,
            wcag_criterion="1.2.2 Undertexter",
            alternative="Be om en utskrift via e-post.",
            fixed_by=datetime.date(2027, 6, 30),
        ),
        InaccessibleContent(
            description="Kartor från andra myndigheter.", reason=Reason.OUT_OF_SCOPE
        ),
    ]
    statement.full_clean()
    statement.save_revision().publish()
    html = client.get(statement.url).content.decode()
    assert "delvis förenlig" in html
    assert "<h3>Bristande förenlighet med lagkraven</h3>" in html
    assert "<h3>Innehållet omfattas inte av lagstiftningen</h3>" in html
    assert "Be om en utskrift via e-post." in html and "1.2.2 Undertexter" in html
    assert 'datetime="2027-06-30"' in html


def test_the_statement_cannot_claim_full_compliance_with_shortcomings_or_hide_them(statement):
    statement.inaccessible_content = [
        InaccessibleContent(description="PDF utan rubriker.", reason=Reason.NON_CONFORMANCE)
    ]
    with pytest.raises(ValidationError) as full:
        statement.full_clean()
    assert "conformance" in full.value.message_dict

    statement.conformance = Conformance.PARTIAL
    statement.inaccessible_content = []
    with pytest.raises(ValidationError) as partial:
        statement.full_clean()
    assert "conformance" in partial.value.message_dict
