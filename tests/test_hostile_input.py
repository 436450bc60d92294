"""Hostile input as a test (issue 11, item 6).

Hundreds of generated requests: malformed and overlong paths, poisoned GET parameters, every
HTTP method, forged posts, huge headers and cookies, bad Host headers. None may get a 5xx; a
4xx that is an HTML page must be the site's own page in the address's language (Swedish at /,
English under /en/), and no hostile string may come back unescaped.

Section 5 sends the second step of a staff login (regionsite/two_factor/) the same: hostile
codes, next addresses and methods, as an anonymous visitor, an account that has given only its
password, and a superuser resetting accounts that do not exist.

Two findings of this file were fixed: 405 answers had an empty body (now the site's 405 page,
regionsite.middleware.MethodNotAllowedPageMiddleware) and a session cookie with a NUL byte was
a 500 on PostgreSQL (now refused before the lookup, regionsite.sessions.SessionStore).
"""

import functools
import itertools
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest

from django.conf import settings
from django.core import signing
from django.test import Client

from pages.feedback import SIGNING_SALT

pytestmark = pytest.mark.django_db


# --- What every answer must look like ---------------------------------------------------------

# The site's own error text for each status, per language; a listing's refused filter is a 400
# too (pages/filters.py), answered with the listing and its error summary, and so is a feedback
# form sent back with its errors.
ERROR_TEXT = {
    "sv": {
        400: (
            "Felkod: 400",
            "Filtret kunde inte användas",
            "Synpunkten kunde inte skickas",
            "Prenumerationen kunde inte startas",
            "Länken fungerar inte",
        ),
        403: ("Felkod: 403",),
        404: ("Felkod: 404",),
        405: ("Felkod: 405",),
        # A throttled login or password reset; a throttled feedback form, sent back.
        429: ("Felkod: 429", "Synpunkten kunde inte skickas"),
    },
    "en": {
        400: (
            "Error code: 400",
            "The filter could not be used",
            "Your feedback could not be sent",
            "The subscription could not be started",
            "The link does not work",
        ),
        403: ("Error code: 403",),
        404: ("Error code: 404",),
        405: ("Error code: 405",),
        429: ("Error code: 429", "Your feedback could not be sent"),
    },
    "fi": {
        400: (
            "Virhekoodi: 400",
            "Suodatinta ei voitu käyttää",
            "Palautetta ei voitu lähettää",
            "Tilausta ei voitu aloittaa",
            "Linkki ei toimi",
        ),
        403: ("Virhekoodi: 403",),
        404: ("Virhekoodi: 404",),
        405: ("Virhekoodi: 405",),
        429: ("Virhekoodi: 429", "Palautetta ei voitu lähettää"),
    },
}
# Markers of the injection strings below: they may come back escaped, never as markup.
UNESCAPED = ("<script>alert(1)</script>", "<svg/onload=alert(1)>", "<img src=x onerror=")


@dataclass
class Case:
    """One request and what may come back."""

    id: str
    path: str
    method: str = "GET"
    expect: set = field(default_factory=set)  # allowed status codes; empty: anything below 500
    headers: tuple = ()  # (WSGI environ key, value) pairs
    body: bytes | None = None  # or a function that makes it when sent (a fresh signed time)
    content_type: str = "application/x-www-form-urlencoded"
    enforce_csrf: bool = False
    marks: tuple = ()
    before: int = 0  # sent this many times first (to reach a limit); the last answer is checked
    # Who sends it (section 5): "anonymous", or an account logged in with its password only,
    # enrolled ("half") or not ("new"), or a superuser past the second step ("verified").
    who: str = "anonymous"

    def param(self):
        return pytest.param(self, id=self.id, marks=self.marks)


def language_of(path: str) -> str:
    for language in ("en", "fi"):
        if path.startswith(f"/{language}/"):
            return language
    return "sv"


@functools.cache
def client_for(enforce_csrf: bool) -> Client:
    """One client each way for the whole module: a new one loads the middleware again, and
    WhiteNoise's scans every static file (most of a request's time here)."""
    return Client(enforce_csrf_checks=enforce_csrf)


def send(case: Case, keep_cookies: bool = False):
    client = client_for(case.enforce_csrf)
    if not keep_cookies:
        client.cookies.clear()  # nothing carries over from the case before
    extra = dict(case.headers)
    body = case.body() if callable(case.body) else case.body
    for _ in range(case.before + 1):
        if body is None:
            response = client.generic(case.method, case.path, **extra)
        else:
            response = client.generic(
                case.method, case.path, data=body, content_type=case.content_type, **extra
            )
        assert response.status_code < 500, f"{case.method} {case.path[:200]!r} -> 5xx on the way"
    return response


def check(case: Case, response) -> None:
    status = response.status_code
    assert status < 500, f"{case.method} {case.path[:200]!r} -> {status}"
    if case.expect:
        assert status in case.expect, f"{case.method} {case.path[:200]!r} -> {status}"
    if response.streaming:  # a static file, from WhiteNoise
        content = b"".join(response.streaming_content)
        response.close()
    else:
        content = response.content
    body = content.decode("utf-8", errors="replace")
    for marker in UNESCAPED:
        assert marker not in body, f"unescaped {marker!r} in the answer"
    assert "root:x:0:0" not in body
    # No header injection, no redirect off the site.
    assert "injected" not in response.cookies
    location = response.headers.get("Location", "")
    if location:
        assert location.startswith(("/", "http://localhost/", "http://testserver/")), location
        assert not location.startswith(("//", "/\\")), location
    if status == 405:
        assert response.headers.get("Allow"), "a 405 names the methods allowed"
    is_html = response.headers.get("Content-Type", "").startswith("text/html")
    if status == 400 and case.path.startswith(SECOND_STEP) and is_html and case.method != "HEAD":
        # A wrong code: the second step's own page again (the admin's look), with the error.
        assert '<html lang="sv"' in body, "the second step's page is not Swedish"
        assert "Koden stämmer inte" in body or "Skriv koden." in body, "no Swedish error"
    elif status == 404 and case.who == "verified" and is_html and case.method != "HEAD":
        # Inside the admin, the admin's own 404 page, in the admin's Swedish.
        assert '<html lang="sv"' in body, "the admin's 404 is not Swedish"
        assert "wagtailadmin/css/core" in body, "not the admin's page"
    elif status in (400, 403, 404, 405, 429) and is_html and case.method != "HEAD":
        language = language_of(case.path)
        assert body.strip(), f"{status} has an empty page"
        assert f'<html lang="{language}">' in body, f"{status} is not the site's {language} page"
        assert "css/site.css" in body, f"{status} is not the site's styled page"
        texts = ERROR_TEXT[language][status]
        assert any(text in body for text in texts), f"{status} lacks the site's error text"


# --- 1. Malformed and overlong paths ----------------------------------------------------------

# Suffixes as they would arrive on the wire (the test client percent-decodes, as a server does).
PATH_SUFFIXES = {
    "overlong": "a" * 2100 + "/",
    "overlong-segments": "/".join(["b" * 250] * 12) + "/",
    "deep": "x/" * 400,
    "deep-real-slugs": "infrastruktur/" * 60,
    "dotdot": "../../../../etc/passwd",
    "dotdot-slash": "../",
    "dot": "./././",
    "dotdot-encoded": "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "dotdot-mixed": "..%2f..%2f..%2fetc/passwd",
    "dotdot-backslash": "..%5c..%5cwindows%5cwin.ini",
    "dotdot-double-encoded": "%252e%252e%252f",
    "dotdot-overlong-utf8": "%c0%ae%c0%ae%c0%af",
    "nul": "%00",
    "nul-inside": "a%00b/",
    "control": "%01%07%1b%7f/",
    "crlf": "x%0d%0aSet-Cookie:%20injected=1/",
    "bad-percent": "%zz/",
    "bad-percent-short": "%/",
    "bad-utf8": "%ff%fe/",
    "lone-surrogate": "%ed%a0%80/",
    "rtl-override": "%e2%80%aeabc/",
    "zero-width": "a%e2%80%8bb/",
    "emoji": "%f0%9f%92%a5/",
    "html": "%3Cscript%3Ealert(1)%3C/script%3E/",
    "sql": "'%20OR%201=1--/",
    # On the wire //evil.example; the test client would read a leading // as a host.
    "double-slash": "%2fevil.example",
    "backslash": "%5cevil.example",
    "semicolon": ";jsessionid=1/",
    "scanner-env": ".env",
    "scanner-git": ".git/config",
    "scanner-php": "wp-login.php",
}
# Every suffix under these; the core of them under every other address.
PATH_BASES_FULL = ["/", "/en/", "/infrastruktur/"]
PATH_BASES = [
    "/fi/",
    "/fi/haku/",
    "/lattlast/",
    "/projekt/oversikt/",
    "/nyheter/",
    "/static/",
    "/dokument/",
    "/sok/",
    "/en/search/",
    "/en/infrastructure/",
    "/projekt/",
    "/kalender/",
    "/nyheter/rss/",
    "/kalender/ical/",
    "/en/news/rss/",
    "/sitemap.xml",
    "/robots.txt",
    "/health/",
]
CORE_PATH_SUFFIXES = ["overlong", "deep", "dotdot-encoded", "nul", "bad-percent", "bad-utf8"]


def path_join(base: str, suffix: str) -> str:
    return base + suffix if base.endswith("/") else base + "/" + suffix


