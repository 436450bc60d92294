"""News by theme by e-mail: who subscribes to what, with double opt-in, and nothing more.

A ``Subscriber`` is an e-mail address, the language the person signed up in and the themes they
chose; nothing else is stored (no name, no IP address, no history of mails). It gets news only
once ``confirmed_at`` is set, by following the signed link of the confirmation mail
(``confirmation_token``, valid ``SUBSCRIPTION_CONFIRM_DAYS``). An address that was never
confirmed is erased after as many days (``erase_unconfirmed``, run daily by
``manage.py forget_unconfirmed_subscribers``); unsubscribing erases the address at once.

Themes are stored as the Swedish theme pages (the source language), whichever language's
version was chosen, so one theme is one row in the editors' counts; a news item matches them by
``translation_key`` (as ``tagged_with`` does). ``NewsMailing`` records that a news story (all its
translations: one ``translation_key``) has been mailed, so it is mailed once, on its first
publication. The views are in pages/subscription_views.py, the mails and tasks in
pages/subscription_mail.py, the admin's counts and export in pages/subscription_admin.py.
"""

import datetime
import hashlib

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

CONFIRM_SALT = "regionsite.subscriptions.confirm"
UNSUBSCRIBE_SALT = "regionsite.subscriptions.unsubscribe"


class Subscriber(models.Model):
    email = models.EmailField(_("e-postadress"), unique=True)
    language = models.CharField(_("språk"), max_length=10, choices=settings.LANGUAGES)
    themes = models.ManyToManyField(
        "pages.ThemePage", verbose_name=_("teman"), related_name="news_subscribers", blank=True
    )
    created_at = models.DateTimeField(_("anmäld"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("bekräftad"), null=True, blank=True)

    class Meta:
        verbose_name = _("prenumerant")
        verbose_name_plural = _("prenumeranter")
        # Only what the roles need: nobody adds or edits addresses in the admin, the
        # Publicist may export them (pages/roles.py).
        default_permissions = ()
        permissions = [("export_subscriber", _("Kan exportera prenumeranternas adresser"))]

    def __str__(self) -> str:
        return self.email

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class NewsMailing(models.Model):
    """A news story that has been mailed to its theme's subscribers (once, when first
    published in any language)."""

    translation_key = models.UUIDField(unique=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return str(self.translation_key)


def normalise_email(address: str) -> str:
    """One address, one row: surrounding space and case do not make another subscriber."""
    return address.strip().lower()


def email_digest(address: str) -> str:
    """What a signed link carries instead of the address itself."""
    return hashlib.sha256(normalise_email(address).encode()).hexdigest()[:16]


def theme_model():
    """ThemePage, without importing pages.models (which imports this module)."""
    return Subscriber._meta.get_field("themes").related_model


def source_themes(themes) -> list:
    """The Swedish version of each chosen theme (the theme itself when it has none)."""
    themes = list(themes)
    source = Locale.get_default()
    by_key = {
        theme.translation_key: theme
        for theme in theme_model().objects.filter(
            translation_key__in=[theme.translation_key for theme in themes], locale=source
        )
    }
    chosen = {by_key.get(theme.translation_key, theme) for theme in themes}
    return sorted(chosen, key=lambda theme: theme.path)


def confirmation_token(subscriber: Subscriber, theme_ids: list[int], language: str) -> str:
    """The confirmation link's signed value: who, which themes, which language. The themes are
    in the link, so that a new sign-up for a confirmed address changes nothing until the
    person confirms it."""
    data = {"s": subscriber.pk, "h": email_digest(subscriber.email), "t": theme_ids}
    return signing.dumps({**data, "l": language}, salt=CONFIRM_SALT, compress=True)


def read_confirmation(token: str) -> tuple[Subscriber, list, str] | None:
    """(subscriber, themes, language) that ``token`` asks to confirm, if it is ours, unexpired
    and its address still here; else None."""
    max_age = datetime.timedelta(days=settings.SUBSCRIPTION_CONFIRM_DAYS)
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
        subscriber_id, digest = int(data["s"]), str(data["h"])
        theme_ids = [int(pk) for pk in data["t"]]
        language = str(data["l"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or email_digest(subscriber.email) != digest:
        return None
    themes = source_themes(theme_model().objects.filter(pk__in=theme_ids))
    if not themes:
        return None
    if language not in dict(settings.LANGUAGES):
        language = subscriber.language
    return subscriber, themes, language


def confirm(token: str) -> Subscriber | None:
    """Confirm what ``token`` names: from now on the address gets news of those themes."""
    confirmation = read_confirmation(token)
    if confirmation is None:
        return None
    subscriber, themes, language = confirmation
    subscriber.language = language
    subscriber.confirmed_at = subscriber.confirmed_at or timezone.now()
    subscriber.save(update_fields=["language", "confirmed_at"])
    subscriber.themes.set(themes)
    return subscriber


def sign_up(email: str, themes: list, language: str) -> Subscriber:
    """Record a sign-up (not yet a subscription) and return who is to confirm it. A confirmed
    address keeps its themes until the new choice is confirmed; an unconfirmed one starts its
    days again with the new choice."""
    subscriber, _created = Subscriber.objects.get_or_create(
        email=normalise_email(email), defaults={"language": language}
    )
    if not subscriber.is_confirmed:
        subscriber.language = language
        subscriber.created_at = timezone.now()
        subscriber.save(update_fields=["language", "created_at"])
        subscriber.themes.set(source_themes(themes))
    return subscriber


def unsubscribe_token(subscriber: Subscriber) -> str:
    """The unsubscribe link's signed value: valid for as long as the subscription."""
    data = {"s": subscriber.pk, "h": email_digest(subscriber.email)}
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object(data)


def read_unsubscribe(token: str) -> tuple[bool, Subscriber | None]:
    """(whether ``token`` is ours, the subscriber it names if still here)."""
    try:
        data = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
        subscriber_id, digest = int(data["s"]), str(data["h"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return False, None
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or email_digest(subscriber.email) != digest:
        return True, None
    return True, subscriber


def unsubscribed(token: str) -> bool:
    """Erase the subscriber ``token`` names (nothing to do when already gone); False when the
    token is not ours."""
    valid, subscriber = read_unsubscribe(token)
    if subscriber is not None:
        subscriber.delete()
    return valid


def erase_unconfirmed(now: datetime.datetime | None = None) -> int:
    """Erase the addresses nobody confirmed within ``SUBSCRIPTION_CONFIRM_DAYS``."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.SUBSCRIPTION_CONFIRM_DAYS)
    stale = Subscriber.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    return stale.delete()[1].get(Subscriber._meta.label, 0)
