"""What the site search reads: one document per page, in the page's language, and the words
the documents use (for "Menade du …?").

Kept by the search backend in pages/search_index.py whenever Wagtail indexes a page; read by
pages/search_query.py. On PostgreSQL ``vector`` is a stored, weighted tsvector with a GIN
index, and ``SearchWord.word`` has a trigram index (migration 0018); on SQLite both stay plain
columns and the search degrades to word matching.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchKind(models.TextChoices):
    """What a hit is, in words a visitor scans for; the values are the ``typ=`` parameter."""

    NEWS = "nyhet", _("Nyhet")
    EVENT = "evenemang", _("Evenemang")
    PROJECT = "projekt", _("Projekt")
    THEME = "tema", _("Tema")
    PAGE = "sida", _("Sida")


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    language = models.CharField(max_length=8)  # sv, en, fi: too few to index
    kind = models.CharField(max_length=16, choices=SearchKind.choices)
    # The date a visitor knows the item by (a news item's date, an event's or a project's
    # start); pages without one have none and come last when sorted by date.
    date = models.DateField(null=True, blank=True)
    # The translation keys of the page's themes as "|key|key|": a theme in any language
    # (matched by LIKE, only among the hits, so no index is needed).
    themes = models.TextField(blank=True, default="")
    title = models.TextField()
    text = models.TextField(blank=True, default="")  # intro and body as plain text: the snippet
    vector = SearchVectorField(null=True)

    class Meta:
        verbose_name = _("sökdokument")
        verbose_name_plural = _("sökdokument")

    def __str__(self):
        return self.title


class SearchWord(models.Model):
    """A word (as written, lower case) that occurs in some page of one language."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_search_word")
        ]
        verbose_name = _("sökord i innehållet")
        verbose_name_plural = _("sökord i innehållet")

    def __str__(self):
        return self.word
