"""The content checker's site rules and LIX: what an editor sees in the checks panel."""

import pytest

from wagtail.admin.userbar import AccessibilityItem

from pages.content_checker import (
    HEADERLESS_TABLE_ATTRIBUTE,
    VAGUE_LINK_ATTRIBUTE,
    SiteContentChecker,
    mark_for_checker,
    use_site_checker,
)
from pages.readability import HARD_TO_READ, lix, page_paragraphs


@pytest.mark.parametrize("text", ["Klicka här", "klicka HÄR!", "Läs mer »", "här", " mer  "])
def test_vague_link_texts_are_marked(text):
    html = f'<p>Ansök i maj. <a href="/ansok/">{text}</a></p>'
    assert f'<a {VAGUE_LINK_ATTRIBUTE} href="/ansok/">' in mark_for_checker(html)


@pytest.mark.parametrize("text", ["Ansökan till Regionalfonden", "Läs om Interreg", "Härnösand"])
def test_link_texts_that_say_where_they_lead_are_not(text):
    html = f'<a href="/x/"><span>{text}</span></a>'
    assert mark_for_checker(html) == html


def test_tables_without_header_cells_are_marked_and_others_not():
    without = "<table><tr><td>Gävle</td></tr></table>"
    with_headers = "<table><thead><tr><th>Stad</th></tr></thead><tr><td>Gävle</td></tr></table>"
    assert mark_for_checker(without).startswith(f"<table {HEADERLESS_TABLE_ATTRIBUTE}>")
    assert mark_for_checker(with_headers) == with_headers


def test_the_site_checker_replaces_wagtails_with_swedish_messages_for_every_rule():
    items = [AccessibilityItem(in_editor=True)]
    use_site_checker(items)
    (checker,) = items
    assert isinstance(checker, SiteContentChecker) and checker.in_editor
    configuration = checker.get_axe_configuration(request=None)
    rules = configuration["options"]["runOnly"]
    assert {"heading-order", "vague-link-text", "headerless-table", "image-alt"} <= set(rules)
    messages = configuration["messages"]
    assert set(rules) <= set(messages), "a rule without a Swedish message shows axe's English"
    assert str(messages["heading-order"]["error_name"]) == "Rubriknivåer hoppas över"
    custom = {rule["id"] for rule in configuration["spec"]["rules"]}
    assert {"vague-link-text", "headerless-table"} <= custom


def test_lix_counts_words_long_words_and_sentences():
    measured = lix(
        "Region Gävleborg samarbetar med andra regioner i Europa. Kontoret ligger i Bryssel. "
        "Det är bra."
    )
    # 15 words, 5 of them longer than six letters, 3 sentences: 15/3 + 100*5/15
    assert (measured.words, measured.long_words, measured.sentences) == (15, 5, 3)
    assert measured.score == 38.3
    assert not measured.hard_to_read
    assert measured.band == "medelsvår"  # 30–40: ordinary prose
    harder = lix(
        "Region Gävleborg samarbetar med andra regioner i Europa. Kontoret ligger i Bryssel. "
        "Samarbetet omfattar infrastruktur, industriomvandling och kompetensförsörjning."
    )
    assert harder.hard_to_read and harder.score > HARD_TO_READ


def test_a_paragraph_or_heading_without_a_full_stop_ends_a_sentence():
    measured = lix(
        ["Så arbetar vi", "Vi har ett kontor i Bryssel med två andra regioner.", "Välkommen"]
    )
    assert measured.sentences == 3 and measured.words == 14


def test_a_one_sentence_lead_is_too_little_text_to_rate():
    # "13 ord, 1 meningar" was flagged as hard to read.
    assert (
        lix("Regionens internationella arbete omfattar påverkansarbete och projekt i hela länet.")
        is None
    )


def test_easy_text_scores_low_and_too_little_text_gives_no_score():
    easy = lix("Vi bor i Gävle. Vi har en bil. Den är röd. Vi åker till jobbet. Det går bra.")
    assert easy.score < 25 and easy.band == "mycket lätt"
    assert lix("Kort text.") is None


def preview_metrics(admin_client, page) -> dict:
    import json
    import re

    html = admin_client.get(f"/admin/pages/{page.pk}/view_draft/").content.decode()
    found = re.search(
        r'<script type="application/json" id="regionsite-text-metrics">(.*?)</script>', html
    )
    return json.loads(found[1])


@pytest.mark.django_db
def test_the_checks_panel_is_given_the_pages_own_text_not_the_page_around_it(admin_client, seeded):
    from pages.models import NewsPage
    from pages.readability import WORD, page_lix

    news = next(n for n in NewsPage.objects.filter(locale__language_code="sv") if page_lix(n))
    metrics = preview_metrics(admin_client, news)
    own_words = sum(len(WORD.findall(text)) for text in page_paragraphs(news))
    assert metrics["words"] == own_words
    assert metrics["lix"] == page_lix(news).score and metrics["rated"]
    # What Wagtail's panel would count: everything in <main>, the feedback form included.
    html = admin_client.get(f"/admin/pages/{news.pk}/view_draft/").content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    from django.utils.html import strip_tags

    assert len(WORD.findall(strip_tags(main))) > own_words + 20


@pytest.mark.django_db
def test_finnish_text_is_not_rated_with_lix(admin_client, seeded):
    from pages.models import HomePage
    from pages.reports import PageReadability

    finnish = HomePage.objects.get(locale__language_code="fi")
    metrics = preview_metrics(admin_client, finnish)
    assert metrics["rated"] is False and metrics["lix"] is None and metrics["words"] > 20
    assert not PageReadability(finnish).hard_to_read
    report = admin_client.get("/admin/reports/lasbarhet/?sprak=fi").content.decode()
    assert "LIX räknas bara för svenska och engelska" in report
