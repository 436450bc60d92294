"""The admin's login form, with every label in the admin's language.

Wagtail's ``LoginForm`` declares its password field without a label, so Django derives one from
the field's name: "Password", in English, on the Swedish login page.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Lösenord")