PATH_CASES = [
    Case(id=f"path {base} {name}", path=path_join(base, PATH_SUFFIXES[name]), expect={301, 404})
    for base, name in [
        *itertools.product(PATH_BASES_FULL, PATH_SUFFIXES),
        *itertools.product(PATH_BASES, CORE_PATH_SUFFIXES),
    ]
]
# Ids in routes, out of any integer column's range (SQLite's is 64 bits).
HUGE = "9" * 20
ROUTE_ID_PATHS = [
    f"/dokument/{HUGE}/x.pdf",
    "/dokument/0/x.pdf",
    f"/_util/authenticate_with_password/{HUGE}/{HUGE}/",
    f"/en/_util/authenticate_with_password/1/{HUGE}/",
    "/_util/authenticate_with_password/0/0/",
]
PATH_CASES += [
    Case(
        id=f"route-id {method} {path}",
        path=path,
        method=method,
        body=None if method == "GET" else b"password=x",
        expect={404},
    )
    for path, method in itertools.product(ROUTE_ID_PATHS, ["GET", "POST"])
]


@pytest.mark.parametrize("case", [case.param() for case in PATH_CASES])
def test_malformed_path(seeded, case):
    check(case, send(case))


# --- 2. Poisoned values in every GET parameter the site reads ---------------------------------

HOSTILE_VALUES = {
    "empty": "",
    "nul": "%00",
    "control": "%01%07%08%1b%7f",
    "rtl-override": "%e2%80%ae1",
    "zero-width": "1%e2%80%8b",
    "emoji": "%f0%9f%92%a5",
    "bad-percent": "%zz",
    "bad-utf8": "%ff%fe",
    "lone-surrogate": "%ed%a0%80",
    "long-10000": "x" * 10_000,
    "long-unicode": "%c3%a5" * 3_000,
    "sql": "1'%20OR%20'1'='1",
    "sql-union": "1%20UNION%20SELECT%20password%20FROM%20auth_user--",
    "html": "%3Cscript%3Ealert(1)%3C/script%3E",
    "html-attr": "%22%3E%3Csvg/onload=alert(1)%3E",
    "fts-syntax": "a%20AND%20(b%20OR%20NEAR(c*",
    "negative": "-1",
    "huge": "9" * 30,
    "huge-4400-digits": "9" * 4_400,
    "float": "1.5",
    "exponent": "1e308",
    "fullwidth-digit": "%ef%bc%91",
    "superscript-digit": "%c2%b2",
}
CORE_VALUES = ["nul", "bad-utf8", "long-10000", "sql", "html"]

# Parameter -> (the address that gets every value, the addresses that get the core of them).
PARAMETER_PATHS = {
    "q": ("/sok/", ["/en/search/", "/fi/haku/"]),
    "sida": ("/nyheter/", ["/kalender/", "/projekt/", "/sok/?q=a&"]),
    "tema": ("/projekt/", ["/nyheter/"]),
    "program": ("/projekt/", []),
    "status": ("/projekt/", ["/en/projects/"]),
}
# The search box and pagination forgive anything (200); a filter may refuse (400, its form).
FORGIVING = {"q", "sida"}


def with_query(path: str, query: str) -> str:
    return path + query if path.endswith("&") else f"{path}?{query}"


PARAMETER_CASES = [
    Case(
        id=f"param {path} {name}={label}",
        path=with_query(path, f"{name}={HOSTILE_VALUES[label]}"),
        expect={200} if name in FORGIVING else {200, 400},
    )
    for name, (full, others) in PARAMETER_PATHS.items()
    for path, label in [
        *itertools.product([full], HOSTILE_VALUES),
        *itertools.product(others, CORE_VALUES),
    ]
]

# Repeated parameters, arrays, odd query syntax.
QUERY_SHAPES = {
    "repeated": "tema=1&tema=2",
    "repeated-mixed": "tema=1&tema=abc&tema=%00",
    "array": "tema[]=1&tema[]=2",
    "array-index": "tema[0]=1&status[x]=y",
    "dict": "tema[a][b]=1",
    "no-value": "tema&program&status&sida&q",
    "no-name": "=1&=2",
    "only-separators": "&&&;;;",
    "all-filters": "tema=1&program=1&status=pagaende&sida=2",
    "all-hostile": "tema=%00&program=%zz&status=%3Cscript%3Ealert(1)%3C/script%3E&sida=-1",
    "many-fields": "&".join(f"f{i}=1" for i in range(2_000)),
    "too-many-fields": "&".join(f"f{i}=1" for i in range(10_001)),
    "long-query": "q=" + "a%20" * 5_000,
    "plus-and-space": "q=a+b%20c&sida=+1+",
}
SHAPE_PATHS = ["/projekt/", "/sok/"]

SHAPE_CASES = [
    Case(id=f"shape {path} {name}", path=f"{path}?{query}", expect={200, 400})
    for path, (name, query) in itertools.product(SHAPE_PATHS, QUERY_SHAPES.items())
]


@pytest.mark.parametrize("case", [case.param() for case in PARAMETER_CASES + SHAPE_CASES])
def test_hostile_parameter(seeded, case):
    check(case, send(case))


# --- 3. Every HTTP method, forged posts -------------------------------------------------------

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "BREW"]
CSRF_SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}  # Django checks no token for these
# The feedback form's target takes posts without a CSRF token by design (pages/feedback.py):
# a post without the form's fields is its 400 and nothing is stored; a GET without a signed
# answer to add to (the second step) is a 404, and any other method a 405.
FEEDBACK_PATHS = ["/synpunkter/", "/fi/palaute/"]
METHOD_PATHS = [
    "/",
    "/en/",
    "/fi/",
    *FEEDBACK_PATHS,
    "/nyheter/rss/",
    "/sok/?q=a",
    "/sitemap.xml",
    "/robots.txt",
    "/health/",
    "/static/css/site.css",
    "/finns-inte/",
]

# Forged: no CSRF token, as a browser on another site would send it. Trusted: the CSRF check
# passes (the test client's default), so the view itself meets the method.
METHOD_CASES = [
    Case(
        id=f"method {method} {path}" + ("" if method in CSRF_SAFE_METHODS else f" {how}"),
        path=path,
        method=method,
        body=None if method in ("GET", "HEAD") else b"a=1&b=2",
        enforce_csrf=forged,
        expect=(
            ({400} if method == "POST" else {404} if method in ("GET", "HEAD") else {405})
            if path in FEEDBACK_PATHS
            else {403}
            if forged and method not in CSRF_SAFE_METHODS and not path.startswith("/static/")
            else set()
        ),
    )
    for path, method, forged in itertools.product(METHOD_PATHS, METHODS, (True, False))
    # The CSRF check passes GET, HEAD, OPTIONS and TRACE: for them forged is trusted.
    if not (method in CSRF_SAFE_METHODS and not forged)
    for how in ["forged" if forged else "trusted"]
]

FORGED_POSTS = [
    Case(
        id=f"forged-post {path} {name}",
        path=path,
        method="POST",
        body=body,
        enforce_csrf=True,
        expect={403},
    )
    for path in ["/", "/en/", "/kontakt/", "/nyheter/", "/sok/", "/admin/login/"]
    for name, body in {
        "form": b"username=admin&password=admin",
        "html": b"q=%3Cscript%3Ealert(1)%3C/script%3E",
        "nul": b"q=%00",
        "empty": b"",
    }.items()
]
# Bodies past the CSRF check that the form parsers must refuse with a 400, not choke on (the
# login form reads them; a page ignores them).
BAD_BODIES = [
    Case(
        id=f"body {path} {name}",
        path=path,
        method="POST",
        body=body,
        content_type=content_type,
        expect={200, 400},
    )
    for path in ["/", "/admin/login/"]
    for name, (content_type, body) in {
        "too-big": ("application/x-www-form-urlencoded", b"a=" + b"x" * 3_000_000),
        "too-many-fields": ("application/x-www-form-urlencoded", b"&".join([b"a=1"] * 10_001)),
        "multipart-no-boundary": ("multipart/form-data", b"--x\r\n\r\n"),
        "multipart-broken": ("multipart/form-data; boundary=x", b"--x\r\nContent-Dis"),
        "bad-charset": ("application/x-www-form-urlencoded; charset=evil", b"a=1"),
        "json-garbage": ("application/json", b"{\x00\xff"),
    }.items()
]

# Hostile credentials that pass the CSRF check: the login form (and django-axes, which looks the
# username up before Django does) must answer with the form again.
LOGIN_CASES = [
    Case(
        id=f"login {name}",
        path="/admin/login/",
        method="POST",
        body=b"username=" + username + b"&password=" + password,
        expect={200},
    )
    for name, (username, password) in {
        "nul-username": (b"%00admin", b"x"),
        "nul-password": (b"admin", b"%00"),
        "long-username": (b"a" * 10_000, b"x"),
        "bad-utf8": (b"%ff%fe", b"%ed%a0%80"),
        "sql": (b"admin'%20--", b"'%20OR%20'1'='1"),
        "html": (b"%3Cscript%3Ealert(1)%3C/script%3E", b"x"),
        "array": (b"a&username[]=b", b"x"),
    }.items()
]


@pytest.mark.parametrize(
    "case", [case.param() for case in METHOD_CASES + FORGED_POSTS + BAD_BODIES + LOGIN_CASES]
)
def test_method(seeded, case):
    check(case, send(case))


# --- 3a. The subscription form and its links ------------------------------------------------

