"""Content-Security-Policy for the whole site: the public policy from settings, the admin's
own policy under /admin/, and previews that the admin (and only the admin) may frame.

django-csp sends one policy for every path; Wagtail's admin needs a little more (its own
inline styles, blob: images from uploads), and its previews are rendered as a request to the
page's public address, so the public frame-ancestors 'none' would block the preview panel.
"""

from csp.middleware import CSPMiddleware

from django.conf import settings

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        if getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts
