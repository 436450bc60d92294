"""The accessibility statement is its own page type with the fields DIGG requires, kept by the
editors, and linked from every page's footer."""

import datetime
import io
import json

import pytest

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page

from pages.accessibility_checks import record_run
from pages.management.commands.seed_content import SEEDED_AXE_REPORT
from pages.models import AccessibilityCheckRun, AccessibilityStatementPage, InaccessibleContent
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
    assert "Vi känner inte till några brister mot lagkraven." in html


# What DIGG's model statement and the EU's (2018/1523) ask for, as each language says it: the
# service by name and address, the three kinds of content that is not accessible (each with its
# own section, empty or not), and how the site was assessed: by whom, how, and when.
REQUIRED_PARTS = {
    "sv": [
        "Redogörelsen gäller webbplatsen Internationell samverkan – Region Gävleborg, ",
        "<h3>Bristande förenlighet med lagkraven</h3>",
        "<h3>Oskäligt betungande anpassning</h3>",
        "<h3>Innehållet omfattas inte av lagstiftningen</h3>",
        "Vi har inte bedömt att någon anpassning skulle vara oskäligt betungande.",
        "Vi känner inte till något innehåll på webbplatsen som undantas från lagen",
        "<h2>Hur vi har testat webbplatsen</h2>",
        "Egen granskning med manuella kontroller:",
        "Automatiska kontroller: varje gång webbplatsen ändras",
        "<h3>Webbplatsens automatiska kontroller</h3>",
    ],
    "en": [
        "This statement covers the website International cooperation – Region Gävleborg, ",
        "<h3>Non-compliance with the legal requirements</h3>",
        "<h3>Disproportionate burden</h3>",
        "<h3>Content outside the scope of the law</h3>",
        "We have not assessed any adaptation as a disproportionate burden.",
        "We know of no content on the website that is exempt from the law",
        "<h2>How we tested the website</h2>",
        "Self-assessment with manual checks:",
        "Automated checks: every time the website changes",
        "<h3>The website's automated checks</h3>",
    ],
    "fi": [
        "Tämä seloste koskee verkkosivustoa Kansainvälinen yhteistyö – Region Gävleborg, ",
        "<h3>Sisältö, joka ei täytä lakisääteisiä vaatimuksia</h3>",
        "<h3>Kohtuuton rasite</h3>",
        "<h3>Sisältö, joka ei kuulu lainsäädännön piiriin</h3>",
        "Emme ole arvioineet minkään mukautuksen aiheuttavan kohtuutonta rasitetta.",
        "Emme tiedä verkkosivustolla sisältöä, joka on rajattu lain ulkopuolelle",
        "<h2>Miten olemme testanneet verkkosivuston</h2>",
        "Oma arviointi ja manuaaliset tarkistukset:",
        "Automaattiset tarkistukset: aina kun sivusto muuttuu",
        "<h3>Verkkosivuston automaattiset tarkistukset</h3>",
    ],
}


