"""Header navigation, breadcrumbs and footer links: thin tags over ``pages.navigation``."""

from dataclasses import replace

from django import template

from pages.navigation import navigation_for
from pages.site_logo import logo_for
from pages.site_settings import SiteSettings
from regionsite.caching.fragments import locales

register = template.Library()


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    current = context.get("page")
    navigation = navigation_for(request)
    items = navigation.menu_items(current)
    if context.get("subpage_title"):  # a view below the page: its item is the section only
        items = [replace(item, is_current=False) for item in items]
    site_settings = SiteSettings.for_request(request) if navigation.site else None
    return {
        "home": navigation.home,
        "items": items,
        "organisation_name": navigation.organisation_name,
        "logo": logo_for(site_settings, navigation.organisation_name),
        "request": request,
        "page": current,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail to the page; on a view of a routable page that names itself with
    ``subpage_title`` (the project overview), the page is a link and the view is current."""
    page = context.get("page")
    request = context.get("request")
    return {
        "ancestors": navigation_for(request).trail_to(page),
        "page": page,
        "subpage_title": context.get("subpage_title"),
        "request": request,
    }


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context, site_settings):
    """The contact, about, accessibility and privacy pages chosen in the site settings."""
    request = context.get("request")
    navigation = navigation_for(request)
    # A page not translated into the reader's language is linked in its own, and says so.
    language_of = {locale.pk: code for code, locale in locales().items()}
    links = [
        (page, language_of.get(page.locale_id) if page.locale_id != navigation.locale.pk else "")
        for page in navigation.footer_pages(site_settings)
    ]
    return {"links": links, "request": request}