SUBSCRIBE_PATHS = ["/prenumerera/", "/en/subscribe/", "/fi/tilaa/"]
HOSTILE_EMAILS = {
    "empty": b"",
    "nul": b"a%00@example.se",
    "header-injection": b"a@example.se%0d%0aBcc:%20victim@example.org",
    "two-addresses": b"a@example.se,b@example.org",
    "display-name": b"Namn%20%3Ca@example.se%3E",
    "html": b"%3Cscript%3Ealert(1)%3C/script%3E@example.se",
    "long": b"a" * 10_000 + b"@example.se",
    "bad-utf8": b"%ff%fe@example.se",
    "unicode-domain": b"a@%c3%a5%c3%a4%c3%b6.se",
    "no-domain": b"a@",
}
HOSTILE_THEMES = {
    "none": b"",
    "not-a-number": b"&themes=abc",
    "huge": b"&themes=" + b"9" * 40,
    "negative": b"&themes=-1",
    "nul": b"&themes=%00",
    "html": b"&themes=%3Cscript%3Ealert(1)%3C/script%3E",
    "repeated-2000": b"".join(b"&themes=1" for _ in range(2_000)),
    "array": b"&themes[]=1",
}
SUBSCRIBE_CASES = [
    Case(
        id=f"subscribe {path} email={name}",
        path=path,
        method="POST",
        body=b"email=" + email + b"&themes=1&website=",
        expect={400},  # no valid address among them: the form again, what was typed kept
    )
    for path in SUBSCRIBE_PATHS
    for name, email in HOSTILE_EMAILS.items()
    if name != "unicode-domain"
] + [
    Case(
        id=f"subscribe {path} themes={name}",
        path=path,
        method="POST",
        body=b"email=a@example.se&website=" + themes,
        expect={400},
    )
    for path in SUBSCRIBE_PATHS
    for name, themes in HOSTILE_THEMES.items()
]
SUBSCRIBE_CASES += [
    Case(
        id=f"subscribe {path} preselected tema={label}",
        path=f"{path}?tema={HOSTILE_VALUES[label]}",
        expect={200},  # the theme page's link: anything but a known theme is ignored
    )
    for path in SUBSCRIBE_PATHS
    for label in [*CORE_VALUES, "huge-4400-digits", "negative"]
]
# The links in the mails: a token that is not ours is a 400 page that says the link does not
# work, whatever its shape, for a visitor opening it (GET) or pressing its button (POST).
HOSTILE_TOKENS = {
    "garbage": "x",
    "almost": "eyJ.abc.def",
    "long": "a" * 5_000,
    "percent-nul": "%00",
    "html": "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "dots": "..",
    "unicode": "%c3%a5%c3%a4%c3%b6",
}
SUBSCRIBE_CASES += [
    Case(
        id=f"subscription-link {kind} {method} {name}",
        path=f"{base}{kind}/{token}/",
        method=method,
        body=None if method == "GET" else b"",
        expect={400, 404},
    )
    for base in ["/prenumerera/", "/en/subscribe/"]
    for kind in (["bekrafta", "avsluta"] if base == "/prenumerera/" else ["confirm", "unsubscribe"])
    for method in ["GET", "POST"]
    for name, token in HOSTILE_TOKENS.items()
]


@pytest.mark.parametrize("case", [case.param() for case in SUBSCRIBE_CASES])
def test_hostile_subscription(seeded, case, mailoutbox):
    check(case, send(case))
    assert mailoutbox == []  # no hostile request gets a mail sent anywhere


# --- 3b. Floods: the feedback form, logins and password resets from one address -------------


def feedback_body(seconds_ago: float = 60, **fields) -> bytes:
    """A feedback form as a browser sends it: signed with the site's key, ``seconds_ago``."""
    issued = time.time() - seconds_ago
    token = signing.Signer(salt=SIGNING_SALT).sign_object(issued)
    return urlencode({"token": token, "next": "/", "found": "ja", **fields}).encode()


