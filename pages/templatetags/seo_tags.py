"""What search engines and link previews read: canonical URL, descriptions, Open Graph,
Twitter cards and schema.org structured data (JSON-LD). The page types say what they are
(``og_type``, ``ld_entity``); this tag only puts it in the head."""

from django import template
from django.utils.translation import gettext as _

from wagtail.models import Page

from pages.navigation import navigation_for
from pages.structured_data import json_ld, share_image_url, site_root_url, structured_data_for

register = template.Library()

OG_LOCALES = {"sv": "sv_SE", "en": "en_GB"}
SHARE_IMAGE_SIZE = "fill-1200x630"


def share_image(request, page, organisation_name: str) -> dict:
    """The picture for link previews, cropped to 1200 × 630: the page's share image, else a
    news item's image (with its alternative text on the page), else the site's."""
    image = getattr(page, "social_image", None)
    alt = image.default_alt_text if image is not None else ""
    if image is None and getattr(page, "image", None) is not None:
        image, alt = page.image, page.image_alt_text or page.image.default_alt_text
    if image is None:
        return {
            "share_image": share_image_url(request),
            "share_image_alt": f"{organisation_name} – {_('Internationell samverkan')}",
        }
    url = image.get_rendition(SHARE_IMAGE_SIZE).url
    if not url.startswith(("https://", "http://")):  # media on the site itself, not S3
        url = site_root_url(request) + url
    return {
        "share_image": url,
        "share_image_alt": alt,
    }


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return {}
    navigation = navigation_for(request)
    language = request.LANGUAGE_CODE
    description = getattr(page, "summary", "") or _(
        "Internationell samverkan hos %(organisation)s: politisk påverkan, projektutveckling "
        "och nätverk i Sverige och Europa."
    ) % {"organisation": navigation.organisation_name}
    return {
        "canonical": page.get_full_url(request),
        "title": page.seo_title or page.title,
        "description": description,
        "organisation_name": navigation.organisation_name,
        "og_type": getattr(page, "og_type", "website"),
        "og_locale": OG_LOCALES.get(language, language),
        "og_alternates": [
            OG_LOCALES.get(a.code, a.code)
            for a in navigation.alternates(page)
            if a.translated and not a.is_current
        ],
        **share_image(request, page, navigation.organisation_name),
        "structured_data": [json_ld(data) for data in structured_data_for(request, page)],
    }
