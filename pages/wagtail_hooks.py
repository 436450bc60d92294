from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.admin_views import TranslationReportView


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "reports/oversattningar/",
            TranslationReportView.as_view(),
            name="regionsite_translation_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        _("Översättningar att göra"),
        reverse("regionsite_translation_report"),
        name="translations-pending",
        icon_name="globe",
        order=950,
    )
