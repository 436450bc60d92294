from django.apps import AppConfig
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_init,
    post_migrate,
    post_save,
    pre_migrate,
)


class CachingConfig(AppConfig):
    name = "regionsite.caching"
    label = "caching"
    verbose_name = "Cache"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connected here, not where the middleware loads: management commands (scheduled
        # publishing, seed_content) and workers change content too.
        from wagtail.models import Page, get_page_models
        from wagtail.signals import page_slug_changed, page_unpublished, post_page_move

        from regionsite.caching import renewal
        from regionsite.caching.keys import record_loaded_page

        for model in (Page, *get_page_models()):
            post_init.connect(record_loaded_page, sender=model, dispatch_uid=f"keys-{model}")
        post_save.connect(renewal.on_save, dispatch_uid="cache-renew-save")
        post_delete.connect(renewal.on_delete, dispatch_uid="cache-renew-delete")
        m2m_changed.connect(renewal.on_many_to_many, dispatch_uid="cache-renew-m2m")
        page_unpublished.connect(renewal.on_unpublish, dispatch_uid="cache-renew-unpublish")
        post_page_move.connect(renewal.on_move, dispatch_uid="cache-renew-move")
        page_slug_changed.connect(renewal.on_slug_change, dispatch_uid="cache-renew-slug")
        pre_migrate.connect(renewal.pause_for_migrations, dispatch_uid="cache-migrating")
        post_migrate.connect(
            renewal.renew_all_after_migrations, sender=self, dispatch_uid="cache-migrated"
        )
