"""/sitemap.xml: an index of one section per language (/sitemap-sv.xml, /sitemap-en.xml), each
paged at ``limit`` URLs, listing every public page with its translations as alternates. Split
so that no file grows with the site (10,000 news items are ten files, not one of 600 KB)."""

from collections import defaultdict
from functools import reduce
from operator import or_
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap, views
from wagtail.models import Page

from pages.visibility import visible
from regionsite.caching.keys import listing_key, precise_from_here


class LanguageSitemap(Sitemap):
    """One language's pages; subclasses set ``language`` (see ``sitemaps_by_language``)."""

    language = settings.LANGUAGE_CODE
    limit = 1000

    def items(self):
        precise_from_here(*every_language_listed())  # the rest of the response lists pages
        return self.all_languages().filter(locale__language_code=self.language)

    def all_languages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        within_a_root = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            visible(Page.objects, self.request)
            .filter(within_a_root)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        urls = {item.pk: item.get_full_url(self.request) for item in pages}
        translations = defaultdict(dict)
        for item in pages:
            translations[item.translation_key][item.locale.language_code] = urls[item.pk]
        # Translations that fall on another sitemap page are looked up in one query.
        missing = [
            item.translation_key for item in pages if len(translations[item.translation_key]) == 1
        ]
        for other in self.all_languages().filter(translation_key__in=missing).exclude(pk__in=urls):
            translations[other.translation_key][other.locale.language_code] = other.get_full_url(
                self.request
            )

        result = []
        for item in pages:
            versions = translations[item.translation_key]
            alternates = [
                {"lang_code": code, "location": location} for code, location in versions.items()
            ]
            if settings.LANGUAGE_CODE in versions and len(versions) > 1:
                alternates.append(
                    {"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]}
                )
            result.append(
                {
                    "item": item,
                    "location": urls[item.pk],
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(versions) > 1 else [],
                }
            )
        self.latest_lastmod = max(
            (url["lastmod"] for url in result if url["lastmod"]), default=None
        )
        return result


def every_language_listed() -> list[str]:
    """The sitemaps list every page in every language (alternates name the other languages)."""
    return [listing_key(Page, code) for code, _name in settings.LANGUAGES]


def sitemaps_by_language() -> dict[str, type[LanguageSitemap]]:
    """The index's sections: one sitemap class per site language."""
    return {
        code: type(f"Sitemap_{code}", (LanguageSitemap,), {"language": code})
        for code, _name in settings.LANGUAGES
    }


def index(request, sitemaps, **kwargs):
    """Wagtail's sitemap index, with its sections at SITE_URL. Django builds their addresses
    from the request's Host (an internal name, a load balancer's address); the sections'
    pages already name SITE_URL through the Site record."""
    response = views.index(request, sitemaps, **kwargs)
    for item in response.context_data["sitemaps"]:  # rendered later: still editable
        parts = urlsplit(item.location)
        item.location = settings.SITE_URL + parts.path + (f"?{parts.query}" if parts.query else "")
    return response
