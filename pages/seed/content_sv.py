"""The initial Swedish content, written from the region's own page about its international work.

Bodies are StreamField data in raw form: a list of {"type": ..., "value": ...}.
Contacts are functions (mailboxes), never invented people.
"""

import datetime
import uuid


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def fact_box(title: str, html: str) -> dict:
    return {"type": "fact_box", "value": {"heading": title, "body": html}}


def table(caption: str, headings: list[str], rows: list[list[str]]) -> dict:
    """A table of text columns (pages.blocks.TableBlock)."""
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "columns": [{"type": "text", "heading": heading} for heading in headings],
            "rows": [{"values": row} for row in rows],
        },
    }


def accordion(title: str, items: list[tuple[str, str]]) -> dict:
    # List items in Wagtail's block format (with ids): wagtail-localize translates only those.
    return {
        "type": "accordion",
        "value": {
            "heading": title,
            "items": [
                {"type": "item", "value": {"question": q, "answer": a}, "id": str(uuid.uuid4())}
                for q, a in items
            ],
        },
    }


PUBLIC_RECORDS = {
    "registrar": "Registrator, Region Gävleborg",
    "email": "region@regiongavleborg.se",
    "phone": "026-15 40 00",
    "postal_address": "Region Gävleborg\n801 88 Gävle",
    "how_to_request": (
        "Alla har rätt att ta del av allmänna handlingar som inte är sekretessbelagda. Du "
        "behöver inte tala om vem du är eller varför du vill ha handlingen. Skicka din begäran "
        "till registratorn. Vi lämnar besked så snart som möjligt, oftast samma dag eller inom "
        "några dagar. Att läsa handlingen hos oss är gratis; för kopior av fler än nio sidor tar "
        "vi ut en avgift."
    ),
    "right_to_appeal": (
        "Om vi helt eller delvis nekar dig att ta del av en handling får du ett skriftligt "
        "beslut. Du kan överklaga beslutet till kammarrätten. Skicka överklagandet till oss "
        "inom tre veckor från den dag du fick beslutet; vi skickar det vidare till domstolen."
    ),
}

SITE_SETTINGS = {
    "email": "region@regiongavleborg.se",
    "phone": "026-15 40 00",
    "postal_address": "Region Gävleborg\n801 88 Gävle",
    "main_website": "https://www.regiongavleborg.se/",
}

PEOPLE = [
    {
        "key": "international",
        "name": "Enheten för internationell samverkan",
        "role": "Frågor om regionens internationella arbete, EU-projekt och nätverk",
        "email": "region@regiongavleborg.se",
        "phone": "026-15 40 00",
    },
    {
        "key": "office",
        "name": "Brysselkontoret Central Sweden",
        "role": "Frågor om EU:s politik och kontakter i Bryssel",
        "email": "region@regiongavleborg.se",
        "phone": "026-15 40 00",
    },
]

ORGANISATIONS = [
    {
        "key": "dalarna",
        "name": "Region Dalarna",
        "website": "https://www.regiondalarna.se/",
        "kind": "region",
    },
    {
        "key": "orebro",
        "name": "Region Örebro län",
        "website": "https://www.regionorebrolan.se/",
        "kind": "region",
    },
]

HOME = {
    "title": "Internationell samverkan",
    "slug": "start",
    "image": "home",  # pages.seed.images.ILLUSTRATIONS
    "intro": (
        "Gävleborg blir starkare när vi samarbetar med regioner i Sverige och i resten av Europa. "
        "Här berättar vi hur Region Gävleborg arbetar internationellt och varför."
    ),
    "body": [
        paragraph(
            "<p>Region Gävleborg leder och samordnar det regionala utvecklingsarbetet i länet. "
            "Uppdraget hänger nära ihop med EU:s sammanhållningspolitik, som alla medlemsländer "
            "och "
            "regioner i EU arbetar med. Tanken är att Europa ska hålla ihop och vara livskraftigt, "
            "starkt och konkurrenskraftigt i förhållande till andra delar av världen.</p>"
        ),
        paragraph(
            "<p>Målet med vårt internationella arbete är att skapa bättre förutsättningar att bo, "
            "arbeta och driva verksamhet i Gävleborg, och att stimulera regional utveckling och "
            "tillväxt. Vi arbetar på tre sätt: med politisk påverkan, med projektutveckling och "
            "genom nätverk med andra regioner.</p>"
        ),
    ],
}

