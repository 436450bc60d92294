"""What a translator and a Publicist can do with a translation, where they work.

wagtail-localize's translation editor ends in its own row of actions, built in JavaScript from
the page's permissions: for a translator its main button was "Radera" on a draft and
"Konvertera till alias" on a published page (which they may not use), and it has no way to send
a translation for review or to read the Swedish page's changes. So the editor's row is replaced
(templates/wagtail_localize/admin/edit_translation.html) by the one ``editor_actions`` gives,
rendered on the server for the user's role: *Skicka till granskning* first for translators,
*Godkänn* for a Publicist when the translation waits for review, *Synkronisera med svenska
texten* for everyone who may edit it, delete only behind Wagtail's confirmation page.

``SyncTranslationView`` is that sync, also offered in the report's rows: wagtail-localize reads
the Swedish page's current text, and the translation shows what is new or changed. The
translated page itself is not touched: a live translation keeps its English text until the
translator's work is approved (pages/translation_guard.py).
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View

from wagtail.models import Page
from wagtail_localize.models import Translation

from pages.translation_guard import untranslated_segments


def translation_record(page: Page) -> Translation | None:
    """wagtail-localize's record of ``page`` as a translation (None for a source page)."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def may_sync(user, page: Page) -> bool:
    """Whoever may edit the translation may bring in the source's changes: it publishes
    nothing, so the Översättare may in their language and the Redaktör may not."""
    return page.permissions_for_user(user).can_edit()


class SyncTranslationView(View):
    """Synkronisera: POST only (it changes what the translator is shown)."""

    http_method_names = ["post"]

    def post(self, request, page_id):
        page = get_object_or_404(Page, pk=page_id).specific
        record = translation_record(page)
        if record is None:
            raise Http404
        if not may_sync(request.user, page):
            raise PermissionDenied
        record.source.update_from_db()
        record.source.update_target_view_restrictions(record.target_locale)
        left = untranslated_segments(page)
        title = page.get_admin_display_title()
        if left:
            message = ngettext(
                "”%(title)s” är synkad med den svenska texten: %(count)d textavsnitt att "
                "översätta.",
                "”%(title)s” är synkad med den svenska texten: %(count)d textavsnitt att "
                "översätta.",
                left,
            ) % {"title": title, "count": left}
        else:
            message = _(
                "”%(title)s” är synkad med den svenska texten: inget nytt att översätta."
            ) % {"title": title}
        messages.success(request, message)
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
            next_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        return redirect(next_url)


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    post: bool = False  # a form that POSTs (with CSRF), else a link
    primary: bool = False
    fields: tuple[tuple[str, str], ...] = ()  # hidden fields of a POST


def review_task_state(page: Page, user):
    """The task state ``user`` may approve now, if the page waits for review."""
    state = page.current_workflow_task_state
    if state is None:
        return None
    task = state.task.specific
    names = {name for name, _label, _modal in task.get_actions(page, user)}
    return state if "approve" in names else None


def editor_actions(request, page: Page) -> list[Action]:
    """The translation editor's actions for this user and this translation, main one first."""
    user = request.user
    permissions = page.permissions_for_user(user)
    here = request.get_full_path()
    actions: list[Action] = []
    state = review_task_state(page, user)
    if state is not None:
        approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
        actions.append(Action(_("Godkänn och publicera"), approve, post=True, primary=True))
    elif page.workflow_in_progress:
        pass  # submitted: nothing for the translator to press until the Publicist has answered
    elif permissions.can_publish():
        actions.append(
            Action(
                _("Publicera"),
                here,
                post=True,
                primary=True,
                fields=(("action", "publish"),),
            )
        )
    elif permissions.can_submit_for_moderation() or permissions.can_edit():
        submit = reverse("regionsite_submit_translation", args=[page.pk])
        actions.append(Action(_("Skicka till granskning"), submit, primary=True))
    if may_sync(user, page):
        sync = reverse("regionsite_sync_translation", args=[page.pk])
        actions.append(
            Action(_("Synkronisera med svenska texten"), sync, post=True, fields=(("next", here),))
        )
    if permissions.can_unpublish() and page.live:
        actions.append(
            Action(_("Avpublicera"), reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        )
    if permissions.can_delete():
        # Wagtail's delete view asks for confirmation first.
        actions.append(Action(_("Radera"), reverse("wagtailadmin_pages:delete", args=[page.pk])))
    return actions
