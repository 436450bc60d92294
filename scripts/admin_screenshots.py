"""Screenshots of the real admin for the guides (docs/editors.md, docs/translators.md).

    make screenshots

Starts the seeded site as the browser tests do (its own database, gunicorn), logs in as each
role and walks through a publication in headless Chromium, saving JPEGs in docs/screenshots/.
Retake them after a Wagtail upgrade or a change to the admin. Needs Chromium
(apt-get install chromium, or CHROMIUM_PATH).
"""

import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM_FLAGS  # noqa: E402 - after the path is set
from tests.live_site import create_user, running_site, shell  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSWORD = "skarmbilder-endast-2026"  # noqa: S105 - a throwaway site, deleted afterwards
ROLES = {"redaktor": "Redaktör", "publicist": "Publicist", "oversattare": "Översättare"}


class Camera:
    def __init__(self, browser, url: str):
        self.browser, self.url = browser, url

    def log_in(self, username: str):
        context = self.browser.new_context(
            viewport={"width": 1280, "height": 800}, locale="sv-SE", device_scale_factor=1
        )
        page = context.new_page()
        page.goto(self.url + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r".*/admin/$"))
        return page

    def shoot(self, page, name: str, full_page: bool = False):
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)  # let transitions settle
        path = OUT / f"{name}.jpg"
        page.screenshot(path=str(path), type="jpeg", quality=80, full_page=full_page)
        print(f"  {path.relative_to(ROOT)}")


def editors(camera: Camera, env: dict, ids: dict):
    url = camera.url
    editor = camera.log_in("redaktor")
    camera.shoot(editor, "redaktor-oversikt")
    editor.goto(f"{url}/admin/pages/{ids['newsindexpage']}/")
    camera.shoot(editor, "redaktor-sidtradet")

    editor.goto(f"{url}/admin/pages/add/pages/newspage/{ids['newsindexpage']}/")
    editor.fill("#id_title", "Regionen söker partner till nytt Interreg-projekt")
    editor.fill("#id_intro", "Region Gävleborg söker partner i Norden till ett nytt projekt.")
    camera.shoot(editor, "nyhet-ny")
    footer = editor.locator("footer")
    footer.get_by_role("button", name="Fler åtgärder").click()
    camera.shoot(editor, "nyhet-skicka-till-granskning")
    footer.locator("button[name='action-submit']").click()
    editor.get_by_text("inlämnad för granskning").wait_for()

    editor.goto(f"{url}/admin/pages/{ids['themepage']}/edit/")
    editor.locator("[data-side-panel-toggle='preview']").click()
    editor.frame_locator("#w-preview-iframe").locator("h1").wait_for(timeout=15_000)
    camera.shoot(editor, "forhandsgranskning")

    faulty = shell(
        env,
        "import json; from pages.models import HomePage, StandardPage; "
        "home = HomePage.objects.get(locale__language_code='sv'); "
        "page = StandardPage(title='Ansök om medel för internationella projekt', "
        "slug='ansok-om-medel', intro='Organisationer i länet kan ansöka om medel för att "
        "förbereda internationella projekt.', body=[('heading', {'text': 'Vem kan söka', "
        "'level': 'h3'}), ('paragraph', '<p>Ansökan ska vara inne senast den 1 mars. "
        '<a href="https://example.se/">Klicka här</a>.</p>\')]); '
        "home.add_child(instance=page); page.save_revision(); print(page.pk)",
    )
    editor.goto(f"{url}/admin/pages/{faulty}/edit/")
    editor.locator("[data-side-panel-toggle='checks']").click()
    editor.get_by_text("Rubriknivåer hoppas över").wait_for(timeout=15_000)
    camera.shoot(editor, "kontroller")

    editor.goto(f"{url}/admin/pages/{ids['themepage']}/edit/")
    editor.get_by_role("tab", name="Marknadsför").click()
    camera.shoot(editor, "flik-marknadsfor")
    editor.get_by_role("tab", name="Inställningar").click()
    camera.shoot(editor, "flik-installningar")
    editor.goto(f"{url}/admin/reports/granska/")
    camera.shoot(editor, "rapport-sidor-att-granska")
    editor.goto(f"{url}/admin/reports/lasbarhet/")
    camera.shoot(editor, "rapport-lasbarhet")

    publisher = camera.log_in("publicist")
    camera.shoot(publisher, "publicist-oversikt")
    link = publisher.locator("a", has_text="Regionen söker partner").first
    publisher.goto(url + link.get_attribute("href"))
    actions = publisher.locator("footer")
    actions.get_by_role("button", name="Fler åtgärder").click()
    camera.shoot(publisher, "publicist-godkann")
    actions.locator("button", has_text="Godkänn och Publicera").first.click()
    publisher.get_by_text("är godkänd och publicerad").wait_for()
    publisher.goto(f"{url}/nyheter/regionen-soker-partner-till-nytt-interreg-projekt/")
    camera.shoot(publisher, "publicerad-nyhet")

    # What visitors answered "Hittade du det du sökte?", as the Publicist reads it.
    shell(
        env,
        "from pages.feedback import Feedback; "
        "Feedback.objects.create(page_url='/kalender/', language='sv', found=False, "
        "message='Det står inte vilken tid seminariet slutar.'); "
        "Feedback.objects.create(page_url='/en/brussels-office/', language='en', found=True); "
        "Feedback.objects.create(page_url='/projekt/', language='sv', found=False, "
        "message='Kan man filtrera projekten på program?', wants_answer=True, "
        "name='Anna Andersson', email='anna@example.se'); print(0)",
    )
    publisher.goto(f"{url}/admin/snippets/pages/feedback/")
    camera.shoot(publisher, "synpunkter-lista")
    shell(
        env,
        "import datetime; from django.utils import timezone; from pages.models import NewsPage; "
        "news = NewsPage.objects.filter(locale__language_code='sv').first(); "
        "news.expire_at = timezone.now() + datetime.timedelta(days=30); "
        "news.save_revision().publish(); print(0)",
    )
    publisher.goto(f"{url}/admin/reports/schemalagt/")
    camera.shoot(publisher, "rapport-schemalagda")


