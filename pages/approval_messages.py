"""What an approval did, said in words: published, scheduled, or on to the next step.

Wagtail says nothing after an approval from the dashboard, and "har blivit uppdaterad" after
one in the editor, though the page went live. Both paths end in the task's ``on_action``; the
dashboard's goes through ``ApproveWithMessage`` (standing before Wagtail's own address in
regionsite/urls.py), the editor's through ``say_what_the_workflow_action_did`` (an
``after_edit_page`` hook, pages/wagtail_hooks.py), which puts this message where Wagtail's was.
"""

from django.contrib import messages
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.workflow import WorkflowAction


def after_approval(page) -> str:
    """The outcome of approving ``page``, read from the database after the action."""
    page = page.specific_class.objects.get(pk=page.pk)
    title = page.get_admin_display_title()
    if page.workflow_in_progress:
        return _("”%(title)s” är godkänd i sitt steg och väntar nu på steget ”%(task)s”.") % {
            "title": title,
            "task": page.current_workflow_task.name,
        }
    scheduled = page.scheduled_revision
    if scheduled is not None and scheduled.approved_go_live_at > timezone.now():
        when = formats.date_format(
            timezone.localtime(scheduled.approved_go_live_at), "DATETIME_FORMAT"
        )
        return _("”%(title)s” är godkänd och publiceras %(when)s.") % {
            "title": title,
            "when": when,
        }
    return _("”%(title)s” är godkänd och publicerad.") % {"title": title}


def after_rejection(page) -> str:
    page = page.specific_class.objects.get(pk=page.pk)
    return _("”%(title)s” har skickats tillbaka för ändringar.") % {
        "title": page.get_admin_display_title()
    }


OUTCOMES = {"approve": after_approval, "reject": after_rejection}
# Wagtail's message after a save in the editor, in its own catalogue (a variable, so that
# makemessages does not copy the English text into the site's).
WAGTAIL_UPDATED = "Page '%(page_title)s' has been updated."


class ApproveWithMessage(WorkflowAction):
    """Wagtail's workflow action (the dashboard's Godkänn and Begär ändringar), which then
    says what happened."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db(fields=["status"])
        if (
            self.action_name in OUTCOMES
            and self.task_state.status != self.task_state.STATUS_IN_PROGRESS
        ):
            messages.success(request, OUTCOMES[self.action_name](self.object))
        return response


workflow_action = require_admin_access(ApproveWithMessage.as_view())


def say_what_the_workflow_action_did(request, page):
    """In the editor, a workflow action is saved as an edit first; replace Wagtail's "has been
    updated" with what the action did. Django's message API can add but not take back a
    message of this request, so the storage's queue is filtered (docs/upgrading.md)."""
    action = request.POST.get("workflow-action-name")
    if not request.POST.get("action-workflow-action") or action not in OUTCOMES:
        return None
    # Wagtail's admin messages are HTML: the text escaped, then any buttons.
    updated = escape(gettext(WAGTAIL_UPDATED) % {"page_title": page.get_admin_display_title()})
    storage = messages.get_messages(request)
    storage._queued_messages = [
        message
        for message in storage._queued_messages
        if not str(message.message).startswith(updated)
    ]
    messages.success(request, OUTCOMES[action](page))
    return None