FEEDBACK_TARGETS = ["/synpunkter/", "/en/feedback/", "/fi/palaute/"]
FEEDBACK_FLOODS = {
    "plain": {},
    "html": {"message": "<script>alert(1)</script>", "name": "<svg/onload=alert(1)>"},
    "links": {"message": "HTTPS://a.example www.b.example c.example/x ｈｔｔｐ://d.example"},
    "formula": {
        "message": '=HYPERLINK("http://elak.example")',
        "wants_answer": "on",
        "email": "@elak.example",  # not an address: the form's own 400, not counted
    },
    "honeypot": {"website": "http://spam.example"},
    "forged-token": {"token": "förfalskad"},
    "huge-page-id": {"page": "9" * 30},
    "long": {"message": "å" * 2_000},
}
# Past the address's limit every valid post is a 429 (spam included: counted before it is
# sorted out); a form sent within seconds of its signed time is a 400, never stored.
FLOOD_CASES = (
    [
        Case(
            id=f"flood {path} {name}",
            path=path,
            method="POST",
            body=feedback_body(**fields),
            headers=(("REMOTE_ADDR", "192.0.2.77"),),
            before=settings.FEEDBACK_LIMIT_PER_ADDRESS[0],
            expect={400} if name == "formula" else {429},
        )
        for path, (name, fields) in itertools.product(FEEDBACK_TARGETS, FEEDBACK_FLOODS.items())
    ]
    + [
        Case(
            id=f"too-fast {path}",
            path=path,
            method="POST",
            body=functools.partial(
                feedback_body, seconds_ago=0.5, message="<script>alert(1)</script>"
            ),
            expect={400},
        )
        for path in FEEDBACK_TARGETS
    ]
    + [
        Case(
            id=f"flood {path} {name}",
            path=path,
            method="POST",
            body=body,
            headers=(("REMOTE_ADDR", "192.0.2.78"),),
            before=settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS,
            expect={429},
        )
        for path, (name, body) in itertools.product(
            ["/admin/login/", "/_util/login/"],
            {
                "login": b"username=admin&password=gissning",
                "login-html": b"username=%3Cscript%3Ealert(1)%3C/script%3E&password=x",
            }.items(),
        )
    ]
    + [
        Case(
            id=f"flood /admin/password_reset/ {name}",
            path="/admin/password_reset/",
            method="POST",
            body=body,
            headers=(("REMOTE_ADDR", "192.0.2.79"),),
            before=settings.PASSWORD_RESET_LIMIT_PER_ADDRESS[0],
            expect={429},
        )
        for name, body in {
            "plain": b"email=redaktor%40example.se",
            "html": b"email=%3Cscript%3Ealert(1)%3C/script%3E%40example.se",
            "nul": b"email=a%00%40example.se",
        }.items()
    ]
)


@pytest.mark.parametrize("case", [case.param() for case in FLOOD_CASES])
def test_flood(seeded, case):
    check(case, send(case))


# --- 4. Huge and odd headers, cookies, Host ---------------------------------------------------

HEADER_VALUES = {
    "cookie-8k": ("HTTP_COOKIE", "big=" + "c" * 8_192),
    "cookie-100": ("HTTP_COOKIE", "; ".join(f"c{i}=v{i}" for i in range(100))),
    "cookie-malformed": ("HTTP_COOKIE", ';;;=;=x; ; a=b=c; "q"="; ,,'),
    "cookie-session-garbage": ("HTTP_COOKIE", "sessionid=" + "s" * 4_000),
    "cookie-session-html": ("HTTP_COOKIE", "sessionid=<script>alert(1)</script>"),
    "cookie-session-nul": ("HTTP_COOKIE", "sessionid=abcd\x00efgh12345678"),
    "cookie-csrf-nul": ("HTTP_COOKIE", "csrftoken=abcd\x00efgh"),
    "cookie-csrf-garbage": ("HTTP_COOKIE", "csrftoken=" + "%zz" * 100),
    "cookie-language-bogus": ("HTTP_COOKIE", "django_language=xx-evil"),
    "cookie-language-en": ("HTTP_COOKIE", "django_language=en"),
    "cookie-unicode": ("HTTP_COOKIE", "a=\u202e\u200b💥".encode().decode("iso-8859-1")),
    "accept-language-bad-q": ("HTTP_ACCEPT_LANGUAGE", "xx;q=abc"),
    "accept-language-en": ("HTTP_ACCEPT_LANGUAGE", "en-GB,en;q=0.9"),
    "accept-language-star": ("HTTP_ACCEPT_LANGUAGE", "*;q=0"),
    "accept-language-long": ("HTTP_ACCEPT_LANGUAGE", ",".join(["sv-SE;q=0.5"] * 1_000)),
    "accept-language-garbage": ("HTTP_ACCEPT_LANGUAGE", ";;;,,,q=;-;--"),
    "accept-garbage": ("HTTP_ACCEPT", "*/*;q=banana, text/html;;"),
    "user-agent-16k": ("HTTP_USER_AGENT", "Mozilla/5.0 " + "u" * 16_384),
    "referer-html": ("HTTP_REFERER", "javascript:<script>alert(1)</script>"),
    "x-forwarded-for-garbage": ("HTTP_X_FORWARDED_FOR", "not-an-ip, 999.999.1.1, , ::g"),
    "x-forwarded-host": ("HTTP_X_FORWARDED_HOST", "evil.example"),
    "x-forwarded-proto": ("HTTP_X_FORWARDED_PROTO", "gopher"),
    "x-request-id-garbage": ("HTTP_X_REQUEST_ID", "\x00<script>alert(1)</script>" * 100),
    "if-modified-since-garbage": ("HTTP_IF_MODIFIED_SINCE", "yesterday-ish"),
    "if-none-match-garbage": ("HTTP_IF_NONE_MATCH", '"' * 500),
    "range-garbage": ("HTTP_RANGE", "bytes=99999999999-1,abc"),
}
HEADER_PATHS = ["/", "/en/", "/sok/?q=a"]
# Static files answer conditional and range requests themselves (WhiteNoise).
STATIC_HEADERS = [
    "cookie-8k",
    "if-modified-since-garbage",
    "if-none-match-garbage",
    "range-garbage",
]

