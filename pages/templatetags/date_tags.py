"""``{{ day|long_date }}`` and ``{{ day|short_date }}``: a date as the page's language writes
it (pages/dates.py)."""

from django import template

from pages import dates

register = template.Library()


@register.filter
def short_date(value):
    return dates.short_date(value) if value else ""


@register.filter(expects_localtime=True)  # as Django's |date: an instant in Swedish time
def long_date(value):
    return dates.long_date(value) if value else ""
