"""The page on personal data and cookies tells what GDPR art. 13 asks, in Swedish, English and
Finnish, and its periods are the ones the code keeps."""

import pytest

from django.conf import settings

from pages.models import StandardPage

pytestmark = pytest.mark.django_db

# Per language: the controller and the data protection officer, each processing's legal basis
# and retention (feedback, logs), the rights, and the complaint to IMY.
REQUIRED = {
    "sv": {
        "parts": [
            "Region Gävleborg är personuppgiftsansvarig",
            ">Dataskyddsombud</h2>",
            "Du når dataskyddsombudet via e-post till",
            "Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i "
            "dataskyddsförordningen). Det ingår",
            "Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i "
            "dataskyddsförordningen). En säker webbplats",
            "Lagringstid: namn och e-postadress raderas automatiskt ett år efter",
            "Själva synpunkten är en allmän handling.",
            "Lagringstid: loggarna sparas i högst 30 dagar",
            "i högst tio minuter",
            "invända mot behandlingen",
            "lämna klagomål till Integritetsskyddsmyndigheten (IMY)",
            ">Nyheter med e-post</h2>",
            "Rättslig grund: ditt samtycke (artikel 6.1 a i dataskyddsförordningen).",
            "En adress som inte bekräftas inom sju dagar raderas automatiskt.",
            "i högst ett dygn",
        ],
        "bases": "Rättslig grund:",
        "retentions": "Lagringstid:",
    },
    "en": {
        "parts": [
            "Region Gävleborg is the data controller",
            ">Data protection officer</h2>",
            "You can reach the data protection officer by email",
            "Legal basis: a task carried out in the public interest (Article 6(1)(e) GDPR). "
            "Serving",
            "Legal basis: a task carried out in the public interest (Article 6(1)(e) GDPR). A "
            "secure",
            "Retention: your name and email address are erased automatically one year after",
            "The feedback itself is an official document.",
            "Retention: the logs are kept for at most 30 days",
            "for at most ten minutes",
            "to object to the processing",
            "complain to the Swedish Authority for Privacy Protection",
            ">News by email</h2>",
            "Legal basis: your consent (Article 6(1)(a) GDPR).",
            "An address that is not confirmed within seven days is erased automatically.",
            "for at most one day",
        ],
        "bases": "Legal basis:",
        "retentions": "Retention:",
    },
    "fi": {
        "parts": [
            "Region Gävleborg on sivuston rekisterinpitäjä",
            ">Tietosuojavastaava</h2>",
            "Tavoitat tietosuojavastaavan sähköpostitse",
            "Oikeusperuste: yleistä etua koskeva tehtävä (tietosuoja-asetuksen 6 artiklan 1 "
            "kohdan e alakohta). Palvelu",
            "Oikeusperuste: yleistä etua koskeva tehtävä (tietosuoja-asetuksen 6 artiklan 1 "
            "kohdan e alakohta). Turvallinen",
            "Säilytysaika: nimi ja sähköpostiosoite poistetaan automaattisesti vuoden kuluttua",
            "Itse palaute on yleinen asiakirja.",
            "Säilytysaika: lokit säilytetään enintään 30 päivää",
            "enintään kymmenen minuutin ajan",
            "vastustaa käsittelyä",
            "tehdä valitus Ruotsin tietosuojaviranomaiselle (Integritetsskyddsmyndigheten, IMY)",
            ">Uutiset sähköpostitse</h2>",
            "Oikeusperuste: suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta).",
            "seitsemän päivän kuluessa, poistetaan automaattisesti.",
            "enintään vuorokauden ajan",
        ],
        "bases": "Oikeusperuste:",
        "retentions": "Säilytysaika:",
    },
}


@pytest.mark.parametrize("language", REQUIRED)
def test_the_privacy_page_says_what_gdpr_article_13_asks(client, seeded, language):
    page = StandardPage.objects.get(
        locale__language_code=language, translation_key=swedish_page().translation_key
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode().replace("&shy;", "")
    assert f'<html lang="{language}">' in html
    for part in REQUIRED[language]["parts"]:
        assert part in html, part
    # A legal basis and a retention period for each processing: feedback, news by e-mail, logs.
    assert html.count(REQUIRED[language]["bases"]) == 3
    assert html.count(REQUIRED[language]["retentions"]) == 3
    assert html.count('href="mailto:region@regiongavleborg.se"') >= 2  # controller and DPO
    assert 'href="https://www.imy.se/"' in html


def test_the_periods_the_page_states_are_the_ones_the_code_keeps():
    """The page says one year for names and addresses in feedback and ten minutes for the
    hashed address the feedback limit counts: change the page with the settings."""
    assert settings.FEEDBACK_RETENTION_DAYS == 365
    assert settings.FEEDBACK_LIMIT_PER_ADDRESS[1] <= 10 * 60
    # News by e-mail: unconfirmed addresses go after seven days, the sign-up counts after a day.
    assert settings.SUBSCRIPTION_CONFIRM_DAYS == 7
    assert settings.SUBSCRIPTION_LIMIT_PER_EMAIL[1] <= 24 * 3600
    assert settings.SUBSCRIPTION_LIMIT_PER_ADDRESS[1] <= 24 * 3600


def swedish_page() -> StandardPage:
    return StandardPage.objects.get(locale__language_code="sv", slug="personuppgifter-och-kakor")
