"""Events as iCalendar (RFC 5545), for one event or a whole calendar to subscribe to."""

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from pages.navigation import navigation_for


def event_component(request, page) -> Event:
    event = Event()
    # A stable UID per page and language lets calendars update an event instead of duplicating it.
    event.add("uid", f"{page.translation_key}-{page.locale.language_code}@regionsite")
    event.add("summary", page.title)
    event.add("dtstart", page.start)
    event.add("dtend", page.end)
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("url", page.get_full_url(request))
    event.add("description", strip_tags(page.intro))
    if page.location:
        event.add("location", page.location)
    return event


def calendar_response(request, pages, name: str, filename: str) -> HttpResponse:
    calendar = Calendar()
    organisation = navigation_for(request).organisation_name
    calendar.add("prodid", f"-//{organisation}//Internationell samverkan//SV")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for page in pages:
        calendar.add_component(event_component(request, page))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
