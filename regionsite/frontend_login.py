"""The front-end login (for pages behind a login), landing somewhere real.

Wagtail's view is Django's LoginView, which sends a visitor with no safe ``next`` to
``LOGIN_REDIRECT_URL``, /accounts/profile/: a page this site does not have. Here that visitor
lands on the home page in the language of the login page, or in the admin if they may use it.
A safe ``next`` (one of the site's own addresses) still wins, as in Django.
"""

from django.contrib.auth.views import LoginView
from django.urls import reverse

from wagtail.urls import WAGTAIL_FRONTEND_LOGIN_TEMPLATE


class FrontendLoginView(LoginView):
    template_name = WAGTAIL_FRONTEND_LOGIN_TEMPLATE

    def get_default_redirect_url(self):
        if self.request.user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        # Under i18n_patterns: "/" for Swedish, "/en/" for English, as the login page's address.
        return reverse("wagtail_serve", args=[""])
