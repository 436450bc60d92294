"""Basic information in Finnish (suomi), a national minority language: the Finnish home page at
/fi/, written in Finnish rather than translated from the Swedish home (pages.language_homes),
and the public-records snippet in Finnish, which the page shows below its text."""

from pages.seed.content_sv import heading, paragraph

HOME = {
    "title": "Kansainvälinen yhteistyö",
    "slug": "aloitus",
    "image_alt_text": (
        "Piirroskuva lahdesta, jossa on metsäisiä saaria, punainen mökki rannalla ja matalalla "
        "oleva aurinko vuorten yllä."
    ),
    "intro": (
        "Perustietoa suomeksi Region Gävleborgin kansainvälisestä työstä: mitä teemme, miksi "
        "ja miten saat meihin yhteyden."
    ),
    "body": [
        heading("Mitä Region Gävleborg tekee?"),
        paragraph(
            "<p>Region Gävleborg johtaa ja koordinoi Gävleborgin läänin aluekehitystä. Teemme "
            "yhteistyötä muiden alueiden kanssa Ruotsissa ja muualla Euroopassa, jotta "
            "Gävleborgissa olisi hyvä asua, tehdä työtä ja yrittää.</p>"
            "<p>Kansainvälinen työmme liittyy läheisesti EU:n koheesiopolitiikkaan. Teemme "
            "työtä kolmella tavalla: vaikuttamalla päätöksiin, kehittämällä hankkeita ja "
            "verkostoitumalla muiden alueiden kanssa.</p>"
        ),
        heading("Mihin keskitymme?"),
        paragraph(
            "<ul><li>Infrastruktuuri: laajakaista, liikenne ja rautatiet.</li>"
            "<li>Teollisuuden muutos: uudet ja kestävämmät tavat tuottaa ja toimia.</li>"
            "<li>Osaaminen ja elinikäinen oppiminen.</li></ul>"
            "<p>Brysselissä meillä on toimisto Central Sweden yhdessä Region Dalarnan ja Region "
            "Örebro länin kanssa. Toimisto seuraa EU:n politiikkaa ja tukee alueen toimijoita "
            "EU-hankkeissa.</p>"
        ),
        heading("Oikeutesi käyttää suomea"),
        paragraph(
            "<p>Region Gävleborg kuuluu suomen kielen hallintoalueeseen. Sinulla on oikeus "
            "käyttää suomea, kun asioit kanssamme suullisesti tai kirjallisesti asiassa, jossa "
            "olet osapuolena. Kerro, että haluat asioida suomeksi.</p>"
        ),
        heading("Näin otat meihin yhteyttä"),
        paragraph(
            "<p>Soita vaihteeseen numeroon 026-15 40 00 tai lähetä sähköpostia osoitteeseen "
            '<a href="mailto:region@regiongavleborg.se">region@regiongavleborg.se</a>. Kerro, '
            "että asiasi koskee kansainvälistä yhteistyötä.</p>"
            "<p>Postiosoite: Region Gävleborg, 801 88 Gävle.</p>"
        ),
        heading("Muut kielet"),
        paragraph(
            "<p>Sivuston muu sisältö on ruotsiksi ja englanniksi. Kielivalinnat ovat jokaisen "
            "sivun yläreunassa.</p>"
        ),
    ],
}

PUBLIC_RECORDS = {
    "registrar": "Kirjaamo, Region Gävleborg",
    "email": "region@regiongavleborg.se",
    "phone": "026-15 40 00",
    "postal_address": "Region Gävleborg\n801 88 Gävle",
    "how_to_request": (
        "Jokaisella on oikeus tutustua yleisiin asiakirjoihin, jotka eivät ole salassa "
        "pidettäviä. Sinun ei tarvitse kertoa, kuka olet tai miksi haluat asiakirjan. Lähetä "
        "pyyntösi kirjaamoon. Vastaamme niin pian kuin mahdollista, yleensä samana päivänä tai "
        "muutaman päivän kuluessa. Asiakirjan lukeminen luonamme on maksutonta; yli yhdeksän "
        "sivun kopioista perimme maksun."
    ),
    "right_to_appeal": (
        "Jos kieltäydymme kokonaan tai osittain antamasta asiakirjaa, saat kirjallisen "
        "päätöksen. Voit valittaa päätöksestä kamarioikeuteen. Lähetä valitus meille kolmen "
        "viikon kuluessa siitä päivästä, jona sait päätöksen; toimitamme sen tuomioistuimelle."
    ),
}

