"""The page's own content, rendered once per revision: ``{% kept_with_page %}`` around the
content block in base.html.

For an anonymous, cookie-less view without a query string that the page cache is rendering,
the content is kept as a fragment (regionsite/caching/fragments.py) under the page, its live
revision, the language and the host, with the keys of everything the page's context and the
content read: a change to the menu, the footer or another page's title renews the page but not
its content, which the next render reuses. Listings with filters or page numbers, previews,
editors and visitors with a session always render it.
"""

from django import template
from django.conf import settings
from django.utils import translation

from regionsite.caching.fragments import shared
from regionsite.caching.keys import is_recording, page_key, record

register = template.Library()


@register.tag
def kept_with_page(parser, token):
    nodelist = parser.parse(("endkept_with_page",))
    parser.delete_first_token()
    return KeptWithPageNode(nodelist)


class KeptWithPageNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        request, page = context.get("request"), context.get("page")
        if not keeps(request, page):
            return self.nodelist.render(context)
        record(page_key(page.pk))
        language, host = translation.get_language(), request.get_host()
        key = (page.pk, page.live_revision_id, context.template.name, language, host)
        return shared(
            "content",
            key,
            lambda: self.nodelist.render(context),
            seconds=settings.PAGE_CACHE_SECONDS,  # as long as the page: it may show dates
            part_of_page=True,
        )


def keeps(request, page) -> bool:
    return (
        is_recording()  # the page cache is rendering an anonymous, cookie-less view
        and request is not None
        and getattr(page, "pk", None) is not None
        # Only the page's own view (SitePage.serve), never a password form asking for it.
        and getattr(request, "serving_page_content", None) == page.pk
        and getattr(page, "live_revision_id", None) is not None
        and not request.META.get("QUERY_STRING")
        and not request.COOKIES
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
    )
