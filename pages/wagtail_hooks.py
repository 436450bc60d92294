from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from pages.admin_views import SubmitTranslationView, TranslationReportView


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "reports/oversattningar/",
            TranslationReportView.as_view(),
            name="regionsite_translation_report",
        ),
        path(
            "pages/<int:page_id>/skicka-oversattning/",
            SubmitTranslationView.as_view(),
            name="regionsite_submit_translation",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    """In a translated page's menu: send it to the Publicist (when it is complete)."""
    if page.locale.language_code != settings.LANGUAGE_CODE and page.depth > 2:
        yield Button(
            _("Skicka till granskning"),
            reverse("regionsite_submit_translation", args=[page.pk]),
            icon_name="resubmit",
            priority=15,
        )


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        _("Översättningar att göra"),
        reverse("regionsite_translation_report"),
        name="translations-pending",
        icon_name="globe",
        order=950,
    )
