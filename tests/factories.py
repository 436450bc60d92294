"""Factories for test content (wagtail-factories builds pages into the tree).

Give a page factory ``parent=``: the page is added under it with ``add_child`` and takes its
locale. Pages are live but have no revision; call ``page.save_revision().publish()`` when a test
needs one.

Every page type has a factory here: ``page_factory(model)`` finds it by the model it builds, and
tests/test_page_types.py fails for a page type without one.
"""

import datetime

import factory

from django.utils import timezone

import wagtail_factories
from wagtail.models import Locale, Page

from pages import models
from pages.models.accessibility import Conformance


class SnippetFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class PersonFactory(SnippetFactory):
    name = factory.Sequence(lambda n: f"Funktion {n}")
    role = "Frågor om EU-projekt"
    email = factory.Sequence(lambda n: f"funktion{n}@example.se")
    phone = "026-15 40 00"

    class Meta:
        model = models.Person


class OrganisationFactory(SnippetFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    website = "https://example.se/"
    kind = models.Organisation.Kind.REGION

    class Meta:
        model = models.Organisation


class FundingProgrammeFactory(SnippetFactory):
    name = factory.Sequence(lambda n: f"Interreg Östersjöprogrammet {n}")
    short_name = factory.Sequence(lambda n: f"Interreg {n}")
    website = "https://interreg-baltic.eu/"

    class Meta:
        model = models.FundingProgramme


class PublicRecordsFactory(SnippetFactory):
    registrar = factory.Sequence(lambda n: f"Registrator {n}")
    email = "registrator@example.se"
    how_to_request = "Skriv till registratorn. Du behöver inte säga vem du är."
    right_to_appeal = "Ett avslag kan överklagas till kammarrätten."

    class Meta:
        model = models.PublicRecords


class SitePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    intro = "En kort ingress om sidan."
    live = True

    class Meta:
        abstract = True


class ThemedPageFactory(SitePageFactory):
    """Pass ``themes=[theme, ...]``: modelcluster takes the ParentalManyToManyField in the
    constructor and ``add_child`` saves it with the page, so no post-generation save is needed.
    """

    class Meta:
        abstract = True


class HomePageFactory(SitePageFactory):
    title = "Internationell samverkan"

    class Meta:
        model = models.HomePage


class ThemePageFactory(SitePageFactory):
    class Meta:
        model = models.ThemePage


class OfficePageFactory(SitePageFactory):
    title = "Brysselkontoret"

    class Meta:
        model = models.OfficePage


class StandardPageFactory(SitePageFactory):
    class Meta:
        model = models.StandardPage


class ProjectIndexPageFactory(SitePageFactory):
    title = "Projekt"

    class Meta:
        model = models.ProjectIndexPage


class ProjectPageFactory(ThemedPageFactory):
    """An ongoing project without a programme (pass ``programme=FundingProgrammeFactory()``)."""

    title = factory.Sequence(lambda n: f"Projekt {n}")
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda page: page.start_date + datetime.timedelta(days=730))

    class Meta:
        model = models.ProjectPage


class NewsIndexPageFactory(SitePageFactory):
    title = "Nyheter"

    class Meta:
        model = models.NewsIndexPage


class NewsPageFactory(ThemedPageFactory):
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = models.NewsPage


class EventIndexPageFactory(SitePageFactory):
    title = "Kalender"

    class Meta:
        model = models.EventIndexPage


class EventPageFactory(ThemedPageFactory):
    """An upcoming two-hour event in Gävle (``clean()`` wants a place or ``online=True``)."""

    title = factory.Sequence(lambda n: f"Evenemang {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=2))
    location = "Gävle"

    class Meta:
        model = models.EventPage


class EasyReadPageFactory(SitePageFactory):
    title = "Så samarbetar vi med andra länder"
    intro = "Här kan du läsa om vårt arbete. Texten är lättläst."

    class Meta:
        model = models.EasyReadPage


class AccessibilityStatementPageFactory(SitePageFactory):
    """A statement of full compliance (``clean()`` wants shortcomings listed otherwise: pass
    ``conformance=`` and ``inaccessible_content=[InaccessibleContent(...)]``)."""

    title = "Tillgänglighetsredogörelse"
    service_name = "Internationell samverkan"
    assessment_description = "<p>Egen granskning med automatiska och manuella kontroller.</p>"
    covered_site = "https://example.se/"
    conformance = Conformance.FULL
    feedback_email = "region@example.se"
    reply_time = "Vi svarar inom fem arbetsdagar."
    assessed_on = factory.LazyFunction(timezone.localdate)
    statement_date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = models.AccessibilityStatementPage


def page_factories() -> dict[type, type]:
    """Each page model's factory: every concrete subclass of SitePageFactory here, by its model
    (a test module's own subclass does not stand in for it)."""
    found, pending = {}, [SitePageFactory]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if not subclass._meta.abstract and subclass.__module__ == __name__:
                found[subclass._meta.model] = subclass
    return found


def page_factory(model: type) -> type:
    return page_factories()[model]


def build_page(model: type, home: Page, **fields) -> Page:
    """A new page of ``model`` below ``home``, made with its factory, under the first place the
    tree rules allow (home itself where it may, else a parent built the same way); a home page
    goes at the root, beside ``home``."""
    allowed = model.allowed_parent_page_models()
    if Page in allowed:
        parent = Page.get_first_root_node()
    elif home.specific_class in allowed:
        parent = home
    else:
        parent_model = min(allowed, key=lambda parent: parent.__name__)
        parent = parent_model.objects.descendant_of(home).first() or build_page(parent_model, home)
    return page_factory(model)(parent=parent, **fields)
