"""A further language's basic-information page: its home page, written in that language.

Swedish is the source and English mirrors it through wagtail-localize. A national minority
language (Finnish here; Meänkieli, Sámi, Romani chib or Yiddish the same way, docs/languages.md)
gets basic information instead: one home page at /<code>/, written directly in the language
rather than translated segment by segment, since it says other things than the Swedish home
(the right to use the language, how to get in touch). wagtail-localize has no Translation for
it, so it never overwrites the page; editors edit it like any Swedish page. Pages that exist
only in Swedish and English link to it from their language switcher.
"""

from wagtail.models import Locale, Page


def create_language_home(source_home: Page, language_code: str, **fields) -> Page:
    """The home page in ``language_code``, created as a draft copy of ``source_home`` with
    ``fields`` written over it (title, slug, intro, body…); returns the existing one if the
    language has a home already."""
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    existing = source_home.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing.specific
    home = source_home.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(home, name, value)
    home.save()
    return home
