"""English translations of the example listings, segment by segment.

TRANSLATIONS follows content_en: each key is a Swedish source segment of listings_sv as
wagtail-localize splits it (a title, a slug, an intro, a heading, a location, and each <p> or
<li> of a rich text block), each value its English translation.
"""

TRANSLATIONS = {
    # Funding programmes
    "Europeiska regionala utvecklingsfonden (Regionalfonden)": (
        "European Regional Development Fund (ERDF)"
    ),
    "Regionalfonden": "ERDF",
    "Europeiska socialfonden+ (ESF+)": "European Social Fund Plus (ESF+)",
    "ESF+": "ESF+",
    "Interreg": "Interreg",
    "Horisont Europa": "Horizon Europe",
    "Erasmus+": "Erasmus+",
    "Fonden för en rättvis omställning": "Just Transition Fund (JTF)",
    "Rättvis omställning": "Just Transition Fund",
    # Shared headings and sentences
    "Det här gör projektet": "What the project does",
    "Samarbete": "Cooperation",
    "Vem kan delta?": "Who can take part?",
    "Presentationer": "Presentations",
    "Kontakta oss om du vill ta del av presentationerna.": (
        "Contact us if you would like a copy of the presentations."
    ),
    # Project: Broadband in sparsely populated areas
    "bredband-i-glesbygd": "broadband-in-sparsely-populated-areas",
    "Bredband i glesbygd": "Broadband in sparsely populated areas",
    "Projektet ska göra det lättare för hushåll och företag på landsbygden i Gävleborg att få "
    "snabbt bredband.": (
        "The project aims to make it easier for households and businesses in rural Gävleborg to "
        "get fast broadband."
    ),
    "Många hushåll och företag i länets glesbygd saknar fortfarande snabbt och stabilt "
    "bredband. Där är det dyrt att bygga, eftersom avstånden är långa och kunderna få. Projektet "
    "tar fram kunskap och underlag som gör det lättare att bygga ut nätet även där.": (
        "Many households and businesses in the county's sparsely populated areas still lack fast, "
        "reliable broadband. Building networks there is expensive, because distances are long "
        "and customers are few. The project produces knowledge and evidence that make it easier "
        "to extend the network to these areas too."
    ),
    "Kartlägger vilka områden som saknar snabbt bredband.": (
        "Maps which areas lack fast broadband."
    ),
    "Stöttar kommunerna i planeringen av utbyggnaden.": (
        "Supports the municipalities in planning the roll-out."
    ),
    "Sprider erfarenheter till andra regioner med liknande förutsättningar.": (
        "Shares experience with other regions in a similar situation."
    ),
    "Region Gävleborg är huvudsökande. Region Dalarna deltar som partner, eftersom länen har "
    "liknande utmaningar med långa avstånd och få invånare.": (
        "Region Gävleborg is the lead partner. Region Dalarna takes part as a partner, because "
        "the two counties face similar challenges with long distances and few inhabitants."
    ),
    # Project: Transport corridors in central Sweden
    "transportkorridorer-i-mellansverige": "transport-corridors-in-central-sweden",
    "Transportkorridorer i Mellansverige": "Transport corridors in central Sweden",
    "Ett samarbetsprojekt om hur gods och resenärer ska kunna ta sig smidigare genom "
    "Mellansverige, med fokus på järnväg.": (
        "A cooperation project on how freight and passengers can move more easily through "
        "central Sweden, with a focus on rail."
    ),
    "Gävleborg, Dalarna och Örebro län är beroende av goda förbindelser för både gods och "
    "resenärer. Många av transporterna passerar flera län och länder. Därför behöver regionerna "
    "planera tillsammans.": (
        "Gävleborg, Dalarna and Örebro County depend on good connections for both freight and "
        "passengers. Many journeys and shipments cross several counties and countries. That is "
        "why the regions need to plan together."
    ),
    "Projektets mål": "Project aims",
    "Ta fram en gemensam bild av behoven i transportkorridorerna.": (
        "Build a shared picture of the needs in the transport corridors."
    ),
    "Lära av regioner i andra länder som har arbetat med liknande frågor.": (
        "Learn from regions in other countries that have worked on similar issues."
    ),
    "Ge underlag till regionernas påverkansarbete i Sverige och i EU.": (
        "Provide evidence for the regions' advocacy in Sweden and in the EU."
    ),
    "Region Gävleborg deltar som partner tillsammans med Region Dalarna och Region Örebro län. "
    "Brysselkontoret Central Sweden hjälper till med kontakter med regioner i andra länder.": (
        "Region Gävleborg takes part as a partner together with Region Dalarna and Region Örebro "
        "County. The Brussels office, Central Sweden, helps with contacts with regions in other "
        "countries."
    ),
    # Project: Hydrogen for fossil-free industry
    "vatgas-for-fossilfri-industri": "hydrogen-for-fossil-free-industry",
    "Vätgas för fossilfri industri": "Hydrogen for fossil-free industry",
    "Projektet hjälper företag i Gävleborg att undersöka om vätgas kan ersätta fossila bränslen "
    "i produktionen.": (
        "The project helps businesses in Gävleborg to explore whether hydrogen can replace "
        "fossil fuels in their production."
    ),
    "Industrin i Gävleborg behöver minska sina utsläpp av växthusgaser. För vissa processer kan "
    "vätgas vara ett alternativ till olja och naturgas. Men tekniken är ny, och många företag "
    "behöver mer kunskap innan de kan fatta beslut.": (
        "Industry in Gävleborg needs to reduce its greenhouse gas emissions. For some processes, "
        "hydrogen can be an alternative to oil and natural gas. But the technology is new, and "
        "many businesses need more knowledge before they can make decisions."
    ),
    "Erbjuder företag stöd att räkna på kostnader och nytta.": (
        "Offers businesses support in working out costs and benefits."
    ),
    "Samlar företag, kommuner och lärosäten i ett regionalt nätverk.": (
        "Brings businesses, municipalities and universities together in a regional network."
    ),
    "Ser över vilken kompetens som behövs när industrin ställer om.": (
        "Looks at which skills are needed as industry goes through the transition."
    ),
    "Om finansieringen": "About the funding",
    "Projektet finansieras delvis av Fonden för en rättvis omställning. Fonden stöder regioner "
    "där omställningen till en klimatneutral ekonomi påverkar många jobb och företag.": (
        "The project is partly funded by the Just Transition Fund. The fund supports regions "
        "where the transition to a climate-neutral economy affects many jobs and businesses."
    ),
    # Project: Digital transition in basic industry
    "digital-omstallning-i-basindustrin": "digital-transition-in-basic-industry",
    "Digital omställning i basindustrin": "Digital transition in basic industry",
    "Ett avslutat forskningsprojekt där regioner i flera länder testade hur små och medelstora "
    "industriföretag kan använda digitala verktyg.": (
        "A completed research project in which regions in several countries tested how small "
        "and medium-sized manufacturers can use digital tools."
    ),
    "Många små och medelstora företag i basindustrin vill använda digital teknik, men saknar tid "
    "och kunskap för att komma igång. I projektet testade regioner och forskare olika sätt att ge "
    "företagen stöd.": (
        "Many small and medium-sized businesses in basic industry want to use digital "
        "technology but lack the time and know-how to get started. In the project, regions and "
        "researchers tested different ways of supporting these businesses."
    ),
    "Resultat": "Results",
    "En modell för hur regioner kan stödja företag i digital omställning.": (
        "A model for how regions can support businesses in their digital transition."
    ),
    "Erfarenheter från tester i flera europeiska regioner.": (
        "Experience from trials in several European regions."
    ),
    "En rapport med råd till andra regioner.": "A report with advice for other regions.",
    "Region Gävleborg var partner i projektet. Brysselkontoret Central Sweden hjälpte till att "
    "hitta partner i andra länder.": (
        "Region Gävleborg was a partner in the project. The Brussels office, Central Sweden, "
        "helped to find partners in other countries."
    ),
    # Project: Skills boost for industry
    "kompetenslyft-for-industrin": "skills-boost-for-industry",
    "Kompetenslyft för industrin": "Skills boost for industry",
    "Anställda i länets industriföretag får möjlighet att utveckla sin kompetens när arbetet "
    "förändras.": (
        "Employees of manufacturing companies in the county get the chance to develop their "
        "skills as their work changes."
    ),
    "När industrin ställer om förändras också arbetsuppgifterna. Nya maskiner, digitala system "
    "och krav på hållbarhet gör att många anställda behöver lära nytt. Projektet ger företagen "
    "stöd att planera och genomföra kompetensutveckling.": (
        "As industry goes through its transition, tasks change too. New machinery, digital "
        "systems and sustainability requirements mean that many employees need to learn new "
        "things. The project helps businesses to plan and carry out skills development."
    ),
    "Kartlägger vilken kompetens företagen behöver nu och om några år.": (
        "Maps which skills businesses need now and in a few years' time."
    ),
    "Erbjuder korta utbildningar som går att kombinera med arbetet.": (
        "Offers short courses that can be combined with work."
    ),
    "Tar fram metoder som andra branscher kan använda.": (
        "Develops methods that other sectors can use."
    ),
    "Projektet vänder sig till små och medelstora industriföretag i Gävleborg och deras "
    "anställda. Kontakta oss om ditt företag vill veta mer.": (
        "The project is aimed at small and medium-sized manufacturers in Gävleborg and their "
        "employees. Contact us if your business would like to know more."
    ),
    # Project: European exchanges for adult learning
    "europeiska-utbyten-for-vuxnas-larande": "european-exchanges-for-adult-learning",
    "Europeiska utbyten för vuxnas lärande": "European exchanges for adult learning",
    "Lärare och annan personal inom vuxenutbildningen i Gävleborg ska kunna åka på utbyten till "
    "andra europeiska länder.": (
        "Teachers and other adult education staff in Gävleborg will be able to go on exchanges "
        "to other European countries."
    ),
    "Livslångt lärande är viktigt för att människor ska kunna ställa om och utvecklas i "
    "arbetslivet. Genom utbyten får personalen i vuxenutbildningen se hur andra länder arbetar "
    "och ta med sig nya idéer hem.": (
        "Lifelong learning matters if people are to adapt and develop in working life. Through "
        "exchanges, adult education staff can see how other countries work and bring new ideas "
        "home."
    ),
    "Det här ingår": "What is included",
    "Jobbskuggning hos utbildningsanordnare i andra länder.": (
        "Job shadowing with education providers in other countries."
    ),
    "Kurser om metoder för vuxnas lärande.": "Courses on methods for adult learning.",
    "Träffar där deltagarna delar med sig av det de har lärt sig.": (
        "Meetings where participants share what they have learnt."
    ),
    "Region Gävleborg samordnar utbytena och är huvudsökande. Kommunernas vuxenutbildningar i "
    "länet kan delta.": (
        "Region Gävleborg coordinates the exchanges and is the lead partner. Adult education "
        "providers in the county's municipalities can take part."
    ),
    # News: mapping of broadband
    "kartlaggning-visar-var-bredbandet-saknas": "mapping-shows-where-broadband-is-missing",
    "Kartläggning visar var bredbandet saknas": "Mapping shows where broadband is missing",
    "Projektet Bredband i glesbygd har kartlagt vilka delar av länet som saknar snabbt "
    "bredband. Resultatet blir underlag för kommunernas planering.": (
        "The Broadband in sparsely populated areas project has mapped which parts of the county "
        "lack fast broadband. The results will inform the municipalities' planning."
    ),
    "Kartläggningen visar att det främst är hushåll och företag långt från tätorterna som "
    "saknar snabbt bredband. Det gäller både permanentbostäder och fritidshus.": (
        "The mapping shows that it is mainly households and businesses far from towns and "
        "villages that lack fast broadband. This applies both to permanent homes and to holiday "
        "homes."
    ),
    "Nästa steg": "Next steps",
    "Nu går projektet igenom resultatet tillsammans med kommunerna. Målet är att hitta områden "
    "där det går att bygga ut bredbandet till en rimlig kostnad.": (
        "The project is now going through the results with the municipalities. The aim is to "
        "find areas where broadband can be extended at a reasonable cost."
    ),
    # News: joint views on rail
    "gemensamma-synpunkter-om-jarnvagen-i-mellansverige": "joint-views-on-rail-in-central-sweden",
    "Gemensamma synpunkter om järnvägen i Mellansverige": "Joint views on rail in central Sweden",
    "Region Gävleborg, Region Dalarna och Region Örebro län har tagit fram gemensamma synpunkter "
    "om järnvägens betydelse för Mellansverige.": (
        "Region Gävleborg, Region Dalarna and Region Örebro County have drawn up joint views on "
        "the importance of rail for central Sweden."
    ),
    "Regionerna vill att det ska bli lättare att resa och frakta gods på järnväg genom "
    "Mellansverige. Synpunkterna handlar bland annat om kapacitet, underhåll och bättre "
    "kopplingar till resten av Europa.": (
        "The regions want it to be easier to travel and carry freight by rail through central "
        "Sweden. Among other things, their views concern capacity, maintenance and better links "
        "to the rest of Europe."
    ),
    "Så används synpunkterna": "How the views will be used",
    "Synpunkterna blir ett underlag när regionerna för dialog med den nationella nivån och med "
    "EU. Brysselkontoret Central Sweden för fram dem i kontakter med EU:s institutioner.": (
        "The views will serve as a basis when the regions hold talks with national government "
        "and with the EU. The Brussels office, Central Sweden, puts them forward in its contacts "
        "with the EU institutions."
    ),
    # News: hydrogen networking
    "foretag-i-lanet-delar-erfarenheter-om-vatgas": (
        "businesses-in-the-county-share-experience-of-hydrogen"
    ),
    "Företag i länet delar erfarenheter om vätgas": (
        "Businesses in the county share experience of hydrogen"
    ),
    "Ett trettiotal företag och organisationer deltog när projektet Vätgas för fossilfri "
    "industri bjöd in till en nätverksträff.": (
        "Around thirty businesses and organisations took part when the Hydrogen for fossil-free "
        "industry project held a networking meeting."
    ),
    "Under träffen berättade företag om sina första steg mot att använda vätgas. Deltagarna "
    "diskuterade också vad som behövs för att fler ska våga investera, till exempel tillgång "
    "till el och kompetens.": (
        "At the meeting, businesses described their first steps towards using hydrogen. "
        "Participants also discussed what is needed for more businesses to dare to invest, such "
        "as access to electricity and skills."
    ),
    "Nästa träff hålls i Falun tillsammans med Region Dalarna. Du hittar den i kalendern.": (
        "The next meeting will be held in Falun together with Region Dalarna. You will find it "
        "under Events."
    ),
    # News: report on the digital transition
    "rapport-om-digital-omstallning-i-basindustrin": (
        "report-on-the-digital-transition-in-basic-industry"
    ),
    "Rapport om digital omställning i basindustrin": (
        "Report on the digital transition in basic industry"
    ),
    "Projektet Digital omställning i basindustrin är avslutat. Nu finns en rapport med "
    "erfarenheter och råd till andra regioner.": (
        "The Digital transition in basic industry project has ended. A report with lessons "
        "learnt and advice for other regions is now available."
    ),
    "I projektet testade regioner i flera länder olika sätt att stödja små och medelstora "
    "industriföretag. Region Gävleborg var en av partnerna.": (
        "In the project, regions in several countries tested different ways of supporting small "
        "and medium-sized manufacturers. Region Gävleborg was one of the partners."
    ),
    "Några slutsatser": "Some conclusions",
    "Företagen behöver stöd som utgår från deras egna behov.": (
        "Businesses need support that starts from their own needs."
    ),
    "Samarbete mellan företag, forskare och regioner gör stödet mer träffsäkert.": (
        "Cooperation between businesses, researchers and regions makes the support better targeted."
    ),
    "Kompetensutveckling för de anställda är en förutsättning för att tekniken ska komma till "
    "användning.": (
        "Skills development for employees is a precondition for the technology to be put to use."
    ),
    "Kontakta oss om du vill ta del av rapporten.": (
        "Contact us if you would like a copy of the report."
    ),
    # News: exchanges in adult education
    "vuxenutbildningen-kan-anmala-intresse-for-utbyten": (
        "adult-education-providers-can-register-interest-in-exchanges"
    ),
    "Vuxenutbildningen kan anmäla intresse för utbyten": (
        "Adult education providers can register interest in exchanges"
    ),
    "Region Gävleborg förbereder utbyten inom Erasmus+ för personal i vuxenutbildningen. Nu kan "
    "kommunerna anmäla intresse.": (
        "Region Gävleborg is preparing Erasmus+ exchanges for adult education staff. "
        "Municipalities can now register their interest."
    ),
    "Utbytena är en del av projektet Europeiska utbyten för vuxnas lärande. Personalen kan till "
    "exempel följa kollegor i ett annat land i deras arbete eller gå en kurs om nya metoder.": (
        "The exchanges are part of the European exchanges for adult learning project. Staff can, "
        "for example, shadow colleagues in another country or attend a course on new methods."
    ),
    "Så anmäler du intresse": "How to register interest",
    "Kontakta Enheten för internationell samverkan via regionens växel eller e-post. Berätta "
    "vilken verksamhet du arbetar i och hur många som kan vara intresserade.": (
        "Contact the International Cooperation Unit through the region's switchboard or by "
        "email. Tell us where you work and how many people may be interested."
    ),
    # News: first courses in the skills boost
    "forsta-kurserna-i-kompetenslyft-for-industrin": "first-courses-in-skills-boost-for-industry",
    "Första kurserna i Kompetenslyft för industrin har startat": (
        "The first courses in Skills boost for industry have started"
    ),
    "Anställda från flera industriföretag i länet har börjat på de första kurserna i projektet.": (
        "Employees from several manufacturing companies in the county have started the first "
        "courses in the project."
    ),
    "Kurserna handlar om automation, digitala system och hållbar produktion. De är korta och går "
    "att kombinera med arbetet.": (
        "The courses cover automation, digital systems and sustainable production. They are "
        "short and can be combined with work."
    ),
    "Fler kurser startar under året. Företag som vill delta kan kontakta oss.": (
        "More courses will start during the year. Businesses that want to take part can contact us."
    ),
    # Event: webinar on EU funding for skills development
    "webbinarium-eu-finansiering-for-kompetensutveckling": (
        "webinar-eu-funding-for-skills-development"
    ),
    "Webbinarium: EU-finansiering för kompetensutveckling": (
        "Webinar: EU funding for skills development"
    ),
    "Vill din organisation utveckla ett projekt om kompetensförsörjning? Vi går igenom vilka "
    "EU-program som kan passa.": (
        "Does your organisation want to develop a project on skills supply? We go through which "
        "EU programmes might be a good fit."
    ),
    "Webbinariet vänder sig till kommuner, företag, utbildningsanordnare och ideella "
    "organisationer i Gävleborg. Du behöver inga förkunskaper om EU-projekt.": (
        "The webinar is for municipalities, businesses, education providers and non-profit "
        "organisations in Gävleborg. You do not need any prior knowledge of EU projects."
    ),
    "Det här går vi igenom": "What we will cover",
    "Europeiska socialfonden+ och Erasmus+ i korthet.": (
        "The European Social Fund Plus and Erasmus+ in brief."
    ),
    "Hur en projektidé blir en ansökan.": "How a project idea becomes an application.",
    "Vilket stöd Region Gävleborg kan ge.": "What support Region Gävleborg can offer.",
    "Du som har anmält dig får en länk till webbinariet.": (
        "Everyone who has registered will receive a link to the webinar."
    ),
    # Event: conference on rail
    "konferens-om-jarnvagen-i-mellansverige": "conference-on-rail-in-central-sweden",
    "Konferens om järnvägen i Mellansverige": "Conference on rail in central Sweden",
    "Region Gävleborg, Region Dalarna och Region Örebro län bjuder in till en dag om hur "
    "järnvägen kan utvecklas i Mellansverige.": (
        "Region Gävleborg, Region Dalarna and Region Örebro County invite you to a day on how "
        "rail can be developed in central Sweden."
    ),
    "Under dagen presenterar regionerna sina gemensamma synpunkter om järnvägen. Det blir också "
    "samtal om godstransporter, pendling och kopplingar till resten av Europa.": (
        "During the day, the regions will present their joint views on rail. There will also be "
        "discussions on freight transport, commuting and links to the rest of Europe."
    ),
    "Konferensen vänder sig till politiker och tjänstepersoner i kommuner och regioner, och "
    "till företag som är beroende av transporter.": (
        "The conference is for politicians and officials in municipalities and regions, and for "
        "businesses that depend on transport."
    ),
    "Örebro": "Örebro",
    # Event: networking meeting on hydrogen
    "natverkstraff-om-vatgas-i-industrin": "networking-meeting-on-hydrogen-in-industry",
    "Nätverksträff om vätgas i industrin": "Networking meeting on hydrogen in industry",
    "En träff för företag och organisationer i Gävleborg och Dalarna som vill veta mer om vätgas "
    "i industrin.": (
        "A meeting for businesses and organisations in Gävleborg and Dalarna that want to learn "
        "more about hydrogen in industry."
    ),
    "Träffen ordnas av projektet Vätgas för fossilfri industri tillsammans med Region Dalarna. "
    "Företag berättar om sina erfarenheter, och det finns tid för frågor och samtal.": (
        "The meeting is organised by the Hydrogen for fossil-free industry project together with "
        "Region Dalarna. Businesses will talk about their experience, and there will be time for "
        "questions and discussion."
    ),
    "Antalet platser är begränsat. Anmäl dig senast en vecka före träffen.": (
        "Places are limited. Please register no later than one week before the meeting."
    ),
    "Falun": "Falun",
    # Event: seminar in Brussels on broadband
    "seminarium-i-bryssel-om-bredband-i-glesbygd": (
        "seminar-in-brussels-on-broadband-in-sparsely-populated-areas"
    ),
    "Seminarium i Bryssel om bredband i glesbygd": (
        "Seminar in Brussels on broadband in sparsely populated areas"
    ),
    "Brysselkontoret Central Sweden bjuder in till ett seminarium om hur bredbandet kan nå hela "
    "landsbygden.": (
        "The Brussels office, Central Sweden, invites you to a seminar on how broadband can "
        "reach every rural area."
    ),
    "Regioner från flera länder berättar hur de arbetar med bredband i glesbefolkade områden. "
    "Region Gävleborg delar erfarenheter från projektet Bredband i glesbygd.": (
        "Regions from several countries will describe how they work with broadband in sparsely "
        "populated areas. Region Gävleborg will share experience from the Broadband in sparsely "
        "populated areas project."
    ),
    "Seminariet hålls på engelska. Du kan också följa det digitalt.": (
        "The seminar will be held in English. You can also follow it online."
    ),
    "Central Sweden, Bryssel": "Central Sweden, Brussels",
    # Event: breakfast seminar on the industrial transition
    "frukostseminarium-om-industrins-omstallning": (
        "breakfast-seminar-on-the-industrial-transition"
    ),
    "Frukostseminarium om industrins omställning": (
        "Breakfast seminar on the industrial transition"
    ),
    "Ett seminarium om hur EU:s politik och fonder kan stödja industrins omställning i "
    "Gävleborg.": (
        "A seminar on how EU policy and funds can support the industrial transition in Gävleborg."
    ),
    "Seminariet handlade om vilka möjligheter till EU-finansiering som finns för företag och "
    "organisationer som vill ställa om. Brysselkontoret Central Sweden berättade om aktuella "
    "frågor i EU.": (
        "The seminar looked at the opportunities for EU funding for businesses and organisations "
        "that want to make the transition. The Brussels office, Central Sweden, gave an update "
        "on current EU issues."
    ),
    "Regionhuset, Gävle": "Regionhuset, Gävle",
    # Event: webinar on Erasmus+ for adult education
    "webbinarium-om-erasmus-for-vuxenutbildningen": "webinar-on-erasmus-for-adult-education",
    "Webbinarium om Erasmus+ för vuxenutbildningen": "Webinar on Erasmus+ for adult education",
    "Ett webbinarium om hur personal i vuxenutbildningen kan åka på utbyten inom Erasmus+.": (
        "A webinar on how adult education staff can go on exchanges through Erasmus+."
    ),
    "Under webbinariet berättade vi om vilka typer av utbyten som finns och hur kommunerna kan "
    "delta i regionens projekt.": (
        "During the webinar, we described the types of exchange available and how "
        "municipalities can take part in the region's project."
    ),
}
