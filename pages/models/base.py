"""What every content page on the site shares."""

import logging
from functools import partial

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PagePermissionTester
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.blocks import BodyStreamBlock
from pages.content_checker import mark_for_checker, with_text_metrics
from pages.i18n import localized_in_bulk
from pages.page_forms import ThemedPageForm
from pages.readability import text_metrics
from pages.translation_guard import IncompleteTranslation, is_foreign_alias, untranslated_segments
from pages.visibility import view_restrictions_of, visible
from regionsite.caching.fragments import language_code
from regionsite.caching.keys import children_key, mark_page_context

logger = logging.getLogger(__name__)


class ScheduleDateTimeInput(AdminDateTimeInput):
    """Wagtail's date and time picker, closing once a day is chosen: in the scheduling dialog
    an open picker covered the next field and the "Spara schema" button (the time stays
    as shown in the field, to be typed or picked again)."""

    def get_config(self):
        return {**super().get_config(), "closeOnDateSelect": True}


def scheduling_panel() -> PublishingPanel:
    """Wagtail's scheduling dialog, with guidance on its two fields."""
    panel = PublishingPanel()
    go_live, expire = panel.children
    go_live.widget = expire.widget = ScheduleDateTimeInput
    go_live.help_text = _(
        "Sidan publiceras automatiskt vid den här tidpunkten när du väljer Publicera "
        "(eller när publicisten godkänner den). Tomt: direkt."
    )
    expire.help_text = _(
        "Sidan avpubliceras automatiskt vid den här tidpunkten, till exempel när en "
        "ansökningsperiod är slut. Tomt: sidan ligger kvar."
    )
    return panel


class SitePage(Page):
    """Abstract base: a lead paragraph (ingress) and a body of shared blocks."""

    def listing_keys(self) -> list[str]:
        """The listings this page shows, as cache keys (regionsite/caching/keys.py): its
        children by default. A page type that lists more says so here; the freshness tests
        (tests/test_cache_keys.py) fail when a listing is missing."""
        return [children_key(self.path)]

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # For the content fragment (pages/templatetags/content_tags.py): this page's own
        # template, after its own context. A password form for it is another response.
        mark_page_context()
        request.serving_page_content = self.pk
        return response

    intro = models.TextField(
        _("ingress"),
        blank=True,
        max_length=600,
        help_text=_("En eller två meningar som sammanfattar sidan. Visas även i listor."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("innehåll"),
        blank=True,
        help_text=_(
            "Sidans text i block: rubriker, brödtext, bilder, faktarutor med mera. Sidans "
            "titel är redan rubrik 1, så börja med rubrik 2."
        ),
    )

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("bild när sidan delas"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Visas när någon delar sidan i sociala medier. Liggande, helst 1200 × 630 pixlar, "
            "utan viktig text i bilden. Tomt: webbplatsens standardbild."
        ),
    )
    content_owner = models.ForeignKey(
        "pages.Person",
        verbose_name=_("innehållsansvarig"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Funktionen eller medarbetaren som ansvarar för att sidan stämmer. Får en "
            "påminnelse när sidan behöver granskas. Visas inte för besökarna."
        ),
    )
    last_reviewed = models.DateField(
        _("senast granskad"),
        null=True,
        blank=True,
        help_text=_(
            "Datum då den ansvariga senast läste igenom sidan och såg att den stämmer. "
            "Sidor ska granskas minst en gång om året."
        ),
    )

    # Page types put their own panels between the title and the text.
    text_panels = [FieldPanel("intro"), FieldPanel("body")]
    content_panels = [*Page.content_panels, *text_panels]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel(
                    "slug",
                    help_text=_(
                        "Sidans adress: sista delen av webbadressen, med små bokstäver och "
                        "bindestreck. Ändrar du den skickas besökare från den gamla adressen "
                        "till den nya automatiskt."
                    ),
                ),
                FieldPanel(
                    "seo_title",
                    help_text=_("Tomt: sidans titel. Fyll bara i om titeln behöver förtydligas."),
                ),
                FieldPanel(
                    "search_description",
                    help_text=_(
                        "Visas under rubriken i sökmotorernas träfflista och när sidan delas. "
                        "En eller två meningar, högst 160 tecken, som säger vad sidan ger "
                        "läsaren. Tomt: ingressen."
                    ),
                ),
                FieldPanel("social_image"),
            ],
            heading=_("Sökmotorer och delning"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "show_in_menus",
                    help_text=_(
                        "Gäller sidor direkt under startsidan: de visas i huvudmenyn, i "
                        "sidträdets ordning. Högst sju, så att menyn ryms på en rad."
                    ),
                )
            ],
            heading=_("Huvudmeny"),
        ),
    ]
    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("content_owner"), FieldPanel("last_reviewed")],
            heading=_("Ansvar och granskning"),
        ),
        scheduling_panel(),
    ]
    # Reviewed yearly unless dated (news): see the report Sidor att granska.
    needs_review = True
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    # The owner and review date are about the source text: a translation shares them, copied
    # at each sync, never offered to the translator and never making a translation outdated
    # (pages/translation_status.py).
    override_translatable_fields = [
        SynchronizedField("content_owner", overridable=False),
        SynchronizedField("last_reviewed", overridable=False),
        SynchronizedField("social_image"),
    ]

    og_type = "website"  # Open Graph's type for link previews

    def ld_entity(self, request) -> dict | None:
        """This page as a schema.org entity for its JSON-LD, where its type is one."""
        return None

    # Nothing untranslated is public (pages/translation_guard.py): every path that publishes
    # or overwrites a translation passes through these three.
    def permissions_for_user(self, user):
        return TranslationPermissionTester(user, self)

    def publish(self, revision, user=None, **kwargs):
        if missing := untranslated_segments(self):
            if user is not None:
                raise IncompleteTranslation(missing)
            logger.warning("Not published, %s segments untranslated: %s", missing, self.url_path)
            return None
        return super().publish(revision, user=user, **kwargs)

    def save(self, *args, **kwargs):
        if self.live and is_foreign_alias(self):
            self.live = False  # another language's text under this language's address
        elif self.live and not kwargs.get("update_fields"):
            if missing := untranslated_segments(self):
                raise IncompleteTranslation(missing)
        return super().save(*args, **kwargs)

    def serve_preview(self, request, mode_name):
        # The checker's site rules look for what mark_for_checker marks, and the checks panel
        # reads the page's own text metrics from it (pages/content_checker.py).
        response = super().serve_preview(request, mode_name)
        mark = partial(mark_checker_targets, metrics=text_metrics(self))
        if hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(mark)
        else:
            mark(response)
        return response

    def get_view_restrictions(self):
        # Wagtail checks these before serving every page; one query here instead of two.
        return view_restrictions_of(self)

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
        context["subpages"] = visible(self.get_children(), request).specific()
        return context


