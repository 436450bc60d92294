"""The site's caches: the app's page cache, its dependency keys and the edge in front of it."""
