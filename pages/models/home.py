"""The home page: the lead, the themes, the Brussels office, the latest news and events."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from pages.models.base import SitePage, language_of
from pages.models.events import EventIndexPage, EventPage, upcoming_events
from pages.models.news import NewsIndexPage, NewsPage, newest_first
from pages.models.office import OfficePage
from pages.models.page_image import PageImageMixin, image_panel
from pages.models.standard import public_records_in
from pages.models.themes import ThemePage
from pages.routing import route_below
from pages.visibility import visible
from regionsite.caching.fragments import active_locale, translation_of
from regionsite.caching.keys import listing_key


class HomePage(PageImageMixin, SitePage):
    """'Internationell samverkan': lead, a picture, the themes and the Brussels office."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ThemePage",
        "pages.OfficePage",
        "pages.ProjectIndexPage",
        "pages.NewsIndexPage",
        "pages.EventIndexPage",
        "pages.StandardPage",
        "pages.AccessibilityStatementPage",
        "pages.EasyReadPage",
    ]
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, image_panel(), *SitePage.text_panels]

    class Meta:
        verbose_name = _("startsida")
        verbose_name_plural = _("startsidor")

    @property
    def localized(self):
        # Wagtail routes every request from the site's home page in the active language; the
        # fragment cache knows it, where Wagtail would ask the database twice.
        return translation_of(self, active_locale())

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def listing_keys(self) -> list[str]:
        language = language_of(self)
        news, events = listing_key(NewsPage, language), listing_key(EventPage, language)
        return [*super().listing_keys(), news, events]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # With their pictures: the cards show them, in no more queries.
        themes = visible(ThemePage.objects.child_of(self), request).select_related("image")
        context["themes"] = themes.order_by("path")
        context["office"] = (
            visible(OfficePage.objects.child_of(self), request).order_by("path").first()
        )
        context["latest_news"] = newest_first(
            visible(NewsPage.objects.descendant_of(self), request)
        )[:3]
        context["upcoming_events"] = upcoming_events(
            visible(EventPage.objects.descendant_of(self), request)
        )[:3]
        # Specific (the template links to the feed by its route's name), in one query: the
        # fields that only the index types have are not needed here, so they stay deferred.
        indexes = visible(self.get_children(), request).type(NewsIndexPage, EventIndexPage)
        by_model = {type(index): index for index in indexes.specific(defer=True)}
        context["news_index"] = by_model.get(NewsIndexPage)
        context["event_index"] = by_model.get(EventIndexPage)
        if self.locale.language_code in settings.BASIC_INFORMATION_LANGUAGES:
            # The basic information includes how to request public documents, in the language.
            context["public_records"] = public_records_in(self.locale_id, request)
        return context
