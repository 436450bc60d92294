"""Page models, one module per family; snippets and site settings live beside them."""

from pages.models.base import SitePage
from pages.models.home import (
    HomePage,
    OfficePage,
    OfficePageContact,
    OfficePartner,
    ThemePage,
    ThemePageContact,
)
from pages.models.standard import StandardPage, StandardPageContact
from pages.site_settings import SiteSettings
from pages.snippets import Organisation, Person

__all__ = [
    "HomePage",
    "OfficePage",
    "OfficePageContact",
    "OfficePartner",
    "Organisation",
    "Person",
    "SitePage",
    "SiteSettings",
    "StandardPage",
    "StandardPageContact",
    "ThemePage",
    "ThemePageContact",
]
