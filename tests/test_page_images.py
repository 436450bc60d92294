"""The seeded illustrations: in the image library with their alternative text and licence, shown
on the home page, the themes and news as renditions in modern formats, and brought back by the
seed when their files are gone."""

import io
import re
from pathlib import Path

import pytest

from django.core.management import call_command

from wagtail.images import get_image_model

from pages.models import HomePage, NewsPage, ThemePage
from pages.seed.images import FOLDER, ILLUSTRATIONS, LICENCE
from pages.seed.images.draw import SCENES

pytestmark = pytest.mark.django_db

THEME_PATH = "/kompetensforsorjning/"


def seeded_image(key):
    return get_image_model().objects.get(file_hash=ILLUSTRATIONS[key].sha1)


def pictures(html: str) -> list[str]:
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def test_every_illustration_is_in_the_library_with_its_alternative_text(seeded):
    for key, illustration in ILLUSTRATIONS.items():
        image = seeded_image(key)
        assert image.description == illustration.description
        assert image.default_alt_text == illustration.description
        assert image.width == 1600 and image.height == 900
        assert image.file.storage.exists(image.file.name)


def test_the_licence_of_every_illustration_is_recorded_beside_it():
    readme = (FOLDER / "README.md").read_text()
    assert f"Licence: [{LICENCE}]" in readme and "made for this website" in readme
    for illustration in ILLUSTRATIONS.values():
        assert illustration.path.is_file()
        assert f"`{illustration.file}`" in readme, f"{illustration.file} is not in README.md"
        assert illustration.file in SCENES, f"draw.py does not draw {illustration.file}"
    on_disk = {path.name for path in Path(FOLDER).glob("*.jpg")}
    assert on_disk == {illustration.file for illustration in ILLUSTRATIONS.values()}


def test_the_home_page_themes_and_news_show_their_pictures(seeded):
    home = HomePage.objects.get(slug="start")
    assert home.image == seeded_image("home")
    for theme in ThemePage.objects.filter(locale__language_code="sv"):
        assert theme.image == seeded_image(theme.slug), theme.slug
        assert theme.image_alt_text == ILLUSTRATIONS[theme.slug].description
    assert NewsPage.objects.filter(image__isnull=False, locale__language_code="sv").count() >= 3
    # In English the alternative text is English, in Finnish Finnish.
    english_home = HomePage.objects.get(slug="home")
    assert english_home.image_alt_text.startswith("Illustration of a bay")
    assert HomePage.objects.get(slug="aloitus").image_alt_text.startswith("Piirroskuva")


def assert_responsive(picture: str, sizes: str):
    sources = re.findall(r"<source [^>]*>", picture)
    assert ['type="image/avif"' in sources[0], 'type="image/webp"' in sources[1]] == [True, True]
    srcset = re.search(r'<img[^>]* srcset="([^"]+)"', picture).group(1)
    assert re.findall(r" (\d+)w", srcset) == ["480", "800", "1200"]
    assert f'sizes="{sizes}"' in picture
    img = re.search(r"<img [^>]*>", picture).group()
    width, height = (
        int(re.search(rf' {side}="(\d+)"', img).group(1)) for side in ("width", "height")
    )
    assert width * 9 == height * 16, "width and height: the picture's place is kept while it loads"


def test_the_home_page_hero_is_fetched_first_and_the_cards_lazily(client, seeded):
    html = client.get("/").content.decode()
    hero, *cards = pictures(html)
    assert_responsive(hero, "(min-width: 60rem) 30rem, 100vw")
    assert 'loading="eager"' in hero and 'fetchpriority="high"' in hero
    assert f'alt="{ILLUSTRATIONS["home"].description}"' in hero
    assert len(cards) == 3
    for card in cards:
        assert_responsive(card, "(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw")
        assert 'loading="lazy"' in card and 'alt=""' in card  # the title names the link


@pytest.mark.parametrize(
    ("path", "key"),
    [
        (THEME_PATH, "kompetensforsorjning"),
        ("/nyheter/kartlaggning-visar-var-bredbandet-saknas/", "bredband"),
    ],
)
def test_a_theme_and_a_news_item_show_their_picture_first(client, seeded, path, key):
    html = client.get(path).content.decode()
    (picture,) = pictures(html.split('<main id="main"', 1)[1])
    assert_responsive(picture, "(min-width: 50rem) 46rem, 100vw")
    assert 'loading="eager"' in picture and 'fetchpriority="high"' in picture
    assert f'alt="{ILLUSTRATIONS[key].description}"' in picture
    # ...and it is the picture when the page is shared.
    assert re.search(r'<meta property="og:image" content="http://localhost/media/images/', html)


def test_the_seed_brings_back_a_missing_file_and_forgets_its_lost_renditions(client, seeded):
    """The tests wipe the media folder after each run and keep the database: the next run's
    seed puts the files back (and so would it after a media volume was lost)."""
    image = seeded_image("home")
    name = image.file.name
    image.file.storage.delete(name)
    for rendition in image.renditions.all():
        rendition.file.storage.delete(rendition.file.name)
    assert not image.file.storage.exists(name)

    out = io.StringIO()
    call_command("seed_content", stdout=out)
    assert "Restored the missing file of the image" in out.getvalue()
    image.refresh_from_db()
    assert image.file.name == name and image.file.storage.exists(name)
    with image.file.storage.open(name) as restored:
        assert restored.read() == ILLUSTRATIONS["home"].content()
    # Its renditions were lost with it: made again, from the restored file.
    renditions = list(image.renditions.all())
    assert len(renditions) == 10  # three widths in three formats, and the share image
    assert all(rendition.file.storage.exists(rendition.file.name) for rendition in renditions)
    assert 'type="image/avif"' in client.get("/").content.decode()
    assert "seed_content: 0 objects created." in out.getvalue()
