"""Admin views of our own: the translators' list of pending translations, and submitting a
translation for moderation."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from pages.translation_guard import untranslated_segments
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


class SubmitTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """ "Skicka till granskning" for a translation: wagtail-localize's translation editor has
    no such button, so the translator asks here (from the page's menu in the explorer). Only a
    complete translation can be submitted (pages/translation_guard.py); a Publicist approves
    it in the same workflow as Swedish pages."""

    page_title = _("Skicka översättningen till granskning")
    header_icon = "globe"
    template_name = "pages/admin/submit_translation.html"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["missing"] = untranslated_segments(self.page)
        context["can_submit"] = self.can_submit()
        return context

    def can_submit(self) -> bool:
        permissions = self.page.permissions_for_user(self.request.user)
        return permissions.can_edit() and permissions.can_submit_for_moderation()

    def post(self, request, *args, **kwargs):
        if not self.can_submit():
            raise PermissionDenied
        # The latest revision is the translation as wagtail-localize last saved it.
        self.page.get_workflow().start(self.page, request.user)
        title = self.page.get_admin_display_title()
        messages.success(request, _("”%(title)s” är skickad till granskning.") % {"title": title})
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)
