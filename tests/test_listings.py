"""EU projects, news and events: listings with filters and pagination, feeds and calendars."""

import datetime
import re
import xml.etree.ElementTree as ET

import icalendar
import pytest

from django.utils import timezone

from wagtail.models import Locale, Page

from pages.models import (
    EventIndexPage,
    EventPage,
    FundingProgramme,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    ThemePage,
)
from pages.models.projects import ProjectStatus
from tests.factories import EventPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def swedish(model, **filters):
    return model.objects.filter(locale__language_code="sv", **filters)


def add_project(title, start_offset, end_offset, themes=(), programme=None):
    page = ProjectPageFactory(
        parent=swedish(ProjectIndexPage).get(),
        title=title,
        start_date=TODAY + datetime.timedelta(days=start_offset),
        end_date=TODAY + datetime.timedelta(days=end_offset),
        programme=programme,
        themes=list(themes),
    )
    page.save_revision().publish()
    return page


# --- Projects -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (10, 400, ProjectStatus.PLANNED),
        (-10, 10, ProjectStatus.ONGOING),
        (-400, -1, ProjectStatus.FINISHED),
        (0, 0, ProjectStatus.ONGOING),
    ],
)
def test_project_status_is_derived_from_its_dates(seeded, start, end, status):
    assert add_project("Testprojekt", start, end).status == status


def test_seeded_projects_cover_every_theme_and_status(seeded):
    projects = list(swedish(ProjectPage))
    assert len(projects) >= 6
    assert {p.status for p in projects} == set(ProjectStatus)
    for theme in swedish(ThemePage):
        assert any(theme in p.themes.all() for p in projects), theme


def project_titles(client, query=None):
    response = client.get("/projekt/", query or {})
    html = response.content.decode().replace("&shy;", "")
    listing = html.split('id="results-heading"', 1)[1].split("</section>", 1)[0]
    return response.status_code, listing


def test_projects_filter_by_theme_programme_and_status(client, seeded):
    theme = swedish(ThemePage, slug="industriomvandling").get()
    programme = swedish(FundingProgramme).first()
    match = add_project("Filterprojekt A", -10, 100, themes=[theme], programme=programme)
    other = add_project("Filterprojekt B", 10, 100, themes=[theme], programme=programme)
    status, listing = project_titles(
        client, {"tema": theme.pk, "program": programme.pk, "status": "pagaende"}
    )
    assert status == 200
    assert match.title in listing and other.title not in listing
    for project in swedish(ProjectPage).exclude(pk=match.pk):
        assert f">{project.title}<" not in listing


def test_project_filters_are_plain_links_that_can_be_shared(client, seeded):
    html = client.get("/projekt/").content.decode().replace("&shy;", "")
    assert '<form class="filter-form" method="get"' in html
    assert 'name="tema"' in html and 'name="program"' in html and 'name="status"' in html


@pytest.mark.parametrize(
    "query",
    [
        {"tema": "abc"},
        {"tema": "999999"},
        {"status": "kanske"},
        {"program": "' OR 1=1 --"},
        {"tema": "1" * 40},
    ],
)
def test_bad_project_filters_give_a_400_with_a_swedish_message(client, seeded, query):
    status, listing = project_titles(client, query)
    assert status == 400
    assert "Inga projekt matchar filtret" in listing


def test_project_list_is_paginated_and_bad_page_numbers_are_forgiven(client, seeded):
    for n in range(12):
        add_project(f"Massprojekt {n:02}", -10, 100)
    first = client.get("/projekt/").content.decode().replace("&shy;", "")
    assert first.count('class="listing-item"') == 10
    assert 'href="?sida=2"' in first
    for page in ("2", "abc", "-1", "99999", "1e9"):
        assert client.get("/projekt/", {"sida": page}).status_code == 200


def test_project_page_shows_facts_in_the_pages_language(client, seeded):
    project = swedish(ProjectPage).exclude(total_budget=None).first()
    html = client.get(project.url).content.decode().replace("&shy;", "")
    assert "Projektfakta" in html and project.programme.name in html
    assert f"{project.total_budget:,.0f}".replace(",", "\xa0") in html  # Swedish grouping
    english = project.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(english.url).content.decode().replace("&shy;", "")
    assert "Project facts" in html
    assert f"{project.total_budget:,.0f}" in html  # English grouping
    assert english.programme.locale.language_code == "en"


