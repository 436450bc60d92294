"""The Brussels office, Central Sweden, run together with partner regions."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail_localize.fields import SynchronizedField

from pages.models.base import ContactLink, PartnerLink, PartnersMixin, SitePage, contacts_panel


class OfficePage(PartnersMixin, SitePage):
    """The Brussels office, Central Sweden, run together with partner regions."""

    office_name = models.CharField(
        _("kontorets namn"),
        max_length=100,
        default="Central Sweden",
        help_text=_("Namnet som kontoret har på alla språk."),
    )
    address = models.TextField(
        _("adress"), blank=True, help_text=_("Besöksadressen i Bryssel, en rad per del.")
    )
    website = models.URLField(
        _("kontorets webbplats"), blank=True, help_text=_("Hela adressen, med https://.")
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StandardPage"]
    max_count_per_parent = 1
    # Central Sweden is the office's name in every language.
    override_translatable_fields = [
        *SitePage.override_translatable_fields,
        SynchronizedField("office_name"),
    ]

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("office_name"),
        InlinePanel(
            "partner_links", label=_("Partnerorganisationer"), heading=_("Partnerorganisationer")
        ),
        FieldPanel("address"),
        FieldPanel("website"),
        contacts_panel(),
    ]

    class Meta:
        verbose_name = _("kontorssida")
        verbose_name_plural = _("kontorssidor")


class OfficePageContact(ContactLink):
    page = ParentalKey(OfficePage, on_delete=models.CASCADE, related_name="contact_links")


class OfficePartner(PartnerLink):
    page = ParentalKey(OfficePage, on_delete=models.CASCADE, related_name="partner_links")
