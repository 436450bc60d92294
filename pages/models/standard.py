"""Standard pages: about the site, accessibility statement, privacy, contact, sub-topics."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey

from pages.models.base import ContactLink, SitePage, contacts_panel


class StandardPage(SitePage):
    """A plain page of text and blocks, with optional contacts."""

    parent_page_types = [
        "pages.HomePage",
        "pages.ThemePage",
        "pages.OfficePage",
        "pages.StandardPage",
    ]
    subpage_types = ["pages.StandardPage", "pages.AccessibilityStatementPage"]

    content_panels = [*SitePage.content_panels, contacts_panel()]

    class Meta:
        verbose_name = _("standardsida")
        verbose_name_plural = _("standardsidor")


class StandardPageContact(ContactLink):
    page = ParentalKey(StandardPage, on_delete=models.CASCADE, related_name="contact_links")
