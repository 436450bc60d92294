"""Admin views of our own: the translators' list of pending translations, and submitting a
translation for moderation."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert

from pages.po_context import add_context_comments
from pages.snippet_roles import may_edit_translation
from pages.translation_guard import untranslated_segments
from pages.translation_status import catalogue_status, pending_translations
from regionsite import spreadsheets


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    """Översättningar att göra: per language, every page not yet done (missing, incomplete
    with its count, outdated with the source's date, ready to publish), with public addresses,
    the owner, and links to the translation editor and the PO file; filterable by language
    (?sprak=en), sortable (?sortera=status|sida|andrad), as CSV (?format=csv). Below, the
    interface strings' catalogues."""

    page_title = _("Översättningar att göra")
    header_icon = "globe"
    template_name = "pages/admin/translation_report.html"
    SORTS = {
        "sida": lambda item: item.page.path,
        "status": lambda item: (item.status, item.page.path),
        "andrad": lambda item: item.page.last_published_at or item.page.first_published_at,
    }

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def reports(self) -> list[tuple[Locale, list]]:
        source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        targets = Locale.objects.exclude(pk=source.pk).order_by("language_code")
        if language := self.request.GET.get("sprak"):
            targets = targets.filter(language_code=language)
        sort = self.SORTS.get(self.request.GET.get("sortera", ""), self.SORTS["sida"])
        return [
            (target, sorted(pending_translations(source, target), key=sort)) for target in targets
        ]

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return translation_report_csv(request, self.reports())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["reports"] = self.reports()
        context["languages"] = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
        context["catalogues"] = catalogue_status()
        context["query"] = self.request.GET.urlencode()
        return context


def translation_report_csv(request, reports) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="oversattningar-att-gora.csv"'
    writer = spreadsheets.writer(response)
    writer.writerow(
        [
            _("Språk"),
            _("Sida"),
            _("Status"),
            _("Oöversatta textavsnitt"),
            _("Källtexten ändrad"),
            _("Innehållsansvarig"),
            _("Adress"),
            _("Översättningens adress"),
        ]
    )
    for locale, pending in reports:
        for item in pending:
            translation = item.translation
            writer.writerow(
                [
                    locale.language_code,
                    item.page.title,
                    item.status_label,
                    item.untranslated,
                    item.source_changed_at.isoformat() if item.source_changed_at else "",
                    str(item.owner or ""),
                    item.page.get_full_url(request),
                    translation.get_full_url(request) if translation and translation.live else "",
                ]
            )
    return response


def download_pofile_with_context(request, translation_id: int) -> HttpResponse:
    """wagtail-localize's PO download (same address, same permission), with a comment on
    every string saying which field and block it comes from (pages/po_context.py)."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not may_edit_translation(request.user, translation):  # a snippet: in its language
        raise PermissionDenied
    po = translation.export_po()
    add_context_comments(po, translation.source.get_source_instance())
    response = HttpResponse(str(po), content_type="text/x-gettext-translation")
    filename = (
        f"{slugify(translation.source.object_repr)}-{translation.target_locale.language_code}"
    )
    response["Content-Disposition"] = f"attachment; filename={filename}.po"
    return response


def convert_to_alias_for_publishers(request, page_id: int):
    """wagtail-localize's "Konvertera till alias" (same address), for those who may publish:
    an alias of a page in another language is never public here (pages/translation_guard.py),
    so converting takes the translated page off the site, which a Översättare may not do."""
    page = get_object_or_404(Page, id=page_id)
    tester = page.permissions_for_user(request.user)
    if not (request.user.is_superuser or "publish" in tester.permissions):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


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
        # The translator's strings (from the editor or a PO file) live in wagtail-localize's
        # records until written into the page: write them into a new draft revision, so the
        # Publicist approves (and publishes) exactly the finished translation.
        record = Translation.objects.filter(
            source__object_id=self.page.translation_key,
            target_locale_id=self.page.locale_id,
            enabled=True,
        ).first()
        if record is not None:
            record.save_target(user=request.user, publish=False)
            self.page = self.page.specific_class.objects.get(pk=self.page.pk)
        self.page.get_workflow().start(self.page, request.user)
        title = self.page.get_admin_display_title()
        messages.success(request, _("”%(title)s” är skickad till granskning.") % {"title": title})
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)
