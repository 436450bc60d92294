"""Pagination shared by every listing: it never fails on odd input."""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator

PAGE_PARAMETER = "sida"


def paginate(request, items, per_page: int = 10) -> PaginatorPage:
    """One page of ``items``; a missing, non-numeric or too large page number is forgiven."""
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAMETER))
