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
