from django.db import models


class PendingRenewal(models.Model):
    """A renewal written in the same transaction as the change it renews (the outbox): drained
    once the cache and the edge have taken it, by any instance (regionsite.caching.renewal)."""

    keys = models.JSONField()
    urls = models.JSONField(default=list)  # for CDNs that purge by URL
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{len(self.keys)} keys at {self.created_at:%Y-%m-%d %H:%M:%S}"
