"""Dutch demo text; same structure as content_en.py."""

HOME = {
    "title": "Equalcity",
    "search_description": (
        "Equalcity helpt steden en eerstelijnsdiensten om migrantengemeenschappen te "
        "bereiken en overlevers van seksueel en gendergerelateerd geweld te "
        "ondersteunen."
    ),
    "hero_heading": (
        "Veiligere steden voor migranten die gendergerelateerd geweld hebben overleefd"
    ),
    "introduction": [
        "Equalcity versterkt de capaciteit van steden en lokale overheden om "
        "migrantengemeenschappen beter te bereiken. Zo kunnen zij overlevers van "
        "seksueel en gendergerelateerd geweld (SGBV) binnen die gemeenschappen beter "
        "herkennen, doorverwijzen, beschermen en helpen bij hun herstel.",
        "Het project geeft migranten en eerstelijnsdiensten meer slagkracht door hen "
        "bewust te maken van SGBV en van de rechten van migranten.",
    ],
    "body": [
        ("heading", {"text": "Vier toolboxen voor eerstelijnsdiensten", "level": "h2"}),
        (
            "paragraph",
            [
                "Onze partners in Brussel, Luxemburg, Rome en Göteborg hebben "
                "proefopleidingen gegeven aan eerstelijnswerkers en vier toolboxen "
                "geschreven: over migrantenvrouwen en -meisjes, migrantenouders, "
                "LGBTQI+-personen met een migratieachtergrond en niet-begeleide "
                "minderjarige migranten.",
                "De toolboxen worden in verschillende talen gedeeld met meer dan 70 "
                "deelnemende steden en organisaties in meer dan 20 Europese landen.",
            ],
        ),
        (
            "quote",
            {
                "quote": (
                    "De verschillende lagen van je identiteit kunnen sterk bepalen "
                    "welke ruimtes als veilig worden gezien, en hoe die ruimtes je het "
                    "gevoel geven dat je erbij hoort."
                ),
                "attribution": "Aïda Yancy, RainbowHouse Brussels",
            },
        ),
    ],
}

SAFETY = {
    "title": "Veilig online",
    "slug": "staying-safe-online",
    "search_description": (
        "Hoe je deze website snel verlaat en hoe je verbergt dat je hem hebt bezocht."
    ),
    "introduction": (
        "Ben je bang dat iemand kan zien wat je op deze website leest? Deze stappen "
        "kunnen je helpen om veilig te blijven."
    ),
    "body": [
        ("heading", {"text": "Verlaat deze website snel", "level": "h2"}),
        (
            "paragraph",
            [
                "Op elke pagina staat bovenaan de knop ‘Deze pagina verlaten’. Kies "
                "die knop of druk drie keer op de Shift-toets: de pagina verdwijnt "
                "meteen en er verschijnt een weerwebsite.",
                "Met de Terug-knop van je browser kom je niet terug op de pagina die "
                "je aan het lezen was.",
            ],
        ),
        ("heading", {"text": "Wis je browsergeschiedenis", "level": "h2"}),
        (
            "paragraph",
            [
                "Je browser houdt een lijst bij van de pagina’s die je bezoekt. Wil je "
                "deze website uit die lijst halen? Open dan de geschiedenis van je "
                "browser, meestal via het menu of met Ctrl+H (Cmd+Y op een Mac), en "
                "verwijder de pagina’s van deze website.",
                "Als je je hele geschiedenis wist, kan dat verdacht lijken voor iemand "
                "die je apparaat controleert. Alleen bepaalde pagina’s verwijderen "
                "valt minder op.",
            ],
        ),
        ("heading", {"text": "Surf privé", "level": "h2"}),
        (
            "paragraph",
            [
                "Een privévenster of incognitovenster bewaart geen geschiedenis van de "
                "pagina’s die je bezoekt. Open zo’n venster via het menu van je "
                "browser voordat je websites over geweld of hulpverlening bezoekt.",
                "Denk je dat iemand je apparaat in de gaten houdt? Gebruik dan een "
                "computer in een bibliotheek, de telefoon van een vriend of vriendin, "
                "of een apparaat op je werk.",
            ],
        ),
        ("heading", {"text": "Als je in gevaar bent", "level": "h2"}),
        (
            "paragraph",
            [
                "Bel 112, het noodnummer in alle landen van de Europese Unie. Bellen "
                "is gratis en kan met elke telefoon.",
            ],
        ),
    ],
}


