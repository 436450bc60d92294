"""Holds staff who have given only their password at the second step.

Such a session reaches only the second-factor pages, the admin's login, logout and password
reset, and the few addresses that serve no one's data; any other request is sent to the
enrolment page (no confirmed device yet) or the code page, and comes back after it. The check
covers the whole site, not just /admin/: a login also opens private pages and documents.
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from regionsite import two_factor

# URL names a half-logged-in session may reach.
OPEN_URL_NAMES = {
    "two_factor_verify",
    "two_factor_enrol",
    "two_factor_recovery_codes",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    # What the admin's login-like pages load: their translations and their icons (a redirect
    # here would put the whole code page into the icon sprite).
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailcore_login",
    "health",
    "robots_txt",
}


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name in OPEN_URL_NAMES:
            return None
        if not two_factor.required_for(request.user) or two_factor.is_verified(request):
            return None
        step = "two_factor_verify" if two_factor.is_enrolled(request.user) else "two_factor_enrol"
        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        return redirect(reverse(step) + (f"?{query}" if query else ""))