@pytest.mark.parametrize("language", ["sv", "en", "fi"])
def test_a_freshly_seeded_statement_has_every_part_in_every_language(client, seeded, language):
    statement = AccessibilityStatementPage.objects.get(locale__language_code=language)
    response = client.get(statement.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    for part in REQUIRED_PARTS[language]:
        assert part in html, part
    assert statement.covered_site in html and f'href="{DIGG_REPORT_URL}"' in html
    # The dates: the self-assessment, the statement, and the automated check the seed recorded.
    assert 'datetime="2026-11-25"' in html
    seeded_run = json.loads(SEEDED_AXE_REPORT.read_text(encoding="utf-8"))
    assert f'datetime="{seeded_run["checked_at"][:10]}"' in html


def test_a_new_site_shows_the_automated_check_the_release_carries_and_only_until_its_own(db):
    """The seed records the browser tests' real axe run (pages/seed/axe-report.json) when no
    run is recorded, never a second time, and never over a deploy's own run."""
    seeded_run = json.loads(SEEDED_AXE_REPORT.read_text(encoding="utf-8"))
    run = AccessibilityCheckRun.objects.get()
    assert run.tool.startswith("axe-core ") and run.standard == "WCAG 2.2 A/AA"
    assert run.pages_checked == len(seeded_run["pages"]) and run.languages == ["sv", "en", "fi"]
    paths = {page["path"] for page in run.pages}
    assert "/fi/tietoa-sivustosta/saavutettavuusseloste/" in paths and "/fi/yhteystiedot/" in paths

    call_command("seed_content", stdout=io.StringIO())
    assert AccessibilityCheckRun.objects.count() == 1
    AccessibilityCheckRun.objects.all().delete()
    record_run(axe_report(checked_at="2020-01-01T00:00:00+00:00"))  # a deploy's own, older
    call_command("seed_content", stdout=io.StringIO())
    assert list(AccessibilityCheckRun.objects.values_list("tool", flat=True)) == ["axe-core 4.10.2"]


def test_the_english_statement_is_in_english(client, statement):
    english = AccessibilityStatementPage.objects.get(locale__language_code="en")
    html = client.get(english.url).content.decode()
    assert '<html lang="en">' in html
    assert "fully compliant" in html and "We reply within five working days." in html


def test_every_page_links_to_the_statement_from_its_footer(client, statement):
    """In the page's language: Swedish, English and Finnish each have the statement."""
    in_language = {s.locale_id: s for s in AccessibilityStatementPage.objects.all()}
    assert len(in_language) == 3
    for page in Page.objects.live().filter(depth__gt=1).specific():
        target = in_language[page.locale_id]
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


def axe_report(**changes) -> dict:
    report = {
        "tool": "axe-core 4.10.2",
        "standard": "WCAG 2.2 A/AA",
        "checked_at": "2026-11-20T09:30:00+00:00",
        "pages": [
            {"path": "/", "violations": 0, "rules": []},
            {"path": "/kontakt/", "violations": 0, "rules": []},
            {"path": "/en/contact/", "violations": 0, "rules": []},
            {"path": "/fi/", "violations": 0, "rules": []},
        ],
    }
    return {**report, **changes}


def test_the_statement_shows_the_latest_recorded_automated_check(client, statement, tmp_path):
    """Generated, not typed: the browser tests' axe report, recorded by a command."""
    AccessibilityCheckRun.objects.all().delete()  # the one the seed recorded
    html = client.get(statement.url).content.decode()
    assert "Webbplatsens automatiska kontroller" not in html  # none recorded yet
    older = axe_report(checked_at="2026-10-01T08:00:00+00:00")
    report = tmp_path / "axe-report.json"
    for run in (older, axe_report()):
        report.write_text(json.dumps(run))
        call_command("record_accessibility_checks", str(report), stdout=io.StringIO())
    assert AccessibilityCheckRun.objects.count() == 2
    html = client.get(statement.url).content.decode()
    assert "Webbplatsens automatiska kontroller" in html
    assert '<time datetime="2026-11-20">20 november 2026</time> med axe-core 4.10.2.' in html
    assert "Den kontrollerade 4 sidor mot WCAG 2.2 A/AA." in html
    assert 'Språk: <span lang="sv">svenska</span>, <span lang="en">English</span>, ' in html
    assert '<span lang="fi">suomi</span>.' in html
    assert "Kontrollen hittade inga fel." in html


def test_violations_found_are_listed_and_a_statement_without_automated_checks_omits_them(
    client, statement, tmp_path
):
    AccessibilityCheckRun.objects.all().delete()  # the one the seed recorded
    found = axe_report()
    found["pages"][1] = {"path": "/kontakt/", "violations": 2, "rules": ["link-name", "label"]}
    record_run(found)
    html = client.get(statement.url).content.decode()
    assert "Kontrollen hittade 2 fel:" in html
    assert "<li><code>/kontakt/</code>: link-name, label</li>" in html
    statement.assessed_automatically = False
    statement.save_revision().publish()
    assert "Webbplatsens automatiska kontroller" not in client.get(statement.url).content.decode()


@pytest.mark.parametrize(
    "broken",
    [{"pages": []}, {"checked_at": "igår"}, {"pages": [{"path": "/"}]}, {"tool": None}],
)
def test_a_report_that_does_not_say_what_it_checked_is_refused(broken, tmp_path, db):
    recorded = AccessibilityCheckRun.objects.count()  # the seed's
    report = tmp_path / "axe-report.json"
    report.write_text(
        json.dumps({key: value for key, value in axe_report(**broken).items() if value is not None})
    )
    with pytest.raises(CommandError):
        call_command("record_accessibility_checks", str(report), stdout=io.StringIO())
    with pytest.raises(CommandError):
        call_command("record_accessibility_checks", str(tmp_path / "missing.json"))
    assert AccessibilityCheckRun.objects.count() == recorded
