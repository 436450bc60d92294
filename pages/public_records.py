"""Public records (allmänna handlingar): who the registrar is, how to ask for public documents
and the right to appeal a refusal, kept by the Publicists (translated by the Översättare) as a
translatable snippet chosen in the site settings and shown on the Kontakt page in the reader's
language; registered with the language roles (pages/snippet_roles.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.snippets import LANGUAGE_ROLES


class PublicRecords(TranslatableMixin, models.Model):
    registrar = models.CharField(
        _("registrator"),
        max_length=200,
        help_text=_(
            "Funktionen som tar emot och diarieför handlingar, till exempel ”Registrator”."
        ),
    )
    email = models.EmailField(_("e-post"), help_text=_("Registratorns funktionsbrevlåda."))
    phone = models.CharField(
        _("telefon"), max_length=40, blank=True, help_text=_("Till exempel 026-15 40 00.")
    )
    postal_address = models.TextField(
        _("postadress"), blank=True, help_text=_("En rad per del av adressen.")
    )
    how_to_request = models.TextField(
        _("så begär du ut allmänna handlingar"),
        help_text=_(
            "Hur man begär ut en handling: att man inte behöver säga vem man är eller varför, hur "
            "snabbt vi svarar och vad kopior kostar."
        ),
    )
    right_to_appeal = models.TextField(
        _("rätt att överklaga"),
        help_text=_("Att ett avslag kan överklagas till kammarrätten, och hur det går till."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("registrar"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("postal_address"),
            ],
            heading=_("Registrator"),
        ),
        FieldPanel("how_to_request"),
        FieldPanel("right_to_appeal"),
    ]
    translatable_fields = [
        TranslatableField("registrar"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("postal_address"),
        TranslatableField("how_to_request"),
        TranslatableField("right_to_appeal"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("allmänna handlingar")
        verbose_name_plural = _("allmänna handlingar")

    def __str__(self) -> str:
        return str(self._meta.verbose_name).capitalize()


# Each with the language roles: who may add, change and delete in which language.
register_snippet(PublicRecords, viewset=LANGUAGE_ROLES)
