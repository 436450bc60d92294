"""Filters for the listing pages (news, projects): plain GET forms, so every filtered list has
its own URL and works without JavaScript, and one mixin that applies them.

The forms get their choices from the page that shows them, so this module needs no models.
"""

from django import forms
from django.apps import apps
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from pages.listing import paginate
from regionsite.caching.fragments import language_code
from regionsite.caching.keys import listing_key


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
    """Filter a listing by theme."""

    tema = IdChoiceField(
        queryset=None, required=False, label=_("Tema"), empty_label=_("Alla teman")
    )

    def __init__(self, data, *, themes):
        super().__init__(data)
        self.fields["tema"].queryset = themes


class ProjectFilterForm(ThemeFilterForm):
    """Filter projects by theme, programme and status."""

    program = IdChoiceField(
        queryset=None, required=False, label=_("Program"), empty_label=_("Alla program")
    )
    status = forms.ChoiceField(required=False, label=_("Status"))

    def __init__(self, data, *, themes, programmes, statuses):
        super().__init__(data, themes=themes)
        self.fields["program"].queryset = programmes
        self.fields["status"].choices = [("", _("Alla")), *statuses]


class FilteredListingMixin:
    """For an index page that lists ``listing(request)`` through a filter form.

    The page provides ``listing``, ``filter_form`` and ``apply_filters``. Invalid filters give
    an empty list, the form with its errors and status 400: never a server error.
    """

    def listing(self, request):
        raise NotImplementedError

    def listing_keys(self) -> list[str]:
        # The filter's theme choices are a listing too (the model by name: the models import
        # this module).
        themes = listing_key(apps.get_model("pages", "ThemePage"), language_code(self.locale_id))
        return [*super().listing_keys(), themes]

    def filter_form(self, data, request) -> forms.Form:
        raise NotImplementedError

    def apply_filters(self, items, cleaned_data):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form(request.GET or None, request)
        items = self.listing(request)
        if form.is_bound:
            items = (
                self.apply_filters(items, form.cleaned_data) if form.is_valid() else items.none()
            )
        context["filter_form"] = form
        context["results_page"] = paginate(request, items)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None)
        if isinstance(response, TemplateResponse) and context and context.get("filter_form"):
            if context["filter_form"].errors:
                response.status_code = 400
        return response