# --- Theme pages ---------------------------------------------------------------------------


def test_theme_page_shows_its_projects_news_and_events(client, seeded):
    theme = swedish(ThemePage, slug="infrastruktur").get()
    html = client.get(theme.url).content.decode().replace("&shy;", "")
    for model in (ProjectPage, NewsPage):
        tagged = swedish(model).filter(themes=theme).first()
        assert tagged is not None and tagged.title in html, model
    assert "Projekt inom temat" in html


def test_theme_page_lists_upcoming_events_but_not_past_ones(client, seeded):
    upcoming = swedish(EventPage).filter(end__gte=timezone.now()).first()
    past = swedish(EventPage).filter(end__lt=timezone.now()).first()
    theme = upcoming.themes.first()
    past.themes.add(theme)
    past.save()
    html = client.get(theme.url).content.decode().replace("&shy;", "")
    assert upcoming.title in html
    assert past.title not in html


# --- News ---------------------------------------------------------------------------------


def test_news_are_newest_first_and_filter_by_theme(client, seeded):
    html = client.get("/nyheter/").content.decode().replace("&shy;", "")
    news = list(swedish(NewsPage).order_by("-date"))
    positions = [html.index(item.title) for item in news]
    assert positions == sorted(positions)
    theme = swedish(ThemePage, slug="kompetensforsorjning").get()
    filtered = client.get("/nyheter/", {"tema": theme.pk}).content.decode().replace("&shy;", "")
    for item in news:
        assert (item.title in filtered) == item.themes.filter(pk=theme.pk).exists()
    assert client.get("/nyheter/", {"tema": "x"}).status_code == 400


@pytest.mark.parametrize(("path", "language"), [("/nyheter/rss/", "sv"), ("/en/news/rss/", "en")])
def test_news_feed_is_valid_rss_in_each_language(client, seeded, path, language):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own output
    assert channel.findtext("language") == language
    items = channel.findall("item")
    assert len(items) == swedish(NewsPage).count()
    for item in items:
        assert item.findtext("title") and item.findtext("link").startswith("http")
        assert item.findtext("pubDate")


def test_feed_is_linked_from_the_head(client, seeded):
    for path, feed in (
        ("/", "/nyheter/rss/"),
        ("/nyheter/", "/nyheter/rss/"),
        ("/en/news/", "/en/news/rss/"),
    ):
        head = client.get(path).content.decode().replace("&shy;", "").split("</head>")[0]
        assert 'type="application/rss+xml"' in head and feed in head, path


# --- One theme's feeds ---------------------------------------------------------------------


def theme_news_in_each_state(theme):
    """A public news item about ``theme``, a draft one and one in a private section."""
    from wagtail.models import PageViewRestriction

    from tests.factories import NewsPageFactory

    index = swedish(NewsIndexPage).get()
    public = NewsPageFactory(parent=index, title="Temanyhet publik", themes=[theme])
    draft = NewsPageFactory(parent=index, title="Temanyhet utkast", themes=[theme], live=False)
    other = NewsPageFactory(parent=index, title="Annan temanyhet", themes=[])
    private = NewsPageFactory(parent=index, title="Temanyhet privat", themes=[theme])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return public, draft, other, private


@pytest.mark.parametrize("language", ["sv", "en"])
def test_each_theme_has_its_own_news_feed_in_its_language(client, seeded, language):
    theme = ThemePage.objects.get(slug="infrastruktur").get_translation(
        Locale.objects.get(language_code=language)
    )
    response = client.get(theme.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own output
    assert channel.findtext("language") == language
    assert theme.title in channel.findtext("title")
    expected = NewsPage.objects.live().filter(
        locale__language_code=language, themes__translation_key=theme.translation_key
    )
    assert expected.exists()
    assert {item.findtext("title") for item in channel.findall("item")} == {
        news.title for news in expected
    }


def test_a_theme_feed_shows_only_public_news_about_the_theme(client, seeded):
    theme = swedish(ThemePage).get(slug="infrastruktur")
    public, draft, other, private = theme_news_in_each_state(theme)
    # Logged in as someone who could see the private item on the site: the feed is for
    # everyone (and cached for everyone), so it still leaves it out.
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_user("läsare", password="x"))
    channel = ET.fromstring(client.get(theme.url + "rss/").content).find("channel")  # noqa: S314
    titles = {item.findtext("title") for item in channel.findall("item")}
    assert public.title in titles
    assert not {draft.title, other.title, private.title} & titles


