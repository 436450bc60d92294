"""Rich text refers to pages, documents, images and embeds by id. An editor's browser can post
any id, so a forged one is refused on save with a Swedish message; one already stored renders as
plain text, never a 500. And a reference names only what a visitor may open: a draft, a page in
a private section or a document in a restricted collection shows neither title, address nor
file name."""

import json

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, streamfield

from pages.models import HomePage
from tests.factories import StandardPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db

FORGED_IDS = ['1" onmouseover="alert(1)', "3 onmouseover=alert(1)", "", "-1", "9" * 40]


def contentstate(entity_type: str, data: dict, text: str = "Rapporten om bredband") -> str:
    """What Draftail posts: one paragraph, its whole text one entity (a link)."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a",
                    "type": "unstyled",
                    "text": text,
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
                }
            ],
            "entityMap": {"0": {"type": entity_type, "mutability": "MUTABLE", "data": data}},
        }
    )


@pytest.fixture
def standard_page(seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    page = StandardPageFactory(parent=home, title="Om rapporten", slug="om-rapporten")
    page.save_revision().publish()
    return page


def edit(admin_client, page, paragraph: str):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([("paragraph", paragraph)]),
        "contact_links": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
    }
    return admin_client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(data))


def shown(text: str, html: str) -> bool:
    """Whether the admin page holds ``text``: the StreamField's values and errors are JSON in
    an attribute, with non-ASCII letters escaped."""
    return text in html or json.dumps(text)[1:-1] in html


def saved_body(page) -> list:
    page.refresh_from_db()
    body = page.get_latest_revision().content["body"]
    return json.loads(body) if isinstance(body, str) else body


@pytest.mark.parametrize("forged", FORGED_IDS)
@pytest.mark.parametrize("entity_type", ["DOCUMENT", "LINK"])
def test_a_forged_reference_is_refused_on_save_with_a_message(
    admin_client, standard_page, entity_type, forged
):
    data = {"id": forged} if entity_type == "DOCUMENT" else {"id": forged, "url": "/x/"}
    response = edit(admin_client, standard_page, contentstate(entity_type, data))
    assert response.status_code == 200  # the form again, with what was typed
    html = response.content.decode()
    assert shown("Länken går inte att spara", html)
    assert "Rapporten om bredband" in html  # nothing typed is lost
    assert saved_body(standard_page) == []


def test_a_link_to_a_deleted_page_is_refused_on_save(admin_client, standard_page):
    gone = ThemePageFactory(parent=standard_page.get_parent(), slug="borttagen")
    gone_id = gone.pk
    gone.delete()
    response = edit(admin_client, standard_page, contentstate("LINK", {"id": gone_id}))
    assert response.status_code == 200
    assert shown("finns inte längre", response.content.decode())


def test_a_good_reference_is_saved(admin_client, standard_page):
    target = ThemePageFactory(parent=standard_page.get_parent(), slug="mal")
    response = edit(admin_client, standard_page, contentstate("LINK", {"id": target.pk}))
    assert response.status_code == 302
    assert f'id="{target.pk}"' in saved_body(standard_page)[0]["value"]


def stored(*fragments: str) -> list:
    return [("paragraph", RichText("<p>" + " ".join(fragments) + "</p>"))]


@pytest.mark.parametrize("forged", FORGED_IDS)
def test_a_forged_reference_already_stored_renders_as_plain_text(client, standard_page, forged):
    attribute = forged.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    standard_page.body = stored(
        f'<a linktype="page" id="{attribute}">sidlänk</a>',
        f'<a linktype="document" id="{attribute}">dokumentlänk</a>',
        f'<a linktype="okand" id="{attribute}">okänd länk</a>',
        f'<embed embedtype="image" id="{attribute}" format="{attribute}" alt="bild"/>',
        f'<embed embedtype="media" url="{attribute}"/>',
        '<embed embedtype="image" format="fullwidth"/>',
    )
    standard_page.save_revision().publish()
    response = client.get(standard_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "sidlänk" in html and "dokumentlänk" in html and "okänd länk" in html
    assert "onmouseover" not in html


@pytest.fixture
def hidden_targets(standard_page):
    home = standard_page.get_parent()
    draft = ThemePageFactory(parent=home, title="Zebra utkast", slug="zebra-utkast", live=False)
    section = StandardPageFactory(parent=home, title="Intern", slug="intern-avdelning")
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    in_section = ThemePageFactory(parent=section, title="Zebra intern", slug="zebra-intern")
    internal = Collection.get_first_root_node().add_child(name="Internt")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    document = get_document_model().objects.create(
        title="Zebra rapport",
        file=ContentFile(b"%PDF-1.4 hemligt", name="zebra-rapport.pdf"),
        collection=internal,
    )
    return draft, in_section, document


def test_references_to_hidden_targets_name_nothing(client, standard_page, hidden_targets):
    draft, in_section, document = hidden_targets
    standard_page.body = [
        *stored(
            f'<a linktype="page" id="{draft.pk}">utkastlänk</a>',
            f'<a linktype="page" id="{in_section.pk}">privat länk</a>',
            f'<a linktype="document" id="{document.pk}">rapportlänk</a>',
        ),
        ("document", {"document": document, "title": "", "description": ""}),
        (
            "link_list",
            {
                "heading": "Länkar",
                "links": [
                    ("document", {"document": document, "text": ""}),
                    ("document", {"document": document, "text": "Rapporten (internt)"}),
                    ("page", {"page": draft, "text": ""}),
                ],
            },
        ),
    ]
    standard_page.save_revision().publish()
    html = client.get(standard_page.url).content.decode().lower()
    for name in ("zebra", "utkast/", "intern/", document.file.name.lower(), "pdf,"):
        assert name not in html, name
    # The editor's own words stay, without a link.
    assert "utkastlänk" in html and "rapportlänk" in html and "rapporten (internt)" in html


def test_references_to_public_targets_link(client, standard_page):
    home = standard_page.get_parent()
    theme = ThemePageFactory(parent=home, title="Öppet mål", slug="oppet-mal")
    document = get_document_model().objects.create(
        title="Årsrapport", file=ContentFile(b"%PDF-1.4 offentligt", name="arsrapport.pdf")
    )
    standard_page.body = [
        *stored(
            f'<a linktype="page" id="{theme.pk}">temalänk</a>',
            f'<a linktype="document" id="{document.pk}">rapportlänk</a>',
        ),
        ("document", {"document": document, "title": "", "description": ""}),
    ]
    standard_page.save_revision().publish()
    html = client.get(standard_page.url).content.decode()
    assert 'href="/oppet-mal/"' in html
    assert html.count(document.url) == 2
    assert "Årsrapport" in html


def test_restricting_a_collection_renews_cached_pages_that_name_its_documents(
    client, standard_page, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    internal = Collection.get_first_root_node().add_child(name="Snart internt")
    document = get_document_model().objects.create(
        title="Zebra budget", file=ContentFile(b"%PDF-1.4", name="budget.pdf"), collection=internal
    )
    document.get_file_size()  # the admin's upload form stores it; here the first view would
    standard_page.body = [("document", {"document": document, "title": "", "description": ""})]
    standard_page.save_revision().publish()
    assert "Zebra budget" in client.get(standard_page.url).content.decode()
    assert client.get(standard_page.url)["X-Page-Cache"] == "hit"
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    assert "Zebra budget" not in client.get(standard_page.url).content.decode()
