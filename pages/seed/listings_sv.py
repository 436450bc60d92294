"""Example listings in Swedish: funding programmes, EU projects, news and events.

The projects, news and events are plausible examples of the region's international work, not
real projects or decisions. Dates are relative to the day the seed runs, so the site always has
planned, ongoing and finished projects, recent news and both upcoming and past events.

Their English is in listings_en.
"""

import datetime
from decimal import Decimal

from pages.seed.content_sv import heading, paragraph


def relative_day(days: int) -> datetime.date:
    """Today plus ``days`` (negative for the past)."""
    return datetime.date.today() + datetime.timedelta(days=days)


def relative_moment(days: int, hour: int, minute: int = 0) -> datetime.datetime:
    """A naive local date and time ``days`` from today, at ``hour``:``minute``."""
    return datetime.datetime.combine(relative_day(days), datetime.time(hour, minute))


PROGRAMMES = [
    {
        "key": "erdf",
        "name": "Europeiska regionala utvecklingsfonden (Regionalfonden)",
        "short_name": "Regionalfonden",
        "website": "https://ec.europa.eu/regional_policy/funding/erdf_en",
    },
    {
        "key": "esf",
        "name": "Europeiska socialfonden+ (ESF+)",
        "short_name": "ESF+",
        "website": "https://www.esf.se/",
    },
    {
        "key": "interreg",
        "name": "Interreg",
        "short_name": "Interreg",
        "website": "https://interreg.eu/",
    },
    {
        "key": "horizon",
        "name": "Horisont Europa",
        "short_name": "Horisont Europa",
        "website": (
            "https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/"
            "funding-programmes-and-open-calls/horizon-europe_en"
        ),
    },
    {
        "key": "erasmus",
        "name": "Erasmus+",
        "short_name": "Erasmus+",
        "website": "https://erasmus-plus.ec.europa.eu/",
    },
    {
        "key": "jtf",
        "name": "Fonden för en rättvis omställning",
        "short_name": "Rättvis omställning",
        "website": "https://ec.europa.eu/regional_policy/funding/just-transition-fund_en",
    },
]

