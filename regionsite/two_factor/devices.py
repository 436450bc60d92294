"""A staff member's second factors, as django-otp devices: one authenticator app (TOTP) and one
set of recovery codes (django-otp's static device, each code good once)."""

import logging

from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.db import transaction

logger = logging.getLogger(__name__)

APP_DEVICE_NAME = "Autentiseringsapp"
RECOVERY_DEVICE_NAME = "Reservkoder"
RECOVERY_CODE_COUNT = 10


def enrolment_device(user) -> TOTPDevice:
    """The unconfirmed authenticator device being set up for ``user``: the same one on every
    visit until it is confirmed, so a reload shows the same QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


@transaction.atomic
def confirm(device: TOTPDevice) -> list[str]:
    """Confirm ``device`` and give its owner new recovery codes; return them (shown once)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return new_recovery_codes(device.user)


def new_recovery_codes(user) -> list[str]:
    """Replace ``user``'s recovery codes with fresh ones."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


def app_devices(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True)


def recovery_devices(user):
    return StaticDevice.objects.filter(user=user, confirmed=True)


@transaction.atomic
def reset(user, *, by: str) -> int:
    """Remove every second factor of ``user``: the next login starts a new enrolment. ``by``
    names who did it, for the log. Returns how many devices were removed."""
    removed = TOTPDevice.objects.filter(user=user).delete()[1].get(TOTPDevice._meta.label, 0)
    removed += StaticDevice.objects.filter(user=user).delete()[1].get(StaticDevice._meta.label, 0)
    logger.warning(
        "Second factor reset for %s (id %s) by %s: %d device(s) removed",
        user.get_username(),
        user.pk,
        by,
        removed,
    )
    return removed