# Finnish translations of the pages a Finnish speaker needs in full besides the basic
# information (about the website, the accessibility statement, personal data, contact) and of
# the contacts they show, segment by segment as for English (content_en.py): the seed imports
# them through wagtail-localize, so the pages are translations of the Swedish ones (hreflang,
# language links, the translators' report) and stay in step with them.
TRANSLATIONS = {
    # Contacts (snippets)
    "Enheten för internationell samverkan": "Kansainvälisen yhteistyön yksikkö",
    "Frågor om regionens internationella arbete, EU-projekt och nätverk": (
        "Kysymykset Region Gävleborgin kansainvälisestä työstä, EU-hankkeista ja verkostoista"
    ),
    "Brysselkontoret Central Sweden": "Brysselin toimisto Central Sweden",
    "Frågor om EU:s politik och kontakter i Bryssel": (
        "Kysymykset EU:n politiikasta ja yhteyksistä Brysselissä"
    ),
    # About the website
    "Om webbplatsen": "Tietoa verkkosivustosta",
    "om-webbplatsen": "tietoa-sivustosta",
    "Den här webbplatsen handlar om Region Gävleborgs internationella samverkan. Här finns "
    "information om hur webbplatsen fungerar och hur vi hanterar dina uppgifter.": (
        "Tämä sivusto kertoo Region Gävleborgin kansainvälisestä yhteistyöstä. Täältä löydät "
        "tietoa siitä, miten sivusto toimii ja miten käsittelemme tietojasi."
    ),
    "Webbplatsen ges ut av Region Gävleborg. Den finns på svenska och engelska. På finska finns "
    "grundläggande information, kontaktuppgifter och sidorna om webbplatsen. Du kan använda den "
    "med tangentbord, skärmläsare och förstoring, och den fungerar även utan JavaScript.": (
        "Sivuston julkaisee Region Gävleborg. Sivusto on ruotsiksi ja englanniksi. Suomeksi on "
        "perustietoa, yhteystiedot ja sivustoa koskevat sivut. Voit käyttää sivustoa "
        "näppäimistöllä, ruudunlukuohjelmalla ja suurennuksella, ja se toimii myös ilman "
        "JavaScriptiä."
    ),
    # Accessibility statement
    "Tillgänglighetsredogörelse": "Saavutettavuusseloste",
    "tillganglighetsredogorelse": "saavutettavuusseloste",
    "Region Gävleborg står bakom den här webbplatsen. Vi vill att så många som möjligt ska "
    "kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till "
    "digital offentlig service.": (
        "Region Gävleborg vastaa tästä sivustosta. Haluamme, että mahdollisimman moni voi "
        "käyttää sitä. Tässä selosteessa kerromme, miten sivusto täyttää Ruotsin lain "
        "digitaalisen julkisen palvelun saavutettavuudesta."
    ),
    "Internationell samverkan – Region Gävleborg": "Kansainvälinen yhteistyö – Region Gävleborg",
    "Vi svarar inom fem arbetsdagar.": "Vastaamme viiden työpäivän kuluessa.",
    "Egen granskning med manuella kontroller: vi har själva gått igenom webbplatsens sidtyper "
    "mot kraven i WCAG 2.1 nivå AA, bland annat med enbart tangentbord, med förstorad text och i "
    "en mobiltelefons bredd.<br/><br/>Automatiska kontroller: varje gång webbplatsen ändras "
    "kontrolleras alla sidtyper på svenska, engelska och finska med verktyget axe mot WCAG 2.2 "
    "nivå A och AA. Samtidigt kontrolleras att HTML-koden är korrekt enligt W3C:s validator Nu, "
    "att allt går att använda med tangentbord och att fokus syns, och att sidorna fungerar i "
    "320 pixlars bredd, med ökat avstånd mellan rader och ord och utan JavaScript.": (
        "Oma arviointi ja manuaaliset tarkistukset: olemme itse käyneet sivuston sivutyypit "
        "läpi WCAG 2.1 -ohjeiden AA-tason vaatimuksia vasten, muun muassa pelkällä "
        "näppäimistöllä, suurennetulla tekstillä ja matkapuhelimen levyisellä näytöllä."
        "<br/><br/>Automaattiset tarkistukset: aina kun sivusto muuttuu, kaikki sivutyypit "
        "ruotsiksi, englanniksi ja suomeksi tarkistetaan axe-työkalulla WCAG 2.2 -ohjeiden A- "
        "ja AA-tason vaatimuksia vasten. Samalla tarkistetaan, että HTML-koodi on W3C:n "
        "Nu-validaattorin mukaan oikeaa, että kaikkea voi käyttää näppäimistöllä ja kohdistus "
        "näkyy ja että sivut toimivat 320 pikselin levyisinä, suuremmalla rivi- ja sanavälillä "
        "sekä ilman JavaScriptiä."
    ),
    # Personal data and cookies
    "Personuppgifter och kakor": "Henkilötiedot ja evästeet",
    "personuppgifter-och-kakor": "henkilotiedot-ja-evasteet",
    "Här beskriver vi vilka uppgifter webbplatsen sparar om dig, varför, hur länge och vilka "
    "rättigheter du har.": (
        "Tässä kerromme, mitä tietoja sivusto tallentaa sinusta, miksi ja kuinka kauan sekä "
        "mitä oikeuksia sinulla on."
    ),
    "Personuppgiftsansvarig": "Rekisterinpitäjä",
    "Region Gävleborg är personuppgiftsansvarig för webbplatsen. Du når oss via växeln på "
    '026-15 40 00, via e-post till <a id="a1">region@regiongavleborg.se</a> eller med post till '
    "Region Gävleborg, 801 88 Gävle.": (
        "Region Gävleborg on sivuston rekisterinpitäjä. Tavoitat meidät vaihteen kautta "
        'numerosta 026-15 40 00, sähköpostitse osoitteesta <a id="a1">region@regiongavleborg.se'
        "</a> tai postitse osoitteesta Region Gävleborg, 801 88 Gävle."
    ),
    "Dataskyddsombud": "Tietosuojavastaava",
    "Region Gävleborg har ett dataskyddsombud som ser till att regionen följer "
    "dataskyddsförordningen. Du når dataskyddsombudet via e-post till "
    '<a id="a1">region@regiongavleborg.se</a>: skriv ”Till dataskyddsombudet” i ämnesraden. Du '
    "kan också skicka brev till Region Gävleborg, Dataskyddsombudet, 801 88 Gävle.": (
        "Region Gävleborgilla on tietosuojavastaava, joka valvoo, että alue noudattaa EU:n "
        "yleistä tietosuoja-asetusta. Tavoitat tietosuojavastaavan sähköpostitse osoitteesta "
        '<a id="a1">region@regiongavleborg.se</a>: kirjoita aiheriville ”Till '
        "dataskyddsombudet” (tietosuojavastaavalle). Voit myös lähettää kirjeen osoitteeseen "
        "Region Gävleborg, Dataskyddsombudet, 801 88 Gävle."
    ),
    "Synpunkter": "Palaute",
    "Längst ner på varje sida kan du lämna en synpunkt. Vi sparar ditt svar, synpunkten, vilken "
    "sida den gäller och när den kom. Namn och e-postadress sparar vi bara om du vill ha svar. "
    "Skriv inte känsliga uppgifter om dig själv eller andra i synpunkten.": (
        "Jokaisen sivun alareunassa voit antaa palautetta. Tallennamme vastauksesi, "
        "palautteesi, sivun, jota se koskee, ja sen saapumisajan. Nimesi ja "
        "sähköpostiosoitteesi tallennamme vain, jos haluat vastauksen. Älä kirjoita "
        "palautteeseen arkaluonteisia tietoja itsestäsi tai muista."
    ),
    "Ändamål: att förbättra webbplatsen och att svara dig om du vill ha svar.": (
        "Tarkoitus: sivuston parantaminen ja vastaaminen sinulle, jos haluat vastauksen."
    ),
    "Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen). Det "
    "ingår i regionens uppgift att ge service och information till allmänheten.": (
        "Oikeusperuste: yleistä etua koskeva tehtävä (tietosuoja-asetuksen 6 artiklan 1 kohdan "
        "e alakohta). Palvelu ja tiedottaminen yleisölle kuuluvat alueen tehtäviin."
    ),
    "Lagringstid: namn och e-postadress raderas automatiskt ett år efter att synpunkten kom in. "
    "Själva synpunkten är en allmän handling. Den sparas tills regionen gallrar den enligt sina "
    "regler för arkiv och gallring.": (
        "Säilytysaika: nimi ja sähköpostiosoite poistetaan automaattisesti vuoden kuluttua "
        "palautteen saapumisesta. Itse palaute on yleinen asiakirja. Se säilytetään, kunnes "
        "alue hävittää sen arkistointia ja hävittämistä koskevien sääntöjensä mukaisesti."
    ),
    "Mottagare: de medarbetare som sköter webbplatsen. Synpunkten kan också skickas med e-post "
    "till regionens brevlåda för webbplatsen, utan namn och e-postadress.": (
        "Vastaanottajat: sivustoa hoitavat työntekijät. Palaute voidaan lähettää myös "
        "sähköpostitse alueen sivustoa koskevaan postilaatikkoon ilman nimeä ja "
        "sähköpostiosoitetta."
    ),
    "För att stoppa den som skickar mängder av synpunkter räknar formuläret hur många som kommer "
    "från samma IP-adress. Adressen sparas då bara som ett oläsbart hashvärde, i högst tio "
    "minuter. Formuläret sätter inga kakor.": (
        "Jotta kukaan ei voisi lähettää palautetta massoittain, lomake laskee, kuinka monta "
        "palautetta samasta IP-osoitteesta tulee. Osoite tallennetaan tällöin vain "
        "lukukelvottomana tiivisteenä enintään kymmenen minuutin ajan. Lomake ei aseta "
        "evästeitä."
    ),
    "Nyheter med e-post": ("Uutiset sähköpostitse"),
    "Om du prenumererar på nyheter med e-post sparar vi din e-postadress, vilket språk "
    "och vilka teman du valde och när du anmälde dig och bekräftade. Inget annat: vi "
    "sparar inte vilka mejl du har fått eller öppnat.": (
        "Jos tilaat uutisia sähköpostitse, tallennamme sähköpostiosoitteesi, valitsemasi "
        "kielen ja teemat sekä sen, milloin ilmoittauduit ja vahvistit tilauksen. Emme "
        "tallenna muuta: emme kirjaa, mitä viestejä olet saanut tai avannut."
    ),
    "Ändamål: att skicka dig nyheter inom de teman du har valt.": (
        "Tarkoitus: lähettää sinulle uutisia valitsemistasi teemoista."
    ),
    "Rättslig grund: ditt samtycke (artikel 6.1 a i dataskyddsförordningen). Du kan ta "
    "tillbaka samtycket när du vill med länken i varje mejl.": (
        "Oikeusperuste: suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta). "
        "Voit perua suostumuksesi milloin tahansa jokaisessa viestissä olevalla linkillä."
    ),
    "Lagringstid: tills du slutar prenumerera, då raderas adressen direkt. En adress som "
    "inte bekräftas inom sju dagar raderas automatiskt.": (
        "Säilytysaika: kunnes perut tilauksen, jolloin osoite poistetaan heti. Osoite, jota "
        "ei vahvisteta seitsemän päivän kuluessa, poistetaan automaattisesti."
    ),
    "Mottagare: de medarbetare som sköter webbplatsen ser bara hur många som prenumererar "
    "på varje tema. Adresserna lämnas bara ut när lagen kräver det, till exempel vid en "
    "begäran om registerutdrag.": (
        "Vastaanottajat: sivustoa hoitavat työntekijät näkevät vain, kuinka moni tilaa kunkin "
        "teeman uutisia. Osoitteita luovutetaan vain, kun laki sitä edellyttää, esimerkiksi "
        "kun pyydät tietojasi nähtäväksi."
    ),
    "För att ingen ska kunna fylla någon annans inkorg räknar formuläret hur många "
    "anmälningar som kommer för samma e-postadress och från samma IP-adress. Adresserna "
    "sparas då bara som oläsbara hashvärden, i högst ett dygn. Formuläret sätter inga "
    "kakor.": (
        "Jotta kukaan ei voisi täyttää toisen postilaatikkoa, lomake laskee, kuinka monta "
        "ilmoittautumista tulee samalle sähköpostiosoitteelle ja samasta IP-osoitteesta. "
        "Osoitteet tallennetaan silloin vain lukukelvottomina tiivisteinä enintään "
        "vuorokauden ajan. Lomake ei aseta evästeitä."
    ),
    "Loggar": "Lokit",
    "Webbplatsens egna loggar innehåller vilken sida som visades, när och om det gick bra, men "
    "ingen IP-adress, inga sökord och inga kakor. Den server som tar emot trafiken till "
    "webbplatsen sparar också din IP-adress i sin logg.": (
        "Sivuston omiin lokeihin tallentuu, mikä sivu näytettiin, milloin ja onnistuiko se, "
        "mutta ei IP-osoitetta, hakusanoja eikä evästeitä. Palvelin, joka vastaanottaa "
        "sivuston liikenteen, tallentaa lisäksi IP-osoitteesi omaan lokiinsa."
    ),
    "Ändamål: att upptäcka fel och skydda webbplatsen mot angrepp.": (
        "Tarkoitus: virheiden havaitseminen ja sivuston suojaaminen hyökkäyksiltä."
    ),
    "Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen). En "
    "säker webbplats är en förutsättning för att regionen ska kunna informera allmänheten.": (
        "Oikeusperuste: yleistä etua koskeva tehtävä (tietosuoja-asetuksen 6 artiklan 1 kohdan "
        "e alakohta). Turvallinen sivusto on edellytys sille, että alue voi tiedottaa "
        "yleisölle."
    ),
    "Lagringstid: loggarna sparas i högst 30 dagar och raderas sedan.": (
        "Säilytysaika: lokit säilytetään enintään 30 päivää, minkä jälkeen ne poistetaan."
    ),
    "Mottagare: de medarbetare och leverantörer som sköter driften av webbplatsen.": (
        "Vastaanottajat: sivuston ylläpidosta huolehtivat työntekijät ja toimittajat."
    ),
    "Sökningar": "Haut",
    "Vem som sökte sparas inte, och sökorden skrivs aldrig i någon logg. För att vanliga "
    "sökningar ska gå snabbt hålls svaret på en sökning som gav träffar kvar i högst fem "
    "minuter, krypterat så att bara den som söker på exakt samma ord kan läsa det. En sökning "
    "utan träffar sparas inte alls.": (
        "Sitä, kuka haki, ei tallenneta, eikä hakusanoja kirjoiteta mihinkään lokiin. Jotta "
        "yleiset haut olisivat nopeita, osumia tuottaneen haun vastaus säilytetään enintään viisi "
        "minuuttia salattuna niin, että vain täsmälleen samoilla sanoilla hakeva voi lukea sen. "
        "Hakua, joka ei löydä mitään, ei säilytetä lainkaan."
    ),
    "Kakor (cookies)": "Evästeet",
    "Webbplatsen använder inga kakor för statistik eller marknadsföring, och den hämtar inget "
    "innehåll från andra webbplatser. Om du som redaktör loggar in sparas en kaka som håller "
    "dig inloggad och en kaka som skyddar formulär mot förfalskning. De behövs för att tjänsten "
    "ska fungera.": (
        "Sivusto ei käytä evästeitä tilastointiin eikä markkinointiin, eikä se lataa sisältöä "
        "muilta sivustoilta. Jos kirjaudut sisään sivuston toimittajana, tallennetaan yksi "
        "eväste, joka pitää sinut kirjautuneena, ja yksi, joka suojaa lomakkeita "
        "väärennöksiltä. Niitä tarvitaan, jotta palvelu toimii."
    ),
    "Säkerhetskopior och allmänna handlingar": "Varmuuskopiot ja yleiset asiakirjat",
    "Webbplatsens databas säkerhetskopieras varje natt. Kopiorna sparas i upp till ett år, så en "
    "raderad uppgift kan finnas kvar i en kopia så länge. Som myndighet följer regionen "
    "offentlighetsprincipen: det som kommer in till oss är i regel en allmän handling som vem "
    "som helst kan begära att få läsa, om inte uppgifterna omfattas av sekretess.": (
        "Sivuston tietokanta varmuuskopioidaan joka yö. Varmuuskopioita säilytetään enintään "
        "vuoden, joten poistettu tieto voi säilyä varmuuskopiossa niin kauan. Viranomaisena "
        "alue noudattaa julkisuusperiaatetta: se, mitä meille saapuu, on yleensä yleinen "
        "asiakirja, jonka kuka tahansa voi pyytää nähtäväkseen, elleivät tiedot ole salassa "
        "pidettäviä."
    ),
    "Dina rättigheter": "Oikeutesi",
    "Du har rätt att få veta vilka uppgifter vi har om dig (registerutdrag) och att få "
    "felaktiga uppgifter rättade. Du har också rätt att begära att uppgifter raderas eller att "
    "behandlingen begränsas, och att invända mot behandlingen. Uppgifter i allmänna handlingar "
    "får vi bara radera enligt reglerna om arkiv och gallring. Kontakta oss via "
    '<a id="a1">region@regiongavleborg.se</a> eller dataskyddsombudet.': (
        "Sinulla on oikeus saada tietää, mitä tietoja meillä on sinusta (rekisteriote), ja "
        "saada virheelliset tiedot oikaistuiksi. Sinulla on myös oikeus pyytää tietojen "
        "poistamista tai käsittelyn rajoittamista sekä vastustaa käsittelyä. Yleisiin "
        "asiakirjoihin sisältyviä tietoja saamme poistaa vain arkistointia ja hävittämistä "
        'koskevien sääntöjen mukaisesti. Ota yhteyttä osoitteeseen <a id="a1">'
        "region@regiongavleborg.se</a> tai tietosuojavastaavaan."
    ),
    "Klagomål till Integritetsskyddsmyndigheten": "Valitus tietosuojaviranomaiselle",
    "Om du är missnöjd med hur vi behandlar dina personuppgifter har du rätt att lämna klagomål "
    "till Integritetsskyddsmyndigheten (IMY), som har tillsyn över dataskyddet. Läs mer på "
    '<a id="a1">imy.se</a>.': (
        "Jos olet tyytymätön siihen, miten käsittelemme henkilötietojasi, sinulla on oikeus "
        "tehdä valitus Ruotsin tietosuojaviranomaiselle (Integritetsskyddsmyndigheten, IMY), "
        'joka valvoo tietosuojaa. Lue lisää osoitteesta <a id="a1">imy.se</a>.'
    ),
    # Contact
    "Kontakt": "Yhteystiedot",
    "kontakt": "yhteystiedot",
    "Har du frågor om Region Gävleborgs internationella arbete? Så når du oss.": (
        "Onko sinulla kysyttävää Region Gävleborgin kansainvälisestä työstä? Näin tavoitat meidät."
    ),
    "Du når Region Gävleborg via växeln på 026-15 40 00 eller via e-post till "
    '<a id="a1">region@regiongavleborg.se</a>. Berätta att din fråga gäller internationell '
    "samverkan, så hamnar den rätt.": (
        "Tavoitat Region Gävleborgin vaihteen kautta numerosta 026-15 40 00 tai sähköpostitse "
        'osoitteesta <a id="a1">region@regiongavleborg.se</a>. Kerro, että asiasi koskee '
        "kansainvälistä yhteistyötä, niin se ohjautuu oikeaan paikkaan. Voit asioida kanssamme "
        "suomeksi."
    ),
    "Vanliga frågor": "Usein kysyttyä",
    "Kan Region Gävleborg hjälpa till med EU-projekt?": (
        "Voiko Region Gävleborg auttaa EU-hankkeissa?"
    ),
    "Ja. Vi hjälper organisationer i länet att hitta partner och finansiering och att utveckla "
    "idéer till projekt.": (
        "Kyllä. Autamme läänin organisaatioita löytämään kumppaneita ja rahoitusta sekä "
        "kehittämään ideoista hankkeita."
    ),
    "Vem kan jag kontakta om Brysselkontoret?": (
        "Keneen voin ottaa yhteyttä Brysselin toimistoa koskevissa asioissa?"
    ),
    "Frågor om kontoret Central Sweden besvaras via regionens växel och e-post ovan.": (
        "Central Sweden -toimistoa koskeviin kysymyksiin vastataan alueen vaihteen ja yllä "
        "mainitun sähköpostiosoitteen kautta."
    ),
}
