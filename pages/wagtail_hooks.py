import datetime
import json

from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from pages import approval_messages
from pages.admin_views import (
    SubmitTranslationView,
    TranslationReportView,
    convert_to_alias_for_publishers,
    download_pofile_with_context,
)
from pages.content_checker import use_site_checker
from pages.explorer import in_language_trees
from pages.feedback import FeedbackViewSet
from pages.reports import ReadabilityReportView, ReviewReportView, ScheduleReportView
from pages.rich_text import REPLACED_EMBEDS, REPLACED_HANDLERS
from pages.snippet_roles import (
    LanguageRoleDeleteBulkAction,
    SubmitSnippetTranslationView,
    UpdateTranslationsView,
    guarded_editor_urls,
    hide_what_the_user_may_not_do,
)
from pages.subscription_admin import (
    SubscriptionReportView,
    export_subscribers,
    register_export_action,
)
from pages.translation_actions import SyncTranslationView
from regionsite.caching.keys import precise_from_here


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own, to replace them
def checked_rich_text_references(features):
    for handler in REPLACED_HANDLERS:
        features.register_link_type(handler)
    for handler in REPLACED_EMBEDS:
        features.register_embed_type(handler)


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "reports/oversattningar/",
            TranslationReportView.as_view(),
            name="regionsite_translation_report",
        ),
        path("reports/granska/", ReviewReportView.as_view(), name="regionsite_review_report"),
        path(
            "reports/schemalagt/", ScheduleReportView.as_view(), name="regionsite_schedule_report"
        ),
        # wagtail-localize's own PO download address: this app's hooks come first, so the
        # file gains the translators' context comments (pages/po_context.py).
        path(
            "localize/translate/<int:translation_id>/pofile/download/",
            download_pofile_with_context,
            name="regionsite_download_pofile",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias_for_publishers,
            name="regionsite_convert_to_alias",
        ),
        path(
            "reports/lasbarhet/",
            ReadabilityReportView.as_view(),
            name="regionsite_readability_report",
        ),
        path(
            "pages/<int:page_id>/synka-oversattning/",
            SyncTranslationView.as_view(),
            name="regionsite_sync_translation",
        ),
        path(
            "reports/prenumerationer/",
            SubscriptionReportView.as_view(),
            name="regionsite_subscription_report",
        ),
        path(
            "reports/prenumerationer/export/",
            export_subscribers,
            name="regionsite_subscriber_export",
        ),
        path(
            "pages/<int:page_id>/skicka-oversattning/",
            SubmitTranslationView.as_view(),
            name="regionsite_submit_translation",
        ),
        # wagtail-localize's addresses that make or change a snippet's translation, with the
        # language roles (pages/snippet_roles.py).
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
            name="regionsite_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsView.as_view(),
            name="regionsite_update_translations",
        ),
        *guarded_editor_urls(),
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


hooks.register("construct_main_menu", in_language_trees)
hooks.register("after_edit_page", approval_messages.say_what_the_workflow_action_did)


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return MenuItem(
        _("Sidor att granska"),
        reverse("regionsite_review_report"),
        name="pages-to-review",
        icon_name="calendar-check",
        order=960,
    )


@hooks.register("register_reports_menu_item")
def schedule_report_menu_item():
    return MenuItem(
        _("Schemalagda publiceringar"),
        reverse("regionsite_schedule_report"),
        name="scheduled",
        icon_name="calendar-alt",
        order=965,
    )


@hooks.register("register_reports_menu_item")
def readability_report_menu_item():
    return MenuItem(
        _("Läsbarhet (LIX)"),
        reverse("regionsite_readability_report"),
        name="readability",
        icon_name="doc-full",
        order=970,
    )


@hooks.register("register_reports_menu_item")
def subscription_report_menu_item():
    return MenuItem(
        _("Prenumerationer"),
        reverse("regionsite_subscription_report"),
        name="subscriptions",
        icon_name="mail",
        order=975,
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


@hooks.register("construct_wagtail_userbar")
def site_content_checker(request, items, page):
    """The checker in the userbar and the editor's checks panel: the site's rules, in Swedish."""
    use_site_checker(items)


@hooks.register("insert_editor_js")
def readability_as_lix():
    """The checks panel measures the page's own text and shows readability as LIX."""
    return format_html(
        '<script src="{}" data-lix-too-short="{}" data-lix-not-rated="{}"></script>',
        static("js/admin/lix.js"),
        gettext("För lite text för att räkna LIX"),
        gettext("LIX räknas bara för svensk och engelsk text"),
    )


@hooks.register("insert_editor_js")  # wagtail-localize's translation editor outputs it too
def translation_editor_in_the_admin_language():
    """English texts wagtail-localize's editor has in its JavaScript, or writes with English
    month names (Python's strftime), in the admin's language
    (static/js/admin/translation_editor.js)."""
    months = [date_format(datetime.date(2026, month, 1), "F") for month in range(1, 13)]
    tools = {"PO File": gettext("PO-fil"), "seed_content": gettext("webbplatsens startinnehåll")}
    return format_html(
        '<script src="{}" data-heading="{}" data-more-actions="{}" data-months="{}" '
        'data-tools="{}" defer></script>',
        static("js/admin/translation_editor.js"),
        gettext("Översättning från %(source)s till %(target)s"),
        gettext("Fler åtgärder"),
        json.dumps(months),
        json.dumps(tools),
    )


register_snippet(FeedbackViewSet)
# Registered after Wagtail's own delete (order), which it replaces for these models.
hooks.register("register_bulk_action", LanguageRoleDeleteBulkAction, order=100)
hooks.register("construct_snippet_listing_buttons", hide_what_the_user_may_not_do)


@hooks.register("before_serve_page")
def declare_listings(page, request, serve_args, serve_kwargs):
    """The page being served says which listings it shows; its other page queries are by id
    and record the pages they load (regionsite/caching/keys.py)."""
    listing_keys = getattr(page, "listing_keys", None)
    if listing_keys is None:
        return
    # A routable page's other routes may show less than the page: a theme's news feed is not
    # renewed when one of its events changes (RoutablePageMixin routes with (view, args, kwargs)).
    route = getattr(serve_args[0], "__name__", None) if serve_args else None
    route_listing_keys = getattr(page, "route_listing_keys", None)
    keys = route_listing_keys(route) if route_listing_keys and route else None
    precise_from_here(*(keys if keys is not None else listing_keys()))


hooks.register("register_log_actions", register_export_action)
