"""What search engines and link previews read: canonical URL, descriptions, Open Graph,
Twitter cards and schema.org structured data (JSON-LD)."""

import json

from django import template
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from pages.site_settings import SiteSettings
from pages.templatetags.language_tags import alternates_for
from pages.templatetags.navigation_tags import trail_to

register = template.Library()

OG_LOCALES = {"sv": "sv_SE", "en": "en_GB"}
# Characters that could end the script element or start markup inside it.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def site_root_url(request) -> str:
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def json_ld(data: dict) -> str:
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above


def organisation_data(request, page) -> dict:
    site_settings = SiteSettings.for_request(request)
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": site_settings.organisation_name,
        "url": page.get_full_url(request),
        "logo": site_root_url(request) + static("img/share.png"),
    }
    if site_settings.email:
        data["email"] = site_settings.email
    if site_settings.phone:
        data["telephone"] = site_settings.phone
    if site_settings.postal_address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(site_settings.postal_address.splitlines()),
        }
    if site_settings.main_website:
        data["sameAs"] = [site_settings.main_website]
    return data


def breadcrumb_data(request, page) -> dict:
    trail = [*trail_to(request, page), page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": item.title,
                "item": item.get_full_url(request),
            }
            for position, item in enumerate(trail, start=1)
        ],
    }


def news_article_data(request, page) -> dict:
    modified = page.last_published_at or page.first_published_at
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.intro,
        "datePublished": page.date.isoformat(),
        "dateModified": modified.isoformat() if modified else page.date.isoformat(),
        "inLanguage": request.LANGUAGE_CODE,
        "url": page.get_full_url(request),
        "image": [site_root_url(request) + static("img/share.png")],
        "publisher": {"@type": "GovernmentOrganization", "name": "Region Gävleborg"},
    }


def event_data(request, page) -> dict:
    schema = "https://schema.org/"
    places = []
    if page.location:
        places.append({"@type": "Place", "name": page.location, "address": page.location})
    if page.online:
        places.append({"@type": "VirtualLocation", "url": page.get_full_url(request)})
    mode = (
        "MixedEventAttendanceMode"
        if page.online and page.location
        else "OnlineEventAttendanceMode"
        if page.online
        else "OfflineEventAttendanceMode"
    )
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.intro,
        "startDate": page.start.isoformat(),
        "endDate": page.end.isoformat(),
        "eventStatus": schema + "EventScheduled",
        "eventAttendanceMode": schema + mode,
        "location": places[0] if len(places) == 1 else places,
        "url": page.get_full_url(request),
        "inLanguage": request.LANGUAGE_CODE,
        "organizer": {"@type": "GovernmentOrganization", "name": "Region Gävleborg"},
    }


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return {}
    language = request.LANGUAGE_CODE
    description = getattr(page, "summary", "") or _(
        "Region Gävleborgs internationella samverkan: politisk påverkan, projektutveckling "
        "och nätverk i Sverige och Europa."
    )
    from pages.models import EventPage, NewsPage

    structured = [organisation_data(request, page)] if page.depth <= 2 else []
    if isinstance(page, NewsPage):
        structured.append(news_article_data(request, page))
    if isinstance(page, EventPage):
        structured.append(event_data(request, page))
    if page.depth > 2:
        structured.append(breadcrumb_data(request, page))
    return {
        "canonical": page.get_full_url(request),
        "title": page.seo_title or page.title,
        "description": description,
        "og_type": getattr(page, "og_type", "website"),
        "og_locale": OG_LOCALES.get(language, language),
        "og_alternates": [
            OG_LOCALES.get(a.code, a.code)
            for a in alternates_for(request, page)
            if a.translated and not a.is_current
        ],
        "share_image": site_root_url(request) + static("img/share.png"),
        "structured_data": [json_ld(data) for data in structured],
    }
