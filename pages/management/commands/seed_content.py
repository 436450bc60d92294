"""Build the site's initial content. Idempotent: existing pages and snippets are never changed.

Run as often as you like; a second run creates nothing and leaves editors' edits alone.
"""

import io
import json
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from pages.accessibility_checks import AccessibilityCheckRun, record_run
from pages.language_homes import create_language_home
from pages.models import (
    AccessibilityStatementPage,
    EasyReadPage,
    EventIndexPage,
    EventPage,
    FundingProgramme,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OfficePage,
    Organisation,
    Person,
    ProjectIndexPage,
    ProjectPage,
    PublicRecords,
    SiteSettings,
    StandardPage,
    ThemePage,
)
from pages.seed import content_en, content_fi, listings_en
from pages.seed import content_sv as sv
from pages.seed import listings_sv as listings
from pages.seed.images import ILLUSTRATIONS, Illustration
from pages.site_address import follow_site_url, public_host_and_port
from pages.site_settings import DEFAULT_ORGANISATION_NAME
from pages.templatetags.image_tags import picture_specs
from pages.templatetags.seo_tags import SHARE_IMAGE_SIZE
from pages.translation import MissingSegmentTranslations, translate_via_po

ENGLISH = {**content_en.TRANSLATIONS, **listings_en.TRANSLATIONS}
LANGUAGE_NAMES = {"en": "English", "fi": "Finnish"}  # for the operator, in the command's output

# The browser tests' axe report (tests/browser/artifacts/axe-report.json) of the run this
# release was checked with: a new site's accessibility statement shows it until a deploy records
# a newer one. Refresh it with the release (docs/operations.md, Upgrades and deploys).
SEEDED_AXE_REPORT = Path(__file__).resolve().parents[2] / "seed" / "axe-report.json"

# Wagtail's first migration creates a placeholder "Welcome" page; it goes when our home arrives.
WAGTAIL_PLACEHOLDER_SLUG = "home"


