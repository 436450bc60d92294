"""The subscription pages: sign up, confirm, unsubscribe (pages/subscriptions.py says what is
stored). One address per language, like the feedback form: /prenumerera/, /en/subscribe/,
/fi/tilaa/.

Like the feedback form they work without JavaScript and set no cookie: no CSRF token (it would
set a cookie for every visitor), no session. A forged sign-up can at most send one confirmation
mail, which is why sign-ups are limited per e-mail address and per client address
(``SUBSCRIPTION_LIMIT_PER_EMAIL``, ``SUBSCRIPTION_LIMIT_PER_ADDRESS``, counted in the shared
cache); past a limit, or while the cache is down, the form comes back with what was typed and a
429. Invalid input comes back with GOV.UK's error summary and a 400, what was typed kept.

The answer to a sign-up is the same whether the address is new, waiting or confirmed, so the
form tells nobody who subscribes. Confirming and unsubscribing take a POST (a button on the
page the mail's link opens): mail scanners that open links must not confirm or unsubscribe
anybody. The unsubscribe address also takes the mail client's one-click POST (RFC 8058), with
no token and no cookie.
"""

from django import forms
from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from pages.models import StandardPage, ThemePage
from pages.subscription_mail import send_confirmation
from pages.subscriptions import (
    confirm,
    read_confirmation,
    read_unsubscribe,
    sign_up,
    unsubscribed,
)
from pages.visibility import visible
from regionsite.caching.fragments import active_locale, language_code
from regionsite.login_throttle import client_ip
from regionsite.rate_limit import Limit

AUTO_ID = "prenumeration-%s"


class SubscribeForm(forms.Form):
    """An e-mail address and the themes: nothing else is asked for."""

    email = forms.EmailField(
        label=_("E-postadress"),
        max_length=254,
        error_messages={
            "required": _("Skriv din e-postadress."),
            "invalid": _("Skriv e-postadressen så här: namn@exempel.se"),
            "max_length": _("E-postadressen är för lång."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    themes = forms.TypedMultipleChoiceField(
        label=_("Teman"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Välj minst ett tema."),
            "invalid_choice": _("Välj bland temana i listan."),
            "invalid_list": _("Välj bland temana i listan."),
        },
    )
    # Never shown to people (hidden, and from assistive technology): bots fill it in.
    website = forms.CharField(label=_("Lämna tomt"), required=False)

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.theme_pages = {theme.pk: theme for theme in themes}
        self.fields["themes"].choices = [(str(theme.pk), theme.title) for theme in themes]

    def chosen_themes(self) -> list:
        return [self.theme_pages[pk] for pk in self.cleaned_data["themes"]]

    def error_summary(self) -> list[tuple[str, str]]:
        """(the id to link to, message) per field with an error: the words at the field."""
        summary = []
        for field in self.visible_fields():
            if field.errors:
                checkboxes = isinstance(field.field.widget, forms.CheckboxSelectMultiple)
                anchor = f"{field.auto_id}_0" if checkboxes else field.auto_id
                summary.append((anchor, field.errors[0]))
        return summary

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


def subscription_themes(request) -> list:
    """The themes visitors may see in the page's language; the Swedish ones where a language
    has none of its own (Finnish: basic information only)."""
    themes = visible(ThemePage.objects, request).order_by("path")
    own = list(themes.filter(locale=active_locale()))
    return own or list(themes.filter(locale=Locale.get_default()))


def limit_passed(request, email: str) -> Limit | None:
    """Count this sign-up for its e-mail address and client address; the first limit it is
    past (or that cannot be counted: the cache is down), if any."""
    for limit, key in (
        (Limit.of("subscribe-email", settings.SUBSCRIPTION_LIMIT_PER_EMAIL), email.lower()),
        (
            Limit.of("subscribe-address", settings.SUBSCRIPTION_LIMIT_PER_ADDRESS),
            client_ip(request),
        ),
    ):
        if limit.exceeded(key or "", when_unavailable=True):
            return limit
    return None


PRIVACY_SLUG = "personuppgifter-och-kakor"  # the seeded page (pages/seed/content_sv.py)


def privacy_page(request):
    """The page on personal data in the visitor's language, if the site has it."""
    page = visible(StandardPage.objects, request).filter(slug=PRIVACY_SLUG).first()
    return page.localized if page else None


def language_if_other(page) -> str:
    """The page's language where it is not the reader's: its title is then marked with it
    (WCAG 3.1.2), as the Finnish page lists the Swedish themes. No query: the locales are a
    kept fragment."""
    return "" if page.locale_id == active_locale().pk else language_code(page.locale_id)


def subscribe_page(request, form, status: int = 200, **context) -> TemplateResponse:
    themes = list(form.theme_pages.values()) if form is not None else []
    context = {
        "form": form,
        "privacy_page": privacy_page(request),
        "themes_language": language_if_other(themes[0]) if themes else "",
        **context,
    }
    return TemplateResponse(request, "subscriptions/subscribe.html", context, status=status)


@csrf_exempt  # no token, so no cookie for visitors: see the module's docstring
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe_view(request):
    themes = subscription_themes(request)
    if request.method != "POST":
        if request.GET.get("skickat"):
            return subscribe_page(request, None, sent=True)
        # A theme page's link chooses its theme (?tema=<id>); anything else is ignored.
        chosen = [value for value in request.GET.getlist("tema") if value.isdigit()]
        form = SubscribeForm(initial={"themes": chosen}, themes=themes, auto_id=AUTO_ID)
        return subscribe_page(request, form)
    form = SubscribeForm(request.POST, themes=themes, auto_id=AUTO_ID)
    if not form.is_valid():
        return subscribe_page(request, form, status=400)
    sent = HttpResponseRedirect(reverse("subscribe") + "?skickat=1")
    if form.is_spam():
        return sent  # the same answer: nothing tells a bot what stopped it
    limit = limit_passed(request, form.cleaned_data["email"])
    if limit:
        response = subscribe_page(request, form, status=429, limited=True)
        response["Retry-After"] = str(limit.retry_after())
        return response
    chosen = form.chosen_themes()
    subscriber = sign_up(form.cleaned_data["email"], chosen, request.LANGUAGE_CODE)
    send_confirmation.enqueue(subscriber.pk, [theme.pk for theme in chosen], request.LANGUAGE_CODE)
    return sent


def message_page(request, status: int = 200, themes=(), **context) -> TemplateResponse:
    shown = [theme.localized for theme in themes]
    context["themes"] = [(theme, language_if_other(theme)) for theme in shown]
    return TemplateResponse(request, "subscriptions/message.html", context, status=status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_view(request, token: str):
    """The confirmation mail's link: a page with a button (GET), which confirms (POST)."""
    if request.method != "POST":
        confirmation = read_confirmation(token)
        if confirmation is None:
            return message_page(request, status=400, state="invalid_confirmation")
        return message_page(request, state="confirm", themes=confirmation[1])
    subscriber = confirm(token)
    if subscriber is None:
        return message_page(request, status=400, state="invalid_confirmation")
    return message_page(request, state="confirmed", themes=list(subscriber.themes.all()))


@csrf_exempt  # RFC 8058: the mail client's one-click POST carries no token and no cookie
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request, token: str):
    """Every news mail's unsubscribe link: a page with a button (GET), which erases the
    address (POST, also the one-click POST of RFC 8058)."""
    if request.method != "POST":
        valid, subscriber = read_unsubscribe(token)
        if not valid:
            return message_page(request, status=400, state="invalid_unsubscribe")
        return message_page(request, state="unsubscribe" if subscriber else "unsubscribed")
    if not unsubscribed(token):
        return message_page(request, status=400, state="invalid_unsubscribe")
    return message_page(request, state="unsubscribed")
