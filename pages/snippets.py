"""Reusable content that pages point to: contacts, partner organisations and funding
programmes. Registered as snippets with the language roles (pages/snippet_roles.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.formatting import tel_href

# Named, not imported: the viewset is loaded once every model is (Wagtail defers it).
LANGUAGE_ROLES = "pages.snippet_roles.LanguageRoleSnippetViewSet"


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A contact: preferably a function (a unit's mailbox), not a named individual."""

    name = models.CharField(
        _("namn eller funktion"),
        max_length=200,
        help_text=_("Helst en funktion, till exempel ”Enheten för internationell samverkan”."),
    )
    role = models.CharField(
        _("roll"), max_length=200, blank=True, help_text=_("Vad kontakten kan svara på.")
    )
    email = models.EmailField(
        _("e-post"), blank=True, help_text=_("Helst en funktionsbrevlåda, inte en persons adress.")
    )
    phone = models.CharField(
        _("telefon"),
        max_length=40,
        blank=True,
        help_text=_("Till exempel 026-15 40 00. Visas som en länk som ringer upp."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]
    # Translators translate the words; addresses and numbers are the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kontakt")
        verbose_name_plural = _("kontakter")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def phone_href(self) -> str:
        return tel_href(self.phone)


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A partner organisation: another region, a university, a company, an EU body."""

    class Kind(models.TextChoices):
        REGION = "region", _("Region")
        MUNICIPALITY = "municipality", _("Kommun")
        UNIVERSITY = "university", _("Lärosäte")
        COMPANY = "company", _("Företag")
        PUBLIC_AGENCY = "agency", _("Myndighet")
        EU_NETWORK = "network", _("Nätverk eller organisation i EU")
        OTHER = "other", _("Annan")

    name = models.CharField(
        _("namn"), max_length=200, help_text=_("Organisationens namn som den själv skriver det.")
    )
    website = models.URLField(
        _("webbplats"), blank=True, help_text=_("Hela adressen, med https://.")
    )
    kind = models.CharField(
        _("typ"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.OTHER,
        help_text=_("Vilken sorts organisation det är."),
    )

    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("kind")]
    translatable_fields = [
        TranslatableField("name"),  # e.g. Region Örebro län is Region Örebro County in English
        SynchronizedField("website"),
        SynchronizedField("kind"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class FundingProgramme(TranslatableMixin, models.Model):
    """An EU funding programme (Interreg, ERDF, ESF+ …), editable: new ones need no code."""

    name = models.CharField(_("namn"), max_length=200, help_text=_("Programmets officiella namn."))
    short_name = models.CharField(
        _("kort namn"), max_length=60, blank=True, help_text=_("Visas i listor och filter.")
    )
    website = models.URLField(
        _("webbplats"), blank=True, help_text=_("Programmets egen webbplats, med https://.")
    )

    panels = [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("website")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("finansieringsprogram")
        verbose_name_plural = _("finansieringsprogram")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.short_name or self.name


# Each with the language roles: who may add, change and delete in which language.
register_snippet(Person, viewset=LANGUAGE_ROLES)
register_snippet(Organisation, viewset=LANGUAGE_ROLES)
register_snippet(FundingProgramme, viewset=LANGUAGE_ROLES)
