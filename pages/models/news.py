"""News: an index, newest first, filterable by theme, with an RSS feed per language."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.listing import FilteredListingMixin, ThemeFilterForm, paginate
from pages.models.base import SitePage, ThemedPage
from pages.visibility import visible


class NewsIndexPage(FilteredListingMixin, RoutablePageMixin, SitePage):
    """All news in one language; its RSS feed is at rss/."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("nyhetslista")
        verbose_name_plural = _("nyhetslistor")

    def news(self, request=None):
        return (
            visible(NewsPage.objects.child_of(self), request)
            .select_related("image")
            .order_by("-date", "-first_published_at")
        )

    def news_for(self, theme, request=None):
        """News about ``theme`` (in any language's version of it), newest first."""
        return self.news(request).filter(themes__translation_key=theme.translation_key).distinct()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ThemeFilterForm(request.GET or None, locale_id=self.locale_id)
        news = self.news(request)
        if form.is_bound and form.is_valid() and form.cleaned_data["tema"]:
            news = self.news_for(form.cleaned_data["tema"], request)
        elif form.is_bound and not form.is_valid():
            news = news.none()
            request.bad_listing_filter = True
        context["filter_form"] = form
        context["results_page"] = paginate(request, news)
        return context

    @path("rss/")
    def feed(self, request):
        from pages.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(ThemedPage):
    """A news item: date, lead, body, themes and an optional image."""

    date = models.DateField(_("datum"), default=timezone.localdate)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bildens beskrivning används som alternativtext."),
    )

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []
    og_type = "article"

    content_panels = [
        *SitePage.content_panels[:1],
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("image"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Om nyheten"),
        ),
        *SitePage.content_panels[1:],
    ]

    class Meta:
        verbose_name = _("nyhet")
        verbose_name_plural = _("nyheter")
