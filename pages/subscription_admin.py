"""Subscriptions in the admin: how many subscribe to each theme, never who (Rapporter →
Prenumerationer, for every role); the addresses themselves only as a CSV export for the
Publicist, for a request under the GDPR or the principle of public access (pages/roles.py).
Each export is in Wagtail's audit log (Rapporter → Webbplatshistorik), filed on the account
that exported, with how many addresses it held: who read the list, and when, is itself
something the region may have to account for."""

import logging

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Locale

from pages.models import ThemePage
from pages.subscriptions import Subscriber
from regionsite import spreadsheets

logger = logging.getLogger(__name__)

EXPORT_PERMISSION = "pages.export_subscriber"
EXPORT_ACTION = "regionsite.subscribers_exported"


class ExportFormatter(LogFormatter):
    label = gettext_lazy("Export av prenumeranter")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext(
            "Exporterade %(count)s prenumerants adress",
            "Exporterade %(count)s prenumeranters adresser",
            count,
        ) % {"count": count}


def register_export_action(actions):
    """register_log_actions hook: the export's line in the audit log."""
    actions.register_action(EXPORT_ACTION)(ExportFormatter)


class SubscriptionReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Prenumerationer")
    header_icon = "mail"
    template_name = "pages/admin/subscription_report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        confirmed = Q(news_subscribers__confirmed_at__isnull=False)
        context["themes"] = (
            ThemePage.objects.filter(locale=Locale.get_default())
            .annotate(
                confirmed=Count("news_subscribers", filter=confirmed),
                waiting=Count("news_subscribers", filter=~confirmed),
            )
            .order_by("path")
        )
        context["total"] = Subscriber.objects.filter(confirmed_at__isnull=False).count()
        context["waiting"] = Subscriber.objects.filter(confirmed_at__isnull=True).count()
        context["can_export"] = self.request.user.has_perm(EXPORT_PERMISSION)
        return context


def export_subscribers(request):
    """Every stored address with what is stored with it, as CSV (formula cells neutralised)."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    subscribers = list(Subscriber.objects.prefetch_related("themes").order_by("email"))
    count = len(subscribers)
    # The account itself: request.user is django-otp's lazy object around Django's, which
    # Wagtail's log cannot tell the model of (it would log nothing, silently).
    account = get_user_model().objects.get(pk=request.user.pk)
    log(instance=account, action=EXPORT_ACTION, user=account, data={"count": count})
    logger.info("Subscribers exported by user %s (%s addresses)", request.user.pk, count)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="prenumeranter.csv"'
    writer = spreadsheets.writer(response)
    writer.writerow([_("E-postadress"), _("Språk"), _("Teman"), _("Anmäld"), _("Bekräftad")])
    for subscriber in subscribers:
        themes = sorted(subscriber.themes.all(), key=lambda theme: theme.path)
        writer.writerow(
            [
                subscriber.email,
                subscriber.language,
                "; ".join(theme.title for theme in themes),
                spreadsheets.readable(subscriber.created_at),
                spreadsheets.readable(subscriber.confirmed_at),
            ]
        )
    return response
