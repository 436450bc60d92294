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
from pages.readability import HARD_TO_READ, lix


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
        "Region Gävleborg samarbetar med andra regioner i Europa. Kontoret ligger i Bryssel."
    )
    # 12 words, 5 of them longer than six letters, 2 sentences: 12/2 + 100*5/12
    assert (measured.words, measured.long_words, measured.sentences) == (12, 5, 2)
    assert measured.score == 47.7
    assert measured.hard_to_read and measured.score > HARD_TO_READ
    assert measured.band == "svår"  # 40–50: factual texts


def test_a_paragraph_or_heading_without_a_full_stop_ends_a_sentence():
    measured = lix(["Så arbetar vi", "Vi har ett kontor i Bryssel med två andra regioner."])
    assert measured.sentences == 2 and measured.words == 13


def test_easy_text_scores_low_and_too_little_text_gives_no_score():
    easy = lix("Vi bor i Gävle. Vi har en bil. Den är röd. Vi åker till jobbet. Det går bra.")
    assert easy.score < 25 and easy.band == "mycket lätt"
    assert lix("Kort text.") is None
