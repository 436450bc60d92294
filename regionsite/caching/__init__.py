"""Caching, in one place: what a response shows (keys), where responses and fragments are kept
(store, page_cache, fragments), what a change renews (renewal) and the edge in front (edge,
varnish.vcl). docs/architecture.md describes how they fit."""
