"""Subscriptions in the admin: how many subscribe to each theme, never who (Rapporter →
Prenumerationer, for every role); the addresses themselves only as a CSV export for the
Publicist, for a request under the GDPR or the principle of public access (pages/roles.py)."""

import logging

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale

from pages.models import ThemePage
from pages.subscriptions import Subscriber
from regionsite import spreadsheets

logger = logging.getLogger(__name__)

EXPORT_PERMISSION = "pages.export_subscriber"


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
    logger.info("Subscribers exported by user %s", request.user.pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="prenumeranter.csv"'
    writer = spreadsheets.writer(response)
    writer.writerow([_("E-postadress"), _("Språk"), _("Teman"), _("Anmäld"), _("Bekräftad")])
    subscribers = Subscriber.objects.prefetch_related("themes").order_by("email")
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
