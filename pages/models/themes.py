"""Theme pages: a theme the region works on, with its projects, news and events."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.models import Page

from pages.models.base import (
    ContactLink,
    SitePage,
    contacts_panel,
    language_of,
    tagged_with,
    theme_listing_key,
)
from pages.models.events import EventPage, upcoming_events
from pages.models.news import NewsPage, newest_first
from pages.models.page_image import PageImageMixin, image_panel
from pages.models.projects import ProjectPage
from pages.visibility import visible


class ThemePage(PageImageMixin, SitePage):
    """A theme the region works on internationally, e.g. infrastructure or skills supply."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StandardPage"]
    listed_projects = 6
    listed_news = 3
    listed_events = 3

    def about_this_theme(self, model, request=None):
        """Visible pages of ``model`` in this page's language that are tagged with this theme."""
        return tagged_with(visible(model.objects, request).filter(locale_id=self.locale_id), self)

    def listing_keys(self) -> list[str]:
        language = language_of(self)
        tagged = [
            theme_listing_key(self.translation_key, model, language)
            for model in (NewsPage, EventPage, ProjectPage)
        ]
        return [*super().listing_keys(), *tagged]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["theme_projects"] = (
            self.about_this_theme(ProjectPage, request)
            .select_related("programme")
            .order_by("-start_date")[: self.listed_projects]
        )
        context["theme_news"] = newest_first(self.about_this_theme(NewsPage, request))[
            : self.listed_news
        ]
        context["theme_events"] = upcoming_events(self.about_this_theme(EventPage, request))[
            : self.listed_events
        ]
        return context

    content_panels = [
        *Page.content_panels,
        image_panel(),
        *SitePage.text_panels,
        contacts_panel(),
    ]

    class Meta:
        verbose_name = _("temasida")
        verbose_name_plural = _("temasidor")


class ThemePageContact(ContactLink):
    page = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="contact_links")
