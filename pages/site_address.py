"""The Wagtail Site record follows the public address in settings.SITE_URL, so canonical
links, the sitemap, feeds, calendars and JSON-LD name the real host, not localhost."""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def public_host_and_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def follow_site_url(site: Site | None = None) -> Site | None:
    """Point the default Site at SITE_URL; returns it (None before there is one)."""
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = public_host_and_port(settings.SITE_URL)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def follow_site_url_after_migrate(sender, **kwargs):
    """post_migrate: a deploy runs migrate, so the record follows a changed SITE_URL."""
    if sender.name == "pages":
        follow_site_url()
