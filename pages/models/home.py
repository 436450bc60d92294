"""The home page and the pages it leads to first: the themes and the Brussels office."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail_localize.fields import SynchronizedField

from pages.models.base import ContactLink, PartnerLink, PartnersMixin, SitePage, contacts_panel
from pages.models.events import EventIndexPage, EventPage, upcoming_events
from pages.models.news import NewsIndexPage, NewsPage
from pages.models.projects import ProjectPage
from pages.visibility import visible


class HomePage(SitePage):
    """'Internationell samverkan': lead, the themes and the Brussels office."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ThemePage",
        "pages.OfficePage",
        "pages.ProjectIndexPage",
        "pages.NewsIndexPage",
        "pages.EventIndexPage",
        "pages.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("startsida")
        verbose_name_plural = _("startsidor")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = visible(ThemePage.objects.child_of(self), request).order_by("path")
        context["office"] = (
            visible(OfficePage.objects.child_of(self), request).order_by("path").first()
        )
        context["latest_news"] = visible(NewsPage.objects.descendant_of(self), request).order_by(
            "-date", "-first_published_at"
        )[:3]
        context["upcoming_events"] = upcoming_events(
            visible(EventPage.objects.descendant_of(self), request)
        )[:3]
        indexes = visible(self.get_children(), request).type(NewsIndexPage, EventIndexPage)
        by_type = {index.content_type_id: index for index in indexes}
        for name, model in (("news_index", NewsIndexPage), ("event_index", EventIndexPage)):
            context[name] = by_type.get(ContentType.objects.get_for_model(model).pk)
        return context


class ThemePage(SitePage):
    """A theme the region works on internationally, e.g. infrastructure or skills supply."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StandardPage"]
    listed_projects = 6
    listed_news = 3
    listed_events = 3

    def about_this_theme(self, model, request=None):
        """Visible pages of ``model`` in this page's language that are tagged with this theme."""
        return (
            visible(model.objects, request)
            .filter(locale_id=self.locale_id, themes__translation_key=self.translation_key)
            .distinct()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["theme_projects"] = (
            self.about_this_theme(ProjectPage, request)
            .select_related("programme")
            .order_by("-start_date")[: self.listed_projects]
        )
        context["theme_news"] = self.about_this_theme(NewsPage, request).order_by(
            "-date", "-first_published_at"
        )[: self.listed_news]
        context["theme_events"] = upcoming_events(self.about_this_theme(EventPage, request))[
            : self.listed_events
        ]
        return context

    content_panels = [*SitePage.content_panels, contacts_panel()]

    class Meta:
        verbose_name = _("temasida")
        verbose_name_plural = _("temasidor")


class ThemePageContact(ContactLink):
    page = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="contact_links")


class OfficePage(PartnersMixin, SitePage):
    """The Brussels office, Central Sweden, run together with partner regions."""

    office_name = models.CharField(
        _("kontorets namn"),
        max_length=100,
        default="Central Sweden",
        help_text=_("Namnet som kontoret har på alla språk."),
    )
    address = models.TextField(_("adress"), blank=True)
    website = models.URLField(_("kontorets webbplats"), blank=True)

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StandardPage"]
    max_count_per_parent = 1
    # Central Sweden is the office's name in every language.
    override_translatable_fields = [SynchronizedField("office_name")]

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("office_name"),
        InlinePanel(
            "partner_links", label=_("Partnerorganisationer"), heading=_("Partnerorganisationer")
        ),
        FieldPanel("address"),
        FieldPanel("website"),
        contacts_panel(),
    ]

    class Meta:
        verbose_name = _("kontorssida")
        verbose_name_plural = _("kontorssidor")


class OfficePageContact(ContactLink):
    page = ParentalKey(OfficePage, on_delete=models.CASCADE, related_name="contact_links")


class OfficePartner(PartnerLink):
    page = ParentalKey(OfficePage, on_delete=models.CASCADE, related_name="partner_links")
