"""``{{ day|short_date }}``: a date as the page's language writes it short (pages/dates.py)."""

from django import template

from pages import dates

register = template.Library()


@register.filter
def short_date(value):
    return dates.short_date(value) if value else ""
