"""Lättläst: the site's basic information in easy-to-read Swedish (lättläst svenska).

The lättläst guidelines (Myndigheten för tillgängliga medier): short sentences, one thought a
sentence, everyday words, hard words explained, "du" to the reader. The page shows its own LIX
so that readers and editors see how easy it is, and the readability report flags it at a
stricter limit than other pages.
"""

from django.utils.translation import gettext_lazy as _

from pages.models.base import SitePage
from pages.readability import EASY_READ_LIMIT, page_lix


class EasyReadPage(SitePage):
    """A page in easy-to-read language, linked from every page's header as "Lättläst"."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    lix_limit = EASY_READ_LIMIT

    class Meta:
        verbose_name = _("lättläst sida")
        verbose_name_plural = _("lättlästa sidor")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lix"] = page_lix(self)
        return context
