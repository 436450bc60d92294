"""Factories for test content (wagtail-factories builds pages into the tree)."""

import factory

import wagtail_factories
from wagtail.models import Locale

from pages import models


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Funktion {n}")
    role = "Frågor om EU-projekt"
    email = factory.Sequence(lambda n: f"funktion{n}@example.se")
    phone = "026-15 40 00"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = models.Person


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    website = "https://example.se/"
    kind = models.Organisation.Kind.REGION
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = models.Organisation


class SitePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    intro = "En kort ingress om sidan."
    live = True

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
