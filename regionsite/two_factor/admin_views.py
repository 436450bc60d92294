"""A superuser resets a colleague's second factor (a lost or replaced phone): the colleague's
devices and recovery codes are removed, and their next login starts a new enrolment. Logged."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from regionsite import two_factor
from regionsite.two_factor import devices


class ResetSecondFactorView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Återställ tvåstegsverifiering")
    header_icon = "key"
    template_name = "two_factor/reset.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.colleague = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "colleague": self.colleague,
            "enrolled": two_factor.is_enrolled(self.colleague),
        }

    def post(self, request, *args, **kwargs):
        devices.reset(self.colleague, by=f"{request.user.get_username()} (id {request.user.pk})")
        messages.success(
            request,
            _(
                "Tvåstegsverifieringen för %(name)s är återställd. Vid nästa inloggning "
                "aktiverar hen den på nytt."
            )
            % {"name": self.colleague.get_username()},
        )
        return redirect("wagtailusers_users:index")