class Command(BaseCommand):
    help = "Create the initial pages, contacts and site settings (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            self.created = 0
            locale = Locale.get_default()
            people = {p["key"]: self.snippet(Person, p, locale) for p in sv.PEOPLE}
            # Every page has a content owner; none is reviewed yet: the region's staff review
            # the initial content before launch (the report Sidor att granska lists it).
            self.default_owner = people[sv.DEFAULT_OWNER]
            self.images = {key: self.image(spec) for key, spec in ILLUSTRATIONS.items()}
            organisations = {
                o["key"]: self.snippet(Organisation, o, locale) for o in sv.ORGANISATIONS
            }
            home = self.home(locale)
            site = self.site(home)

            themes = {spec["slug"]: self.child(home, ThemePage, spec, people) for spec in sv.THEMES}
            self.child(
                home,
                OfficePage,
                sv.OFFICE,
                people,
                partners=[organisations[key] for key in sv.OFFICE["partners"]],
            )
            programmes = {
                p["key"]: self.snippet(FundingProgramme, p, locale) for p in listings.PROGRAMMES
            }
            self.listings(home, people, organisations, themes, programmes)
            self.child(home, StandardPage, sv.WHY, people)
            about = self.child(home, StandardPage, sv.ABOUT, people)
            accessibility = self.child(
                about,
                AccessibilityStatementPage,
                sv.ACCESSIBILITY,
                people,
                covered_site=settings.SITE_URL,
            )
            privacy = self.child(about, StandardPage, sv.PRIVACY, people)
            contact = self.child(home, StandardPage, sv.CONTACT, people)
            self.child(home, EasyReadPage, sv.EASY_READ, people)
            records, made = PublicRecords.objects.get_or_create(
                locale=locale, defaults=sv.PUBLIC_RECORDS
            )
            self.created += made
            self.site_settings(
                site, about=about, accessibility=accessibility, privacy=privacy, contact=contact
            )
            self.public_records(site, records)
            snippets = [*people.values(), *organisations.values(), *programmes.values(), records]
            self.english(home, snippets)
            self.finnish(home, records)
            # Besides the basic information, a Finnish speaker needs these in Finnish: the form
            # on every page asks for a name and an e-mail address (docs/languages.md).
            self.translate(
                [*people.values(), about, accessibility, privacy, contact],
                "fi",
                content_fi.TRANSLATIONS,
            )
            self.first_accessibility_check()
        self.stdout.write(self.style.SUCCESS(f"seed_content: {self.created} objects created."))

    def listings(self, home, people, organisations, themes, programmes):
        """EU projects, news and events, each under its index page."""
        project_index = self.child(home, ProjectIndexPage, sv.PROJECT_INDEX)
        for spec in listings.PROJECTS:
            self.child(
                project_index,
                ProjectPage,
                spec,
                people,
                partners=[organisations[key] for key in spec["partners"]],
                themes=[themes[key] for key in spec["themes"]],
                programme=programmes[spec["programme"]],
            )
        news_index = self.child(home, NewsIndexPage, sv.NEWS_INDEX)
        for spec in listings.NEWS:
            self.child(news_index, NewsPage, spec, themes=[themes[key] for key in spec["themes"]])
        event_index = self.child(home, EventIndexPage, sv.EVENT_INDEX)
        for spec in listings.EVENTS:
            self.child(event_index, EventPage, spec, themes=[themes[key] for key in spec["themes"]])

    # --- Snippets -------------------------------------------------------------------------

    def snippet(self, model, spec, locale):
        """The snippet named in ``spec`` in ``locale``; created only if it is not there."""
        fields = {k: v for k, v in spec.items() if k != "key"}
        instance, created = model.objects.get_or_create(
            name=fields.pop("name"), locale=locale, defaults=fields
        )
        self.created += created
        return instance

    # --- Images ---------------------------------------------------------------------------

    def image(self, illustration: Illustration):
        """The illustration in the image library, found by its file's hash (editors may rename
        it); added if it is not there. A library image whose file has gone missing (a media
        folder lost or wiped, as the tests do between runs) gets its file back."""
        image_model = get_image_model()
        content = illustration.content()
        image = image_model.objects.filter(file_hash=illustration.sha1).first()
        if image is None:
            image = image_model(
                title=illustration.title,
                description=illustration.description,
                file=ImageFile(io.BytesIO(content), name=illustration.file),
            )
            image._set_image_file_metadata()
            image.save()
            self.created += 1
        elif not image.file.storage.exists(image.file.name):
            self.restore_file(image, content)
        # Made now rather than by the first visitor (AVIF takes a second or so each); nothing
        # to do where they are there already.
        image.get_renditions(*picture_specs(image), SHARE_IMAGE_SIZE)
        return image

    def restore_file(self, image, content: bytes):
        saved_as = image.file.storage.save(image.file.name, ContentFile(content))
        if saved_as != image.file.name:
            image.file.name = saved_as
            image.save(update_fields=["file"])
        # Its renditions were lost with it: made again below.
        for rendition in image.renditions.all():
            rendition.purge_from_cache()
        image.renditions.all().delete()
        self.stdout.write(f"Restored the missing file of the image {image.title!r}.")

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
        home = HomePage(
            **self.page_fields(HomePage, sv.HOME),
            image=self.images[sv.HOME["image"]],
            locale=locale,
            content_owner=self.default_owner,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        self.created += 1
        return home

    def site(self, home: HomePage) -> Site:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            hostname, port = public_host_and_port(settings.SITE_URL)
            site = Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name=DEFAULT_ORGANISATION_NAME,
            )
            self.created += 1
        elif site.root_page_id != home.pk and site.root_page.depth == 1:
            site.root_page = home
            site.site_name = site.site_name or DEFAULT_ORGANISATION_NAME
            site.save()
        return follow_site_url(site)

    def child(self, parent, model, spec, people=None, partners=(), themes=(), **fields):
        """Create ``parent``'s child from ``spec`` unless a page with its slug is there already."""
        existing = parent.get_children().filter(slug=spec["slug"]).first()
        if existing:
            return existing.specific
        page = model(
            **self.page_fields(model, spec),
            **fields,
            locale=parent.locale,
        )
        contacts = spec.get("contacts", [])
        page.content_owner = people[contacts[0]] if contacts else self.default_owner
        for order, key in enumerate(contacts):
            page.contact_links.add(page.contact_links.model(person=people[key], sort_order=order))
        for order, organisation in enumerate(partners):
            page.partner_links.add(
                page.partner_links.model(organisation=organisation, sort_order=order)
            )
        if themes:
            page.themes = list(themes)
        if "image" in spec:
            page.image = self.images[spec["image"]]
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    # Spec keys that are not a field of the page model, each with the field or relation of the
    # model it stands for. `child` and its callers set contacts, partners, themes and programme.
    RELATED_KEYS = {
        "in_menu": "show_in_menus",
        "contacts": "contact_links",
        "partners": "partner_links",
        "themes": "themes",
        "programme": "programme",
        "image": "image",  # a key of pages.seed.images.ILLUSTRATIONS
    }

    def page_fields(self, model, spec) -> dict:
        """The field values ``spec`` gives a ``model`` page; a key the model has no use for is
        an error, so a typo in the seed data cannot silently drop content.

        The fields are the model's own editable, non-relation fields; naive date-times (events'
        local wall-clock times) are made aware.
        """
        fields = {
            field.name: field
            for field in model._meta.concrete_fields
            if field.editable and not field.is_relation and not field.primary_key
        }
        names = {field.name for field in model._meta.get_fields()}
        related = [key for key, name in self.RELATED_KEYS.items() if name in names]
        unknown = [key for key in spec if key not in fields and key not in related]
        if unknown:
            raise CommandError(
                f"Seed data for the {model.__name__} {spec.get('slug')!r}: unknown key(s) "
                f"{', '.join(map(repr, unknown))}. Use the model's fields or {', '.join(related)}."
            )
        values = {}
        for key, value in spec.items():
            if key not in fields:
                continue
            if isinstance(fields[key], models.DateTimeField) and timezone.is_naive(value):
                value = timezone.make_aware(value)
            values[key] = value
        if "in_menu" in spec:
            values["show_in_menus"] = spec["in_menu"]
        return values

    # --- English, through wagtail-localize ----------------------------------------------

    def english(self, home, snippets):
        """Translate what has no English version yet, snippets first, pages parent first."""
        pages = [page.specific for page in home.get_descendants(inclusive=True).order_by("path")]
        self.translate([*snippets, *pages], "en", ENGLISH)

    def translate(self, instances, language_code, translations):
        """Translate each of ``instances`` (parents before their children) that has no
        ``language_code`` version yet, with the seeded ``translations`` of its segments."""
        locale, created = Locale.objects.get_or_create(language_code=language_code)
        self.created += created
        for instance in instances:
            if instance.has_translation(locale):
                continue
            parent = instance.get_parent() if isinstance(instance, Page) else None
            if parent and parent.depth > 1 and not parent.has_translation(locale):
                continue  # the parent was left to the translators below
            try:
                translate_via_po(instance, locale, translations.get, tool_name="seed_content")
            except MissingSegmentTranslations as error:
                # Text the seed has no translation for (an editor's page or later edits):
                # leave it to the translators rather than publish Swedish under /en/ or /fi/.
                language = LANGUAGE_NAMES[language_code]
                self.stderr.write(f"Not translated (no seeded {language} for it): {error}")
                continue
            self.created += 1

    # --- Finnish: basic information, written in Finnish ------------------------------------

    def finnish(self, home, records):
        if not home.get_translations().filter(locale__language_code="fi").exists():
            fields = self.page_fields(HomePage, content_fi.HOME)
            create_language_home(home, "fi", **fields).save_revision().publish()
            self.created += 1
        finnish = Locale.objects.get(language_code="fi")
        if not records.has_translation(finnish):
            translated = records.copy_for_translation(finnish)
            for name, value in content_fi.PUBLIC_RECORDS.items():
                setattr(translated, name, value)
            translated.save()
            self.created += 1

    # --- The accessibility statement's automated checks -----------------------------------

    def first_accessibility_check(self):
        """A new site's statement shows an automated check from the start: the axe run of
        the browser tests that this release's seed carries (pages/seed/axe-report.json, a
        real run's report, dated). Each deploy records its own run after it
        (docs/operations.md); once any run is recorded, this does nothing."""
        if AccessibilityCheckRun.objects.exists():
            return
        record_run(json.loads(SEEDED_AXE_REPORT.read_text(encoding="utf-8")))
        self.created += 1

    # --- Settings -------------------------------------------------------------------------

    def public_records(self, site, records):
        settings = SiteSettings.for_site(site)
        if settings.public_records_id is None:
            settings.public_records = records
            settings.save()

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
