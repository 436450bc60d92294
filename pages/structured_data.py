"""schema.org structured data (JSON-LD) that every page shares: the organisation and the
breadcrumb trail. Each page type adds its own entity with ``ld_entity`` (see ``SitePage``)."""

import json

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.navigation import navigation_for
from pages.site_settings import SiteSettings

SCHEMA_ORG = "https://schema.org"
# Characters that could end the script element or start markup inside it.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict) -> str:
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above


def site_root_url(request) -> str:
    site = navigation_for(request).site
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def share_image_url(request) -> str:
    """The site's default picture for link previews, as an absolute URL."""
    return site_root_url(request) + static("img/share.png")


def publisher(request) -> dict:
    """The organisation as the publisher or organiser of a page's entity."""
    return {
        "@type": "GovernmentOrganization",
        "name": navigation_for(request).organisation_name,
    }


def organisation_data(request, page) -> dict:
    site_settings = SiteSettings.for_request(request)
    data = {
        "@context": SCHEMA_ORG,
        **publisher(request),
        "url": page.get_full_url(request),
        "logo": share_image_url(request),
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
    trail = [*navigation_for(request).trail_to(page), page]
    return {
        "@context": SCHEMA_ORG,
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


def structured_data_for(request, page) -> list[dict]:
    """The organisation on the home page, the breadcrumb trail below it, and the page's own
    entity (a news article, an event) where its type has one."""
    data = [organisation_data(request, page)] if page.depth <= 2 else []
    entity_of = getattr(page, "ld_entity", None)
    if entity_of is not None and (entity := entity_of(request)):
        data.append({"@context": SCHEMA_ORG, **entity})
    if page.depth > 2:
        data.append(breadcrumb_data(request, page))
    return data