HEADER_CASES = [
    Case(
        id=f"header {path} {name}",
        path=path,
        headers=(header,),
    )
    for path, (name, header) in itertools.product(HEADER_PATHS, HEADER_VALUES.items())
] + [
    Case(
        id=f"header /static/css/site.css {name}",
        path="/static/css/site.css",
        headers=(HEADER_VALUES[name],),
    )
    for name in STATIC_HEADERS
]

# Hosts the site does not serve (ALLOWED_HOSTS in the test settings: testserver, 127.0.0.1,
# localhost) are refused with the Swedish 400 page, never a 500.
BAD_HOSTS = {
    "evil": "evil.example",
    "evil-port": "evil.example:8000",
    "empty": "",
    "spaces": "local host",
    "trailing-space": "localhost ",
    "nul": "localhost\x00",
    "crlf": "localhost\r\nX-Injected: 1",
    "bad-port": "localhost:abc",
    "negative-port": "localhost:-1",
    "userinfo": "user@localhost",
    "path": "localhost/evil",
    "ipv6-broken": "[::1",
    "unicode": "évil.example",
    "long": "a" * 300 + ".example",
}
# A served host with an impossible port passes Django's check (any digits are a port): served
# normally, never a 500. In production, where localhost is not served, these get the 400 too.
ODD_BUT_SERVED_HOSTS = {
    "port-99999": "localhost:99999",
    "port-0": "localhost:0",
    "upper": "LOCALHOST",
}
HOST_PATHS = ["/", "/en/"]

HOST_CASES = [
    Case(id=f"host {path} {name}", path=path, headers=(("HTTP_HOST", host),), expect={400})
    for path, (name, host) in itertools.product(HOST_PATHS, BAD_HOSTS.items())
] + [
    Case(id=f"host {path} {name}", path=path, headers=(("HTTP_HOST", host),), expect={200})
    for path, (name, host) in itertools.product(HOST_PATHS, ODD_BUT_SERVED_HOSTS.items())
]


@pytest.mark.parametrize("case", [case.param() for case in HEADER_CASES + HOST_CASES])
def test_hostile_header(seeded, case):
    check(case, send(case))


# --- 5. Aliases of pages in private sections --------------------------------------------------

# An alias shows its source's content, and these sources are inside private sections (one behind
# a login, one behind a password) without a restriction of their own: whatever arrives at the
# alias's address, the private text never comes back (issue 20).
ALIAS_MARKER = "Hemlig aliastext"
ALIAS_PATHS = {"login": "/alias-inloggning/", "password": "/alias-losenord/"}


@pytest.fixture
def private_aliases(seeded):
    from wagtail.models import PageViewRestriction

    from pages.models import HomePage
    from tests.factories import StandardPageFactory, ThemePageFactory

    home = HomePage.objects.get(locale__language_code="sv")
    for kind, path in ALIAS_PATHS.items():
        section = StandardPageFactory(parent=home, slug=f"intern-{kind}")
        PageViewRestriction.objects.create(
            page=section, restriction_type=kind, password="hemligt-123"
        )
        source = ThemePageFactory(
            parent=section, title=ALIAS_MARKER, intro=ALIAS_MARKER, slug=f"kalla-{kind}"
        )
        source.create_alias(parent=home, update_slug=path.strip("/"))


ALIAS_CASES = [
    *(
        Case(
            id=f"alias {kind} {method}",
            path=path,
            method=method,
            body=None if method in ("GET", "HEAD") else b"password=hemligt-123",
        )
        for (kind, path), method in itertools.product(ALIAS_PATHS.items(), METHODS)
    ),
    *(
        Case(
            id=f"alias {kind} path {name}",
            path=path_join(path, PATH_SUFFIXES[name]),
            expect={301, 302, 404},
        )
        for (kind, path), name in itertools.product(ALIAS_PATHS.items(), CORE_PATH_SUFFIXES)
    ),
    *(
        Case(id=f"alias {kind} query {name}", path=with_query(path, f"sida={HOSTILE_VALUES[name]}"))
        for (kind, path), name in itertools.product(ALIAS_PATHS.items(), CORE_VALUES)
    ),
]


@pytest.mark.parametrize("case", [case.param() for case in ALIAS_CASES])
def test_hostile_request_to_an_alias_of_a_private_page(private_aliases, case):
    response = send(case)
    check(case, response)
    assert ALIAS_MARKER not in response.content.decode("utf-8", errors="replace")


# --- 6. The second step of a staff login ------------------------------------------------------

