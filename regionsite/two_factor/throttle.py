"""Wrong second-factor codes are throttled like wrong passwords, by django-axes, in the same
count (account and address): five wrong guesses, whether passwords or codes, lock the pair out.

Axes resets the count at every successful login (AXES_RESET_ON_SUCCESS); for staff the
password is only half of the login, so their count is reset when the second step succeeds.
Otherwise someone who knows the password could guess codes four at a time, logging in again
between rounds. (django-otp's own throttle on the device, which doubles the wait after each
wrong code whichever session tries, stands behind this.)
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_credentials

from django.contrib.auth.signals import user_login_failed

from regionsite import two_factor
from regionsite.login_throttle import LoginAttemptHandler


class TwoStepAxesHandler(LoginAttemptHandler):
    """The address's own limit (LoginAttemptHandler), and staff's logins counted as whole only
    after the second step."""

    def user_logged_in(self, sender, request, user, **kwargs):
        if two_factor.required_for(user):
            return  # half a login: reset by count_success() after the second step
        super().user_logged_in(sender, request, user, **kwargs)


def count_failure(request, user) -> bool:
    """Record a wrong code as a failed login of ``user``; True if that locks the account out
    at this address."""
    credentials = get_credentials(user.get_username())
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return bool(getattr(request, "axes_locked_out", False))


def is_locked_out(request, user) -> bool:
    return AxesProxyHandler.is_locked(request, get_credentials(user.get_username()))


def count_success(request, user) -> None:
    """The second step passed: the whole login succeeded, so its failures are forgotten."""
    AxesProxyHandler.update_request(request)
    LoginAttemptHandler.user_logged_in(
        AxesProxyHandler.get_implementation(), __name__, request, user
    )
