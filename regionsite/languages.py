"""Sweden's national minority languages, for Django's language table.

Django knows Finnish, but not Meänkieli, the Sámi languages, Romani chib or Yiddish: a code in
LANGUAGES that Django has no entry for breaks its language names (and Wagtail's locale admin).
These entries let one be added as Finnish was (docs/languages.md). Yiddish is written right to
left: the base template sets dir="rtl" from Django's bidi flag.
"""

from django.conf import global_settings
from django.conf.locale import LANG_INFO

NATIONAL_MINORITY_LANGUAGES = {
    "fit": {"bidi": False, "code": "fit", "name": "Meänkieli", "name_local": "meänkieli"},
    "se": {"bidi": False, "code": "se", "name": "Northern Sami", "name_local": "davvisámegiella"},
    "smj": {"bidi": False, "code": "smj", "name": "Lule Sami", "name_local": "julevsámegiella"},
    "sma": {"bidi": False, "code": "sma", "name": "Southern Sami", "name_local": "åarjelsaemien"},
    "rom": {"bidi": False, "code": "rom", "name": "Romani", "name_local": "romani chib"},
    "yi": {"bidi": True, "code": "yi", "name": "Yiddish", "name_local": "ייִדיש"},
}


def register() -> list[str]:
    """Add the languages Django lacks to its table; return LANGUAGES_BIDI with Yiddish."""
    for code, info in NATIONAL_MINORITY_LANGUAGES.items():
        LANG_INFO.setdefault(code, info)
    bidi = [code for code, info in NATIONAL_MINORITY_LANGUAGES.items() if info["bidi"]]
    return [*global_settings.LANGUAGES_BIDI, *bidi]