PROJECTS = [
    # Infrastructure
    {
        "slug": "bredband-i-glesbygd",
        "title": "Bredband i glesbygd",
        "intro": (
            "Projektet ska göra det lättare för hushåll och företag på landsbygden i Gävleborg "
            "att få snabbt bredband."
        ),
        "body": [
            paragraph(
                "<p>Många hushåll och företag i länets glesbygd saknar fortfarande snabbt och "
                "stabilt bredband. Där är det dyrt att bygga, eftersom avstånden är långa och "
                "kunderna få. Projektet tar fram kunskap och underlag som gör det lättare att "
                "bygga ut nätet även där.</p>"
            ),
            heading("Det här gör projektet"),
            paragraph(
                "<ul><li>Kartlägger vilka områden som saknar snabbt bredband.</li>"
                "<li>Stöttar kommunerna i planeringen av utbyggnaden.</li>"
                "<li>Sprider erfarenheter till andra regioner med liknande förutsättningar.</li>"
                "</ul>"
            ),
            heading("Samarbete"),
            paragraph(
                "<p>Region Gävleborg är huvudsökande. Region Dalarna deltar som partner, eftersom "
                "länen har liknande utmaningar med långa avstånd och få invånare.</p>"
            ),
        ],
        "programme": "erdf",
        "role": "lead_partner",
        "start_date": relative_day(-400),
        "end_date": relative_day(330),
        "total_budget": Decimal("24000000"),
        "eu_funding": Decimal("12000000"),
        "currency": "SEK",
        "partners": ["dalarna"],
        "themes": ["infrastruktur"],
        "contacts": ["international"],
    },
    {
        "slug": "transportkorridorer-i-mellansverige",
        "title": "Transportkorridorer i Mellansverige",
        "intro": (
            "Ett samarbetsprojekt om hur gods och resenärer ska kunna ta sig smidigare genom "
            "Mellansverige, med fokus på järnväg."
        ),
        "body": [
            paragraph(
                "<p>Gävleborg, Dalarna och Örebro län är beroende av goda förbindelser för både "
                "gods och resenärer. Många av transporterna passerar flera län och länder. Därför "
                "behöver regionerna planera tillsammans.</p>"
            ),
            heading("Projektets mål"),
            paragraph(
                "<ul><li>Ta fram en gemensam bild av behoven i transportkorridorerna.</li>"
                "<li>Lära av regioner i andra länder som har arbetat med liknande frågor.</li>"
                "<li>Ge underlag till regionernas påverkansarbete i Sverige och i EU.</li></ul>"
            ),
            heading("Samarbete"),
            paragraph(
                "<p>Region Gävleborg deltar som partner tillsammans med Region Dalarna och Region "
                "Örebro län. Brysselkontoret Central Sweden hjälper till med kontakter med "
                "regioner i andra länder.</p>"
            ),
        ],
        "programme": "interreg",
        "role": "partner",
        "start_date": relative_day(75),
        "end_date": relative_day(1170),
        "total_budget": Decimal("2400000"),
        "eu_funding": Decimal("1920000"),
        "currency": "EUR",
        "partners": ["dalarna", "orebro"],
        "themes": ["infrastruktur"],
        "contacts": ["international", "office"],
    },
    # Industrial transition
    {
        "slug": "vatgas-for-fossilfri-industri",
        "title": "Vätgas för fossilfri industri",
        "intro": (
            "Projektet hjälper företag i Gävleborg att undersöka om vätgas kan ersätta fossila "
            "bränslen i produktionen."
        ),
        "body": [
            paragraph(
                "<p>Industrin i Gävleborg behöver minska sina utsläpp av växthusgaser. För vissa "
                "processer kan vätgas vara ett alternativ till olja och naturgas. Men tekniken är "
                "ny, och många företag behöver mer kunskap innan de kan fatta beslut.</p>"
            ),
            heading("Det här gör projektet"),
            paragraph(
                "<ul><li>Erbjuder företag stöd att räkna på kostnader och nytta.</li>"
                "<li>Samlar företag, kommuner och lärosäten i ett regionalt nätverk.</li>"
                "<li>Ser över vilken kompetens som behövs när industrin ställer om.</li></ul>"
            ),
            heading("Om finansieringen"),
            paragraph(
                "<p>Projektet finansieras delvis av Fonden för en rättvis omställning. Fonden "
                "stöder regioner där omställningen till en klimatneutral ekonomi påverkar många "
                "jobb och företag.</p>"
            ),
        ],
        "programme": "jtf",
        "role": "lead_partner",
        "start_date": relative_day(-250),
        "end_date": relative_day(480),
        "total_budget": Decimal("18000000"),
        "eu_funding": Decimal("9000000"),
        "currency": "SEK",
        "partners": [],
        "themes": ["industriomvandling"],
        "contacts": ["international"],
    },
    {
        "slug": "digital-omstallning-i-basindustrin",
        "title": "Digital omställning i basindustrin",
        "intro": (
            "Ett avslutat forskningsprojekt där regioner i flera länder testade hur små och "
            "medelstora industriföretag kan använda digitala verktyg."
        ),
        "body": [
            paragraph(
                "<p>Många små och medelstora företag i basindustrin vill använda digital teknik, "
                "men saknar tid och kunskap för att komma igång. I projektet testade regioner och "
                "forskare olika sätt att ge företagen stöd.</p>"
            ),
            heading("Resultat"),
            paragraph(
                "<ul><li>En modell för hur regioner kan stödja företag i digital omställning.</li>"
                "<li>Erfarenheter från tester i flera europeiska regioner.</li>"
                "<li>En rapport med råd till andra regioner.</li></ul>"
            ),
            heading("Samarbete"),
            paragraph(
                "<p>Region Gävleborg var partner i projektet. Brysselkontoret Central Sweden "
                "hjälpte till att hitta partner i andra länder.</p>"
            ),
        ],
        "programme": "horizon",
        "role": "partner",
        "start_date": relative_day(-1150),
        "end_date": relative_day(-45),
        "total_budget": Decimal("2900000"),
        "eu_funding": Decimal("2900000"),
        "currency": "EUR",
        "partners": ["orebro"],
        "themes": ["industriomvandling"],
        "contacts": ["international", "office"],
    },
    # Skills supply
    {
        "slug": "kompetenslyft-for-industrin",
        "title": "Kompetenslyft för industrin",
        "intro": (
            "Anställda i länets industriföretag får möjlighet att utveckla sin kompetens när "
            "arbetet förändras."
        ),
        "body": [
            paragraph(
                "<p>När industrin ställer om förändras också arbetsuppgifterna. Nya maskiner, "
                "digitala system och krav på hållbarhet gör att många anställda behöver lära nytt. "
                "Projektet ger företagen stöd att planera och genomföra kompetensutveckling.</p>"
            ),
            heading("Det här gör projektet"),
            paragraph(
                "<ul><li>Kartlägger vilken kompetens företagen behöver nu och om några år.</li>"
                "<li>Erbjuder korta utbildningar som går att kombinera med arbetet.</li>"
                "<li>Tar fram metoder som andra branscher kan använda.</li></ul>"
            ),
            heading("Vem kan delta?"),
            paragraph(
                "<p>Projektet vänder sig till små och medelstora industriföretag i Gävleborg och "
                "deras anställda. Kontakta oss om ditt företag vill veta mer.</p>"
            ),
        ],
        "programme": "esf",
        "role": "lead_partner",
        "start_date": relative_day(-180),
        "end_date": relative_day(540),
        "total_budget": Decimal("12000000"),
        "eu_funding": Decimal("6000000"),
        "currency": "SEK",
        "partners": ["dalarna", "orebro"],
        "themes": ["kompetensforsorjning"],
        "contacts": ["international"],
    },
    {
        "slug": "europeiska-utbyten-for-vuxnas-larande",
        "title": "Europeiska utbyten för vuxnas lärande",
        "intro": (
            "Lärare och annan personal inom vuxenutbildningen i Gävleborg ska kunna åka på "
            "utbyten till andra europeiska länder."
        ),
        "body": [
            paragraph(
                "<p>Livslångt lärande är viktigt för att människor ska kunna ställa om och "
                "utvecklas i arbetslivet. Genom utbyten får personalen i vuxenutbildningen se hur "
                "andra länder arbetar och ta med sig nya idéer hem.</p>"
            ),
            heading("Det här ingår"),
            paragraph(
                "<ul><li>Jobbskuggning hos utbildningsanordnare i andra länder.</li>"
                "<li>Kurser om metoder för vuxnas lärande.</li>"
                "<li>Träffar där deltagarna delar med sig av det de har lärt sig.</li></ul>"
            ),
            heading("Samarbete"),
            paragraph(
                "<p>Region Gävleborg samordnar utbytena och är huvudsökande. Kommunernas "
                "vuxenutbildningar i länet kan delta.</p>"
            ),
        ],
        "programme": "erasmus",
        "role": "lead_partner",
        "start_date": relative_day(40),
        "end_date": relative_day(770),
        "total_budget": Decimal("250000"),
        "eu_funding": Decimal("230000"),
        "currency": "EUR",
        "partners": [],
        "themes": ["kompetensforsorjning"],
        "contacts": ["international"],
    },
]