THEMES = [
    {
        "slug": "infrastruktur",
        "in_menu": True,
        "image": "infrastruktur",
        "title": "Infrastruktur",
        "intro": (
            "Bredband, transporter och järnväg knyter ihop Gävleborg med resten av Sverige och "
            "Europa. Vi driver frågorna tillsammans med andra regioner."
        ),
        "body": [
            paragraph(
                "<p>En modern infrastruktur är en förutsättning för att människor ska kunna bo "
                "och arbeta i hela länet och för att företag ska kunna växa. Därför är utbyggnaden "
                "av infrastruktur ett av de områden där Region Gävleborg bedriver påverkansarbete, "
                "både i Sverige och på EU-nivå.</p>"
            ),
            heading("Bredband"),
            paragraph(
                "<p>Snabbt och stabilt bredband behövs för skola, vård, företagande och "
                "kontakter med myndigheter. Vi samarbetar med andra regioner för att utbyggnaden "
                "ska nå även glesbygden.</p>"
            ),
            heading("Transporter och järnväg"),
            paragraph(
                "<p>Godstransporter och resor till och från länet är beroende av väl fungerande "
                "vägar och järnvägar. Genom att driva frågorna gemensamt med regioner som har "
                "samma behov får vi större genomslag när beslut om transportkorridorer och "
                "investeringar fattas.</p>"
            ),
        ],
        "contacts": ["international"],
    },
    {
        "slug": "industriomvandling",
        "in_menu": True,
        "image": "industriomvandling",
        "title": "Industriomvandling",
        "intro": (
            "Gävleborgs industri ställer om till en hållbar och digital produktion. Vi söker "
            "kunskap, partner och finansiering i Europa för att omställningen ska lyckas."
        ),
        "body": [
            paragraph(
                "<p>Länets näringsliv har starka rötter i basindustrin. När industrin ställer om "
                "för att bli hållbar och konkurrenskraftig behövs nya kunskaper, ny teknik och "
                "samarbeten över gränserna. Industriomvandling är därför ett av de områden där "
                "vi driver påverkansarbete tillsammans med andra europeiska regioner.</p>"
            ),
            heading("Så arbetar vi"),
            paragraph(
                "<ul><li>Vi deltar i europeiska nätverk för regioner med liknande industri.</li>"
                "<li>Vi utvecklar projekt som kan få stöd från EU:s fonder och program.</li>"
                "<li>Vi för fram länets erfarenheter när EU formar sin politik.</li></ul>"
            ),
        ],
        "contacts": ["international"],
    },
    {
        "slug": "kompetensforsorjning",
        "in_menu": True,
        "image": "kompetensforsorjning",
        "title": "Kompetensförsörjning",
        "intro": (
            "Arbetslivet behöver rätt kompetens. Vi samarbetar internationellt om "
            "kompetensutveckling och livslångt lärande."
        ),
        "body": [
            paragraph(
                "<p>Företag och offentliga verksamheter i Gävleborg behöver medarbetare med "
                "den kompetens som arbetslivet efterfrågar. Samtidigt behöver den som redan "
                "arbetar kunna lära nytt under hela yrkeslivet.</p>"
            ),
            heading("Kompetensutveckling och livslångt lärande"),
            paragraph(
                "<p>Genom samarbete med andra regioner och länder kan vi lära av varandra och "
                "utveckla nya sätt att möta arbetslivets behov. Det kan handla om gemensamma "
                "projekt, erfarenhetsutbyte eller om att påverka hur EU:s program för utbildning "
                "och kompetens utformas.</p>"
            ),
        ],
        "contacts": ["international"],
    },
]

OFFICE = {
    "slug": "brysselkontoret",
    "in_menu": True,
    "title": "Brysselkontoret",
    "office_name": "Central Sweden",
    "intro": (
        "Region Gävleborg har ett representationskontor i Bryssel, Central Sweden, tillsammans "
        "med Region Dalarna och Region Örebro län."
    ),
    "body": [
        paragraph(
            "<p>Kontoret bevakar EU:s politik och tar tillvara regionernas intressen i frågor som "
            "är viktiga för oss. Det ger oss en närvaro där många beslut som påverkar Gävleborg "
            "förbereds och fattas.</p>"
        ),
        heading("Vad kontoret gör"),
        paragraph(
            "<ul><li>Följer och analyserar politik och lagstiftning i EU.</li>"
            "<li>För fram regionernas synpunkter i frågor som rör oss.</li>"
            "<li>Hjälper till att hitta partner och finansiering för projekt.</li>"
            "<li>Bygger nätverk med andra regioner och organisationer i Europa.</li></ul>"
        ),
        heading("Regionerna bakom kontoret"),
        table(
            "Regionerna som driver Central Sweden",
            ["Region", "Residensstad", "Län"],
            [
                ["Region Dalarna", "Falun", "Dalarnas län"],
                ["Region Gävleborg", "Gävle", "Gävleborgs län"],
                ["Region Örebro län", "Örebro", "Örebro län"],
            ],
        ),
    ],
    "partners": ["dalarna", "orebro"],
    "contacts": ["office"],
}

