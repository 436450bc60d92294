"""The choosers of translatable snippets (a page's contacts, organisations, programmes).

Wagtail's chooser adds a language filter to a translatable model's search form without a
label, so Django names it after the field: the contact chooser showed "Locale" in the Swedish
admin. These views give it the site's word.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views import chooser


class LanguageLabelMixin:
    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            form.fields["locale"].label = _("Språk")
        return form


class ChooseView(LanguageLabelMixin, chooser.ChooseView):
    pass


class ChooseResultsView(LanguageLabelMixin, chooser.ChooseResultsView):
    pass


class SnippetChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