def translators(camera: Camera, env: dict, ids: dict):
    """A new Swedish news item translated into English: the request, the editor, the PO file,
    the report and the submission (the same steps as tests/browser/test_translating.py)."""
    from tests.browser.test_translating import NEWS_ITEM

    url = camera.url
    swedish = shell(env, NEWS_ITEM)
    translator = camera.log_in("oversattare")
    translator.goto(f"{url}/admin/pages/{ids['newsindexpage']}/")
    camera.shoot(translator, "oversattare-sidtradet")
    translator.goto(f"{url}/admin/localize/submit/page/{swedish}/")
    translator.get_by_label("English").check()
    camera.shoot(translator, "oversattare-begar-oversattning")
    translator.get_by_role("button", name="Skicka").click()
    translator.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    english = int(re.search(r"/pages/(\d+)/edit/", translator.url)[1])
    translator.get_by_role("button", name="Översätt").first.click()
    translator.locator("main textarea").first.fill("New night train to Brussels")
    camera.shoot(translator, "oversattare-oversattningsvyn")
    translator.get_by_role("button", name="Spara").click()
    translator.get_by_text("New night train to Brussels").first.wait_for()
    translator.goto(f"{url}/admin/reports/oversattningar/?sprak=en")
    camera.shoot(translator, "oversattare-rapport")
    translator.goto(f"{url}/admin/pages/{english}/skicka-oversattning/")
    camera.shoot(translator, "oversattare-inte-klar")

    # The Swedish contact page changes: the report offers the sync on its row.
    shell(
        env,
        "from pages.models import StandardPage; "
        "page = StandardPage.objects.get(slug='kontakt', locale__language_code='sv'); "
        "page.intro = page.intro + ' Vi svarar inom två arbetsdagar.'; "
        "page.save_revision().publish(); print(0)",
    )
    translator.goto(f"{url}/admin/reports/oversattningar/?sprak=en")
    camera.shoot(translator, "oversattare-synkronisera")


def main() -> int:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(chromium):
        print("Chromium is needed: apt-get install chromium (or set CHROMIUM_PATH).")
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with running_site("screenshots") as (url, env):
        for username, group in ROLES.items():
            create_user(env, username, PASSWORD, group=group)
        ids = shell(
            env,
            "import json; from wagtail.models import Page; "
            "pages = Page.objects.filter(locale__language_code='sv', depth__gte=2)"
            ".select_related('content_type').order_by('path'); found = {}; "
            "[found.setdefault(p.content_type.model, p.pk) for p in pages]; "
            "print(json.dumps(found))",
        )
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
            camera = Camera(browser, url)
            editors(camera, env, ids)
            translators(camera, env, ids)
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