def test_each_theme_has_its_own_calendar(client, seeded):
    theme = swedish(ThemePage).get(slug="infrastruktur")
    about = EventPageFactory(
        parent=swedish(EventIndexPage).get(), title="Temaevenemang", themes=[theme]
    )
    EventPageFactory(parent=swedish(EventIndexPage).get(), title="Annat evenemang", themes=[])
    response = client.get(theme.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert about.title in summaries and "Annat evenemang" not in summaries
    assert theme.title in str(calendar["X-WR-CALNAME"])


def test_a_theme_page_offers_its_feeds_in_the_head_and_in_the_page(client, seeded):
    for language in ("sv", "en"):
        theme = ThemePage.objects.get(
            slug="infrastruktur" if language == "sv" else "infrastructure",
            locale__language_code=language,
        )
        html = client.get(theme.url).content.decode().replace("&shy;", "")
        head, body = html.split("</head>")
        for route, kind in (("rss/", "application/rss+xml"), ("ical/", "text/calendar")):
            assert f'type="{kind}"' in head and f'href="{theme.url}{route}"' in head, language
            assert f'href="{theme.url}{route}"' in body, language


# --- Events -------------------------------------------------------------------------------


def test_events_upcoming_first_and_past_separately(client, seeded):
    html = client.get("/kalender/").content.decode().replace("&shy;", "")
    upcoming_part, past_part = html.split('id="past-heading"')
    for event in swedish(EventPage):
        if event.is_past:
            assert event.title in past_part and event.title not in upcoming_part
        else:
            assert event.title in upcoming_part
    upcoming = list(swedish(EventPage).filter(end__gte=timezone.now()).order_by("start"))
    positions = [upcoming_part.index(event.title) for event in upcoming]
    assert positions == sorted(positions)


def test_each_event_downloads_as_a_valid_icalendar_file(client, seeded):
    event = swedish(EventPage).first()
    response = client.get(event.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (component,) = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == event.title
    assert component.decoded("DTSTART") == event.start
    assert component.decoded("DTEND") == event.end
    assert str(component["URL"]).endswith(event.url)


def test_the_whole_calendar_is_a_feed(client, seeded):
    response = client.get("/en/events/ical/")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    english = EventPage.objects.filter(locale__language_code="en")
    assert {str(e["SUMMARY"]) for e in events} == {e.title for e in english}
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_event_end_before_start_is_refused(seeded):
    from django.core.exceptions import ValidationError

    start = timezone.now()
    event = EventPageFactory.build(start=start, end=start - datetime.timedelta(hours=1))
    with pytest.raises(ValidationError):
        event.clean()


def test_every_listing_page_is_in_both_languages(client, seeded):
    for model in (
        ProjectIndexPage,
        NewsIndexPage,
        EventIndexPage,
        ProjectPage,
        NewsPage,
        EventPage,
    ):
        for page in swedish(model):
            english = Page.objects.get(
                translation_key=page.translation_key, locale__language_code="en"
            )
            assert client.get(english.url).status_code == 200, english.url


@pytest.mark.parametrize("path", ["/projekt/", "/nyheter/", "/en/news/"])
def test_filter_forms_name_their_action(client, seeded, path):
    """An empty action="" is invalid HTML (the W3C checker flags it)."""
    html = client.get(path).content.decode().replace("&shy;", "")
    assert f'<form class="filter-form" method="get" action="{path}"' in html


def test_pagination_shows_a_window_of_page_numbers_not_all(client, seeded):
    """With 30 pages of news, page 15 links the first and last page and two on each side."""
    from tests.factories import NewsPageFactory

    index = NewsIndexPage.objects.get(locale__language_code="sv")
    NewsPageFactory.create_batch(300 - index.get_children().live().count(), parent=index)
    html = client.get("/nyheter/?sida=15").content.decode().replace("&shy;", "")
    linked = sorted({int(n) for n in re.findall(r'href="\?sida=(\d+)"', html)})
    assert linked == [1, 13, 14, 16, 17, 30]
    assert '<span class="pagination__gap">…</span>' in html
    assert 'aria-current="page"><span class="visually-hidden">Sida </span>15<' in html
