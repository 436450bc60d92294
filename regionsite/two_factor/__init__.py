"""Staff log in with two factors: the password, then a code from an authenticator app (TOTP) or
one of the account's recovery codes. django-otp keeps the devices and checks the codes; this
package decides who must give a second factor, holds them at that step (``middleware``), and
provides the enrolment, verification and reset views.

The rule: when ``REQUIRE_STAFF_2FA`` is on, every account that can reach /admin/ (Wagtail's
``access_admin`` permission, superusers, and Django's ``is_staff``) reaches nothing that its
login grants until the second step is passed in that session.
"""

from django_otp import user_has_device

from django.conf import settings


def required_for(user) -> bool:
    """Whether ``user`` must pass the second step before using its login."""
    if not settings.REQUIRE_STAFF_2FA or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin")


def is_enrolled(user) -> bool:
    """Whether ``user`` has a confirmed second factor."""
    return user_has_device(user, confirmed=True)


def is_verified(request) -> bool:
    """Whether this session has passed the second step (django-otp's OTPMiddleware)."""
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())
