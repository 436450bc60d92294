"""Page passwords (Wagtail's password view restrictions), throttled like logins.

Wagtail checks a page password in its own view, without Django's authentication, so
django-axes does not see it. This wraps that view: each wrong password is reported to axes as
a failed login for the restriction (one "account" per protected section), and a locked-out
visitor gets the lockout page before the password is even checked.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response

from django.contrib.auth.signals import user_login_failed
from django.http import HttpResponseRedirect

from wagtail import views as wagtail_views


def credentials_for(page_view_restriction_id: int) -> dict:
    return {"username": f"sidlosenord-{page_view_restriction_id}"}


def authenticate_with_password(request, page_view_restriction_id, page_id):
    credentials = credentials_for(page_view_restriction_id)
    if request.method == "POST" and AxesProxyHandler.is_locked(request, credentials):
        return get_lockout_response(request, credentials)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and not isinstance(response, HttpResponseRedirect):
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if getattr(request, "axes_locked_out", False):  # this failure reached the limit
            return get_lockout_response(request, credentials)
    return response
