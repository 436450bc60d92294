from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class RegionsiteConfig(AppConfig):
    name = "regionsite"

    def ready(self):
        # Connected here, not where the middleware loads: management commands (scheduled
        # publishing, seed_content) change content too, and must renew the page cache.
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from regionsite.page_cache import renew_all_pages, renew_on_content_change
        from regionsite.spreadsheets import install_in_wagtail

        install_in_wagtail()  # no formula in any of Wagtail's CSV exports

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(renew_all_pages, dispatch_uid=f"page-cache-{id(signal)}")
        post_save.connect(renew_on_content_change, dispatch_uid="page-cache-save")
        post_delete.connect(renew_on_content_change, dispatch_uid="page-cache-delete")
