"""Admin views of our own: the translators' list of pending translations."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale

from pages.translation_status import pending_translations


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Översättningar att göra")
    header_icon = "globe"
    template_name = "pages/admin/translation_report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        context["reports"] = [
            (target, pending_translations(source, target))
            for target in Locale.objects.exclude(pk=source.pk).order_by("language_code")
        ]
        return context
