"""Soft hyphens in long words, so that a heading breaks "Kompetens-försörjning" with a hyphen
on a narrow screen instead of "Kompetensförsö|rjning" without one.

The stylesheet asks for ``hyphens: auto`` and every page says its language, but a browser
hyphenates only where it has a dictionary for the language, and Chromium on Linux and Android
has none for Swedish or Finnish. A soft hyphen (U+00AD, ``&shy;``) is invisible unless the line
breaks there, copies as nothing, and does not stop the browser's find-in-page from matching the
word; search engines and the site's own search read the titles from the database, not from here.

Where: Pyphen's dictionaries (LibreOffice's, as in the browsers that have one) for Swedish and
English; Finnish, which Pyphen lacks, by its own regular rule: a new syllable starts at the
consonant before a vowel (kan-sain-vä-li-nen, yh-teis-työ). Only words of ``MIN_LENGTH`` letters
or more get them: shorter ones fit a line of the largest heading on the narrowest screen and
move to the next line whole, as they should; a soft hyphen would let the browser split them
wherever a line happens to end.
"""

import re
from functools import cache, lru_cache

import pyphen

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

MIN_LENGTH = 16  # at 320 px a page title (about 30 px, bold) fits some 17 letters a line
# Letters at least before the first break and after the last: no stub like "Kom-" is left, and
# as the parts of a Swedish compound are mostly that long, the breaks left fall at or near its
# seams (Kompetens-försörjning rather than Kompe-tensförsörjning).
EDGE = 6
LONG_WORD = re.compile(rf"[^\W\d_]{{{MIN_LENGTH},}}")
SOFT_HYPHEN = "&shy;"

FINNISH_VOWELS = frozenset("aeiouyäöå")


@cache
def dictionary(language: str) -> pyphen.Pyphen | None:
    found = pyphen.language_fallback(language)
    return pyphen.Pyphen(lang=found) if found else None


def finnish_breaks(word: str) -> list[int]:
    """Before each consonant followed by a vowel, once a vowel has come: the consonant rule.
    (Breaks between two vowels are left out: which pairs are diphthongs needs a dictionary.)"""
    lower = word.lower()
    return [
        i
        for i in range(1, len(lower) - 1)
        if lower[i] not in FINNISH_VOWELS
        and lower[i + 1] in FINNISH_VOWELS
        and any(letter in FINNISH_VOWELS for letter in lower[:i])
    ]


def breaks(word: str, language: str) -> list[int]:
    """Where ``word`` may be hyphenated in ``language``: positions in the word."""
    if language == "fi":
        points = finnish_breaks(word)
    elif (found := dictionary(language)) is not None:
        points = found.positions(word)
    else:
        return []
    return [i for i in points if EDGE <= i <= len(word) - EDGE]


@lru_cache(maxsize=4096)
def with_soft_hyphens(word: str, language: str) -> str:
    points = breaks(word, language)
    parts = [word[start:end] for start, end in zip([0, *points], [*points, None], strict=True)]
    return SOFT_HYPHEN.join(parts)


def hyphenate(text, language: str | None = None):
    """``text``, escaped, with soft hyphens in its long words; for text between tags only,
    never in an attribute or a URL."""
    language = (language or get_language() or "").split("-")[0]
    escaped = str(conditional_escape(text))
    # An escaped text has no entity with a long run of letters: only words are matched.
    return mark_safe(  # noqa: S308 - escaped above; only soft hyphens are added
        LONG_WORD.sub(lambda match: with_soft_hyphens(match.group(), language), escaped)
    )
