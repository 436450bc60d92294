"""Events: upcoming first, past in their own list, each one and the whole calendar as iCalendar."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from pages.calendar import calendar_response
from pages.listing import paginate
from pages.models.base import SitePage, ThemedPage
from pages.structured_data import SCHEMA_ORG, publisher
from pages.visibility import visible


def upcoming_events(events):
    """Events that have not ended yet, soonest first."""
    return events.filter(end__gte=timezone.now()).order_by("start")


class EventIndexPage(RoutablePageMixin, SitePage):
    """The calendar in one language; subscribe to it at ical/."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kalender")
        verbose_name_plural = _("kalendrar")

    def events(self, request=None):
        return visible(EventPage.objects.child_of(self), request)

    def upcoming(self, request=None):
        return upcoming_events(self.events(request))

    def past(self, request=None):
        return self.events(request).filter(end__lt=timezone.now()).order_by("-start")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_events"] = self.upcoming(request)
        context["past_page"] = paginate(request, self.past(request))
        return context

    @path("ical/")
    def calendar(self, request):
        events = self.events().select_related("locale").order_by("start")
        return calendar_response(request, events, self.title, filename="kalender.ics")


class EventPage(RoutablePageMixin, ThemedPage):
    """One event: when, where (or online), how to register."""

    start = models.DateTimeField(_("börjar"), help_text=_("Datum och klockslag (svensk tid)."))
    end = models.DateTimeField(_("slutar"), help_text=_("Samma dag eller senare än start."))
    location = models.CharField(
        _("plats"),
        max_length=200,
        blank=True,
        help_text=_("Lokal och ort, till exempel ”Regionhuset, Gävle”. Tomt om bara digitalt."),
    )
    online = models.BooleanField(
        _("digitalt"), default=False, help_text=_("Kryssa i om man kan delta på distans.")
    )
    registration_url = models.URLField(
        _("länk till anmälan"),
        blank=True,
        help_text=_("Hela adressen, med https://. Tomt om ingen anmälan behövs."),
    )

    parent_page_types = ["pages.EventIndexPage"]
    subpage_types = []
    needs_review = False  # a dated item: true on its date, never revised later

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
                FieldPanel("online"),
                FieldPanel("registration_url"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Om evenemanget"),
        ),
        *SitePage.text_panels,
    ]

    class Meta:
        verbose_name = _("evenemang")
        verbose_name_plural = _("evenemang")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Evenemanget kan inte sluta innan det börjar.")})
        if not self.location and not self.online:
            raise ValidationError(
                {"location": _("Ange en plats eller markera att det är digitalt.")}
            )

    def ld_entity(self, request) -> dict:
        places = []
        if self.location:
            places.append({"@type": "Place", "name": self.location, "address": self.location})
        if self.online:
            places.append({"@type": "VirtualLocation", "url": self.get_full_url(request)})
        if self.online and self.location:
            mode = "MixedEventAttendanceMode"
        elif self.online:
            mode = "OnlineEventAttendanceMode"
        else:
            mode = "OfflineEventAttendanceMode"
        return {
            "@type": "Event",
            "name": self.title,
            "description": self.intro,
            "startDate": self.start.isoformat(),
            "endDate": self.end.isoformat(),
            "eventStatus": f"{SCHEMA_ORG}/EventScheduled",
            "eventAttendanceMode": f"{SCHEMA_ORG}/{mode}",
            "location": places[0] if len(places) == 1 else places,
            "url": self.get_full_url(request),
            "inLanguage": request.LANGUAGE_CODE,  # the language it is served in
            "organizer": publisher(request),
        }

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @path("ical/")
    def calendar(self, request):
        return calendar_response(request, [self], self.title, filename=f"{self.slug}.ics")