SECOND_STEP = "/admin/tvastegsverifiering/"
VERIFY, ENROL = SECOND_STEP, SECOND_STEP + "aktivera/"
RECOVERY = SECOND_STEP + "reservkoder/"
SECOND_STEP_PAGES = {"half": VERIFY, "new": ENROL}
RESET_PATHS = [f"{SECOND_STEP}aterstall/{HUGE}/", f"{SECOND_STEP}aterstall/0/"]
# Where the login was heading: anything off the site is ignored (the admin's home instead).
HOSTILE_NEXT = {
    "other-host": "https://evil.example/",
    "scheme-relative": "//evil.example/",
    "backslash": "/%5c%5cevil.example/",
    "javascript": "javascript:alert(1)",
    "html": "%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
    "nul": "/admin/%00",
    "long": "/" + "a" * 10_000,
}

SECOND_STEP_CASES = [
    # A wrong or malformed code, every hostile value, for an enrolled account and (the core of
    # them) during enrolment: the form again with its error, never a 5xx.
    *[
        Case(
            id=f"second-step {who} code={label}",
            path=SECOND_STEP_PAGES[who],
            method="POST",
            body=f"code={HOSTILE_VALUES[label]}".encode(),
            expect={400},
            who=who,
        )
        for who, labels in {"half": HOSTILE_VALUES, "new": CORE_VALUES}.items()
        for label in labels
    ],
    *[
        Case(
            id=f"second-step {who} {method} next={label}",
            path=f"{SECOND_STEP_PAGES[who]}?next={value}",
            method=method,
            body=b"code=000000" if method == "POST" else None,
            expect={400} if method == "POST" else {200},
            who=who,
        )
        for who in SECOND_STEP_PAGES
        for label, value in HOSTILE_NEXT.items()
        for method in ["GET", "POST"]
    ],
    # Every method, forged and trusted, on each of its pages.
    *[
        Case(
            id=f"second-step {who} {method} {path} {'forged' if forged else 'trusted'}",
            path=path,
            method=method,
            body=None if method in ("GET", "HEAD") else b"a=1",
            enforce_csrf=forged,
            expect=(
                {403}
                if forged and method not in CSRF_SAFE_METHODS
                else {405}
                if method not in ("GET", "HEAD", "POST")
                else {302}
                if path == RECOVERY  # nothing to show: on to the code page
                else {400}
                if method == "POST"
                else {200}
            ),
            who=who,
        )
        for who, pages in {"half": [VERIFY, RECOVERY], "new": [ENROL]}.items()
        for path in pages
        for method in METHODS
        for forged in (True, False)
        if not (method in CSRF_SAFE_METHODS and not forged)
    ],
    # Not logged in: to the login page, whatever is sent.
    *[
        Case(
            id=f"second-step anonymous {method} {path}",
            path=path,
            method=method,
            body=b"code=123456" if method == "POST" else None,
            expect={302},
        )
        for path in [VERIFY, ENROL, RECOVERY, *RESET_PATHS]
        for method in ["GET", "POST"]
    ],
    # A superuser resetting an account that is not there (or out of any id's range).
    *[
        Case(
            id=f"second-step verified {method} {path}",
            path=path,
            method=method,
            body=b"" if method == "POST" else None,
            expect={404},
            who="verified",
        )
        for path in RESET_PATHS
        for method in ["GET", "POST"]
    ],
]


@pytest.fixture
def sender(settings, seeded):
    """Logs the module's client in as the case asks, with the second factor required."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from django.contrib.auth import get_user_model

    from regionsite.two_factor import devices

    settings.REQUIRE_STAFF_2FA = True
    users = get_user_model().objects
    accounts = {
        "half": users.create_user("redaktor", "r@example.se", "x", is_staff=True),
        "new": users.create_user("ny", "n@example.se", "x", is_staff=True),
        "verified": users.create_superuser("chef", "c@example.se", "x"),
    }
    for name in ("half", "verified"):
        devices.confirm(devices.enrolment_device(accounts[name]))

    def send_as(case: Case):
        client = client_for(case.enforce_csrf)
        client.cookies.clear()
        if case.who != "anonymous":
            client.force_login(accounts[case.who])
        if case.who == "verified":
            session = client.session
            device = devices.app_devices(accounts["verified"]).get()
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
        return send(case, keep_cookies=True)

    return send_as


@pytest.mark.parametrize("case", [case.param() for case in SECOND_STEP_CASES])
def test_hostile_second_step(sender, case):
    check(case, sender(case))


# --- The count ---------------------------------------------------------------------------------

ALL_CASES = [
    *PATH_CASES,
    *PARAMETER_CASES,
    *SHAPE_CASES,
    *METHOD_CASES,
    *FORGED_POSTS,
    *BAD_BODIES,
    *LOGIN_CASES,
    *SUBSCRIBE_CASES,
    *FLOOD_CASES,
    *HEADER_CASES,
    *HOST_CASES,
    *ALIAS_CASES,
    *SECOND_STEP_CASES,
]


def test_at_least_500_generated_requests():
    assert len(ALL_CASES) >= 500
    assert len({case.id for case in ALL_CASES}) == len(ALL_CASES), "case ids must be unique"