# The content owner of pages without contacts of their own: the unit's function mailbox.
DEFAULT_OWNER = "international"

WHY = {
    "slug": "om-vart-arbete",
    "title": "Om vårt arbete",
    "intro": (
        "Internationella kontakter betyder allt mer för samhällets utveckling. När vi "
        "samverkar med andra går utvecklingen i Gävleborg snabbare."
    ),
    "body": [
        paragraph(
            "<p>För en stor och kunskapsintensiv organisation som Region Gävleborg är kontakter "
            "med omvärlden en viktig del av utvecklingsarbetet. Samtidigt har Europas regioner "
            "behov av gemensamma arenor där de kan föra fram sina intressen och skapa goda "
            "möjligheter till utveckling tillsammans. Där har Region Gävleborg en central roll.</p>"
        ),
        heading("Samverkan ger synergier"),
        paragraph(
            "<p>När vi samverkar internationellt uppstår synergier som gör länet mer "
            "konkurrenskraftigt och attraktivt. Det kan gälla bredbandsutbyggnad och järnväg, "
            "att stärka kompetensförsörjningen så att den matchar arbetslivets behov, eller "
            "politisk samverkan där vi tillsammans med andra län påverkar utvecklingen i Sverige "
            "och Europa.</p>"
        ),
        fact_box(
            "Tre sätt att arbeta",
            "<ul><li><b>Politisk påverkan</b> i Sverige och i EU.</li>"
            "<li><b>Projektutveckling</b> med stöd från EU:s fonder och program.</li>"
            "<li><b>Nätverkande</b> med regioner som har samma uppdrag som vi.</li></ul>",
        ),
    ],
    "contacts": ["international"],
}

ABOUT = {
    "slug": "om-webbplatsen",
    "title": "Om webbplatsen",
    "intro": (
        "Den här webbplatsen handlar om Region Gävleborgs internationella samverkan. Här finns "
        "information om hur webbplatsen fungerar och hur vi hanterar dina uppgifter."
    ),
    "body": [
        paragraph(
            "<p>Webbplatsen ges ut av Region Gävleborg. Den finns på svenska och engelska. På "
            "finska finns grundläggande information, kontaktuppgifter och sidorna om "
            "webbplatsen. Du kan använda den med tangentbord, skärmläsare och förstoring, och den "
            "fungerar även utan JavaScript.</p>"
        ),
    ],
}

ACCESSIBILITY = {
    "slug": "tillganglighetsredogorelse",
    "title": "Tillgänglighetsredogörelse",
    "intro": (
        "Region Gävleborg står bakom den här webbplatsen. Vi vill att så många som möjligt ska "
        "kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet "
        "till digital offentlig service."
    ),
    # The site covered is the site's own address (SITE_URL), set by the seed command.
    "service_name": "Internationell samverkan – Region Gävleborg",
    "conformance": "full",
    "feedback_email": "region@regiongavleborg.se",
    "feedback_phone": "026-15 40 00",
    "reply_time": "Vi svarar inom fem arbetsdagar.",
    "assessed_by_self": True,
    "assessed_automatically": True,
    "assessed_by_expert": False,
    "assessed_on": datetime.date(2026, 11, 25),
    # What the automated checks cover is what CI runs (tests/browser, tests/test_html_validity);
    # the latest recorded run is shown below this text with its own date.
    "assessment_description": (
        "Egen granskning med manuella kontroller: vi har själva gått igenom webbplatsens "
        "sidtyper mot kraven i WCAG 2.1 nivå AA, bland annat med enbart tangentbord, med "
        "förstorad text och i en mobiltelefons bredd.\n\n"
        "Automatiska kontroller: varje gång webbplatsen ändras kontrolleras alla sidtyper på "
        "svenska, engelska och finska med verktyget axe mot WCAG 2.2 nivå A och AA. Samtidigt "
        "kontrolleras att HTML-koden är korrekt enligt W3C:s validator Nu, att allt går att "
        "använda med tangentbord och att fokus syns, och att sidorna fungerar i 320 pixlars "
        "bredd, med ökat avstånd mellan rader och ord och utan JavaScript."
    ),
    "statement_date": datetime.date(2026, 11, 25),
}

