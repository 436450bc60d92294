from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, register_converter
from django.utils.translation import pgettext_lazy

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemaps
from wagtail.documents import urls as wagtaildocs_urls

from pages import approval_messages, explorer
from pages.feedback import feedback_view
from pages.search import search
from pages.sitemap import index as sitemap_index
from pages.sitemap import sitemaps_by_language
from pages.subscription_views import confirm_view, subscribe_view, unsubscribe_view
from regionsite import page_passwords, views
from regionsite.frontend_login import FrontendLoginView
from regionsite.password_reset import LimitedPasswordResetView

SITEMAPS = sitemaps_by_language()
register_converter(explorer.RootPageConverter, "root_page")

urlpatterns = [
    # Before Wagtail's own: the same address and name, with limits on the mails it sends.
    path(
        "admin/password_reset/",
        LimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    # Before Wagtail's own: the root's listing, for superusers only (pages/explorer.py).
    path("admin/pages/", explorer.explore_root),
    path("admin/pages/<root_page:parent_page_id>/", explorer.explore_root),
    # Before Wagtail's own: the same workflow action, which then says what it did.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        approval_messages.workflow_action,
    ),
    # Staff's second step, before Wagtail's admin (regionsite/two_factor/).
    path("admin/", include("regionsite.two_factor.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("dokument/", include(wagtaildocs_urls)),
    path("health/", views.health, name="health"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Swedish pages at /, English under /en/; Wagtail serves everything not matched above.
urlpatterns += i18n_patterns(
    path(pgettext_lazy("adress för sökningen", "sok/"), search, name="search"),
    path(pgettext_lazy("adress för synpunkter", "synpunkter/"), feedback_view, name="feedback"),
    path(
        pgettext_lazy("adress för prenumerationer", "prenumerera/"),
        subscribe_view,
        name="subscribe",
    ),
    path(
        pgettext_lazy(
            "adress för att bekräfta en prenumeration", "prenumerera/bekrafta/<str:token>/"
        ),
        confirm_view,
        name="subscription_confirm",
    ),
    path(
        pgettext_lazy(
            "adress för att avsluta en prenumeration", "prenumerera/avsluta/<str:token>/"
        ),
        unsubscribe_view,
        name="unsubscribe",
    ),
    # Before Wagtail's own: the same address, throttled (regionsite/page_passwords.py).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_passwords.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Before Wagtail's own too: the same address, landing on a real page (frontend_login.py).
    path("_util/login/", FrontendLoginView.as_view(), name="wagtailcore_login"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "regionsite.views.bad_request"
handler403 = "regionsite.views.permission_denied"
handler404 = "regionsite.views.page_not_found"
handler500 = "regionsite.views.server_error"
