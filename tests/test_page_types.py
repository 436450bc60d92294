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
    EventIndexPageFactory,
    EventPageFactory,
    FundingProgrammeFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OfficePageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
    ThemePageFactory,
)


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
        cls.office = OfficePageFactory(parent=cls.home)
        cls.standard = StandardPageFactory(parent=cls.theme, title="Bredband")
        themes = [cls.theme]
        cls.project_index = ProjectIndexPageFactory(parent=cls.home)
        cls.project = ProjectPageFactory(
            parent=cls.project_index, themes=themes, programme=FundingProgrammeFactory()
        )
        cls.news_index = NewsIndexPageFactory(parent=cls.home)
        cls.news = NewsPageFactory(parent=cls.news_index, themes=themes)
        cls.event_index = EventIndexPageFactory(parent=cls.home)
        cls.event = EventPageFactory(parent=cls.event_index, themes=themes)

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
        if hasattr(page, "contact_links"):
            data["contact_links"] = inline_formset([])
        if hasattr(page, "partner_links"):
            data["partner_links"] = inline_formset([])
        # Each page type's own fields; the forms accept dates and times in ISO format.
        own_fields = "office_name role currency start_date end_date date start end location"
        for name in own_fields.split():
            if getattr(page, name, None) is not None:
                data[name] = getattr(page, name)
        return nested_form_data(data)

    def test_every_page_type_routes_renders_edits_and_previews(self):
        for page in (
            self.home,
            self.theme,
            self.office,
            self.standard,
            self.project_index,
            self.project,
            self.news_index,
            self.news,
            self.event_index,
            self.event,
        ):
            with self.subTest(page=page.title):
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
