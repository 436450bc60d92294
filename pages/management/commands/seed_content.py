"""Build the site's initial content. Idempotent: existing pages and snippets are never changed.

Run as often as you like; a second run creates nothing and leaves editors' edits alone.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Page, Site

from pages.models import (
    HomePage,
    OfficePage,
    OfficePageContact,
    OfficePartner,
    Organisation,
    Person,
    SiteSettings,
    StandardPage,
    StandardPageContact,
    ThemePage,
    ThemePageContact,
)
from pages.seed import content_en
from pages.seed import content_sv as sv
from pages.translation import MissingSegmentTranslations, translate_via_po

# Wagtail's first migration creates a placeholder "Welcome" page; it goes when our home arrives.
WAGTAIL_PLACEHOLDER_SLUG = "home"


class Command(BaseCommand):
    help = "Create the initial pages, contacts and site settings (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            self.created = 0
            locale = Locale.get_default()
            people = {p["key"]: self.person(p, locale) for p in sv.PEOPLE}
            organisations = {o["key"]: self.organisation(o, locale) for o in sv.ORGANISATIONS}
            home = self.home(locale)
            site = self.site(home)

            for spec in sv.THEMES:
                self.child(home, ThemePage, spec, people, ThemePageContact)
            self.child(
                home,
                OfficePage,
                sv.OFFICE,
                people,
                OfficePageContact,
                partners=[organisations[key] for key in sv.OFFICE["partners"]],
            )
            self.child(home, StandardPage, sv.WHY, people, StandardPageContact)
            about = self.child(home, StandardPage, sv.ABOUT, people, StandardPageContact)
            accessibility = self.child(
                about, StandardPage, sv.ACCESSIBILITY, people, StandardPageContact
            )
            privacy = self.child(about, StandardPage, sv.PRIVACY, people, StandardPageContact)
            contact = self.child(home, StandardPage, sv.CONTACT, people, StandardPageContact)
            self.site_settings(
                site, about=about, accessibility=accessibility, privacy=privacy, contact=contact
            )
            self.english(home, [*people.values(), *organisations.values()])
        self.stdout.write(self.style.SUCCESS(f"seed_content: {self.created} objects created."))

    # --- Snippets -------------------------------------------------------------------------

    def person(self, spec, locale) -> Person:
        fields = {k: v for k, v in spec.items() if k != "key"}
        person, created = Person.objects.get_or_create(
            name=fields.pop("name"), locale=locale, defaults=fields
        )
        self.created += created
        return person

    def organisation(self, spec, locale) -> Organisation:
        fields = {k: v for k, v in spec.items() if k != "key"}
        organisation, created = Organisation.objects.get_or_create(
            name=fields.pop("name"), locale=locale, defaults=fields
        )
        self.created += created
        return organisation

    # --- Pages ----------------------------------------------------------------------------

    def home(self, locale) -> HomePage:
        home = HomePage.objects.filter(locale=locale).first()
        if home:
            return home
        root = Page.get_first_root_node()
        placeholder = (
            root.get_children()
            .filter(slug=WAGTAIL_PLACEHOLDER_SLUG, content_type__model="page")
            .first()
        )
        if placeholder and not placeholder.get_children().exists():
            # Free the slot before our home page takes over the site.
            Site.objects.filter(root_page=placeholder).update(root_page=root)
            placeholder.delete()
        home = HomePage(**self.page_fields(sv.HOME), locale=locale)
        root.add_child(instance=home)
        home.save_revision().publish()
        self.created += 1
        return home

    def site(self, home: HomePage) -> Site:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Region Gävleborg",
            )
            self.created += 1
        elif site.root_page_id != home.pk and site.root_page.depth == 1:
            site.root_page = home
            site.site_name = site.site_name or "Region Gävleborg"
            site.save()
        return site

    def child(self, parent, model, spec, people, contact_model, partners=()):
        existing = parent.get_children().filter(slug=spec["slug"]).first()
        if existing:
            return existing.specific
        page = model(
            **self.page_fields(spec), show_in_menus=spec.get("in_menu", False), locale=parent.locale
        )
        for order, key in enumerate(spec.get("contacts", [])):
            page.contact_links.add(contact_model(person=people[key], sort_order=order))
        for order, organisation in enumerate(partners):
            page.partner_links.add(OfficePartner(organisation=organisation, sort_order=order))
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    @staticmethod
    def page_fields(spec) -> dict:
        keys = {"title", "slug", "intro", "body", "office_name", "search_description"}
        return {key: value for key, value in spec.items() if key in keys}

    # --- English, through wagtail-localize ----------------------------------------------

    def english(self, home, snippets):
        """Translate what has no English version yet, snippets first, pages parent first."""
        english, created = Locale.objects.get_or_create(language_code="en")
        self.created += created
        pages = [page.specific for page in home.get_descendants(inclusive=True).order_by("path")]
        for instance in [*snippets, *pages]:
            if instance.has_translation(english):
                continue
            parent = instance.get_parent() if isinstance(instance, Page) else None
            if parent and parent.depth > 1 and not parent.has_translation(english):
                continue  # the parent was left to the translators below
            try:
                translate_via_po(
                    instance, english, content_en.TRANSLATIONS.get, tool_name="seed_content"
                )
            except MissingSegmentTranslations as error:
                # An editor has changed the Swedish text since it was seeded: leave the
                # English version to the translators rather than publish Swedish under /en/.
                self.stderr.write(f"Not translated (changed since seeding): {error}")
                continue
            self.created += 1

    # --- Settings -------------------------------------------------------------------------

    def site_settings(self, site, **pages):
        settings = SiteSettings.for_site(site)
        changed = False
        for field, value in sv.SITE_SETTINGS.items():
            if not getattr(settings, field):
                setattr(settings, field, value)
                changed = True
        for name, page in pages.items():
            if getattr(settings, f"{name}_page_id") is None:
                setattr(settings, f"{name}_page", page)
                changed = True
        if changed:
            settings.save()
            self.created += 1
