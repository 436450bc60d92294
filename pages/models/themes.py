"""Theme pages: a theme the region works on, with its projects, news and events, and the
theme's own news feed (rss/) and calendar (ical/) for those who follow one theme."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from pages.calendar import calendar_response
from pages.feeds import NewsFeed
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


class ThemePage(RoutablePageMixin, PageImageMixin, SitePage):
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

    def serve_preview(self, request, mode_name):
        # RoutablePageMixin's preview comes first and would skip SitePage's, which marks what
        # the editor's checks panel reads (its LIX and word count): go past it to SitePage's.
        return super(RoutablePageMixin, self).serve_preview(request, mode_name)

    def route_listing_keys(self, route: str) -> list[str] | None:
        """The one listing a feed shows (pages/wagtail_hooks.py), None for the page itself."""
        model = {"feed": NewsPage, "calendar": EventPage}.get(route)
        if model is None:
            return None
        return [theme_listing_key(self.translation_key, model, language_of(self))]

    @path("rss/", name="feed")
    def feed(self, request):
        # Public items only, as the news index's feed: a feed reader has no login, and the
        # response is cached for everyone (the theme's listing keys renew it).
        news = newest_first(self.about_this_theme(NewsPage)).select_related("image")
        title = gettext("Nyheter: %(theme)s") % {"theme": self.title}
        return NewsFeed(self, news, title=title)(request)

    @path("ical/", name="calendar")
    def calendar(self, request):
        events = self.about_this_theme(EventPage).select_related("locale").order_by("start")
        name = gettext("Evenemang: %(theme)s") % {"theme": self.title}
        return calendar_response(request, events, name, filename=f"{self.slug}.ics")

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
