"""LIX (läsbarhetsindex, Björnsson 1968): the readability measure Swedish editors know.

LIX = words per sentence + the percentage of long words (more than six letters). The same
formula Wagtail's checks panel uses for its readability score, so the report and the panel
agree. Text is measured as paragraphs: a paragraph, heading or list item ends a sentence even
without a full stop.
"""

import html
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)")

# Björnsson's scale as Swedish readers know it: under 25 children's books, 25–30 simple texts,
# 30–40 ordinary prose, 40–50 factual texts, 50–60 specialist texts, over 60 the hardest.
BANDS = [
    (25, _("mycket lätt")),
    (30, _("lätt")),
    (40, _("medelsvår")),
    (50, _("svår")),
    (None, _("mycket svår")),
]
# Above this, a public text is hard for many readers (the editors' report flags it).
HARD_TO_READ = 45
# Lättläst text should read as "lätt" at most: its pages are flagged above this.
EASY_READ_LIMIT = 30
# Fewer sentences say too little to rate: a page whose text is a one-sentence lead is not
# "hard to read" because that sentence is long.
MIN_SENTENCES = 3
# LIX was made for Swedish and is used for English; Finnish builds long compounds and
# inflections, so ordinary Finnish would score as "very hard". It is not rated in other languages.
RATED_LANGUAGES = frozenset({"sv", "en"})
# Words a minute, for the checks panel's reading time (Wagtail's own figures).
READING_SPEED = {"sv": 218, "en": 238, "fi": 195}


@dataclass(frozen=True)
class Lix:
    score: float
    words: int
    long_words: int
    sentences: int

    @property
    def band(self) -> str:
        return band_of(self.score)

    @property
    def hard_to_read(self) -> bool:
        return self.over(HARD_TO_READ)

    def over(self, limit: int) -> bool:
        return round(self.score) > limit  # as shown: LIX is read as a whole number


def lix(paragraphs: list[str] | str) -> Lix | None:
    """The LIX of ``paragraphs``, or None if there is too little text to say (under ten words
    or under ``MIN_SENTENCES`` sentences)."""
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    words = long_words = sentences = 0
    for paragraph in paragraphs:
        found = WORD.findall(paragraph)
        if not found:
            continue
        words += len(found)
        long_words += sum(1 for word in found if len(word.replace("-", "")) > 6)
        ends = len(SENTENCE_END.findall(paragraph.strip()))
        # A paragraph is a sentence at least; one that ends without a full stop adds one.
        sentences += ends + (0 if SENTENCE_END.search(paragraph.strip()[-1:] or ".") else 1)
    if words < 10 or sentences < MIN_SENTENCES:
        return None
    score = words / sentences + 100 * long_words / words
    return Lix(round(score, 1), words, long_words, sentences)


def band_of(score: float) -> str:
    for upper, label in BANDS:
        if upper is None or score < upper:
            return str(label)
    raise AssertionError("unreachable")


# What a page's LIX measures: the lead and the body's prose. Navigation, link lists, tables,
# captions and buttons are not running text.
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|dd|dt)>|<br\s*/?>", re.IGNORECASE)


def page_paragraphs(page) -> list[str]:
    """The running text of ``page``: its lead and its body's prose blocks, per paragraph."""
    paragraphs = [getattr(page, "intro", "")]
    for block in getattr(page, "body", None) or []:
        paragraphs.extend(prose_of(block.block_type, block.value))
    return [text for text in paragraphs if text and text.strip()]


def prose_of(block_type: str, value) -> list[str]:
    if block_type == "heading":
        return [value["text"]]
    if block_type == "paragraph":
        return rich_text_paragraphs(value)
    if block_type == "quote":
        return [value["quote"]]
    if block_type == "fact_box":
        return [value["heading"], *rich_text_paragraphs(value["body"])]
    if block_type == "accordion":
        questions = [
            text
            for item in value["items"]
            for text in [item["question"], *rich_text_paragraphs(item["answer"])]
        ]
        return [value["heading"], *questions]
    return []


def rich_text_paragraphs(value) -> list[str]:
    return [html.unescape(strip_tags(part)) for part in BLOCK_END.split(value.source)]


def language_of(page) -> str:
    return page.locale.language_code if getattr(page, "locale_id", None) else "sv"


def is_rated(page) -> bool:
    """Is LIX a fair measure of ``page``'s language?"""
    return language_of(page) in RATED_LANGUAGES


def page_lix(page) -> Lix | None:
    """The LIX of ``page``'s running text, or None where there is too little of it or LIX does
    not suit its language."""
    return lix(page_paragraphs(page)) if is_rated(page) else None


def text_metrics(page) -> dict:
    """What the editor's checks panel shows about ``page``'s own text (its lead and body,
    not the page around it): the same measure as the readability report."""
    paragraphs = page_paragraphs(page)
    words = sum(len(WORD.findall(paragraph)) for paragraph in paragraphs)
    measured = page_lix(page)
    speed = READING_SPEED.get(language_of(page), READING_SPEED["sv"])
    return {
        "words": words,
        "minutes": max(1, round(words / speed)),
        "rated": is_rated(page),
        "lix": measured.score if measured else None,
        "band": measured.band if measured else None,
    }
