"""The Swedish admin catalogue: the interface strings Wagtail and wagtail-localize leave
untranslated in Swedish, kept in the project's own ``locale/sv/`` (which Django reads before
the packages' catalogues, so an entry here also corrects a package's wrong translation).

    python scripts/admin_catalogue.py          # add the strings still missing (empty msgstr)
    python scripts/admin_catalogue.py --check  # exit 1 if any is missing or untranslated

A package's English catalogue lists every string it has; whatever its Swedish one lacks
belongs here. After an upgrade, run it, translate the new entries and run `make messages`.

It also keeps the site's terminology where the packages' Swedish differs (TERMINOLOGY): a
public body's *webbplats*, not *sajt*; *granskning*, the word of the site's own workflow
(*Granskning före publicering*), not *moderering*; *startsida*, not *hemsida*.
"""

import argparse
import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
OUR_CATALOGUES = ROOT / "locale" / "sv" / "LC_MESSAGES"
PACKAGES = ("wagtail", "wagtail_localize")
TERMINOLOGY = [
    (re.compile(r"modereras"), "granskas"),
    (re.compile(r"moderering"), "granskning"),
    (re.compile(r"moderationsstadiet"), "granskningssteget"),
    (re.compile(r"Moderering"), "Granskning"),
    (re.compile(r"sajt"), "webbplats"),
    (re.compile(r"Sajt"), "Webbplats"),
    (re.compile(r"\bhemsidan\b"), "startsidan"),
    (re.compile(r"\bAddera\b"), "Lägg till"),
    (re.compile(r"\buppift\b"), "uppgift"),
]
TERMINOLOGY_NOTE = "terminology: the site's word for it (scripts/admin_catalogue.py)"
DOMAINS = ("django", "djangojs")


def package_catalogues(domain: str):
    """(English, Swedish or None) catalogue paths of every package locale directory."""
    import importlib

    for package in PACKAGES:
        base = Path(importlib.import_module(package).__file__).parent
        for english in sorted(base.glob(f"**/locale/en/LC_MESSAGES/{domain}.po")):
            swedish = english.parent.parent.parent / "sv" / "LC_MESSAGES" / f"{domain}.po"
            yield english, swedish if swedish.exists() else None


def missing_in_packages(domain: str) -> list[polib.POEntry]:
    """Entries of the packages' English catalogues that no Swedish catalogue translates."""
    entries, seen = [], set()
    for english, swedish in package_catalogues(domain):
        translated = set()
        if swedish is not None:
            catalogue = polib.pofile(str(swedish))
            translated = {(e.msgctxt, e.msgid) for e in catalogue if e.translated()}
        for entry in polib.pofile(str(english)):
            key = (entry.msgctxt, entry.msgid)
            if key in translated or key in seen or entry.obsolete:
                continue
            seen.add(key)
            entries.append(entry)
    return entries


def in_our_terms(text: str) -> str:
    for pattern, replacement in TERMINOLOGY:
        text = pattern.sub(replacement, text)
    return text


def terminology_corrections(domain: str) -> list[polib.POEntry]:
    """The packages' Swedish translations rewritten in the site's terms, where that changes them."""
    corrections, seen = [], set()
    for _english, swedish in package_catalogues(domain):
        if swedish is None:
            continue
        for entry in polib.pofile(str(swedish)):
            key = (entry.msgctxt, entry.msgid)
            if not entry.translated() or key in seen:
                continue
            singular = in_our_terms(entry.msgstr)
            plural = {n: in_our_terms(text) for n, text in entry.msgstr_plural.items()}
            if singular != entry.msgstr or plural != entry.msgstr_plural:
                seen.add(key)
                corrections.append(
                    polib.POEntry(
                        msgctxt=entry.msgctxt,
                        msgid=entry.msgid,
                        msgid_plural=entry.msgid_plural,
                        msgstr=singular,
                        msgstr_plural=plural,
                        tcomment=TERMINOLOGY_NOTE,
                        flags=[flag for flag in entry.flags if flag != "fuzzy"],
                    )
                )
    return corrections


def our_catalogue(domain: str) -> polib.POFile:
    path = OUR_CATALOGUES / f"{domain}.po"
    if path.exists():
        return polib.pofile(str(path), wrapwidth=99)
    catalogue = polib.POFile(wrapwidth=99)
    catalogue.header = (
        "Wagtail's and wagtail-localize's admin strings that their own Swedish catalogues lack\n"
        "or get wrong. Kept by scripts/admin_catalogue.py; not touched by makemessages."
    )
    catalogue.metadata = {
        "Project-Id-Version": "regionsite",
        "Language": "sv",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    return catalogue


def problems(domain: str) -> list[str]:
    catalogue = our_catalogue(domain)
    ours = {(e.msgctxt, e.msgid): e for e in catalogue}
    found = []
    for entry in missing_in_packages(domain):
        own = ours.get((entry.msgctxt, entry.msgid))
        if own is None:
            found.append(f"{domain}: missing {entry.msgid!r}")
        elif not own.translated() or own.fuzzy:
            found.append(f"{domain}: untranslated {entry.msgid!r}")
    for entry in terminology_corrections(domain):
        if (entry.msgctxt, entry.msgid) not in ours:
            found.append(f"{domain}: not in the site's terms {entry.msgid!r}")
    return found


def add_missing(domain: str) -> int:
    catalogue = our_catalogue(domain)
    ours = {(e.msgctxt, e.msgid) for e in catalogue}
    added = 0
    for entry in missing_in_packages(domain):
        if (entry.msgctxt, entry.msgid) in ours:
            continue
        catalogue.append(
            polib.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgstr="" if not entry.msgid_plural else "",
                msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                flags=[flag for flag in entry.flags if flag != "fuzzy"],
            )
        )
        added += 1
    for entry in terminology_corrections(domain):
        if (entry.msgctxt, entry.msgid) not in ours:
            catalogue.append(entry)
            added += 1
    OUR_CATALOGUES.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(OUR_CATALOGUES / f"{domain}.po"))
    return added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report what is missing")
    arguments = parser.parse_args()
    if arguments.check:
        found = [problem for domain in DOMAINS for problem in problems(domain)]
        print("\n".join(found) or "The Swedish admin catalogue is complete.")
        return 1 if found else 0
    for domain in DOMAINS:
        print(f"{domain}: {add_missing(domain)} strings added to locale/sv/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
