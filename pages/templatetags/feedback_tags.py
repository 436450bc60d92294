"""The feedback form at the foot of every page (pages/feedback.py)."""

from django import template

from pages.feedback import FeedbackForm, form_token

register = template.Library()


@register.inclusion_tag("includes/feedback_form.html", takes_context=True)
def feedback_form(context):
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    form = FeedbackForm(
        initial={
            "token": form_token(),
            "page": getattr(page, "pk", None),
            "next": request.get_full_path(),
        },
        auto_id="synpunkt-%s",
    )
    # Read from the raw query: parsing request.GET could fail on a hostile query string.
    thanked = "tack=1" in request.META.get("QUERY_STRING", "").split("&")
    return {"form": form, "request": request, "thanked": thanked}
