"""Wagtail's admin password reset (/admin/password_reset/), with limits on the mails it sends.

Per e-mail address asked for (``PASSWORD_RESET_LIMIT_PER_ACCOUNT``): past it the answer is the
usual neutral "if the account exists, a mail is on its way", and no mail is sent, so the answer
tells nothing about which accounts exist, and nobody's inbox is flooded. Per client address
(``PASSWORD_RESET_LIMIT_PER_ADDRESS``): past it a Swedish 429, which says nothing about any
account either. Counted in the shared cache (regionsite.rate_limit); while the cache is down
nothing can be counted, and no mail is sent (the neutral answer again) until it is back.
"""

import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from wagtail.admin.views.account import PasswordResetView

from regionsite.login_throttle import client_ip
from regionsite.rate_limit import Limit

logger = logging.getLogger(__name__)


class LimitedPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        limit = Limit.of("password-reset-address", settings.PASSWORD_RESET_LIMIT_PER_ADDRESS)
        if limit.exceeded(client_ip(request) or "", when_unavailable=False):
            logger.warning("Password reset refused: too many from one address")
            response = TemplateResponse(request, "password_reset_limited.html", status=429)
            response["Retry-After"] = str(limit.retry_after())
            return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        limit = Limit.of("password-reset-account", settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT)
        if limit.exceeded(email, when_unavailable=True):
            logger.warning("Password reset mail not sent: too many for one e-mail address")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
