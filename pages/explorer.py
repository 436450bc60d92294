"""Where each role starts in the page explorer: in its language's tree, never at Wagtail's root.

Wagtail opens the explorer at the nearest page above everything a user may edit. Publicists
and translators work in several language trees, so for them that is the root, a level where
"Sidor som skapas här kommer inte vara tillgängliga på någon URL". Here the Publicist and the
Redaktör start in the Swedish tree and a translator in the tree of the language they last
worked in (else the first they translate); the language switcher in each listing
leads to the other trees. Only superusers see the root.
"""

import functools

from django.conf import settings
from django.shortcuts import redirect

from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.viewsets.pages import base_page_viewset, page_viewset_registry
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Page, Revision
from wagtail.permissions import page_permission_policy


def start_page_for(user) -> Page | None:
    """The page the explorer opens at for ``user``: Wagtail's own choice, unless that is the
    root and the user is not a superuser. Worked out once per request: it is kept on the user
    object, as Wagtail keeps its own explorable root."""
    if not hasattr(user, START_PAGE_ATTRIBUTE):
        setattr(user, START_PAGE_ATTRIBUTE, _start_page(user))
    return getattr(user, START_PAGE_ATTRIBUTE)


START_PAGE_ATTRIBUTE = "_regionsite_explorer_start_page"


def _start_page(user) -> Page | None:
    start = page_permission_policy.explorable_root_instance(user)
    if start is None or user.is_superuser or not start.is_root():
        return start
    homes = {
        home.locale.language_code: home
        for home in Page.objects.filter(depth=2).select_related("locale").order_by("path")
        if home.permissions_for_user(user).can_edit()
    }
    if settings.LANGUAGE_CODE in homes:
        return homes[settings.LANGUAGE_CODE]
    for language in (last_worked_in(user), *homes):
        if language in homes:
            return homes[language]
    return start


def last_worked_in(user) -> str:
    """The language of the last page ``user`` saved, if any."""
    revision = Revision.page_revisions.filter(user=user).order_by("-created_at").first()
    page = revision and Page.objects.filter(pk=revision.object_id).select_related("locale").first()
    return page.locale.language_code if page else ""


class LanguageTreeExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's "Sidor" menu item, opening at ``start_page_for`` the user."""

    def get_context(self, request):
        context = super().get_context(request)
        start = start_page_for(request.user)
        if start:
            context["start_page_id"] = start.id
        return context

    def render_component(self, request):
        start = start_page_for(request.user)
        if not start:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            self.url,
            start.id,
            icon_name=self.icon_name,
            classname=self.classname,
        )


def in_language_trees(request, menu_items):
    """construct_main_menu hook: the explorer item opens in the user's language tree."""
    for index, item in enumerate(menu_items):
        if item.name == "explorer" and not isinstance(item, LanguageTreeExplorerMenuItem):
            menu_items[index] = LanguageTreeExplorerMenuItem(
                item.label,
                item.url,
                name=item.name,
                icon_name=item.icon_name,
                classname=item.classname,
                order=item.order,
            )


@functools.cache
def root_page_id() -> int:
    return Page.get_first_root_node().pk


class RootPageConverter:
    """Matches the root page's id only, so that ``explore_root`` can stand before Wagtail's
    ``pages/<int:parent_page_id>/`` without taking any other page's address."""

    regex = "[0-9]+"

    def to_python(self, value):
        if int(value) != root_page_id():
            raise ValueError("not the root page")
        return int(value)

    def to_url(self, value):
        return str(value)


@require_admin_access
def explore_root(request, parent_page_id=None):
    """Wagtail's listing of the root for superusers; everyone else goes to their tree."""
    start = start_page_for(request.user)
    if start is not None and not start.is_root():
        return redirect("wagtailadmin_explore", start.pk)
    if parent_page_id is None:
        return base_page_viewset.index_view(request)
    view = page_viewset_registry.as_view("index", parent_page_id_kwarg="parent_page_id")
    return view(request, parent_page_id=parent_page_id)
