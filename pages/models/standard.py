"""Standard pages: about the site, accessibility statement, privacy, contact, sub-topics."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.models import Page

from pages.i18n import localized_in_bulk
from pages.models.base import ContactLink, SitePage, contacts_panel
from pages.site_settings import SiteSettings
from regionsite.caching.fragments import shared
from regionsite.caching.keys import page_key, precise


def public_records_on(page, request):
    """The public-records snippet in the page's language, if ``page`` is the contact page
    (in any language) chosen in the site settings."""
    settings = SiteSettings.for_request(request) if request else None
    if settings is None or not (settings.contact_page_id and settings.public_records_id):
        return None

    def translation_key_of_contact_page():
        with precise(page_key(settings.contact_page_id)):
            pages = Page.objects.filter(pk=settings.contact_page_id)
            return pages.values_list("translation_key", flat=True).first()

    contact_key = shared(
        "contact_page_key", (settings.contact_page_id,), translation_key_of_contact_page
    )
    if contact_key != page.translation_key:
        return None  # every other page: no query at all
    return chosen_public_records(settings, page.locale_id)


def public_records_in(locale_id: int, request):
    """The public-records snippet chosen in the site settings, if it is translated into the
    locale: shown on a language's basic-information page."""
    settings = SiteSettings.for_request(request) if request else None
    if settings is None or not settings.public_records_id:
        return None
    records = chosen_public_records(settings, locale_id)
    return records if records.locale_id == locale_id else None


def chosen_public_records(settings: SiteSettings, locale_id: int):
    """The snippet chosen in ``settings``, in the locale where it is translated."""
    (records,) = localized_in_bulk([settings.public_records], locale_id)
    return records


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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["public_records"] = public_records_on(self, request)
        return context

    class Meta:
        verbose_name = _("standardsida")
        verbose_name_plural = _("standardsidor")


class StandardPageContact(ContactLink):
    page = ParentalKey(StandardPage, on_delete=models.CASCADE, related_name="contact_links")
