"""The second step's one field: a six-digit code from the app, or a recovery code."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

# Recovery codes are django-otp's static tokens (eight base32 characters, lowercase); people
# copy them with spaces or dashes, app codes with a space in the middle.
SEPARATORS = re.compile(r"[\s-]+")
APP_CODE = re.compile(r"\d{6}")
RECOVERY_CODE = re.compile(r"[a-z2-7]{8}")
WRONG_CODE = _("Koden stämmer inte. Kontrollera den och försök igen.")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Kod"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, recovery_allowed=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.recovery_allowed = recovery_allowed
        # Whatever is wrong with a code (too long, a NUL byte), the answer is the same one.
        self.fields["code"].validators = []
        self.fields["code"].error_messages["required"] = _("Skriv koden.")
        if recovery_allowed:
            self.fields["code"].help_text = _(
                "Sex siffror från autentiseringsappen, eller en av dina reservkoder."
            )
        else:
            self.fields["code"].help_text = _("Sex siffror från autentiseringsappen.")
            self.fields["code"].widget.attrs["inputmode"] = "numeric"

    def clean_code(self):
        code = SEPARATORS.sub("", self.cleaned_data["code"]).lower()
        if APP_CODE.fullmatch(code):
            self.kind = "app"
        elif self.recovery_allowed and RECOVERY_CODE.fullmatch(code):
            self.kind = "recovery"
        else:
            raise forms.ValidationError(WRONG_CODE, code="format")
        return code
