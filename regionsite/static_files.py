"""Static files: whitenoise, without the manifest.

``collectstatic`` leaves ``staticfiles.json`` (every file's hashed name) in STATIC_ROOT, and
whitenoise serves whatever is there: a list of the site's files for anyone to read. It is for
the storage, on the server; /static/staticfiles.json answers 404 like any missing file. The
security headers whitenoise's responses lack are added by ``static_file_headers`` in
settings/base.py (WHITENOISE_ADD_HEADERS_FUNCTION).
"""

from whitenoise.middleware import WhiteNoiseMiddleware

from django.contrib.staticfiles.storage import staticfiles_storage


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    def is_manifest(self, url: str) -> bool:
        name = getattr(staticfiles_storage, "manifest_name", None)  # manifest storages only
        return name is not None and url == self.static_prefix + name

    def add_file_to_dictionary(self, url, path, stat_cache=None):
        if not self.is_manifest(url):
            super().add_file_to_dictionary(url, path, stat_cache=stat_cache)

    def find_file(self, url):  # with WHITENOISE_AUTOREFRESH (development)
        return None if self.is_manifest(url) else super().find_file(url)
