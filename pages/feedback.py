"""Feedback on every page: "Hittade du det du sökte?", then, optionally, more; stored for staff.

Two steps, the same with or without JavaScript. A page carries only the question, with Ja and
Nej as submit buttons (templates/includes/feedback_form.html): small, and the same bytes for
every visitor. The answer is stored at once (most people stop there) and the visitor is sent on
(Post/Redirect/Get) to this view's page of its own, where a comment and, for a reply, a name
and an e-mail address are optional; that page names the stored answer by a signed reference,
so what is added lands on the same row. A post with a comment in it (the whole form, as it
comes back after an error) is stored in one step. Errors follow GOV.UK's pattern: a summary
first after the h1, focused, linking to each field, where the same message stands.

Works without JavaScript and sets no cookie: the form posts to ``feedback_view`` with no CSRF
token (a token would set a cookie for every visitor; a forged post can only be spam, which the
checks below stop). Spam is kept out without third parties: a honeypot field people never see,
a signed time that must be our own and at most two days old (so harvested forms go stale), and
a limit on links, counted whatever their case, scheme or width.

Floods are held back by limits per client address and per page (``FEEDBACK_LIMIT_PER_ADDRESS``,
``FEEDBACK_LIMIT_PER_PAGE``, counted in the shared cache: regionsite.rate_limit); past them the
form comes back with what was typed and a 429. When the cache is down nothing is counted and
feedback is accepted: refusing every visitor during a Redis outage would be worse than some spam
for staff to mark, and the other checks still hold.

A form sent within ``MIN_FILL_SECONDS`` of its signed time is refused kindly (the text kept).
The signed time is the start of its five-minute step, not the second of rendering (a time unique
to every render would make every page's bytes and ETag differ), and a page served from the page
cache carries the time it was cached; so the check never refuses a person, and catches only a
script that posts as soon as it fetched a freshly rendered form. Floods are the limits' job.
Personal data (name, e-mail) is asked for only when the person wants an answer, and
``forget_feedback_contacts`` erases it after ``FEEDBACK_RETENTION_DAYS``, as the privacy page
says.
"""

import datetime
import re
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import BadRequest
from django.core.mail import mail_managers
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from regionsite.login_throttle import client_ip
from regionsite.rate_limit import Limit

TOKEN_STEP_SECONDS = 300
TOKEN_MAX_AGE_SECONDS = 2 * 24 * 3600  # an open tab for a weekend still works
MAX_LINKS = 2  # feedback rarely needs more links; spam is made of them
MIN_FILL_SECONDS = 3  # nobody reads a page and types feedback faster
SIGNING_SALT = "regionsite.feedback"
# A link: any scheme (HTTPS://, hTtP://, ftp://), a www. address, or a bare domain with a path
# (example.com/x). Each match takes the whole link, so https://www.example.com/x counts once.
LINK = re.compile(
    r"\b[a-z][a-z0-9+.-]*://\S+|\bwww\.\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*", re.IGNORECASE
)


def count_links(text: str) -> int:
    # NFKC folds full-width letters (ｈｔｔｐｓ://) into the ASCII ones the pattern knows.
    return len(LINK.findall(unicodedata.normalize("NFKC", text)))


class Feedback(models.Model):
    class Status(models.TextChoices):
        NEW = "ny", _("Ny")
        HANDLED = "hanterad", _("Hanterad")

    page = models.ForeignKey(
        Page, verbose_name=_("sida"), null=True, blank=True, on_delete=models.SET_NULL
    )
    page_url = models.CharField(_("adress"), max_length=500)
    language = models.CharField(_("språk"), max_length=10)
    found = models.BooleanField(_("hittade det hen sökte"), null=True)
    message = models.TextField(_("synpunkt"), blank=True, max_length=2000)
    wants_answer = models.BooleanField(_("vill ha svar"), default=False)
    name = models.CharField(_("namn"), max_length=200, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("inkommen"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("synpunkt")
        verbose_name_plural = _("synpunkter")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # Swedish time, as everywhere in the admin (the database keeps UTC).
        return f"{self.page_url} {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"


class VisitorsOnlyPolicy(ModelPermissionPolicy):
    """Feedback comes from visitors: staff read it and change its status, never write one."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def answer_text(value) -> str:
    """A yes, a no or no answer, as words (Wagtail shows True, False and None)."""
    if value is None:
        return gettext("Inget svar")
    return gettext("Ja") if value else gettext("Nej")


class AnswerPanel(FieldPanel):
    """The visitor's yes or no in the entry, as words."""

    def format_value_for_display(self, value):
        return answer_text(value)


def field_label(name: str) -> str:
    return capfirst(Feedback._meta.get_field(name).verbose_name)


class AnswerColumn(Column):
    """The visitor's yes or no in the listing, as words."""

    def get_value(self, instance):
        return answer_text(super().get_value(instance))


class FeedbackViewSet(SnippetViewSet):
    """Synpunkter in the admin: newest first, filterable by status and language, CSV export;
    staff change only the status."""

    model = Feedback
    icon = "comment"
    menu_label = _("Synpunkter")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "created_at",
        "page_url",
        AnswerColumn("found", label=field_label("found"), sort_key="found"),
        "message",
        AnswerColumn("wants_answer", label=field_label("wants_answer"), sort_key="wants_answer"),
        "status",
    ]
    list_filter = ["status", "language", "found", "wants_answer"]
    list_export = [
        "created_at",
        "page_url",
        "language",
        "found",
        "message",
        "wants_answer",
        "name",
        "email",
        "status",
    ]
    export_filename = "synpunkter"
    ordering = ["-created_at"]

    @property
    def permission_policy(self):
        return VisitorsOnlyPolicy(self.model)

    panels = [
        FieldPanel("status"),
        FieldPanel("page_url", read_only=True),
        AnswerPanel("found", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
    ]


def form_token() -> str:
    """A signed time, the same for five minutes: pages stay byte-identical between renders
    (ETags, 304s and the page cache depend on it), yet a token harvested once goes stale."""
    now = int(timezone.now().timestamp())
    # Signer, not signing.dumps: dumps adds a timestamp of its own, to the second.
    return signing.Signer(salt=SIGNING_SALT).sign_object(now - now % TOKEN_STEP_SECONDS)


class MoreFields(forms.Form):
    """What a person may add to an answer: a comment, and a way to reach them if they want a reply.
    Each field has at most one error, in words that say what to do (GOV.UK's pattern)."""

    message = forms.CharField(
        label=_("Vad kan vi göra bättre? Rapportera gärna fel på sidan."),
        help_text=_("Skriv inte känsliga personuppgifter."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
    )
    wants_answer = forms.BooleanField(label=_("Jag vill ha svar"), required=False)
    name = forms.CharField(
        label=_("Namn"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-post"),
        required=False,
        error_messages={"invalid": _("Skriv e-postadressen så här: namn@exempel.se")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    # Never shown to people (hidden by CSS and from assistive technology): bots fill it in.
    website = forms.CharField(label=_("Lämna tomt"), required=False)

    def clean(self):
        data = super().clean()
        # An address that is not one already has its own message: one message per field.
        if data.get("wants_answer") and not data.get("email") and "email" not in self.errors:
            self.add_error("email", _("Skriv din e-postadress, så att vi kan svara dig."))
        return data

    def error_summary(self) -> list[tuple[str, str]]:
        """(the id to link to, or "", message) per problem: the same words as at the field."""
        summary = [("", error) for error in self.non_field_errors()]
        if any(field.errors for field in self.hidden_fields()):
            # Only a form tampered with or cut short: a browser sends every hidden field.
            summary.append(("", _("Formuläret var ofullständigt. Ladda om sidan och försök igen.")))
        for field in self.visible_fields():
            if field.errors:
                radios = isinstance(field.field.widget, forms.RadioSelect)
                summary.append((f"{field.auto_id}_0" if radios else field.auto_id, field.errors[0]))
        return summary

    def too_fast(self, seconds: float | None) -> None:
        if seconds is not None and seconds < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("Formuläret skickades för snabbt. Vänta några sekunder och skicka igen.")
            )

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website")) or (
            count_links(self.cleaned_data.get("message") or "") > MAX_LINKS
        )


class FeedbackForm(MoreFields):
    """The first post: the answer from the question on a page (its Ja and Nej are submit
    buttons), or the whole form at once when it comes back with an error."""

    found = forms.TypedChoiceField(
        label=_("Hittade du det du sökte?"),
        choices=[("ja", _("Ja")), ("nej", _("Nej"))],
        widget=forms.RadioSelect,
        coerce=lambda value: value == "ja",
        empty_value=None,
        required=False,
    )
    token = forms.CharField(widget=forms.HiddenInput)
    page = forms.IntegerField(widget=forms.HiddenInput, required=False)
    next = forms.CharField(widget=forms.HiddenInput, max_length=500)
    field_order = ["found", "message", "wants_answer", "name", "email"]

    def clean(self):
        data = super().clean()
        if data.get("found") is None and not (data.get("message") or "").strip():
            if "found" not in self.errors:
                self.add_error("found", _("Svara på frågan eller skriv en synpunkt."))
        self.too_fast(self.token_age())
        return data

    def token_age(self) -> float | None:
        """Seconds since the form's signed time; None if the token is not ours."""
        try:
            issued = signing.Signer(salt=SIGNING_SALT).unsign_object(
                self.cleaned_data.get("token", "")
            )
            return timezone.now().timestamp() - float(issued)
        except (signing.BadSignature, ValueError, TypeError):
            return None

    def is_spam(self) -> bool:
        age = self.token_age()
        return super().is_spam() or age is None or age > TOKEN_MAX_AGE_SECONDS

    def target_page(self) -> Page | None:
        page_id = self.cleaned_data.get("page")
        return Page.objects.filter(pk=page_id).first() if page_id else None


class MoreForm(MoreFields):
    """The second step: what a person adds to the answer they gave, which ``answer`` (signed,
    from the first step's redirect) names. Everything is optional."""

    answer = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, feedback: "Feedback", **kwargs):
        super().__init__(*args, **kwargs)
        self.feedback = feedback
        if feedback.found is False:
            self.fields["message"].label = _("Vad sökte du? Rapportera gärna fel på sidan.")

    def clean(self):
        data = super().clean()
        if (data.get("message") or "").strip():
            # Nobody reads the question, answers and writes a comment within seconds.
            self.too_fast((timezone.now() - self.feedback.created_at).total_seconds())
        return data


ANSWER_SALT = "regionsite.feedback.answer"


def answer_reference(feedback: "Feedback") -> str:
    return signing.TimestampSigner(salt=ANSWER_SALT).sign(str(feedback.pk))


def answered(reference: str) -> "Feedback | None":
    """The feedback a signed reference names, if it is ours and at most two days old."""
    try:
        pk = signing.TimestampSigner(salt=ANSWER_SALT).unsign(
            reference, max_age=TOKEN_MAX_AGE_SECONDS
        )
    except signing.BadSignature:
        return None
    return Feedback.objects.filter(pk=int(pk)).first()


def safe_next(request, url: str) -> str:
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return "/"


def limit_passed(request, page: Page | None) -> Limit | None:
    """Count this post for its address and its page; the first limit it is past, if any."""
    for limit, key in (
        (Limit.of("feedback-address", settings.FEEDBACK_LIMIT_PER_ADDRESS), client_ip(request)),
        (Limit.of("feedback-page", settings.FEEDBACK_LIMIT_PER_PAGE), str(page.pk if page else "")),
    ):
        if limit.exceeded(key or "", when_unavailable=False):
            return limit
    return None


AUTO_ID = "synpunkt-%s"  # the same field ids on a page and on the feedback page


def thanks_url(url: str) -> str:
    return url.split("#")[0].split("?")[0] + "?tack=1#synpunkter"


def feedback_page(request, form, status: int = 200, **context) -> TemplateResponse:
    """The form on a page of its own: the second step, or either step sent back with errors."""
    return TemplateResponse(request, "feedback.html", {"form": form, **context}, status=status)


@csrf_exempt  # no token, so no cookie for visitors: see the module's docstring
@never_cache  # the second step names one person's answer: no cache may keep or share it
@require_http_methods(["GET", "HEAD", "POST"])
def feedback_view(request):
    """The first post stores the answer (or the whole feedback) and, for an answer alone, sends
    the person on to the second step: a GET of this address with the answer's signed reference
    (Post/Redirect/Get, so reloading or going back sends nothing twice)."""
    reference = request.POST.get("answer") if request.method == "POST" else request.GET.get("svar")
    if reference is not None:
        return more(request, reference)
    if request.method != "POST":
        raise Http404
    return first(request)


def first(request):
    form = FeedbackForm(request.POST, auto_id=AUTO_ID)
    if not form.is_valid():
        # Everything typed is kept; the person fixes the one thing and sends again.
        return feedback_page(request, form, status=400)
    page = form.target_page()
    limit = limit_passed(request, page)
    if limit:
        form.add_error(
            None, _("Du har skickat många synpunkter på kort tid. Vänta en stund och skicka igen.")
        )
        response = feedback_page(request, form, status=429, limited=True)
        response["Retry-After"] = str(limit.retry_after())
        return response
    back = safe_next(request, form.cleaned_data["next"])
    if form.is_spam():
        # Spam gets the same thanks: nothing tells a bot what stopped it.
        return HttpResponseRedirect(thanks_url(back))
    feedback = save(form, request, back, page)
    if feedback.message or feedback.wants_answer:
        return HttpResponseRedirect(thanks_url(back))
    return HttpResponseRedirect(f"{reverse('feedback')}?svar={answer_reference(feedback)}")


def more(request, reference: str):
    feedback = answered(reference)
    if feedback is None:
        # Not ours, or older than two days: nothing to add to.
        if request.method == "POST":
            raise BadRequest
        raise Http404
    back = thanks_url(feedback.page_url)
    if feedback.message or feedback.wants_answer:
        # Already added to (a second tab, or back after sending): the first one stands.
        return HttpResponseRedirect(back)
    if request.method != "POST":
        form = MoreForm(initial={"answer": reference}, feedback=feedback, auto_id=AUTO_ID)
        return feedback_page(request, form, feedback=feedback, back=back)
    form = MoreForm(request.POST, feedback=feedback, auto_id=AUTO_ID)
    if not form.is_valid():
        return feedback_page(request, form, status=400, feedback=feedback, back=back)
    if not form.is_spam():
        add_to(feedback, form.cleaned_data, request)
    return HttpResponseRedirect(back)


def save(form, request, url: str, page: Page | None) -> Feedback:
    data = form.cleaned_data
    feedback = Feedback.objects.create(
        page=page,
        page_url=url[:500],
        language=request.LANGUAGE_CODE,
        found=data.get("found"),
    )
    add_to(feedback, data, request)
    return feedback


def add_to(feedback: Feedback, data: dict, request) -> None:
    """A comment and contact details, stored with the answer. Name and e-mail are kept only
    when the person wants an answer; staff hear by mail only of comments, not of every Ja."""
    wants_answer = bool(data.get("wants_answer"))
    feedback.message = (data.get("message") or "").strip()
    feedback.wants_answer = wants_answer
    feedback.name = (data.get("name") or "").strip() if wants_answer else ""
    feedback.email = (data.get("email") or "") if wants_answer else ""
    if not (feedback.message or wants_answer):
        return
    feedback.save(update_fields=["message", "wants_answer", "name", "email"])
    if settings.MANAGERS:
        mail_managers(
            f"Synpunkt på {feedback.page_url}",
            f"{feedback.message or '–'}\n\n{request.build_absolute_uri('/admin/')}",
            fail_silently=True,
        )


def forget_contacts(now=None) -> int:
    """Erase the name and e-mail of feedback older than the retention period."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
    old = Feedback.objects.filter(created_at__lt=cutoff).exclude(name="", email="")
    return old.update(name="", email="")