NEWS = [
    # Infrastructure
    {
        "slug": "kartlaggning-visar-var-bredbandet-saknas",
        "image": "bredband",
        "title": "Kartläggning visar var bredbandet saknas",
        "intro": (
            "Projektet Bredband i glesbygd har kartlagt vilka delar av länet som saknar snabbt "
            "bredband. Resultatet blir underlag för kommunernas planering."
        ),
        "body": [
            paragraph(
                "<p>Kartläggningen visar att det främst är hushåll och företag långt från "
                "tätorterna som saknar snabbt bredband. Det gäller både permanentbostäder och "
                "fritidshus.</p>"
            ),
            heading("Nästa steg"),
            paragraph(
                "<p>Nu går projektet igenom resultatet tillsammans med kommunerna. Målet är att "
                "hitta områden där det går att bygga ut bredbandet till en rimlig kostnad.</p>"
            ),
        ],
        "date": relative_day(-9),
        "themes": ["infrastruktur"],
    },
    {
        "slug": "gemensamma-synpunkter-om-jarnvagen-i-mellansverige",
        "image": "jarnvag",
        "title": "Gemensamma synpunkter om järnvägen i Mellansverige",
        "intro": (
            "Region Gävleborg, Region Dalarna och Region Örebro län har tagit fram gemensamma "
            "synpunkter om järnvägens betydelse för Mellansverige."
        ),
        "body": [
            paragraph(
                "<p>Regionerna vill att det ska bli lättare att resa och frakta gods på järnväg "
                "genom Mellansverige. Synpunkterna handlar bland annat om kapacitet, underhåll och "
                "bättre kopplingar till resten av Europa.</p>"
            ),
            heading("Så används synpunkterna"),
            paragraph(
                "<p>Synpunkterna blir ett underlag när regionerna för dialog med den nationella "
                "nivån och med EU. Brysselkontoret Central Sweden för fram dem i kontakter med "
                "EU:s institutioner.</p>"
            ),
        ],
        "date": relative_day(-31),
        "themes": ["infrastruktur"],
    },
    # Industrial transition
    {
        "slug": "foretag-i-lanet-delar-erfarenheter-om-vatgas",
        "image": "vatgas",
        "title": "Företag i länet delar erfarenheter om vätgas",
        "intro": (
            "Ett trettiotal företag och organisationer deltog när projektet Vätgas för "
            "fossilfri industri bjöd in till en nätverksträff."
        ),
        "body": [
            paragraph(
                "<p>Under träffen berättade företag om sina första steg mot att använda vätgas. "
                "Deltagarna diskuterade också vad som behövs för att fler ska våga investera, till "
                "exempel tillgång till el och kompetens.</p>"
            ),
            paragraph(
                "<p>Nästa träff hålls i Falun tillsammans med Region Dalarna. Du hittar den i "
                "kalendern.</p>"
            ),
        ],
        "date": relative_day(-3),
        "themes": ["industriomvandling"],
    },
    {
        "slug": "rapport-om-digital-omstallning-i-basindustrin",
        "title": "Rapport om digital omställning i basindustrin",
        "intro": (
            "Projektet Digital omställning i basindustrin är avslutat. Nu finns en rapport med "
            "erfarenheter och råd till andra regioner."
        ),
        "body": [
            paragraph(
                "<p>I projektet testade regioner i flera länder olika sätt att stödja små och "
                "medelstora industriföretag. Region Gävleborg var en av partnerna.</p>"
            ),
            heading("Några slutsatser"),
            paragraph(
                "<ul><li>Företagen behöver stöd som utgår från deras egna behov.</li>"
                "<li>Samarbete mellan företag, forskare och regioner gör stödet mer "
                "träffsäkert.</li>"
                "<li>Kompetensutveckling för de anställda är en förutsättning för att tekniken "
                "ska komma till användning.</li></ul>"
            ),
            paragraph("<p>Kontakta oss om du vill ta del av rapporten.</p>"),
        ],
        "date": relative_day(-26),
        "themes": ["industriomvandling"],
    },
    # Skills supply
    {
        "slug": "vuxenutbildningen-kan-anmala-intresse-for-utbyten",
        "image": "utbyten",
        "title": "Vuxenutbildningen kan anmäla intresse för utbyten",
        "intro": (
            "Region Gävleborg förbereder utbyten inom Erasmus+ för personal i "
            "vuxenutbildningen. Nu kan kommunerna anmäla intresse."
        ),
        "body": [
            paragraph(
                "<p>Utbytena är en del av projektet Europeiska utbyten för vuxnas lärande. "
                "Personalen kan till exempel följa kollegor i ett annat land i deras arbete eller "
                "gå en kurs om nya metoder.</p>"
            ),
            heading("Så anmäler du intresse"),
            paragraph(
                "<p>Kontakta Enheten för internationell samverkan via regionens växel eller "
                "e-post. Berätta vilken verksamhet du arbetar i och hur många som kan vara "
                "intresserade.</p>"
            ),
        ],
        "date": relative_day(-17),
        "themes": ["kompetensforsorjning"],
    },
    {
        "slug": "forsta-kurserna-i-kompetenslyft-for-industrin",
        "title": "Första kurserna i Kompetenslyft för industrin har startat",
        "intro": (
            "Anställda från flera industriföretag i länet har börjat på de första kurserna i "
            "projektet."
        ),
        "body": [
            paragraph(
                "<p>Kurserna handlar om automation, digitala system och hållbar produktion. De är "
                "korta och går att kombinera med arbetet.</p>"
            ),
            paragraph(
                "<p>Fler kurser startar under året. Företag som vill delta kan kontakta oss.</p>"
            ),
        ],
        "date": relative_day(-45),
        "themes": ["kompetensforsorjning"],
    },
]

