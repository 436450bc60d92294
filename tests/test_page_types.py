"""Editors can only build the tree in DESIGN.md, and every page type renders."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pages.models import (
    AccessibilityStatementPage,
    EasyReadPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OfficePage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
    ThemePage,
)
from tests.factories import (
    FundingProgrammeFactory,
    HomePageFactory,
    OrganisationFactory,
    PersonFactory,
    StandardPageFactory,
    ThemePageFactory,
    build_page,
    page_factories,
)
from tests.page_models import site_page_models


def test_every_page_type_has_a_factory():
    """A new page type needs one before the rest of the suite can build it (tests/factories.py)."""
    factories = page_factories()
    missing = [model.__name__ for model in site_page_models() if model not in factories]
    assert not missing, f"No factory in tests/factories.py for {', '.join(missing)}"


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ThemePage,
                OfficePage,
                ProjectIndexPage,
                NewsIndexPage,
                EventIndexPage,
                StandardPage,
                AccessibilityStatementPage,
                EasyReadPage,
            },
        )

    def test_theme_and_office_pages_only_under_home(self):
        self.assertAllowedParentPageTypes(ThemePage, {HomePage})
        self.assertAllowedParentPageTypes(OfficePage, {HomePage})
        self.assertCanNotCreateAt(ThemePage, ThemePage)
        self.assertCanNotCreateAt(StandardPage, ThemePage)

    def test_standard_pages_go_anywhere_below_home(self):
        self.assertAllowedParentPageTypes(
            StandardPage, {HomePage, ThemePage, OfficePage, StandardPage}
        )
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, AccessibilityStatementPage})
        self.assertAllowedSubpageTypes(ThemePage, {StandardPage})
        self.assertAllowedSubpageTypes(OfficePage, {StandardPage})

    def test_listings_sit_under_home_and_hold_only_their_own_pages(self):
        for index, item in (
            (ProjectIndexPage, ProjectPage),
            (NewsIndexPage, NewsPage),
            (EventIndexPage, EventPage),
        ):
            with self.subTest(index=index.__name__):
                self.assertAllowedParentPageTypes(index, {HomePage})
                self.assertAllowedSubpageTypes(index, {item})
                self.assertAllowedParentPageTypes(item, {index})
                self.assertAllowedSubpageTypes(item, set())


class PageCreationAndRenderingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="testhem")
        site = Site.objects.get(is_default_site=True)
        site.root_page = cls.home
        site.save()  # through save(), so Wagtail's cached site root paths are refreshed
        cls.theme = ThemePageFactory(parent=cls.home, title="Infrastruktur")
        cls.standard = StandardPageFactory(parent=cls.theme, title="Bredband")
        themes = [cls.theme]
        own_fields = {
            ProjectPage: {"themes": themes, "programme": FundingProgrammeFactory()},
            NewsPage: {"themes": themes},
            EventPage: {"themes": themes},
        }
        # One page of every type, each from its factory (tests/factories.py).
        cls.pages = {HomePage: cls.home, ThemePage: cls.theme, StandardPage: cls.standard}
        factories = page_factories()
        for model in site_page_models():
            if model in cls.pages or model not in factories:
                continue
            built = model.objects.descendant_of(cls.home).first()  # a parent built before
            cls.pages[model] = built or build_page(model, cls.home, **own_fields.get(model, {}))
        cls.office = cls.pages[OfficePage]
        cls.news_index = cls.pages[NewsIndexPage]
        cls.event_index = cls.pages[EventIndexPage]
        cls.event = cls.pages[EventPage]

    def setUp(self):
        self.login()

    @staticmethod
    def edit_form_data(page) -> dict:
        # Wagtail renders StreamField and inline forms with JavaScript, so the edit form
        # cannot be scraped from the HTML; post what an editor's browser would.
        data = {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
        }
        for relation in ("contact_links", "partner_links", "inaccessible_content"):
            if hasattr(page, relation):
                data[relation] = inline_formset([])
        # Each page type's own fields; the forms accept dates and times in ISO format.
        own_fields = "office_name role currency start_date end_date date start end location"
        own_fields += " covered_site conformance feedback_email feedback_phone reply_time"
        own_fields += " assessed_by_self assessed_automatically assessed_by_expert assessed_on"
        own_fields += " statement_date"
        for name in own_fields.split():
            if getattr(page, name, None) is not None:
                data[name] = getattr(page, name)
        return nested_form_data(data)

    def test_every_page_type_is_valid_routes_renders_edits_and_previews(self):
        for model in site_page_models():
            with self.subTest(page=model.__name__):
                page = self.pages.get(model)
                self.assertIsNotNone(page, f"{model.__name__} has no factory to build it with")
                page.full_clean()
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsEditable(page, post_data=self.edit_form_data(page))
                self.assertPageIsPreviewable(page, post_data=self.edit_form_data(page))

    def test_feeds_and_calendars_render(self):
        for page, route in (
            (self.news_index, "rss/"),
            (self.event_index, "ical/"),
            (self.event, "ical/"),
        ):
            with self.subTest(page=page.title):
                self.assertPageIsRenderable(page, route_path=route)

    def test_editor_can_create_a_theme_page_with_blocks_and_contacts(self):
        person = PersonFactory()
        self.assertCanCreate(
            self.home,
            ThemePage,
            nested_form_data(
                {
                    "title": "Kompetensförsörjning",
                    "slug": "kompetensforsorjning",
                    "intro": "Livslångt lärande.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Så arbetar vi", "level": "h2"}),
                            (
                                "paragraph",
                                '{"blocks": [{"key": "a", "type": "unstyled", '
                                '"text": "Text", "depth": 0, "inlineStyleRanges": [], '
                                '"entityRanges": []}], "entityMap": {}}',
                            ),
                        ]
                    ),
                    "contact_links": inline_formset([{"person": person.pk}]),
                }
            ),
        )
        page = ThemePage.objects.child_of(self.home).get(slug="kompetensforsorjning")
        self.assertEqual(page.get_contacts(), [person])

    def test_editor_can_create_the_office_page_with_partners(self):
        self.office.delete()  # one office page per home page
        dalarna = OrganisationFactory(name="Region Dalarna")
        self.assertCanCreate(
            self.home,
            OfficePage,
            nested_form_data(
                {
                    "title": "Brysselkontoret",
                    "slug": "brysselkontoret",
                    "office_name": "Central Sweden",
                    "body": streamfield([]),
                    "partner_links": inline_formset([{"organisation": dalarna.pk}]),
                    "contact_links": inline_formset([]),
                }
            ),
        )
        self.assertEqual(OfficePage.objects.child_of(self.home).get().get_partners(), [dalarna])

    def test_only_one_office_page_per_home_page(self):
        self.assertFalse(OfficePage.can_create_at(self.home))
