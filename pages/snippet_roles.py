"""Translatable snippets obey the language roles, as pages do.

Django's model permissions say only *whether* a user may add, change or delete contacts,
organisations, funding programmes and public records; ``pages.roles.ROLES`` says *in which
languages* each role may (Redaktör: Swedish; Översättare: the translations; Publicist: all).
``LanguageRolePermissionPolicy`` is the per-language answer: Wagtail asks a snippet viewset's
``permission_policy`` about a model, and the views below ask it about the language of the
object in hand (or of the one being created), so the listing's buttons, create, edit (which
wagtail-localize's translation editor replaces for a translation), copy, delete, usage,
history and bulk delete all refuse what the role may not do in that language, forged
requests included. wagtail-localize's own addresses that change a snippet translation are
answered by the guarded views at the end (registered over wagtail-localize's in
``pages/wagtail_hooks.py``; docs/upgrading.md, "Seams over Wagtail").

The snippets have no draft state: saving one is publishing it, so "may change in this
language" is also "may publish in it". A translatable snippet with a draft state, locking or a
workflow would need the same rule in its publish, unpublish, lock and workflow views first
(tests/test_snippet_roles.py refuses one until then).
"""

from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property, classproperty

from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import snippets as snippet_views
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation, submit_translations, update_translations

from pages.roles import TRANSLATED_SNIPPETS, grants_in_language
from pages.snippet_choosers import SnippetChooserViewSet


def translated_snippet_models() -> list:
    return [apps.get_model(app_label, model) for app_label, model in TRANSLATED_SNIPPETS]


class LanguageRolePermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, narrowed per language by the role matrix: a permission
    a role holds counts only in its trees' languages; one from another group, or given to the
    user directly, counts in every language."""

    def user_has_permission_in_language(self, user, action: str, language_code: str) -> bool:
        if not (user.is_active and user.is_authenticated):
            return False
        if user.is_superuser:
            return True
        direct, groups = self._sources(user, action)
        spec = (self.app_label, self.model_name, f"{action}_{self.model_name}")
        return direct or any(grants_in_language(group, spec, language_code) for group in groups)

    def languages_user_has_permission_in(self, user, action: str) -> set[str]:
        return {
            code
            for code in Locale.objects.values_list("language_code", flat=True)
            if self.user_has_permission_in_language(user, action, code)
        }

    def _sources(self, user, action: str) -> tuple[bool, set[str]]:
        """Whether the user holds the permission directly, and the groups that give it to
        them; remembered on the user object, as Django remembers its permissions (a listing
        asks once per row)."""
        remembered = user.__dict__.setdefault("_language_role_sources", {})
        key = (self.app_label, self.model_name, action)
        if key not in remembered:
            permission = Permission.objects.filter(
                content_type=self._content_type, codename=f"{action}_{self.model_name}"
            )
            remembered[key] = (
                user.user_permissions.filter(pk__in=permission).exists(),
                set(user.groups.filter(permissions__in=permission).values_list("name", flat=True)),
            )
        return remembered[key]

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission_in_language(user, action, instance.locale.language_code)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        languages = set().union(*(self.languages_user_has_permission_in(user, a) for a in actions))
        return self.model._default_manager.filter(locale__language_code__in=languages)


def may(user, action: str, instance) -> bool:
    """Whether ``user`` may ``action`` (add, change, delete) this instance in its language;
    the Django model permission alone for models the roles do not narrow."""
    policy = getattr(getattr(type(instance), "snippet_viewset", None), "permission_policy", None)
    if isinstance(policy, LanguageRolePermissionPolicy):
        return policy.user_has_permission_for_instance(user, action, instance)
    return user.has_perm(f"{instance._meta.app_label}.{action}_{instance._meta.model_name}")


def may_in_language(user, action: str, model, language_code: str) -> bool:
    policy = model.snippet_viewset.permission_policy
    return policy.user_has_permission_in_language(user, action, language_code)


# --- The views: each asks about the language of its object ----------------------------------


class InObjectLanguage:
    """A view's permission checks ask about the language of its object, or, creating, of the
    object it will make (``?locale=``, Wagtail's ``LocaleMixin``)."""

    def permission_language(self) -> str | None:
        instance = getattr(self, "object", None)
        locale = instance.locale if instance is not None else getattr(self, "locale", None)
        return locale.language_code if locale else None

    def user_has_permission(self, permission):
        if not super().user_has_permission(permission):
            return False
        language = self.permission_language()
        return language is None or self.permission_policy.user_has_permission_in_language(
            self.request.user, permission, language
        )

    def user_has_any_permission(self, permissions):
        return any(self.user_has_permission(permission) for permission in permissions)


class OnlyPermittedTranslations:
    """The language switcher lists only the languages the user may work in here."""

    language_action = "change"  # (Wagtail's views use ``action`` for the form's button)

    def get_translations(self):
        user = self.request.user
        return [
            translation
            for translation in super().get_translations()
            if may_in_language(
                user, self.language_action, self.model, translation["locale"].language_code
            )
        ]


class IndexView(snippet_views.IndexView):
    """Every language's items are listed (a translator translates from the Swedish ones), with
    only the actions the user may take on each; "add" in the listed language."""

    def user_has_permission(self, permission):
        if permission == "add" and self.locale:
            return super().user_has_permission(permission) and may_in_language(
                self.request.user, "add", self.model, self.locale.language_code
            )
        return super().user_has_permission(permission)

    @cached_property
    def columns(self):
        # Deleting is the snippets' only bulk action: without it, no boxes to tick.
        if self.permission_policy.user_has_permission(self.request.user, "delete"):
            return super().columns
        return [c for c in super().columns if not isinstance(c, BulkActionsCheckboxColumn)]

    def get_edit_url(self, instance):
        if may(self.request.user, "change", instance):
            return super().get_edit_url(instance)

    def get_copy_url(self, instance):
        if may(self.request.user, "add", instance):
            return super().get_copy_url(instance)

    def get_delete_url(self, instance):
        if may(self.request.user, "delete", instance):
            return super().get_delete_url(instance)


class CreateView(OnlyPermittedTranslations, InObjectLanguage, snippet_views.CreateView):
    language_action = "add"


class CopyView(InObjectLanguage, snippet_views.CopyView):
    pass


class EditView(OnlyPermittedTranslations, InObjectLanguage, snippet_views.EditView):
    pass


class DeleteView(InObjectLanguage, snippet_views.DeleteView):
    pass


class UsageView(InObjectLanguage, snippet_views.UsageView):
    pass


class HistoryView(InObjectLanguage, snippet_views.HistoryView):
    pass


class LanguageRoleSnippetViewSet(snippet_views.SnippetViewSet):
    """The viewset of every translatable snippet (registered in pages/wagtail_hooks.py)."""

    index_view_class = IndexView
    add_view_class = CreateView
    copy_view_class = CopyView
    edit_view_class = EditView
    delete_view_class = DeleteView
    usage_view_class = UsageView
    history_view_class = HistoryView
    chooser_viewset_class = SnippetChooserViewSet  # its language filter labelled "Språk"

    @property
    def permission_policy(self):
        return LanguageRolePermissionPolicy(self.model)


class LanguageRoleDeleteBulkAction(DeleteBulkAction):
    """The listing's bulk delete: an item in a language the user may not delete in is listed
    as one they cannot delete (Wagtail asks the model permission once for all)."""

    @classproperty
    def models(cls):
        return translated_snippet_models()

    def check_perm(self, snippet):
        return may(self.request.user, "delete", snippet)


# --- wagtail-localize's actions on snippets ------------------------------------------------


def hide_what_the_user_may_not_do(buttons, snippet, user):
    """construct_snippet_listing_buttons: wagtail-localize's "Översätt" only when the user may
    add in a language the snippet lacks, "Synkronisera" only when they may change every
    translation it would update."""
    if not isinstance(getattr(type(snippet), "snippet_viewset", None), LanguageRoleSnippetViewSet):
        return
    model = type(snippet)
    translate_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[model._meta.app_label, model._meta.model_name, snippet.pk],
    )
    for button in list(buttons):
        url = getattr(button, "url", "") or ""
        if url.startswith(translate_url) and not translatable_into(user, snippet):
            buttons.remove(button)
        elif "/localize/update/" in url:
            source = TranslationSource.objects.get_for_instance_or_none(snippet)
            if source is None or not may_sync(user, source):
                buttons.remove(button)