# What the site does with personal data, as GDPR art. 13 asks: who is responsible, the data
# protection officer, each processing with its purpose, legal basis, retention and recipients,
# and the visitor's rights. The periods are the code's: FEEDBACK_RETENTION_DAYS (365) erases
# names and e-mail addresses, FEEDBACK_LIMIT_PER_ADDRESS (ten minutes) keeps a hash of the
# address, the backups' retention (docs/operations.md) and the log retention operations keeps
# (docs/operations.md, Logs), SUBSCRIPTION_CONFIRM_DAYS (7) and SUBSCRIPTION_LIMIT_PER_EMAIL (a
# day) for news by e-mail. Change them together.
PRIVACY = {
    "slug": "personuppgifter-och-kakor",
    "title": "Personuppgifter och kakor",
    "intro": (
        "Här beskriver vi vilka uppgifter webbplatsen sparar om dig, varför, hur länge och "
        "vilka rättigheter du har."
    ),
    "body": [
        heading("Personuppgiftsansvarig"),
        paragraph(
            "<p>Region Gävleborg är personuppgiftsansvarig för webbplatsen. Du når oss via "
            "växeln på 026-15 40 00, via e-post till "
            '<a href="mailto:region@regiongavleborg.se">region@regiongavleborg.se</a> eller '
            "med post till Region Gävleborg, 801 88 Gävle.</p>"
        ),
        heading("Dataskyddsombud"),
        paragraph(
            "<p>Region Gävleborg har ett dataskyddsombud som ser till att regionen följer "
            "dataskyddsförordningen. Du når dataskyddsombudet via e-post till "
            '<a href="mailto:region@regiongavleborg.se">region@regiongavleborg.se</a>: skriv '
            "”Till dataskyddsombudet” i ämnesraden. Du kan också skicka brev till Region "
            "Gävleborg, Dataskyddsombudet, 801 88 Gävle.</p>"
        ),
        heading("Synpunkter"),
        paragraph(
            "<p>Längst ner på varje sida kan du lämna en synpunkt. Vi sparar ditt svar, "
            "synpunkten, vilken sida den gäller och när den kom. Namn och e-postadress sparar vi "
            "bara om du vill ha svar. Skriv inte känsliga uppgifter om dig själv eller andra i "
            "synpunkten.</p>"
            "<ul><li>Ändamål: att förbättra webbplatsen och att svara dig om du vill ha svar."
            "</li>"
            "<li>Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i "
            "dataskyddsförordningen). Det ingår i regionens uppgift att ge service och "
            "information till allmänheten.</li>"
            "<li>Lagringstid: namn och e-postadress raderas automatiskt ett år efter att "
            "synpunkten kom in. Själva synpunkten är en allmän handling. Den sparas tills "
            "regionen gallrar den enligt sina regler för arkiv och gallring.</li>"
            "<li>Mottagare: de medarbetare som sköter webbplatsen. Synpunkten kan också skickas "
            "med e-post till regionens brevlåda för webbplatsen, utan namn och "
            "e-postadress.</li></ul>"
            "<p>För att stoppa den som skickar mängder av synpunkter räknar formuläret hur många "
            "som kommer från samma IP-adress. Adressen sparas då bara som ett oläsbart "
            "hashvärde, i högst tio minuter. Formuläret sätter inga kakor.</p>"
        ),
        heading("Nyheter med e-post"),
        paragraph(
            "<p>"
            "Om du prenumererar på nyheter med e-post sparar vi din e-postadress, vilket språk "
            "och vilka teman du valde och när du anmälde dig och bekräftade. Inget annat: vi "
            "sparar inte vilka mejl du har fått eller öppnat."
            "</p>"
            "<ul>"
            "<li>"
            "Ändamål: att skicka dig nyheter inom de teman du har valt."
            "</li>"
            "<li>"
            "Rättslig grund: ditt samtycke (artikel 6.1 a i dataskyddsförordningen). Du kan ta "
            "tillbaka samtycket när du vill med länken i varje mejl."
            "</li>"
            "<li>"
            "Lagringstid: tills du slutar prenumerera, då raderas adressen direkt. En adress som "
            "inte bekräftas inom sju dagar raderas automatiskt."
            "</li>"
            "<li>"
            "Mottagare: de medarbetare som sköter webbplatsen ser bara hur många som prenumererar "
            "på varje tema. Adresserna lämnas bara ut när lagen kräver det, till exempel vid en "
            "begäran om registerutdrag."
            "</li>"
            "</ul>"
            "<p>"
            "För att ingen ska kunna fylla någon annans inkorg räknar formuläret hur många "
            "anmälningar som kommer för samma e-postadress och från samma IP-adress. Adresserna "
            "sparas då bara som oläsbara hashvärden, i högst ett dygn. Formuläret sätter inga "
            "kakor."
            "</p>"
        ),
        heading("Loggar"),
        paragraph(
            "<p>Webbplatsens egna loggar innehåller vilken sida som visades, när och om det "
            "gick bra, men ingen IP-adress, inga sökord och inga kakor. Den server som tar emot "
            "trafiken till webbplatsen sparar också din IP-adress i sin logg.</p>"
            "<ul><li>Ändamål: att upptäcka fel och skydda webbplatsen mot angrepp.</li>"
            "<li>Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i "
            "dataskyddsförordningen). En säker webbplats är en förutsättning för att regionen "
            "ska kunna informera allmänheten.</li>"
            "<li>Lagringstid: loggarna sparas i högst 30 dagar och raderas sedan.</li>"
            "<li>Mottagare: de medarbetare och leverantörer som sköter driften av "
            "webbplatsen.</li></ul>"
        ),
        heading("Sökningar"),
        paragraph(
            "<p>Vem som sökte sparas inte, och sökorden skrivs aldrig i någon logg. För att "
            "vanliga sökningar ska gå snabbt hålls svaret på en sökning som gav träffar kvar i "
            "högst fem minuter, krypterat så att bara den som söker på exakt samma ord kan läsa "
            "det. En sökning utan träffar sparas inte alls.</p>"
        ),
        heading("Kakor (cookies)"),
        paragraph(
            "<p>Webbplatsen använder inga kakor för statistik eller marknadsföring, och den "
            "hämtar inget innehåll från andra webbplatser. Om du som redaktör loggar in sparas "
            "en kaka som håller dig inloggad och en kaka som skyddar formulär mot förfalskning. "
            "De behövs för att tjänsten ska fungera.</p>"
        ),
        heading("Säkerhetskopior och allmänna handlingar"),
        paragraph(
            "<p>Webbplatsens databas säkerhetskopieras varje natt. Kopiorna sparas i upp till "
            "ett år, så en raderad uppgift kan finnas kvar i en kopia så länge. Som myndighet "
            "följer regionen offentlighetsprincipen: det som kommer in till oss är i regel en "
            "allmän handling som vem som helst kan begära att få läsa, om inte uppgifterna "
            "omfattas av sekretess.</p>"
        ),
        heading("Dina rättigheter"),
        paragraph(
            "<p>Du har rätt att få veta vilka uppgifter vi har om dig (registerutdrag) och att "
            "få felaktiga uppgifter rättade. Du har också rätt att begära att uppgifter raderas "
            "eller att behandlingen begränsas, och att invända mot behandlingen. Uppgifter i "
            "allmänna handlingar får vi bara radera enligt reglerna om arkiv och gallring. "
            "Kontakta oss via "
            '<a href="mailto:region@regiongavleborg.se">region@regiongavleborg.se</a> eller '
            "dataskyddsombudet.</p>"
        ),
        heading("Klagomål till Integritetsskyddsmyndigheten"),
        paragraph(
            "<p>Om du är missnöjd med hur vi behandlar dina personuppgifter har du rätt att "
            "lämna klagomål till Integritetsskyddsmyndigheten (IMY), som har tillsyn över "
            'dataskyddet. Läs mer på <a href="https://www.imy.se/">imy.se</a>.</p>'
        ),
    ],
}

