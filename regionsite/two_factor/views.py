"""The second step of a staff login: enrolment (first login), the code, the recovery codes.

The pages look like the admin's login page and run no inline script (their policy drops the
admin's 'unsafe-inline' for scripts). Every wrong code counts with django-axes as a failed
login and with django-otp's throttle on the device; either can answer 429.
"""

import math
from base64 import b32encode
from urllib.parse import urlencode

from axes.helpers import get_cool_off, get_credentials, get_failure_limit
from csp.decorators import csp_replace
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from regionsite import two_factor
from regionsite.two_factor import devices, throttle
from regionsite.two_factor.forms import WRONG_CODE, CodeForm
from regionsite.two_factor.qr import qr_svg

RECOVERY_CODES_SESSION_KEY = "two_factor_new_recovery_codes"
# The admin's policy, without inline script (regionsite/csp.py adds the rest).
NO_INLINE_SCRIPT = csp_replace({"script-src": ["'self'"]})


def form_methods(view):
    """GET, HEAD and POST only; anything else gets the site's 405 page (the admin's prefix
    keeps these addresses from regionsite.middleware.MethodNotAllowedPageMiddleware)."""

    def wrapped(request):
        if request.method not in ALLOWED_METHODS:
            response = render(request, "405.html", status=405)
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        return view(request)

    return wrapped


ALLOWED_METHODS = ("GET", "HEAD", "POST")


def second_step(view):
    """For a logged-in account that must give a second factor; others are sent on."""

    @NO_INLINE_SCRIPT
    @never_cache
    @sensitive_post_parameters("code")
    @form_methods
    def wrapped(request):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if not two_factor.required_for(request.user):
            return redirect(next_url(request))
        if throttle.is_locked_out(request, request.user):
            return locked_out(request, request.user)
        return view(request)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@second_step
def verify(request):
    """The code page for an account with a confirmed device."""
    user = request.user
    if two_factor.is_verified(request):
        return redirect(next_url(request))
    if not two_factor.is_enrolled(user):
        return redirect(with_next(reverse("two_factor_enrol"), request))
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        candidates = []
        if form.is_valid():
            if form.kind == "app":
                candidates = list(devices.app_devices(user))
            else:
                candidates = list(devices.recovery_devices(user))
        device, status = check_code(request, form, candidates)
        if device is not None:
            return passed(request, device)
        if status == 429 and getattr(request, "axes_locked_out", False):
            return locked_out(request, user)
    context = {"form": form, "next": next_url(request)}
    return render(request, "two_factor/verify.html", context, status=status)


@second_step
def enrol(request):
    """First login: set up an authenticator app, confirm it with a code."""
    user = request.user
    if two_factor.is_enrolled(user):
        if two_factor.is_verified(request):
            return redirect(next_url(request))
        return redirect(with_next(reverse("two_factor_verify"), request))
    device = devices.enrolment_device(user)
    form = CodeForm(request.POST or None, recovery_allowed=False)
    status = 200
    if request.method == "POST":
        confirmed, status = check_code(request, form, [device] if form.is_valid() else [])
        if confirmed is not None:
            request.session[RECOVERY_CODES_SESSION_KEY] = devices.confirm(device)
            passed(request, device)
            return redirect(with_next(reverse("two_factor_recovery_codes"), request))
        if status == 429 and getattr(request, "axes_locked_out", False):
            return locked_out(request, user)
    secret = b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "next": next_url(request),
        "qr_code": qr_svg(device.config_url, _("QR-kod för autentiseringsappen")),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
    }
    return render(request, "two_factor/enrol.html", context, status=status)


@NO_INLINE_SCRIPT
@never_cache
@form_methods
def recovery_codes(request):
    """The new recovery codes, shown once, right after enrolment."""
    if not two_factor.is_verified(request):
        return redirect(with_next(reverse("two_factor_verify"), request))
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes:
        return redirect(next_url(request))
    context = {"codes": codes, "next": next_url(request)}
    return render(request, "two_factor/recovery_codes.html", context)


# --- Checking a code ---------------------------------------------------------------------------


def check_code(request, form, candidates):
    """(the device that accepts the form's code, 200), or (None, the status to answer with):
    400 for a wrong code, 429 when the device's own throttle or django-axes refuses."""
    wait = throttle_wait(candidates)
    if wait:
        form.add_error(None, throttled_message(wait))
        return None, 429
    if form.is_valid():
        for device in candidates:
            with transaction.atomic():
                locked = type(device).objects.select_for_update().get(pk=device.pk)
                if locked.verify_token(form.cleaned_data["code"]):
                    return locked, 200
        form.add_error("code", WRONG_CODE)
    if throttle.count_failure(request, request.user):
        return None, 429
    return None, 400


def throttle_wait(candidates) -> int:
    """Seconds until django-otp lets the candidates try a code again (0: now)."""
    waits = []
    for device in candidates:
        allowed, details = device.verify_is_allowed()
        if not allowed and details and details.get("locked_until"):
            waits.append((details["locked_until"] - timezone.now()).total_seconds())
    return math.ceil(min(waits)) if waits and len(waits) == len(candidates) else 0


def throttled_message(seconds: int) -> str:
    return ngettext(
        "För många felaktiga koder i rad. Vänta %(seconds)d sekund och försök igen.",
        "För många felaktiga koder i rad. Vänta %(seconds)d sekunder och försök igen.",
        seconds,
    ) % {"seconds": seconds}


def passed(request, device):
    """The second step is done: mark the session, forget the failures, say what is left."""
    request.session.cycle_key()  # a new session id for the stronger login
    otp_login(request, device)
    throttle.count_success(request, request.user)
    if isinstance(device, StaticDevice):
        left = devices.recovery_codes_left(request.user)
        messages.warning(
            request,
            ngettext(
                "Du loggade in med en reservkod. Du har %(count)d reservkod kvar.",
                "Du loggade in med en reservkod. Du har %(count)d reservkoder kvar.",
                left,
            )
            % {"count": left},
        )
    return redirect(next_url(request))


def locked_out(request, user):
    """Too many wrong codes: end the half-login and say so (the site's 429 page)."""
    credentials = get_credentials(user.get_username())
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "cooloff_timedelta": get_cool_off(request),
        "second_step": True,
    }
    logout(request)
    request.axes_locked_out = False  # this page, not axes' own about passwords
    return render(request, "429.html", context, status=429)


# --- Where to go afterwards --------------------------------------------------------------------


def next_url(request) -> str:
    """The address the login was heading for, if it is on this site; else the admin."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def with_next(url: str, request) -> str:
    return f"{url}?{urlencode({'next': next_url(request)})}"
