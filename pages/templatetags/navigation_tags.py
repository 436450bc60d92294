"""Header navigation, breadcrumbs and footer links, each in a small, fixed number of queries.

What every page needs (the active locale, the home page in that language) is computed once
per request and kept on the request object.
"""

from django import template

from wagtail.models import Page, Site

from pages.i18n import active_locale, localized_in_bulk
from pages.visibility import visible

register = template.Library()


def home_page_for(request) -> Page | None:
    """The current site's home page in the active language (Swedish when untranslated)."""
    if request is None:
        return None
    if not hasattr(request, "_regionsite_home"):
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        request._regionsite_home = (
            localized_in_bulk([root], active_locale(request).pk)[0] if root else None
        )
    return request._regionsite_home


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    current = context.get("page")
    home = home_page_for(request)
    items = []
    if home is not None:
        for item in visible(home.get_children(), request).in_menu():
            in_section = current is not None and current.path.startswith(item.path)
            items.append(
                {
                    "page": item,
                    "is_current": in_section and current.path == item.path,
                    "in_section": in_section,
                }
            )
    return {"home": home, "items": items, "request": request, "page": current}


def trail_to(request, page) -> list[Page]:
    """The live pages from the home page down to ``page``'s parent, once per request."""
    if page is None or page.depth <= 2:  # the home page has no trail
        return []
    if not hasattr(request, "_regionsite_trail"):
        request._regionsite_trail = list(page.get_ancestors().filter(depth__gte=2).live())
    return request._regionsite_trail


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    request = context.get("request")
    return {"ancestors": trail_to(request, page), "page": page, "request": request}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context, site_settings):
    """The contact, about, accessibility and privacy pages chosen in the site settings."""
    request = context.get("request")
    ids = [
        site_settings.contact_page_id,
        site_settings.about_page_id,
        site_settings.accessibility_page_id,
        site_settings.privacy_page_id,
    ]
    by_id = Page.objects.live().in_bulk([pk for pk in ids if pk])
    pages = localized_in_bulk([by_id[pk] for pk in ids if pk in by_id], active_locale(request).pk)
    return {"pages": pages, "request": request}
