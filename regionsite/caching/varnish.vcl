vcl 4.1;
# The edge cache in front of gunicorn (docs/operations.md, "Edge cache (Varnish)").
# The @NAME@ placeholders are filled in at start: by `make serve-edge` (sed), by tests/edge.py, or
# by the container's start command (docs/deployment.md).

import std;
import xkey;

backend app {
    .host = "@BACKEND_HOST@";
    .port = "@BACKEND_PORT@";
    # gunicorn kills a request after GUNICORN_TIMEOUT (30 s): wait a little longer than that.
    .first_byte_timeout = 35s;
}

# Who may purge: the app, its workers and cron jobs (EDGE_PURGE_FROM, one network such as
# 10.0.0.0/8; more: add lines here). Never the public: a purge storm sends every view to gunicorn.
acl purgers {
    "127.0.0.1";
    "::1";
    "@PURGE_NETWORK@"/@PURGE_PREFIX@;
}

sub vcl_recv {
    if (req.http.Host) {
        # One object for Example.SE and example.se (Django compares hosts case-insensitively).
        set req.http.Host = std.tolower(req.http.Host);
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # By key: every object whose xkey header names one of the keys. A hard purge, never a
        # soft one: a page just made private or unpublished must not be served even while stale.
        if (req.http.xkey-purge) {
            return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge)));
        }
        # By URL (Wagtail's frontend_cache HTTPBackend, with the page's Host): every variant.
        return (purge);
    }
    # Varnish has already appended the client's address to X-Forwarded-For: behind it the app
    # counts one proxy more (TRUSTED_PROXY_COUNT). X-Forwarded-Proto passes as it came.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in editors, page-password and form sessions, API clients: theirs alone. The app's
    # own cache still answers anonymous pages for visitors who carry a cookie.
    if (req.http.Cookie || req.http.Authorization) {
        return (pass);
    }
    # The built-in vcl_recv follows (it refuses HTTP/1.1 without a Host), then the lookup.
}

sub vcl_backend_response {
    # Cache only what the app says may be cached: no heuristic default TTL for a response
    # without Cache-Control (a redirect or an error page would otherwise be kept 2 minutes).
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # The same URL may differ over http and https (the TLS redirect): keep them apart as
    # variants, not separate hashes, so a URL purge removes both.
    if (!beresp.http.Vary) {
        set beresp.http.Vary = "X-Forwarded-Proto";
    } elsif (beresp.http.Vary !~ "(?i)X-Forwarded-Proto") {
        set beresp.http.Vary = beresp.http.Vary + ", X-Forwarded-Proto";
    }
    # The built-in vcl_backend_response follows: s-maxage, then max-age, sets the TTL and
    # stale-while-revalidate the grace; private, no-store, no-cache and Set-Cookie make the
    # response uncacheable (hit-for-miss, so it is cached again once the app allows it).
}

sub vcl_deliver {
    # The keys are for xkey only (the index keeps them): they say which snippets and pages a
    # page shows, nothing a visitor needs.
    unset resp.http.xkey;
    if (resp.http.Vary == "X-Forwarded-Proto") {
        unset resp.http.Vary;
    } elsif (resp.http.Vary) {
        set resp.http.Vary = regsub(resp.http.Vary, "(?i),\s*X-Forwarded-Proto$", "");
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
        # The id of the request that filled the cache: this one never reached the app's log.
        unset resp.http.X-Request-ID;
    } else {
        set resp.http.X-Cache = "miss";
    }
}
