"""Swedish demo text; same structure as content_en.py."""

HOME = {
    "title": "Equalcity",
    "search_description": (
        "Equalcity hjälper städer och verksamheter i första linjen att nå "
        "migrantgrupper och att stödja personer som har utsatts för sexuellt och "
        "könsbaserat våld."
    ),
    "hero_heading": (
        "Tryggare städer för migranter som har utsatts för könsbaserat våld"
    ),
    "introduction": [
        "Equalcity stärker städers och kommuners förmåga att nå migrantgrupper bättre. "
        "Målet är att personer i dessa grupper som har utsatts för sexuellt och "
        "könsbaserat våld (SGBV) ska identifieras, hänvisas vidare, skyddas och få "
        "stöd i sin återhämtning på ett bättre sätt.",
        "Projektet stärker migranter och verksamheter i första linjen genom att öka "
        "kunskapen om SGBV och om migranters rättigheter.",
    ],
    "body": [
        (
            "heading",
            {
                "text": "Fyra verktygslådor för verksamheter i första linjen",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            [
                "Våra partner i Bryssel, Luxemburg, Rom och Göteborg har testat "
                "utbildningar för yrkesverksamma i första linjen och skrivit fyra "
                "verktygslådor: om migrantkvinnor och migrantflickor, "
                "migrantföräldrar, hbtqi-personer med migrationsbakgrund och "
                "ensamkommande barn.",
                "Verktygslådorna delas på flera språk med fler än 70 deltagande städer "
                "och organisationer i fler än 20 europeiska länder.",
            ],
        ),
        (
            "quote",
            {
                "quote": (
                    "De olika delarna av din identitet kan i hög grad avgöra vilka "
                    "platser som uppfattas som trygga, och hur de skapar en känsla av "
                    "tillhörighet."
                ),
                "attribution": "Aïda Yancy, RainbowHouse Brussels",
            },
        ),
    ],
}

SAFETY = {
    "title": "Skydda dig på nätet",
    "slug": "staying-safe-online",
    "search_description": (
        "Så lämnar du den här webbplatsen snabbt och döljer att du har besökt den."
    ),
    "introduction": (
        "Om du är orolig för att någon kan se vad du läser på den här webbplatsen kan "
        "de här stegen hjälpa dig att vara trygg."
    ),
    "body": [
        ("heading", {"text": "Lämna webbplatsen snabbt", "level": "h2"}),
        (
            "paragraph",
            [
                "Högst upp på varje sida finns knappen ”Lämna den här sidan”. Välj den "
                "eller tryck tre gånger på Skift-tangenten (Shift), så döljs sidan "
                "direkt och en väderwebbplats visas i stället.",
                "Webbläsarens Bakåt-knapp tar dig inte tillbaka till sidan som du "
                "läste.",
            ],
        ),
        ("heading", {"text": "Rensa din webbhistorik", "level": "h2"}),
        (
            "paragraph",
            [
                "Din webbläsare sparar en lista över sidorna som du besöker. För att "
                "ta bort den här webbplatsen från listan öppnar du webbläsarens "
                "historik, oftast via menyn eller med Ctrl+H (Cmd+Y på en Mac), och "
                "raderar sidorna från webbplatsen.",
                "Om du raderar hela historiken kan det se misstänkt ut för någon som "
                "kontrollerar din enhet. Att bara radera vissa sidor märks mindre.",
            ],
        ),
        ("heading", {"text": "Surfa privat", "level": "h2"}),
        (
            "paragraph",
            [
                "Ett privat fönster eller inkognitofönster sparar ingen historik över "
                "sidorna som du besöker. Öppna ett sådant fönster via webbläsarens "
                "meny innan du besöker webbplatser om våld eller om var du kan få "
                "stöd.",
                "Om du tror att din enhet övervakas kan du använda en dator på ett "
                "bibliotek, en väns telefon eller en enhet på jobbet.",
            ],
        ),
        ("heading", {"text": "Om du är i fara", "level": "h2"}),
        (
            "paragraph",
            [
                "Ring 112, larmnumret i alla länder i Europeiska unionen. Det är "
                "gratis och du kan ringa från vilken telefon som helst.",
            ],
        ),
    ],
}


PRIVACY = {
    "title": "Integritet",
    "slug": "privacy",
    "search_description": (
        "Så skyddar den här webbplatsen din integritet: inga kakor för besökare, ingen "
        "spårning och mycket lite som sparas."
    ),
    "introduction": (
        "Du kan läsa den här webbplatsen utan att bli spårad. Här kan du läsa vad "
        "webbplatsen sparar, vad den inte sparar och vad du själv kan välja."
    ),
    "body": [
        ("heading", {"text": "Inga kakor och ingen spårning", "level": "h2"}),
        (
            "paragraph",
            [
                "När du läser den här webbplatsen sätts inga kakor (cookies). "
                "Webbplatsen använder inga spårare, inga analysverktyg och ingen "
                "reklam, och den hämtar inga typsnitt eller skript från andra företag: "
                "varje sida, bild och fil kommer från den här webbplatsen.",
                "Det enda undantaget är kontaktformuläret: det sätter en "
                "säkerhetskaka, så att ingen annan kan skicka formuläret i ditt namn. "
                "Kakan innehåller en slumpmässig kod och ingenting om dig.",
                "Personal som loggar in för att redigera webbplatsen får en "
                "sessionskaka. Den är bara till för dem, så att de förblir inloggade.",
            ],
        ),
        ("heading", {"text": "Vad webbplatsen sparar", "level": "h2"}),
        (
            "paragraph",
            [
                "Webbplatsen registrerar inte vem du är, och du behöver inget konto "
                "för att läsa den.",
                "Som alla webbservrar kan servern spara tekniska loggar under en kort "
                "tid: internetadressen (IP-adressen) för anslutningen, tiden och "
                "vilken sida som begärdes. Loggarna används bara för att webbplatsen "
                "ska fungera och vara säker, inte för att identifiera besökare.",
            ],
        ),
        ("heading", {"text": "När du söker", "level": "h2"}),
        (
            "paragraph",
            [
                "När du använder sökrutan räknar webbplatsen hur ofta varje ord söks, "
                "så att vi kan förbättra webbplatsen. Räkningarna innehåller ingenting "
                "om personen som sökte.",
            ],
        ),
        ("heading", {"text": "När du skriver till oss", "level": "h2"}),
        (
            "paragraph",
            [
                "När du skickar ett meddelande via kontaktformuläret sparar "
                "webbplatsen det du skrev och när du skickade det, och skickar det med "
                "e-post till Equalcity-teamet på IOM. Bara teamet läser det, och bara "
                "för att kunna svara dig.",
                "Meddelandena raderas från webbplatsen efter 90 dagar. Du behöver inte "
                "uppge ditt namn.",
            ],
        ),
        ("heading", {"text": "Innehåll från andra plattformar", "level": "h2"}),
        (
            "paragraph",
            [
                "Vissa sidor kan visa videor, poddar eller inlägg från andra "
                "plattformar, till exempel Spotify, YouTube eller LinkedIn. De laddas "
                "bara om du väljer att ladda dem. I rutan står det att din "
                "internetadress delas med plattformen när du laddar dem.",
                "Delningslänkar och länkar till andra plattformar tar dig bara dit om "
                "du öppnar dem. Innan dess skickas ingenting till plattformarna.",
            ],
        ),
        ("heading", {"text": "Lämna snabbt", "level": "h2"}),
        (
            "paragraph",
            [
                "Varje sida har knappen ”Lämna den här sidan”, som döljer sidan "
                "direkt. Hur du använder den och hur du döljer att du har besökt den "
                "här webbplatsen kan du läsa på sidan ”Skydda dig på nätet”.",
            ],
        ),
        ("heading", {"text": "Frågor om din integritet", "level": "h2"}),
        (
            "paragraph",
            [
                "Om du har frågor om din integritet på den här webbplatsen kan du "
                "skriva till Elisabeth Palmero på IOM: epalmero@iom.int.",
                "IOM:s principer för dataskydd gäller för den här webbplatsen.",
            ],
        ),
    ],
}


CONTACT = {
    "title": "Kontakt",
    "slug": "contact",
    "search_description": "Skriv till Equalcity-teamet på IOM Belgien och Luxemburg.",
    "introduction": (
        "Skriv till Equalcity-teamet på IOM Belgien och Luxemburg om du har en fråga "
        "om projektet, verktygslådorna eller en utbildning. Vi svarar inom en vecka. "
        "Formuläret är inte till för akuta situationer. Om du är i fara, ring 112."
    ),
    "fields": [
        {
            "label": "Ditt namn",
            "field_type": "singleline",
            "required": False,
            "help_text": "",
        },
        {
            "label": "Din e-postadress",
            "field_type": "email",
            "required": True,
            "help_text": "Vi använder den bara för att svara dig.",
        },
        {
            "label": "Ditt meddelande",
            "field_type": "multiline",
            "required": True,
            "help_text": "Dela inte detaljer om en persons situation.",
        },
    ],
    "subject": "Meddelande från Equalcity-webbplatsen (svenska)",
    "thank_you_text": [
        "Vi har tagit emot ditt meddelande och svarar inom en vecka.",
        "Om du är i fara, ring 112.",
    ],
}
