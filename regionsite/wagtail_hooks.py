"""Locked-out logins in the admin (Inställningar -> Låsta inloggningar,
regionsite/login_lockouts.py): administrators see who is locked out and lift the lock.
Superusers reset a colleague's second factor from the user listing
(regionsite/two_factor/admin_views.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from regionsite.login_lockouts import LoginLockoutsView, may_unlock
from regionsite.two_factor.admin_views import ResetSecondFactorView


@hooks.register("register_admin_urls")
def login_lockout_urls():
    return [path("lasta-inloggningar/", LoginLockoutsView.as_view(), name="login_lockouts")]


@hooks.register("register_settings_menu_item")
def login_lockouts_menu_item():
    return LoginLockoutsMenuItem(
        _("Låsta inloggningar"), reverse("login_lockouts"), icon_name="lock", order=900
    )


class LoginLockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_unlock(request.user)


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