PRIVACY = {
    "title": "Privacy",
    "slug": "privacy",
    "search_description": (
        "Hoe deze website je privacy beschermt: geen cookies voor bezoekers, geen "
        "tracking en er wordt heel weinig bewaard."
    ),
    "introduction": (
        "Je kunt deze website lezen zonder dat je gevolgd wordt. Op deze pagina lees "
        "je wat de website bewaart, wat niet, en wat je zelf kunt kiezen."
    ),
    "body": [
        ("heading", {"text": "Geen cookies en geen tracking", "level": "h2"}),
        (
            "paragraph",
            [
                "Als je deze website leest, worden er geen cookies geplaatst. Er "
                "worden geen trackers, analysetools of advertenties gebruikt, en er "
                "worden geen lettertypen of scripts van andere bedrijven geladen: elke "
                "pagina, afbeelding en elk bestand komt van deze website.",
                "Het contactformulier is de enige uitzondering: dat plaatst één "
                "beveiligingscookie, zodat niemand anders het formulier in jouw naam "
                "kan versturen. In die cookie staat een willekeurige code en niets "
                "over jou.",
                "Medewerkers die inloggen om de website te bewerken, krijgen een "
                "sessiecookie. Die is alleen voor hen, zodat ze ingelogd blijven.",
            ],
        ),
        ("heading", {"text": "Wat de website bewaart", "level": "h2"}),
        (
            "paragraph",
            [
                "De website registreert niet wie je bent, en je hebt geen account "
                "nodig om de website te lezen.",
                "Zoals elke webserver kan de server korte tijd technische logbestanden "
                "bewaren: het internetadres (IP-adres) van de verbinding, het tijdstip "
                "en de gevraagde pagina. Die logbestanden worden alleen gebruikt om de "
                "website goed en veilig te laten werken, niet om bezoekers te "
                "herkennen.",
            ],
        ),
        ("heading", {"text": "Als je zoekt", "level": "h2"}),
        (
            "paragraph",
            [
                "Als je het zoekvak gebruikt, telt de website hoe vaak elk woord wordt "
                "gezocht, zodat we de website kunnen verbeteren. In die tellingen "
                "staat niets over de persoon die zocht.",
            ],
        ),
        ("heading", {"text": "Als je ons een bericht stuurt", "level": "h2"}),
        (
            "paragraph",
            [
                "Als je een bericht stuurt via het contactformulier, bewaart de "
                "website wat je hebt geschreven en wanneer je het hebt verstuurd. De "
                "website stuurt je bericht per e-mail door naar het Equalcity-team van "
                "IOM. Alleen het team leest het, en alleen om je te antwoorden.",
                "Berichten worden na 90 dagen van de website verwijderd. Je hoeft je "
                "naam niet op te geven.",
            ],
        ),
        ("heading", {"text": "Inhoud van andere platforms", "level": "h2"}),
        (
            "paragraph",
            [
                "Sommige pagina’s kunnen video’s, podcasts of berichten van andere "
                "platforms tonen, zoals Spotify, YouTube of LinkedIn. Die worden "
                "alleen geladen als je daarvoor kiest. In het vak staat dat je "
                "internetadres dan wordt gedeeld met dat platform.",
                "Deellinks en links naar andere platforms brengen je daar alleen "
                "naartoe als je ze opent. Tot dan wordt er niets naar die platforms "
                "gestuurd.",
            ],
        ),
        ("heading", {"text": "Snel weggaan", "level": "h2"}),
        (
            "paragraph",
            [
                "Op elke pagina staat de knop ‘Deze pagina verlaten’, die de pagina "
                "meteen verbergt. Hoe je die knop gebruikt en hoe je verbergt dat je "
                "deze website hebt bezocht, lees je op de pagina ‘Veilig online’.",
            ],
        ),
        ("heading", {"text": "Vragen over je privacy", "level": "h2"}),
        (
            "paragraph",
            [
                "Heb je een vraag over je privacy op deze website? Schrijf dan naar "
                "Elisabeth Palmero van IOM: epalmero@iom.int.",
                "De principes van IOM voor gegevensbescherming gelden ook voor deze "
                "website.",
            ],
        ),
    ],
}


CONTACT = {
    "title": "Contact",
    "slug": "contact",
    "search_description": (
        "Stuur een bericht naar het Equalcity-team van IOM België en Luxemburg."
    ),
    "introduction": (
        "Stuur een bericht naar het Equalcity-team van IOM België en Luxemburg als je "
        "een vraag hebt over het project, de toolboxen of een training. We antwoorden "
        "binnen een week. Dit formulier is niet bedoeld voor noodgevallen. Ben je in "
        "gevaar? Bel dan 112."
    ),
    "fields": [
        {
            "label": "Je naam",
            "field_type": "singleline",
            "required": False,
            "help_text": "",
        },
        {
            "label": "Je e-mailadres",
            "field_type": "email",
            "required": True,
            "help_text": "We gebruiken het alleen om je te antwoorden.",
        },
        {
            "label": "Je bericht",
            "field_type": "multiline",
            "required": True,
            "help_text": (
                "Geef alsjeblieft geen details over de situatie van een persoon."
            ),
        },
    ],
    "subject": "Bericht via de Equalcity-website (Nederlands)",
    "thank_you_text": [
        "We hebben je bericht ontvangen en antwoorden binnen een week.",
        "Ben je in gevaar? Bel dan 112.",
    ],
}
