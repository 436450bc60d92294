"""Admin forms of page types: choices offered in the page's own language."""

from wagtail.admin.forms import WagtailAdminPageForm


class ThemedPageForm(WagtailAdminPageForm):
    """The themes to tag a page with are the themes of its own language, in menu order; a
    translation's themes (copied from its source) show as their counterparts here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("themes")
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        if field is None or locale_id is None:
            return
        model = type(self.instance)
        field.queryset = model.theme_choices(locale_id)
        if self.instance.pk and not self.is_bound:
            chosen = self.instance.themes.all()
            keys = {theme.translation_key for theme in chosen}
            self.initial["themes"] = [
                theme.pk for theme in field.queryset if theme.translation_key in keys
            ]
