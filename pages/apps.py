from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Sidor")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: it needs the models, which are not loaded when this module is.
        from pages import redirects, reference_index, roles, subscription_mail, tree_sync
        from pages.site_address import follow_site_url_after_migrate

        post_migrate.connect(follow_site_url_after_migrate, sender=self)
        roles.connect()  # after every migrate and each new language tree
        tree_sync.connect()
        redirects.connect()  # instead of Wagtail's (WAGTAILREDIRECTS_AUTO_CREATE is off)
        subscription_mail.connect()  # a news item's first publication mails its subscribers
        reference_index.connect()  # Wagtail's reference index task, for rows that may be gone
