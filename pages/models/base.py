"""What every content page on the site shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import BodyStreamBlock
from pages.i18n import localized_in_bulk


class SitePage(Page):
    """Abstract base: a lead paragraph (ingress) and a body of shared blocks."""

    intro = models.TextField(
        _("ingress"),
        blank=True,
        max_length=600,
        help_text=_("En eller två meningar som sammanfattar sidan. Visas även i listor."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("innehåll"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    @property
    def summary(self) -> str:
        """Text for cards and meta descriptions: the editor's description, else the lead."""
        return self.search_description or self.intro

    def get_contacts(self):
        """The page's contacts in editor order, in the page's language where translated."""
        links = getattr(self, "contact_links", None)  # pages with a contacts panel have it
        if links is None:
            return []
        people = [link.person for link in links.select_related("person")]
        return localized_in_bulk(people, self.locale_id) if people else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = self.get_contacts()
        context["subpages"] = self.get_children().live().public().specific()
        return context


class ContactLink(Orderable):
    """Abstract link from a page to a contact (Person snippet), in editor order."""

    person = models.ForeignKey(
        "pages.Person", verbose_name=_("kontakt"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("kontakt")
        verbose_name_plural = _("kontakter")


def contacts_panel() -> InlinePanel:
    return InlinePanel("contact_links", label=_("Kontakter"), heading=_("Kontakter"))
