"""News: an index, newest first, filterable by theme, with an RSS feed per language."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from pages.feeds import NewsFeed
from pages.filters import FilteredListingMixin, ThemeFilterForm
from pages.models.base import SitePage, ThemedPage, tagged_with
from pages.models.page_image import PageImageMixin
from pages.structured_data import publisher, share_image_url
from pages.visibility import visible


def newest_first(news):
    """News in reading order: newest date first, then the most recently published."""
    return news.order_by("-date", "-first_published_at")


class NewsIndexPage(FilteredListingMixin, RoutablePageMixin, SitePage):
    """All news in one language; its RSS feed is at rss/."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("nyhetslista")
        verbose_name_plural = _("nyhetslistor")

    def news(self, request=None):
        return newest_first(
            visible(NewsPage.objects.child_of(self), request).select_related("image")
        )

    def news_for(self, theme, request=None):
        """News about ``theme`` (in any language's version of it), newest first."""
        return tagged_with(self.news(request), theme)

    # The theme filter (FilteredListingMixin).
    def listing(self, request):
        return self.news(request)

    def filter_form(self, data, request):
        return ThemeFilterForm(data, themes=NewsPage.theme_choices(self.locale_id, request))

    def apply_filters(self, news, cleaned_data):
        theme = cleaned_data["tema"]
        return tagged_with(news, theme) if theme else news

    @path("rss/", name="feed")
    def feed(self, request):
        return NewsFeed(self, self.news())(request)


class NewsPage(PageImageMixin, ThemedPage):
    """A news item: date, lead, body, themes and an optional image."""

    # Indexed: the newest news (home page, index, feed) is read from the top of it, so
    # listing three of 10,000 does not sort them all.
    date = models.DateField(
        _("datum"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("Nyhetens datum. Nyheterna listas med den nyaste först."),
    )

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []
    needs_review = False  # a dated item: true on its date, never revised later
    og_type = "article"

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("image"),
                FieldPanel("image_alt_text"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Om nyheten"),
        ),
        *SitePage.text_panels,
    ]

    class Meta:
        verbose_name = _("nyhet")
        verbose_name_plural = _("nyheter")

    def ld_entity(self, request) -> dict:
        modified = self.last_published_at or self.first_published_at
        return {
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.intro,
            "datePublished": self.date.isoformat(),
            "dateModified": modified.isoformat() if modified else self.date.isoformat(),
            "inLanguage": request.LANGUAGE_CODE,  # the language it is served in
            "url": self.get_full_url(request),
            "image": [share_image_url(request)],
            "publisher": publisher(request),
        }
