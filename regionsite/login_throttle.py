"""Login throttling with django-axes: the authentication backend, the attempt handler and the
visitor's address.

Axes' own backend refuses ``authenticate()`` calls without a request; those are not a
visitor's login (Django's test client, a script), so this one lets them through unthrottled.

Two limits (``AXES_LOCKOUT_PARAMETERS``): failures for one account from one address
(``AXES_FAILURE_LIMIT``), and failures from one address across every account
(``LOGIN_FAILURE_LIMIT_PER_ADDRESS``, higher: password spraying, not an office's typos). Axes
compares the largest of its counts with one limit; ``LoginAttemptHandler`` gives the address
its own.
"""

from axes.backends import AxesBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_lockout_parameters
from axes.models import AccessAttempt

from django.conf import settings
from django.db.models import Sum

ADDRESS = "ip_address"  # the lockout parameter of the address alone


class LoginThrottleBackend(AxesBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request) -> str | None:
    """Behind ``TRUSTED_PROXY_COUNT`` proxies: the address the outermost of them saw (a client
    can forge the rest of X-Forwarded-For); without proxies, REMOTE_ADDR."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [hop for hop in hops if hop]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR")


class LoginAttemptHandler(AxesDatabaseHandler):
    """Axes' database handler (attempts shared by every app instance), with a limit of its own
    for the address across accounts."""

    def get_failures(self, request, credentials=None) -> int:
        """The account's failures at this address; an address past its own limit reports the
        account limit, which is what axes locks out at."""
        per_account = per_address = 0
        counts = zip(
            get_lockout_parameters(request, credentials),
            self.get_user_attempts(request, credentials),
            strict=True,
        )
        for parameter, attempts in counts:
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if parameter == ADDRESS:
                per_address = failures
            else:
                per_account = max(per_account, failures)
        if per_address >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS:
            return max(per_account, settings.AXES_FAILURE_LIMIT)
        return per_account

    def reset_user_attempts(self, request, credentials=None) -> int:
        """On a login that works, forget this account's failures at this address only (axes
        would forget every account's at the address: a sprayer's own account would wipe it)."""
        deleted, _ = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return deleted
