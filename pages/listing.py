"""Pagination shared by every listing: it never fails on odd input."""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator

PAGE_PARAMETER = "sida"


def paginate(request, items, per_page: int = 10) -> PaginatorPage:
    """One page of ``items``; a missing, non-numeric or too large page number is forgiven.

    ``page.page_numbers`` is the window the pagination shows: the first and last page and two
    on each side of the current one, with ``Paginator.ELLIPSIS`` for the gaps, so a listing of
    a thousand pages prints a dozen links, not a thousand.
    """
    paginator = Paginator(items, per_page)
    page = paginator.get_page(request.GET.get(PAGE_PARAMETER))
    page.page_numbers = list(
        paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page