def mark_checker_targets(response, metrics: dict):
    if response.get("Content-Type", "").startswith("text/html") and not response.streaming:
        html = mark_for_checker(response.content.decode(response.charset))
        response.content = with_text_metrics(html, metrics)
    return response


class TranslationPermissionTester(PagePermissionTester):
    """Wagtail's permissions, except that an incomplete translation can neither be published
    nor submitted for moderation."""

    def can_publish(self):
        return super().can_publish() and not self._incomplete()

    def can_submit_for_moderation(self):
        return super().can_submit_for_moderation() and not self._incomplete()

    def _incomplete(self) -> bool:
        if not hasattr(self, "_missing"):
            self._missing = untranslated_segments(self.page)
        return self._missing > 0


class ContactLink(Orderable):
    """Abstract link from a page to a contact (Person snippet), in editor order."""

    person = models.ForeignKey(
        "pages.Person",
        verbose_name=_("kontakt"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Visas på sidan under Kontakt. Välj helst en funktion, inte en person."),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("kontakt")
        verbose_name_plural = _("kontakter")


class PartnerLink(Orderable):
    """Abstract link from a page to a partner organisation, in editor order."""

    organisation = models.ForeignKey(
        "pages.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Organisationerna visas i den ordning du lägger dem."),
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("partnerorganisation")
        verbose_name_plural = _("partnerorganisationer")


class PartnersMixin:
    """For pages with ``partner_links``: the partners in the page's language, in one query."""

    def get_partners(self):
        partners = [link.organisation for link in self.partner_links.select_related("organisation")]
        return localized_in_bulk(partners, self.locale_id) if partners else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = self.get_partners()
        return context


class ThemedPage(SitePage):
    """Abstract: a page tagged with the themes it belongs to (projects, news, events)."""

    themes = ParentalManyToManyField(
        "pages.ThemePage",
        verbose_name=_("teman"),
        blank=True,
        related_name="+",
        help_text=_("Sidan visas automatiskt på de temasidor du väljer."),
    )

    base_form_class = ThemedPageForm

    class Meta:
        abstract = True

    def cache_listing_keys(self) -> list[str]:
        """The theme listings this page belongs to now (regionsite/caching/renewal.py)."""
        language = language_of(self)
        # As just saved: modelcluster writes the relation after post_save, so the in-memory
        # choice is the new one (the themes the page left have its own key).
        themes = {theme.translation_key for theme in self.themes.all()}
        return [theme_listing_key(key, type(self), language) for key in sorted(themes)]

    @classmethod
    def theme_choices(cls, locale_id: int, request=None):
        """The visible themes in one language, in menu order: what a listing filters by."""
        theme_model = cls._meta.get_field("themes").related_model
        return visible(theme_model.objects, request).filter(locale_id=locale_id).order_by("path")

    def get_themes(self, request=None):
        """The page's visible themes in its own language, in menu order."""
        chosen = self.themes.all()
        if isinstance(chosen, PageQuerySet):
            chosen = visible(chosen, request)
        else:  # a preview's unsaved choice, held in memory
            chosen = [theme for theme in chosen if theme.live]
        themes = sorted(chosen, key=lambda theme: theme.path)
        return localized_in_bulk(themes, self.locale_id, request) if themes else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_themes"] = self.get_themes(request)
        return context


def theme_listing_key(theme_translation_key, model, language: str) -> str:
    """The key of the list of ``model`` pages tagged with a theme, in one language."""
    return f"theme:{theme_translation_key}:{model._meta.label_lower}:{language}"


def language_of(page) -> str:
    return language_code(page.locale_id)


def tagged_with(pages, theme):
    """The ``pages`` tagged with ``theme`` in any language's version of it."""
    return pages.filter(themes__translation_key=theme.translation_key).distinct()


def contacts_panel() -> InlinePanel:
    return InlinePanel("contact_links", label=_("Kontakter"), heading=_("Kontakter"))
