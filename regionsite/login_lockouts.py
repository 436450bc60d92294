"""Locked logins in the admin (Inställningar → Låsta inloggningar): who is locked out, and an
"Häv spärren" button per account and per address.

django-axes records the failures (regionsite/login_throttle.py): an account at an address is
locked after ``AXES_FAILURE_LIMIT`` failures, an address across accounts after
``LOGIN_FAILURE_LIMIT_PER_ADDRESS``, each for ``AXES_COOLOFF_TIME``. Lifting a lock deletes
the failures it counted, as a working login would.
"""

from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

PERMISSION = "axes.delete_accessattempt"


def may_unlock(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


@dataclass(frozen=True)
class Lock:
    kind: str  # "account": one account at one address; "address": every account from it
    username: str
    address: str
    failures: int
    last_attempt: datetime

    @property
    def locked_until(self) -> datetime:
        return self.last_attempt + settings.AXES_COOLOFF_TIME


def current_locks(now: datetime | None = None) -> list[Lock]:
    """The accounts and addresses locked out now, most recent first."""
    now = now or timezone.now()
    since = now - settings.AXES_COOLOFF_TIME
    recent = AccessAttempt.objects.filter(attempt_time__gte=since)
    locks = [
        Lock(
            "account", a.username or "", a.ip_address or "", a.failures_since_start, a.attempt_time
        )
        for a in recent.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    ]
    by_address = (
        recent.values("ip_address")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS)
    )
    locks += [
        Lock("address", "", row["ip_address"] or "", row["failures"], row["last"])
        for row in by_address
    ]
    return sorted(locks, key=lambda lock: lock.last_attempt, reverse=True)


class LoginLockoutsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Låsta inloggningar")
    header_icon = "lock"
    template_name = "regionsite/admin/login_lockouts.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "locks": current_locks(),
            "account_limit": settings.AXES_FAILURE_LIMIT,
            "address_limit": settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        }

    def post(self, request, *args, **kwargs):
        address = request.POST.get("address", "")
        username = request.POST.get("username", "")
        attempts = AccessAttempt.objects.filter(ip_address=address)
        if username:
            attempts = attempts.filter(username=username)
        deleted, _deleted_by_model = attempts.delete()
        if not deleted:
            messages.warning(request, _("Spärren fanns inte längre."))
        elif username:
            messages.success(
                request,
                _("Spärren är hävd för %(account)s från %(address)s.")
                % {"account": username, "address": address},
            )
        else:
            messages.success(
                request, _("Spärren är hävd för adressen %(address)s.") % {"address": address}
            )
        return redirect("login_lockouts")
