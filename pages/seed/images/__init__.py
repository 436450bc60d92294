"""The seeded illustrations: drawn for this site in code (draw.py), free to use under CC0 1.0
(README.md says so for people). Each has its alternative text, the image library's description,
which pages use unless they give their own."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
LICENCE = "CC0 1.0"  # public domain dedication: anyone may use them, no credit needed
LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"


@dataclass(frozen=True)
class Illustration:
    file: str
    title: str
    description: str  # the alternative text, in Swedish like the library

    @property
    def path(self) -> Path:
        return FOLDER / self.file

    def content(self) -> bytes:
        return self.path.read_bytes()

    @property
    def sha1(self) -> str:
        """What Wagtail keeps as the image's file hash: the seed finds its images by it."""
        return hashlib.sha1(self.content()).hexdigest()  # noqa: S324 - Wagtail's own choice


ILLUSTRATIONS = {
    "home": Illustration(
        "hem-kusten.jpg",
        "Kusten i Gävleborg (illustration)",
        "Tecknad bild av en fjärd med skogklädda öar, en röd stuga på stranden och en låg sol "
        "över bergen.",
    ),
    "infrastruktur": Illustration(
        "tema-infrastruktur.jpg",
        "Järnväg och väg genom en dalgång (illustration)",
        "Tecknad bild av ett tåg på en järnvägsbro över en älvdal, med en väg och skog i "
        "förgrunden.",
    ),
    "industriomvandling": Illustration(
        "tema-industriomvandling.jpg",
        "Industri vid vattnet (illustration)",
        "Tecknad bild av ett industribruk vid vattnet med vindkraftverk på åsen bakom.",
    ),
    "kompetensforsorjning": Illustration(
        "tema-kompetensforsorjning.jpg",
        "Skolan i orten (illustration)",
        "Tecknad bild av en skolbyggnad med stora fönster och röda hus omkring, där flera "
        "stigar möts.",
    ),
    "bredband": Illustration(
        "nyhet-bredband.jpg",
        "Bredband på landsbygden (illustration)",
        "Tecknad bild av röda hus på landsbygden, en fiberkabel längs stolpar och en mast på "
        "berget.",
    ),
    "jarnvag": Illustration(
        "nyhet-jarnvag.jpg",
        "Tåg genom skogen (illustration)",
        "Tecknad bild av ett tåg som kör genom skogslandskap under en kontaktledning.",
    ),
    "vatgas": Illustration(
        "nyhet-vatgas.jpg",
        "Vätgasanläggning (illustration)",
        "Tecknad bild av en industrihall och två runda vätgastankar, med vindkraftverk i "
        "bakgrunden.",
    ),
    "utbyten": Illustration(
        "nyhet-utbyten.jpg",
        "Färja över havet (illustration)",
        "Tecknad bild av en färja på väg över havet mot en kust i fjärran.",
    ),
}
