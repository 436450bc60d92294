"""Login throttling with django-axes: the authentication backend and the visitor's address.

Axes' own backend refuses ``authenticate()`` calls without a request; those are not a
visitor's login (Django's test client, a script), so this one lets them through unthrottled.
"""

from axes.backends import AxesBackend

from django.conf import settings


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
