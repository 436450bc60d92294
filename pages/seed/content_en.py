"""English translations of the initial content, segment by segment.

The seed feeds these to wagtail-localize exactly as a translator's PO file would: each key is a
Swedish source segment (a title, a slug, a sentence block of a body), each value its English
translation. Terminology follows the project glossary (British spelling).
"""

TRANSLATIONS = {
    # The illustrations' alternative texts (pages.seed.images), on the pages that show them
    "Tecknad bild av en fjärd med skogklädda öar, en röd stuga på stranden och en låg sol över "
    "bergen.": (
        "Illustration of a bay with forested islands, a red cottage on the shore and a low sun "
        "over the hills."
    ),
    "Tecknad bild av ett tåg på en järnvägsbro över en älvdal, med en väg och skog i förgrunden.": (
        "Illustration of a train on a railway viaduct over a river valley, with a road and "
        "forest in the foreground."
    ),
    "Tecknad bild av ett industribruk vid vattnet med vindkraftverk på åsen bakom.": (
        "Illustration of a mill by the water with wind turbines on the ridge behind it."
    ),
    "Tecknad bild av en skolbyggnad med stora fönster och röda hus omkring, där flera stigar "
    "möts.": (
        "Illustration of a school building with large windows and red houses around it, where "
        "several paths meet."
    ),
    "Tecknad bild av röda hus på landsbygden, en fiberkabel längs stolpar och en mast på berget.": (
        "Illustration of red houses in the countryside, a fibre cable along poles and a mast on "
        "the hill."
    ),
    "Tecknad bild av ett tåg som kör genom skogslandskap under en kontaktledning.": (
        "Illustration of a train running through forest under an overhead line."
    ),
    "Tecknad bild av en industrihall och två runda vätgastankar, med vindkraftverk i bakgrunden.": (
        "Illustration of an industrial hall and two round hydrogen tanks, with wind turbines in "
        "the background."
    ),
    "Tecknad bild av en färja på väg över havet mot en kust i fjärran.": (
        "Illustration of a ferry crossing the sea towards a distant coast."
    ),
    "Sökningar": "Searches",
    "Vem som sökte sparas inte, och sökorden skrivs aldrig i någon logg. För att vanliga "
    "sökningar ska gå snabbt hålls svaret på en sökning som gav träffar kvar i högst fem "
    "minuter, krypterat så att bara den som söker på exakt samma ord kan läsa det. En sökning "
    "utan träffar sparas inte alls.": (
        "Who searched is not stored, and the words are never written to any log. So that common "
        "searches are quick, the answer to a search that found something is kept for at most "
        "five minutes, encrypted so that only someone searching for exactly the same words can "
        "read it. A search that finds nothing is not kept at all."
    ),
    # Home
    "Internationell samverkan": "International cooperation",
    "start": "home",
    "Gävleborg blir starkare när vi samarbetar med regioner i Sverige och i resten av Europa. "
    "Här berättar vi hur Region Gävleborg arbetar internationellt och varför.": (
        "Gävleborg grows stronger when we work with regions in Sweden and across Europe. "
        "Here we explain how and why Region Gävleborg works internationally."
    ),
    "Region Gävleborg leder och samordnar det regionala utvecklingsarbetet i länet. Uppdraget "
    "hänger nära ihop med EU:s sammanhållningspolitik, som alla medlemsländer och regioner i EU "
    "arbetar med. Tanken är att Europa ska hålla ihop och vara livskraftigt, starkt och "
    "konkurrenskraftigt i förhållande till andra delar av världen.": (
        "Region Gävleborg leads and coordinates regional development in the county. This "
        "responsibility for regional development is closely linked to the EU's cohesion policy, "
        "which every member state and region in the EU works with. The idea is a Europe that "
        "holds together and is vibrant, strong and competitive in relation to other parts of "
        "the world."
    ),
    "Målet med vårt internationella arbete är att skapa bättre förutsättningar att bo, arbeta "
    "och driva verksamhet i Gävleborg, och att stimulera regional utveckling och tillväxt. Vi "
    "arbetar på tre sätt: med politisk påverkan, med projektutveckling och genom nätverk med "
    "andra regioner.": (
        "The aim of our international work is to make Gävleborg a better place to live, work "
        "and run a business, and to stimulate regional development and growth. We work in three "
        "ways: through policy influence, through project development and through networking "
        "with other regions."
    ),
    # Easy to read: plain English of the Swedish lättläst page (short sentences, everyday words,
    # "you" to the reader), not a word-for-word translation.
    "Så samarbetar Region Gävleborg med andra länder": (
        "How Region Gävleborg works with other countries"
    ),
    "lattlast": "easy-to-read",
    "Här kan du läsa om hur Region Gävleborg samarbetar med andra länder. Texten är lättläst.": (
        "Here you can read about how Region Gävleborg works with other countries. The text is "
        "easy to read."
    ),
    "Vad vill Region Gävleborg?": "What does Region Gävleborg want?",
    "Region Gävleborg vill att det ska vara bra att bo och arbeta i Gävleborg.": (
        "Region Gävleborg wants Gävleborg to be a good place to live and work."
    ),
    "Därför samarbetar vi med andra. Vi samarbetar med regioner i Sverige. Vi samarbetar också "
    "med regioner i andra länder i Europa.": (
        "So we work with others. We work with regions in Sweden. We also work with regions in "
        "other countries in Europe."
    ),
    "Varför samarbetar vi med andra länder?": "Why do we work with other countries?",
    "En del saker kan vi inte göra själva. Ett exempel är tåg som går mellan länder. Det är "
    "lättare att ordna tillsammans med andra.": (
        "Some things we cannot do on our own. One example is trains that go between countries. "
        "They are easier to arrange together with others."
    ),
    "När vi samarbetar kan vi lära oss av varandra.": (
        "When we work together, we can learn from each other."
    ),
    "Vi kan också få pengar från EU. Pengarna går till projekt i Gävleborg. Ett projekt är ett "
    "arbete som pågår en viss tid.": (
        "We can also get money from the EU. The money goes to projects in Gävleborg. A project "
        "is a piece of work that goes on for a set time."
    ),
    "EU betyder Europeiska unionen. I EU samarbetar 27 länder. Sverige är ett av dem.": (
        "EU stands for the European Union. 27 countries work together in the EU. Sweden is one "
        "of them."
    ),
    "Tre saker vi arbetar med": "Three things we work on",
    "Vägar, tåg och internet. Alla i Gävleborg ska kunna resa och använda internet.": (
        "Roads, trains and the internet. Everyone in Gävleborg should be able to travel and use "
        "the internet."
    ),
    "Företag som är bra för miljön. Vi hjälper företag att hitta nya sätt att arbeta. Då "
    "släpper de ut mindre.": (
        "Companies that are good for the environment. We help companies find new ways to work. "
        "Then they cause less pollution."
    ),
    "Att lära sig nya saker. Du ska kunna gå en kurs eller en utbildning när du är vuxen.": (
        "Learning new things. You should be able to take a course or study when you are an adult."
    ),
    "Vi har också ett kontor i Bryssel. Bryssel är en stad i Belgien. Där fattar EU många "
    "beslut. Kontoret heter Central Sweden. Vi har det ihop med Region Dalarna och Region Örebro "
    "län.": (
        "We also have an office in Brussels. Brussels is a city in Belgium. The EU makes many of "
        "its decisions there. The office is called Central Sweden. We share it with Region Dalarna "
        "and Region Örebro County."
    ),
    "Så kontaktar du oss": "How to contact us",
    "Du kan ringa till oss. Numret är 026-15 40 00.": (
        "You can phone us. The number is +46 26 15 40 00."
    ),
    'Du kan skicka e-post till oss. Adressen är <a id="a1">region@regiongavleborg.se</a>.': (
        'You can e-mail us. The address is <a id="a1">region@regiongavleborg.se</a>.'
    ),
    "Säg att du vill prata om internationell samverkan.": (
        "Say that you want to talk about international cooperation."
    ),
    "Det här har du rätt till": "Your rights",
    "Du har rätt att läsa det vi skriver och sparar. Det kallas allmänna handlingar. En del "
    "handlingar är hemliga. Då får du veta varför.": (
        "You have the right to read what we write and keep. These are called official documents. "
        "Some documents are secret. Then we tell you why."
    ),
    "Du har rätt att tala och skriva finska med oss.": (
        "You have the right to speak and write Finnish with us."
    ),
    "Du kan få information på ett sätt som passar dig. Det kan vara lättläst text eller text "
    "som någon läser upp. Säg till om du behöver det.": (
        "You can get information in a way that suits you. It can be easy-to-read text or text "
        "that someone reads out to you. Tell us if you need this."
    ),
    "Du kan säga vad du tycker om webbplatsen. Det finns ett formulär längst ner på varje sida.": (
        "You can tell us what you think of the website. There is a form at the bottom of every "
        "page."
    ),
    # Infrastructure
    "Infrastruktur": "Infrastructure",
    "infrastruktur": "infrastructure",
    "Bredband, transporter och järnväg knyter ihop Gävleborg med resten av Sverige och Europa. "
    "Vi driver frågorna tillsammans med andra regioner.": (
        "Broadband, transport and rail connect Gävleborg with the rest of Sweden and Europe. "
        "We pursue these issues together with other regions."
    ),
    "En modern infrastruktur är en förutsättning för att människor ska kunna bo och arbeta i "
    "hela länet och för att företag ska kunna växa. Därför är utbyggnaden av infrastruktur ett "
    "av de områden där Region Gävleborg bedriver påverkansarbete, både i Sverige och på "
    "EU-nivå.": (
        "Modern infrastructure is what makes it possible for people to live and work throughout "
        "the county and for businesses to grow. That is why the expansion of infrastructure is "
        "one of the areas where Region Gävleborg carries out advocacy, both in Sweden and at EU "
        "level."
    ),
    "Bredband": "Broadband",
    "Snabbt och stabilt bredband behövs för skola, vård, företagande och kontakter med "
    "myndigheter. Vi samarbetar med andra regioner för att utbyggnaden ska nå även "
    "glesbygden.": (
        "Fast, reliable broadband is needed for schools, healthcare, business and contact with "
        "public authorities. We work with other regions so that the roll-out reaches sparsely "
        "populated areas too."
    ),
    "Transporter och järnväg": "Transport and rail",
    "Godstransporter och resor till och från länet är beroende av väl fungerande vägar och "
    "järnvägar. Genom att driva frågorna gemensamt med regioner som har samma behov får vi "
    "större genomslag när beslut om transportkorridorer och investeringar fattas.": (
        "Freight and travel to and from the county depend on roads and railways that work well. "
        "By pursuing these issues jointly with regions that have the same needs, we have more "
        "impact when decisions on transport corridors and investments are made."
    ),
    # Industrial transition
    "Industriomvandling": "Industrial transition",
    "industriomvandling": "industrial-transition",
    "Gävleborgs industri ställer om till en hållbar och digital produktion. Vi söker kunskap, "
    "partner och finansiering i Europa för att omställningen ska lyckas.": (
        "Industry in Gävleborg is moving towards sustainable and digital production. We look "
        "for knowledge, partners and funding in Europe to make the transition a success."
    ),
    "Länets näringsliv har starka rötter i basindustrin. När industrin ställer om för att bli "
    "hållbar och konkurrenskraftig behövs nya kunskaper, ny teknik och samarbeten över "
    "gränserna. Industriomvandling är därför ett av de områden där vi driver påverkansarbete "
    "tillsammans med andra europeiska regioner.": (
        "The county's economy has deep roots in basic industry. As industry changes to become "
        "sustainable and competitive, it needs new skills, new technology and cooperation across "
        "borders. Industrial transition is therefore one of the areas where we carry out "
        "advocacy together with other European regions."
    ),
    "Så arbetar vi": "How we work",
    "Vi deltar i europeiska nätverk för regioner med liknande industri.": (
        "We take part in European networks of regions with similar industries."
    ),
    "Vi utvecklar projekt som kan få stöd från EU:s fonder och program.": (
        "We develop projects that can receive support from EU funds and programmes."
    ),
    "Vi för fram länets erfarenheter när EU formar sin politik.": (
        "We share the county's experience when the EU shapes its policies."
    ),
    # Skills supply
    "Kompetensförsörjning": "Skills supply",
    "kompetensforsorjning": "skills-supply",
    "Arbetslivet behöver rätt kompetens. Vi samarbetar internationellt om kompetensutveckling "
    "och livslångt lärande.": (
        "Working life needs the right skills. We cooperate internationally on skills development "
        "and lifelong learning."
    ),
    "Företag och offentliga verksamheter i Gävleborg behöver medarbetare med den kompetens som "
    "arbetslivet efterfrågar. Samtidigt behöver den som redan arbetar kunna lära nytt under "
    "hela yrkeslivet.": (
        "Businesses and public services in Gävleborg need employees with the skills that working "
        "life demands. At the same time, people who are already working need to be able to keep "
        "learning throughout their careers."
    ),
    "Kompetensutveckling och livslångt lärande": "Skills development and lifelong learning",
    "Genom samarbete med andra regioner och länder kan vi lära av varandra och utveckla nya sätt "
    "att möta arbetslivets behov. Det kan handla om gemensamma projekt, erfarenhetsutbyte eller "
    "om att påverka hur EU:s program för utbildning och kompetens utformas.": (
        "By working with other regions and countries we can learn from each other and develop "
        "new ways of meeting the needs of working life. This can mean joint projects, exchanges "
        "of experience or influencing how the EU's programmes for education and skills are "
        "designed."
    ),
    # The Brussels office
    "Brysselkontoret": "The Brussels office",
    "brysselkontoret": "brussels-office",
    "Region Gävleborg har ett representationskontor i Bryssel, Central Sweden, tillsammans med "
    "Region Dalarna och Region Örebro län.": (
        "Region Gävleborg has a representation office in Brussels, Central Sweden, together with "
        "Region Dalarna and Region Örebro County."
    ),
    "Kontoret bevakar EU:s politik och tar tillvara regionernas intressen i frågor som är "
    "viktiga för oss. Det ger oss en närvaro där många beslut som påverkar Gävleborg förbereds "
    "och fattas.": (
        "The office follows EU policy and looks after the regions' interests in issues that "
        "matter to us. It gives us a presence where many decisions affecting Gävleborg are "
        "prepared and taken."
    ),
    "Vad kontoret gör": "What the office does",
    "Följer och analyserar politik och lagstiftning i EU.": (
        "Follows and analyses EU policy and legislation."
    ),
    "För fram regionernas synpunkter i frågor som rör oss.": (
        "Puts forward the regions' views on issues that concern us."
    ),
    "Hjälper till att hitta partner och finansiering för projekt.": (
        "Helps to find partners and funding for projects."
    ),
    "Bygger nätverk med andra regioner och organisationer i Europa.": (
        "Builds networks with other regions and organisations in Europe."
    ),
    # About our work
    "Om vårt arbete": "About our work",
    "om-vart-arbete": "about-our-work",
    "Internationella kontakter betyder allt mer för samhällets utveckling. När vi samverkar med "
    "andra går utvecklingen i Gävleborg snabbare.": (
        "International contacts matter more and more for the development of society. When we "
        "cooperate with others, Gävleborg develops faster."
    ),
    "För en stor och kunskapsintensiv organisation som Region Gävleborg är kontakter med "
    "omvärlden en viktig del av utvecklingsarbetet. Samtidigt har Europas regioner behov av "
    "gemensamma arenor där de kan föra fram sina intressen och skapa goda möjligheter till "
    "utveckling tillsammans. Där har Region Gävleborg en central roll.": (
        "For a large, knowledge-intensive organisation such as Region Gävleborg, contacts with "
        "the wider world are an important part of development work. At the same time, Europe's "
        "regions need shared arenas where they can promote their interests and create good "
        "opportunities for development together. Region Gävleborg has a central role to play "
        "there."
    ),
    "Samverkan ger synergier": "Cooperation creates synergies",
    "När vi samverkar internationellt uppstår synergier som gör länet mer konkurrenskraftigt "
    "och attraktivt. Det kan gälla bredbandsutbyggnad och järnväg, att stärka "
    "kompetensförsörjningen så att den matchar arbetslivets behov, eller politisk samverkan där "
    "vi tillsammans med andra län påverkar utvecklingen i Sverige och Europa.": (
        "International cooperation creates synergies that make the county more competitive and "
        "attractive. It can be about broadband roll-out and rail, about strengthening the skills "
        "supply to match the needs of working life, or about political cooperation in which we "
        "and other counties influence developments in Sweden and Europe."
    ),
    "Tre sätt att arbeta": "Three ways of working",
    "<b>Politisk påverkan</b> i Sverige och i EU.": "<b>Policy influence</b> in Sweden and the EU.",
    "<b>Projektutveckling</b> med stöd från EU:s fonder och program.": (
        "<b>Project development</b> with support from EU funds and programmes."
    ),
    "<b>Nätverkande</b> med regioner som har samma uppdrag som vi.": (
        "<b>Networking</b> with regions that have the same mission as we do."
    ),
    # About this website
    "Om webbplatsen": "About this website",
    "om-webbplatsen": "about-this-website",
    "Den här webbplatsen handlar om Region Gävleborgs internationella samverkan. Här finns "
    "information om hur webbplatsen fungerar och hur vi hanterar dina uppgifter.": (
        "This website is about Region Gävleborg's international cooperation. Here you can read "
        "how the website works and how we handle your data."
    ),
    "Webbplatsen ges ut av Region Gävleborg. Den finns på svenska och engelska. På finska finns "
    "grundläggande information, kontaktuppgifter och sidorna om webbplatsen. Du kan använda den "
    "med tangentbord, skärmläsare och förstoring, och den fungerar även utan JavaScript.": (
        "The website is published by Region Gävleborg. It is available in Swedish and English. "
        "In Finnish there is basic information, contact details and the pages about the "
        "website. You can use it with a keyboard, a screen reader and magnification, and it "
        "also works without JavaScript."
    ),
    # Public records
    "Registrator, Region Gävleborg": "Registrar, Region Gävleborg",
    "Alla har rätt att ta del av allmänna handlingar som inte är sekretessbelagda. Du "
    "behöver inte tala om vem du är eller varför du vill ha handlingen. Skicka din begäran "
    "till registratorn. Vi lämnar besked så snart som möjligt, oftast samma dag eller inom "
    "några dagar. Att läsa handlingen hos oss är gratis; för kopior av fler än nio sidor tar "
    "vi ut en avgift.": (
        "Everyone has the right to see official documents that are not confidential. You do "
        "not have to say who you are or why you want the document. Send your request to the "
        "registrar. We answer as soon as possible, usually the same day or within a few days. "
        "Reading the document at our offices is free; we charge a fee for copies of more than "
        "nine pages."
    ),
    "Om vi helt eller delvis nekar dig att ta del av en handling får du ett skriftligt "
    "beslut. Du kan överklaga beslutet till kammarrätten. Skicka överklagandet till oss inom "
    "tre veckor från den dag du fick beslutet; vi skickar det vidare till domstolen.": (
        "If we refuse, fully or in part, to let you see a document, you get a written decision. "
        "You can appeal against the decision to the Administrative Court of Appeal. Send your "
        "appeal to us within three weeks of the day you received the decision; we pass it on "
        "to the court."
    ),
    "Synpunkter": "Feedback",
    # Accessibility statement
    "Tillgänglighetsredogörelse": "Accessibility statement",
    "tillganglighetsredogorelse": "accessibility-statement",
    "Region Gävleborg står bakom den här webbplatsen. Vi vill att så många som möjligt ska "
    "kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till "
    "digital offentlig service.": (
        "Region Gävleborg is responsible for this website. We want as many people as possible "
        "to be able to use it. Here we describe how the website meets the Swedish Act on "
        "accessibility to digital public services."
    ),
    "Vi svarar inom fem arbetsdagar.": "We reply within five working days.",
    "Internationell samverkan – Region Gävleborg": ("International cooperation – Region Gävleborg"),
    "Egen granskning med manuella kontroller: vi har själva gått igenom webbplatsens sidtyper "
    "mot kraven i WCAG 2.1 nivå AA, bland annat med enbart tangentbord, med förstorad text och i "
    "en mobiltelefons bredd.<br/><br/>Automatiska kontroller: varje gång webbplatsen ändras "
    "kontrolleras alla sidtyper på svenska, engelska och finska med verktyget axe mot WCAG 2.2 "
    "nivå A och AA. Samtidigt kontrolleras att HTML-koden är korrekt enligt W3C:s validator Nu, "
    "att allt går att använda med tangentbord och att fokus syns, och att sidorna fungerar i "
    "320 pixlars bredd, med ökat avstånd mellan rader och ord och utan JavaScript.": (
        "Self-assessment with manual checks: we have gone through the website's page types "
        "ourselves against the requirements of WCAG 2.1 level AA, among other things using only "
        "a keyboard, with enlarged text and at the width of a mobile phone.<br/><br/>Automated "
        "checks: every time the website changes, every page type in Swedish, English and "
        "Finnish is checked with the axe tool against WCAG 2.2 levels A and AA. The checks also "
        "make sure that the HTML is valid according to the W3C Nu validator, that everything "
        "can be used with a keyboard with visible focus, and that the pages work at a width of "
        "320 pixels, with increased spacing between lines and words, and without JavaScript."
    ),
    # Personal data and cookies
    "Personuppgifter och kakor": "Personal data and cookies",
    "personuppgifter-och-kakor": "personal-data-and-cookies",
    "Här beskriver vi vilka uppgifter webbplatsen sparar om dig, varför, hur länge och vilka "
    "rättigheter du har.": (
        "Here we describe what data the website stores about you, why, for how long, and what "
        "rights you have."
    ),
    "Personuppgiftsansvarig": "Data controller",
    "Region Gävleborg är personuppgiftsansvarig för webbplatsen. Du når oss via växeln på "
    '026-15 40 00, via e-post till <a id="a1">region@regiongavleborg.se</a> eller med post till '
    "Region Gävleborg, 801 88 Gävle.": (
        "Region Gävleborg is the data controller for the website. You can reach us through the "
        'switchboard on +46 26 15 40 00, by email at <a id="a1">region@regiongavleborg.se</a> '
        "or by post to Region Gävleborg, 801 88 Gävle, Sweden."
    ),
    "Dataskyddsombud": "Data protection officer",
    "Region Gävleborg har ett dataskyddsombud som ser till att regionen följer "
    "dataskyddsförordningen. Du når dataskyddsombudet via e-post till "
    '<a id="a1">region@regiongavleborg.se</a>: skriv ”Till dataskyddsombudet” i ämnesraden. Du '
    "kan också skicka brev till Region Gävleborg, Dataskyddsombudet, 801 88 Gävle.": (
        "Region Gävleborg has a data protection officer who makes sure that the region complies "
        "with the General Data Protection Regulation (GDPR). You can reach the data protection "
        'officer by email at <a id="a1">region@regiongavleborg.se</a>: write "To the data '
        'protection officer" in the subject line. You can also write to Region Gävleborg, '
        "Dataskyddsombudet, 801 88 Gävle, Sweden."
    ),
    "Längst ner på varje sida kan du lämna en synpunkt. Vi sparar ditt svar, synpunkten, vilken "
    "sida den gäller och när den kom. Namn och e-postadress sparar vi bara om du vill ha svar. "
    "Skriv inte känsliga uppgifter om dig själv eller andra i synpunkten.": (
        "At the bottom of every page you can leave feedback. We keep your answer, your "
        "feedback, the page it is about and when it arrived. We keep your name and email "
        "address only if you want a reply. Please do not write sensitive information about "
        "yourself or others in your feedback."
    ),
    "Ändamål: att förbättra webbplatsen och att svara dig om du vill ha svar.": (
        "Purpose: to improve the website and to reply to you if you want a reply."
    ),
    "Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen). Det "
    "ingår i regionens uppgift att ge service och information till allmänheten.": (
        "Legal basis: a task carried out in the public interest (Article 6(1)(e) GDPR). Serving "
        "and informing the public is part of the region's task."
    ),
    "Lagringstid: namn och e-postadress raderas automatiskt ett år efter att synpunkten kom in. "
    "Själva synpunkten är en allmän handling. Den sparas tills regionen gallrar den enligt sina "
    "regler för arkiv och gallring.": (
        "Retention: your name and email address are erased automatically one year after the "
        "feedback arrived. The feedback itself is an official document. It is kept until the "
        "region disposes of it under its rules for archiving and disposal."
    ),
    "Mottagare: de medarbetare som sköter webbplatsen. Synpunkten kan också skickas med e-post "
    "till regionens brevlåda för webbplatsen, utan namn och e-postadress.": (
        "Recipients: the staff who run the website. The feedback may also be emailed to the "
        "region's mailbox for the website, without your name and email address."
    ),
    "För att stoppa den som skickar mängder av synpunkter räknar formuläret hur många som kommer "
    "från samma IP-adress. Adressen sparas då bara som ett oläsbart hashvärde, i högst tio "
    "minuter. Formuläret sätter inga kakor.": (
        "To stop anyone sending floods of feedback, the form counts how many messages come from "
        "the same IP address. The address is kept only as an unreadable hash, for at most ten "
        "minutes. The form sets no cookies."
    ),
    "Nyheter med e-post": ("News by email"),
    "Om du prenumererar på nyheter med e-post sparar vi din e-postadress, vilket språk "
    "och vilka teman du valde och när du anmälde dig och bekräftade. Inget annat: vi "
    "sparar inte vilka mejl du har fått eller öppnat.": (
        "If you subscribe to news by email, we store your email address, the language and "
        "themes you chose, and when you signed up and confirmed. Nothing else: we do not "
        "record which emails you have received or opened."
    ),
    "Ändamål: att skicka dig nyheter inom de teman du har valt.": (
        "Purpose: to send you news on the themes you have chosen."
    ),
    "Rättslig grund: ditt samtycke (artikel 6.1 a i dataskyddsförordningen). Du kan ta "
    "tillbaka samtycket när du vill med länken i varje mejl.": (
        "Legal basis: your consent (Article 6(1)(a) GDPR). You can withdraw your consent at "
        "any time with the link in every email."
    ),
    "Lagringstid: tills du slutar prenumerera, då raderas adressen direkt. En adress som "
    "inte bekräftas inom sju dagar raderas automatiskt.": (
        "Retention: until you unsubscribe, when the address is erased at once. An address "
        "that is not confirmed within seven days is erased automatically."
    ),
    "Mottagare: de medarbetare som sköter webbplatsen ser bara hur många som prenumererar "
    "på varje tema. Adresserna lämnas bara ut när lagen kräver det, till exempel vid en "
    "begäran om registerutdrag.": (
        "Recipients: the staff who run the website see only how many people subscribe to each "
        "theme. The addresses are disclosed only when the law requires it, for example on a "
        "request for access to your data."
    ),
    "För att ingen ska kunna fylla någon annans inkorg räknar formuläret hur många "
    "anmälningar som kommer för samma e-postadress och från samma IP-adress. Adresserna "
    "sparas då bara som oläsbara hashvärden, i högst ett dygn. Formuläret sätter inga "
    "kakor.": (
        "So that nobody can fill another person's inbox, the form counts how many sign-ups "
        "come for the same email address and from the same IP address. The addresses are then "
        "kept only as unreadable hash values, for at most one day. The form sets no cookies."
    ),
    "Loggar": "Logs",
    "Webbplatsens egna loggar innehåller vilken sida som visades, när och om det gick bra, men "
    "ingen IP-adress, inga sökord och inga kakor. Den server som tar emot trafiken till "
    "webbplatsen sparar också din IP-adress i sin logg.": (
        "The website's own logs record which page was shown, when, and whether it worked, but no "
        "IP address, no search words and no cookies. The server that receives the traffic to "
        "the website also keeps your IP address in its log."
    ),
    "Ändamål: att upptäcka fel och skydda webbplatsen mot angrepp.": (
        "Purpose: to find faults and to protect the website against attacks."
    ),
    "Rättslig grund: uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen). En "
    "säker webbplats är en förutsättning för att regionen ska kunna informera allmänheten.": (
        "Legal basis: a task carried out in the public interest (Article 6(1)(e) GDPR). A secure "
        "website is necessary for the region to inform the public."
    ),
    "Lagringstid: loggarna sparas i högst 30 dagar och raderas sedan.": (
        "Retention: the logs are kept for at most 30 days and then deleted."
    ),
    "Mottagare: de medarbetare och leverantörer som sköter driften av webbplatsen.": (
        "Recipients: the staff and suppliers who operate the website."
    ),
    "Kakor (cookies)": "Cookies",
    "Webbplatsen använder inga kakor för statistik eller marknadsföring, och den hämtar inget "
    "innehåll från andra webbplatser. Om du som redaktör loggar in sparas en kaka som håller "
    "dig inloggad och en kaka som skyddar formulär mot förfalskning. De behövs för att tjänsten "
    "ska fungera.": (
        "The website uses no cookies for statistics or marketing, and it loads no content from "
        "other websites. If you log in as an editor, one cookie keeps you logged in and another "
        "protects forms against forgery. They are needed for the service to work."
    ),
    "Säkerhetskopior och allmänna handlingar": "Backups and official documents",
    "Webbplatsens databas säkerhetskopieras varje natt. Kopiorna sparas i upp till ett år, så en "
    "raderad uppgift kan finnas kvar i en kopia så länge. Som myndighet följer regionen "
    "offentlighetsprincipen: det som kommer in till oss är i regel en allmän handling som vem "
    "som helst kan begära att få läsa, om inte uppgifterna omfattas av sekretess.": (
        "The website's database is backed up every night. The backups are kept for up to one "
        "year, so erased data may remain in a backup for that long. As a public authority, the "
        "region follows the principle of public access to official documents: what we receive "
        "is as a rule an official document that anyone can ask to read, unless the information "
        "is confidential."
    ),
    "Dina rättigheter": "Your rights",
    "Du har rätt att få veta vilka uppgifter vi har om dig (registerutdrag) och att få "
    "felaktiga uppgifter rättade. Du har också rätt att begära att uppgifter raderas eller att "
    "behandlingen begränsas, och att invända mot behandlingen. Uppgifter i allmänna handlingar "
    "får vi bara radera enligt reglerna om arkiv och gallring. Kontakta oss via "
    '<a id="a1">region@regiongavleborg.se</a> eller dataskyddsombudet.': (
        "You have the right to know what data we hold about you (a copy of your data) and to "
        "have incorrect data corrected. You also have the right to ask for data to be erased or "
        "for its processing to be restricted, and to object to the processing. Data in "
        "official documents may only be erased under the rules for archiving and disposal. "
        'Contact us at <a id="a1">region@regiongavleborg.se</a> or the data protection '
        "officer."
    ),
    "Klagomål till Integritetsskyddsmyndigheten": (
        "Complaints to the Swedish Authority for Privacy Protection"
    ),
    "Om du är missnöjd med hur vi behandlar dina personuppgifter har du rätt att lämna klagomål "
    "till Integritetsskyddsmyndigheten (IMY), som har tillsyn över dataskyddet. Läs mer på "
    '<a id="a1">imy.se</a>.': (
        "If you are unhappy with how we process your personal data, you have the right to "
        "complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, "
        'IMY), which supervises data protection. Read more at <a id="a1">imy.se</a>.'
    ),
    # Contact
    "Kontakt": "Contact",
    "kontakt": "contact",
    "Har du frågor om Region Gävleborgs internationella arbete? Så når du oss.": (
        "Do you have questions about Region Gävleborg's international work? This is how to "
        "reach us."
    ),
    "Du når Region Gävleborg via växeln på 026-15 40 00 eller via e-post till "
    '<a id="a1">region@regiongavleborg.se</a>. Berätta att din fråga gäller internationell '
    "samverkan, så hamnar den rätt.": (
        "You can reach Region Gävleborg through the switchboard on +46 26 15 40 00 or by email "
        'at <a id="a1">region@regiongavleborg.se</a>. Say that your question is about '
        "international cooperation, and it will reach the right people."
    ),
    "Vanliga frågor": "Frequently asked questions",
    "Kan Region Gävleborg hjälpa till med EU-projekt?": (
        "Can Region Gävleborg help with EU projects?"
    ),
    "Ja. Vi hjälper organisationer i länet att hitta partner och finansiering och att utveckla "
    "idéer till projekt.": (
        "Yes. We help organisations in the county to find partners and funding and to develop "
        "ideas into projects."
    ),
    "Vem kan jag kontakta om Brysselkontoret?": "Who can I contact about the Brussels office?",
    "Frågor om kontoret Central Sweden besvaras via regionens växel och e-post ovan.": (
        "Questions about the Central Sweden office are answered through the region's switchboard "
        "and email above."
    ),
    # Contacts and partner organisations (snippets)
    "Enheten för internationell samverkan": "International Cooperation Unit",
    "Frågor om regionens internationella arbete, EU-projekt och nätverk": (
        "Questions about the region's international work, EU projects and networks"
    ),
    "Brysselkontoret Central Sweden": "The Brussels office, Central Sweden",
    "Frågor om EU:s politik och kontakter i Bryssel": (
        "Questions about EU policy and contacts in Brussels"
    ),
    "Region Dalarna": "Region Dalarna",
    "Region Örebro län": "Region Örebro County",
    # The office's table of regions
    "Regionerna bakom kontoret": "The regions behind the office",
    "Regionerna som driver Central Sweden": "The regions that run Central Sweden",
    "Region": "Region",
    "Residensstad": "County seat",
    "Län": "County",
    "Region Gävleborg": "Region Gävleborg",
    "Falun": "Falun",
    "Gävle": "Gävle",
    "Örebro": "Örebro",
    "Dalarnas län": "Dalarna County",
    "Gävleborgs län": "Gävleborg County",
    "Örebro län": "Örebro County",
    # Listings
    "EU-projekt": "EU projects",
    "projekt": "projects",
    "Här finns projekt där Region Gävleborg deltar med stöd från EU:s fonder och program. "
    "Filtrera på tema, program eller status.": (
        "Projects in which Region Gävleborg takes part with support from EU funds and "
        "programmes. Filter by theme, programme or status."
    ),
    "Nyheter": "News",
    "nyheter": "news",
    "Nytt om Region Gävleborgs internationella arbete, projekt och nätverk.": (
        "News about Region Gävleborg's international work, projects and networks."
    ),
    "Kalender": "Events",
    "kalender": "events",
    "Seminarier, konferenser och möten om internationell samverkan, i Gävleborg, i Bryssel "
    "och digitalt.": (
        "Seminars, conferences and meetings on international cooperation, in Gävleborg, in "
        "Brussels and online."
    ),
}