CONTACT = {
    "slug": "kontakt",
    "title": "Kontakt",
    "intro": "Har du frågor om Region Gävleborgs internationella arbete? Så når du oss.",
    "body": [
        paragraph(
            "<p>Du når Region Gävleborg via växeln på 026-15 40 00 eller via e-post till "
            '<a href="mailto:region@regiongavleborg.se">region@regiongavleborg.se</a>. '
            "Berätta att din fråga gäller internationell samverkan, så hamnar den rätt.</p>"
        ),
        accordion(
            "Vanliga frågor",
            [
                (
                    "Kan Region Gävleborg hjälpa till med EU-projekt?",
                    "<p>Ja. Vi hjälper organisationer i länet att hitta partner och "
                    "finansiering och att utveckla idéer till projekt.</p>",
                ),
                (
                    "Vem kan jag kontakta om Brysselkontoret?",
                    "<p>Frågor om kontoret Central Sweden besvaras via regionens växel och "
                    "e-post ovan.</p>",
                ),
            ],
        ),
    ],
    "contacts": ["international", "office"],
}

# Lättläst, after Myndigheten för tillgängliga medier's advice: the heading says what the text is
# about, one thought per sentence, everyday words, "du" to the reader, the few hard words
# explained where they come, concrete examples instead of abstractions. The page shows its LIX;
# this text is under 25 ("mycket lätt").
EASY_READ = {
    "slug": "lattlast",
    "title": "Så samarbetar Region Gävleborg med andra länder",
    "intro": (
        "Här kan du läsa om hur Region Gävleborg samarbetar med andra länder. Texten är lättläst."
    ),
    "body": [
        heading("Vad vill Region Gävleborg?"),
        paragraph(
            "<p>Region Gävleborg vill att det ska vara bra att bo och arbeta i Gävleborg.</p>"
            "<p>Därför samarbetar vi med andra. Vi samarbetar med regioner i Sverige. "
            "Vi samarbetar också med regioner i andra länder i Europa.</p>"
        ),
        heading("Varför samarbetar vi med andra länder?"),
        paragraph(
            "<p>En del saker kan vi inte göra själva. Ett exempel är tåg som går mellan "
            "länder. Det är lättare att ordna tillsammans med andra.</p>"
            "<p>När vi samarbetar kan vi lära oss av varandra.</p>"
            "<p>Vi kan också få pengar från EU. Pengarna går till projekt i Gävleborg. "
            "Ett projekt är ett arbete som pågår en viss tid.</p>"
            "<p>EU betyder Europeiska unionen. I EU samarbetar 27 länder. Sverige är ett av "
            "dem.</p>"
        ),
        heading("Tre saker vi arbetar med"),
        paragraph(
            "<ul><li>Vägar, tåg och internet. Alla i Gävleborg ska kunna resa och använda "
            "internet.</li>"
            "<li>Företag som är bra för miljön. Vi hjälper företag att hitta nya sätt att "
            "arbeta. Då släpper de ut mindre.</li>"
            "<li>Att lära sig nya saker. Du ska kunna gå en kurs eller en utbildning när du "
            "är vuxen.</li></ul>"
            "<p>Vi har också ett kontor i Bryssel. Bryssel är en stad i Belgien. Där fattar "
            "EU många beslut. Kontoret heter Central Sweden. Vi har det ihop med Region "
            "Dalarna och Region Örebro län.</p>"
        ),
        heading("Så kontaktar du oss"),
        paragraph(
            "<p>Du kan ringa till oss. Numret är 026-15 40 00.</p>"
            "<p>Du kan skicka e-post till oss. Adressen är "
            '<a href="mailto:region@regiongavleborg.se">region@regiongavleborg.se</a>.</p>'
            "<p>Säg att du vill prata om internationell samverkan.</p>"
        ),
        heading("Det här har du rätt till"),
        paragraph(
            "<ul><li>Du har rätt att läsa det vi skriver och sparar. Det kallas allmänna "
            "handlingar. En del handlingar är hemliga. Då får du veta varför.</li>"
            "<li>Du har rätt att tala och skriva finska med oss.</li>"
            "<li>Du kan få information på ett sätt som passar dig. Det kan vara lättläst text "
            "eller text som någon läser upp. Säg till om du behöver det.</li>"
            "<li>Du kan säga vad du tycker om webbplatsen. Det finns ett formulär längst ner på "
            "varje sida.</li></ul>"
        ),
    ],
}

PROJECT_INDEX = {
    "slug": "projekt",
    "title": "EU-projekt",
    "in_menu": True,
    "intro": (
        "Här finns projekt där Region Gävleborg deltar med stöd från EU:s fonder och program. "
        "Filtrera på tema, program eller status."
    ),
    "body": [],
}

NEWS_INDEX = {
    "slug": "nyheter",
    "title": "Nyheter",
    "in_menu": True,
    "intro": "Nytt om Region Gävleborgs internationella arbete, projekt och nätverk.",
    "body": [],
}

EVENT_INDEX = {
    "slug": "kalender",
    "title": "Kalender",
    "in_menu": True,
    "intro": (
        "Seminarier, konferenser och möten om internationell samverkan, i Gävleborg, i Bryssel "
        "och digitalt."
    ),
    "body": [],
}