EVENTS = [
    # Upcoming
    {
        "slug": "webbinarium-eu-finansiering-for-kompetensutveckling",
        "title": "Webbinarium: EU-finansiering för kompetensutveckling",
        "intro": (
            "Vill din organisation utveckla ett projekt om kompetensförsörjning? Vi går igenom "
            "vilka EU-program som kan passa."
        ),
        "body": [
            paragraph(
                "<p>Webbinariet vänder sig till kommuner, företag, utbildningsanordnare och "
                "ideella organisationer i Gävleborg. Du behöver inga förkunskaper om "
                "EU-projekt.</p>"
            ),
            heading("Det här går vi igenom"),
            paragraph(
                "<ul><li>Europeiska socialfonden+ och Erasmus+ i korthet.</li>"
                "<li>Hur en projektidé blir en ansökan.</li>"
                "<li>Vilket stöd Region Gävleborg kan ge.</li></ul>"
            ),
            paragraph("<p>Du som har anmält dig får en länk till webbinariet.</p>"),
        ],
        "start": relative_moment(14, 9),
        "end": relative_moment(14, 10, 30),
        "location": "",
        "online": True,
        "registration_url": "https://www.regiongavleborg.se/",
        "themes": ["kompetensforsorjning"],
    },
    {
        "slug": "konferens-om-jarnvagen-i-mellansverige",
        "title": "Konferens om järnvägen i Mellansverige",
        "intro": (
            "Region Gävleborg, Region Dalarna och Region Örebro län bjuder in till en dag om hur "
            "järnvägen kan utvecklas i Mellansverige."
        ),
        "body": [
            paragraph(
                "<p>Under dagen presenterar regionerna sina gemensamma synpunkter om järnvägen. "
                "Det blir också samtal om godstransporter, pendling och kopplingar till resten av "
                "Europa.</p>"
            ),
            heading("Vem kan delta?"),
            paragraph(
                "<p>Konferensen vänder sig till politiker och tjänstepersoner i kommuner och "
                "regioner, och till företag som är beroende av transporter.</p>"
            ),
        ],
        "start": relative_moment(35, 9, 30),
        "end": relative_moment(35, 15),
        "location": "Örebro",
        "online": False,
        "registration_url": "https://www.regiongavleborg.se/",
        "themes": ["infrastruktur"],
    },
    {
        "slug": "natverkstraff-om-vatgas-i-industrin",
        "title": "Nätverksträff om vätgas i industrin",
        "intro": (
            "En träff för företag och organisationer i Gävleborg och Dalarna som vill veta mer "
            "om vätgas i industrin."
        ),
        "body": [
            paragraph(
                "<p>Träffen ordnas av projektet Vätgas för fossilfri industri tillsammans med "
                "Region Dalarna. Företag berättar om sina erfarenheter, och det finns tid för "
                "frågor och samtal.</p>"
            ),
            paragraph(
                "<p>Antalet platser är begränsat. Anmäl dig senast en vecka före träffen.</p>"
            ),
        ],
        "start": relative_moment(60, 13),
        "end": relative_moment(60, 16),
        "location": "Falun",
        "online": False,
        "registration_url": "https://www.regiongavleborg.se/",
        "themes": ["industriomvandling"],
    },
    {
        "slug": "seminarium-i-bryssel-om-bredband-i-glesbygd",
        "title": "Seminarium i Bryssel om bredband i glesbygd",
        "intro": (
            "Brysselkontoret Central Sweden bjuder in till ett seminarium om hur bredbandet kan "
            "nå hela landsbygden."
        ),
        "body": [
            paragraph(
                "<p>Regioner från flera länder berättar hur de arbetar med bredband i "
                "glesbefolkade områden. Region Gävleborg delar erfarenheter från projektet "
                "Bredband i glesbygd.</p>"
            ),
            paragraph("<p>Seminariet hålls på engelska. Du kan också följa det digitalt.</p>"),
        ],
        "start": relative_moment(100, 14),
        "end": relative_moment(100, 17),
        "location": "Central Sweden, Bryssel",
        "online": True,
        "registration_url": "https://www.regiongavleborg.se/",
        "themes": ["infrastruktur"],
    },
    # Past
    {
        "slug": "frukostseminarium-om-industrins-omstallning",
        "title": "Frukostseminarium om industrins omställning",
        "intro": (
            "Ett seminarium om hur EU:s politik och fonder kan stödja industrins omställning i "
            "Gävleborg."
        ),
        "body": [
            paragraph(
                "<p>Seminariet handlade om vilka möjligheter till EU-finansiering som finns för "
                "företag och organisationer som vill ställa om. Brysselkontoret Central Sweden "
                "berättade om aktuella frågor i EU.</p>"
            ),
            heading("Presentationer"),
            paragraph("<p>Kontakta oss om du vill ta del av presentationerna.</p>"),
        ],
        "start": relative_moment(-40, 8),
        "end": relative_moment(-40, 10),
        "location": "Regionhuset, Gävle",
        "online": True,
        "registration_url": "",
        "themes": ["industriomvandling"],
    },
    {
        "slug": "webbinarium-om-erasmus-for-vuxenutbildningen",
        "title": "Webbinarium om Erasmus+ för vuxenutbildningen",
        "intro": (
            "Ett webbinarium om hur personal i vuxenutbildningen kan åka på utbyten inom Erasmus+."
        ),
        "body": [
            paragraph(
                "<p>Under webbinariet berättade vi om vilka typer av utbyten som finns och hur "
                "kommunerna kan delta i regionens projekt.</p>"
            ),
            heading("Presentationer"),
            paragraph("<p>Kontakta oss om du vill ta del av presentationerna.</p>"),
        ],
        "start": relative_moment(-75, 10),
        "end": relative_moment(-75, 11, 30),
        "location": "",
        "online": True,
        "registration_url": "",
        "themes": ["kompetensforsorjning"],
    },
]
