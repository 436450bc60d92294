"""Page models, one module per family; snippets and site settings live beside them."""

from pages.accessibility_checks import AccessibilityCheckRun
from pages.feedback import Feedback
from pages.models.accessibility import AccessibilityStatementPage, InaccessibleContent
from pages.models.base import SitePage
from pages.models.easy_read import EasyReadPage
from pages.models.events import EventIndexPage, EventPage
from pages.models.home import HomePage
from pages.models.news import NewsIndexPage, NewsPage
from pages.models.office import OfficePage, OfficePageContact, OfficePartner
from pages.models.projects import (
    ProjectIndexPage,
    ProjectPage,
    ProjectPageContact,
    ProjectPartner,
)
from pages.models.search_document import SearchDocument, SearchKind, SearchWord
from pages.models.standard import StandardPage, StandardPageContact
from pages.models.themes import ThemePage, ThemePageContact
from pages.public_records import PublicRecords
from pages.site_settings import SiteSettings
from pages.snippets import FundingProgramme, Organisation, Person
from pages.subscriptions import NewsMailing, Subscriber

__all__ = [
    "AccessibilityCheckRun",
    "AccessibilityStatementPage",
    "EasyReadPage",
    "InaccessibleContent",
    "EventIndexPage",
    "EventPage",
    "Feedback",
    "FundingProgramme",
    "NewsIndexPage",
    "NewsMailing",
    "NewsPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageContact",
    "ProjectPartner",
    "HomePage",
    "OfficePage",
    "OfficePageContact",
    "OfficePartner",
    "Organisation",
    "Person",
    "PublicRecords",
    "SearchDocument",
    "SearchKind",
    "SearchWord",
    "SitePage",
    "SiteSettings",
    "StandardPage",
    "StandardPageContact",
    "Subscriber",
    "ThemePage",
    "ThemePageContact",
]
