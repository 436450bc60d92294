import logging

from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_delete, post_save

logger = logging.getLogger(__name__)


class RegionsiteConfig(AppConfig):
    name = "regionsite"

    def ready(self):
        # Connected here, not where the middleware loads: management commands (scheduled
        # publishing, seed_content) change content too, and must renew the page cache.
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from regionsite.page_cache import renew_all_pages, renew_on_content_change
        from regionsite.spreadsheets import install_in_wagtail

        install_in_wagtail()  # no formula in any of Wagtail's CSV exports

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(renew_all_pages, dispatch_uid=f"page-cache-{id(signal)}")
        post_save.connect(renew_on_content_change, dispatch_uid="page-cache-save")
        post_delete.connect(renew_on_content_change, dispatch_uid="page-cache-delete")

        warn_if_staff_log_in_with_password_alone()


def warn_if_staff_log_in_with_password_alone():
    """Production may run without the second factor (REQUIRE_STAFF_2FA=off), but says so at
    every start, so the choice is seen in the logs."""
    if settings.SETTINGS_MODULE.endswith(".production") and not settings.REQUIRE_STAFF_2FA:
        logger.warning(
            "REQUIRE_STAFF_2FA is off: staff log in to /admin/ with a password alone. "
            "Turn it on (unset REQUIRE_STAFF_2FA) unless this is deliberate."
        )
