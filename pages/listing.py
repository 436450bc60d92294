"""Listings shared by the index pages: pagination that never fails on odd input."""

from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

PAGE_PARAMETER = "sida"


def paginate(request, items, per_page: int = 10) -> PaginatorPage:
    """One page of ``items``; a missing, non-numeric or too large page number is forgiven."""
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAMETER))


class FilteredListingMixin:
    """Index pages answer 400 when their GET filters were invalid; the page still shows the
    filter form with its errors and an empty list, never a server error."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(request, "bad_listing_filter", False):
            response.status_code = 400
        return response


class IdChoiceField(forms.ModelChoiceField):
    """A choice of object by id that refuses anything but a plausible id before the database
    sees it (a 40-digit number would overflow SQLite's integers)."""

    def to_python(self, value):
        if value not in self.empty_values and not (str(value).isdigit() and len(str(value)) < 16):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class ThemeFilterForm(forms.Form):
    """Filter a listing by theme: plain GET parameters, so every filtered list has its own URL."""

    tema = IdChoiceField(
        queryset=None, required=False, label=_("Tema"), empty_label=_("Alla teman")
    )

    def __init__(self, data, *, locale_id):
        from pages.models import ThemePage

        super().__init__(data)
        self.fields["tema"].queryset = (
            ThemePage.objects.live().filter(locale_id=locale_id).order_by("path")
        )