def translatable_into(user, instance) -> list[Locale]:
    """The languages ``instance`` has no version in yet that ``user`` may add in."""
    missing = Locale.objects.exclude(
        id__in=instance.get_translations(inclusive=True).values_list("locale_id", flat=True)
    )
    return [
        locale
        for locale in missing
        if may_in_language(user, "add", type(instance), locale.language_code)
    ]


def may_sync(user, source: TranslationSource) -> bool:
    """Whether ``user`` may change every snippet a sync of ``source`` would update."""
    model = source.specific_content_type.model_class()
    if not issubclass(model, tuple(translated_snippet_models())):
        return True  # a page: wagtail-localize's own rule
    return all(
        may_in_language(user, "change", model, translation.target_locale.language_code)
        for translation in source.translations.filter(enabled=True).select_related("target_locale")
    )


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """wagtail-localize's "Översätt" for a snippet (same address), offering only the
    languages the user may add in; a forged choice of another is refused by the form."""

    def get_form(self):
        form = super().get_form()
        allowed = {locale.pk for locale in translatable_into(self.request.user, self.object)}
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form

    def dispatch(self, request, *args, **kwargs):
        instance = self.get_object()
        if isinstance(instance, tuple(translated_snippet_models())) and not (
            translatable_into(request.user, instance)
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Synkronisera" (same address): for a snippet, only for those who
    may change every translation it updates."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        if not may_sync(request.user, source):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def may_edit_translation(user, translation: Translation) -> bool:
    """wagtail-localize's rule for its translation editor's addresses (its
    ``user_can_edit_instance``: the page's permissions, or the snippet model's), with a
    snippet's language."""
    instance = translation.get_target_instance()
    if isinstance(instance, Page):
        return edit_translation.user_can_edit_instance(user, instance)
    return may(user, "change", instance)


def translation_editor_guarded(view):
    """One of wagtail-localize's translation-editor addresses (same address): refused unless
    the user may change the translation in its language."""

    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        if not may_edit_translation(request.user, translation):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    # Not functools.wraps: the site's view must stay the one its address resolves to
    # (tests/test_wagtail_seams.py); the API views' own CSRF handling is kept.
    guarded.__doc__ = f"{view.__name__}, with the language roles."
    guarded.csrf_exempt = getattr(view, "csrf_exempt", False)
    return guarded


# The translation editor's addresses that change a translation, by wagtail-localize's URL name:
# the strings, the overridable values, a PO upload, machine translation, stopping it.
GUARDED_EDITOR_ADDRESSES = {
    "edit_string_translation": (
        "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/"
    ),
    "edit_override": (
        "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/"
    ),
    "upload_pofile": "localize/translate/<int:translation_id>/pofile/upload/",
    "machine_translate": "localize/translate/<int:translation_id>/machine_translate/",
    "stop_translation": "localize/translate/<int:translation_id>/disable/",
}
GUARDED_EDITOR_VIEWS = {
    name: translation_editor_guarded(getattr(edit_translation, name))
    for name in GUARDED_EDITOR_ADDRESSES
}


def guarded_editor_urls():
    return [
        path(address, GUARDED_EDITOR_VIEWS[name], name=f"regionsite_{name}")
        for name, address in GUARDED_EDITOR_ADDRESSES.items()
    ]
