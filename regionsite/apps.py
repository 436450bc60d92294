import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger(__name__)


class RegionsiteConfig(AppConfig):
    name = "regionsite"

    def ready(self):
        from regionsite.spreadsheets import install_in_wagtail

        install_in_wagtail()  # no formula in any of Wagtail's CSV exports

        warn_if_staff_log_in_with_password_alone()


def warn_if_staff_log_in_with_password_alone():
    """Production may run without the second factor (REQUIRE_STAFF_2FA=off), but says so at
    every start, so the choice is seen in the logs."""
    if settings.SETTINGS_MODULE.endswith(".production") and not settings.REQUIRE_STAFF_2FA:
        logger.warning(
            "REQUIRE_STAFF_2FA is off: staff log in to /admin/ with a password alone. "
            "Turn it on (unset REQUIRE_STAFF_2FA) unless this is deliberate."
        )
