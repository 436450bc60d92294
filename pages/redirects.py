"""Automatic redirects from addresses the public has seen, and from no others.

Wagtail's redirects app adds a redirect whenever a page's address changes. For a page that
was never live that sends visitors to a page they cannot see: a new English translation is
saved with the Swedish slug, the translator gives it an English one, and before approval
`/en/news/<Swedish slug>/` answered 301 to the English slug, a 404. So Wagtail's two
receivers are off (WAGTAILREDIRECTS_AUTO_CREATE = False in the settings) and these, which
add the same redirects with Wagtail's own ``create_redirects`` when the old address was
live, are connected instead (pages/apps.py).
"""

from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Site
from wagtail.signals import page_slug_changed, post_page_move


def sites_of(page, cache_target) -> set[int]:
    return {item.site_id for item in page._get_relevant_site_root_paths(cache_object=cache_target)}


def redirect_old_public_address_on_slug_change(instance_before, instance, **kwargs):
    if not instance_before.live:  # the old address answered 404: nothing to keep working
        return
    sites = Site.objects.filter(id__in=sites_of(instance, instance)).exclude(root_page=instance)
    create_redirects(page=instance, page_old=instance_before, sites=sites)


def redirect_old_public_address_on_move(instance, url_path_after, url_path_before, **kwargs):
    if url_path_after == url_path_before or not instance.live:  # a reorder, or never public
        return
    instance = instance.specific
    # The page as it was: the same object at its old path (as Wagtail's own receiver does).
    page_old = type(instance)()
    page_old.__dict__.update(instance.__dict__)
    page_old.url_path = url_path_before
    site_ids = sites_of(page_old, instance) & sites_of(instance, instance)
    sites = Site.objects.filter(id__in=site_ids).exclude(root_page=instance)
    create_redirects(page=instance, page_old=page_old, sites=sites)


def connect():
    page_slug_changed.connect(redirect_old_public_address_on_slug_change)
    post_page_move.connect(redirect_old_public_address_on_move)
