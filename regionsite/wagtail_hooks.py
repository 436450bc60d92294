"""Locked-out logins in the admin (Inställningar -> Låsta inloggningar): administrators see
who is locked out (django-axes' attempts) and unlock by deleting the attempt. Superusers reset
a colleague's second factor from the user listing (regionsite/two_factor/admin_views.py)."""

from axes.models import AccessAttempt

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy

from regionsite.two_factor.admin_views import ResetSecondFactorView


class UnlockOnlyPolicy(ModelPermissionPolicy):
    """Attempts are recorded by django-axes, never written by hand: view and delete only."""

    def user_has_permission(self, user, action):
        return action in {"view", "delete"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class LoginLockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Låsta inloggningar")
    add_to_settings_menu = True
    copy_view_enabled = False
    form_fields = ["username"]  # required by the viewset; the policy allows no editing
    list_display = [
        Column("username", label=_("Konto eller skyddad sida")),
        Column("ip_address", label=_("Adress")),
        Column("failures_since_start", label=_("Felaktiga försök")),
        DateColumn("attempt_time", label=_("Senaste försök")),
    ]
    ordering = ["-attempt_time"]

    @property
    def permission_policy(self):
        return UnlockOnlyPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_login_lockouts():
    return LoginLockoutViewSet("login_lockouts")


@hooks.register("register_admin_urls")
def second_factor_reset_urls():
    return [
        path(
            "tvastegsverifiering/aterstall/<int:user_id>/",
            ResetSecondFactorView.as_view(),
            name="two_factor_reset",
        )
    ]


@hooks.register("register_user_listing_buttons")
def second_factor_reset_button(user, request_user):
    """In the user listing's menu, for superusers: reset a colleague's second factor."""
    if request_user.is_superuser:
        yield Button(
            _("Återställ tvåstegsverifiering"),
            reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=50,
        )
