"""Italian demo text; same structure as content_en.py."""

HOME = {
    "title": "Equalcity",
    "search_description": (
        "Equalcity aiuta le città e i servizi di prima linea a raggiungere le comunità "
        "migranti e a sostenere le persone sopravvissute alla violenza sessuale e di "
        "genere."
    ),
    "hero_heading": (
        "Città più sicure per le persone migranti sopravvissute alla violenza di genere"
    ),
    "introduction": [
        "Equalcity rafforza le capacità delle città e delle amministrazioni locali di "
        "raggiungere meglio le comunità migranti e di migliorare l’identificazione, "
        "l’invio ai servizi, la protezione e il recupero delle persone sopravvissute "
        "alla violenza sessuale e di genere (SGBV) all’interno di queste comunità.",
        "Il progetto dà più strumenti alle persone migranti e ai servizi di prima "
        "linea, aumentando la consapevolezza sulla SGBV e sui diritti delle persone "
        "migranti.",
    ],
    "body": [
        (
            "heading",
            {"text": "Quattro toolbox per i servizi di prima linea", "level": "h2"},
        ),
        (
            "paragraph",
            [
                "I nostri partner a Bruxelles, Lussemburgo, Roma e Göteborg hanno "
                "sperimentato percorsi di formazione per operatrici e operatori di "
                "prima linea e hanno scritto quattro toolbox: su donne e ragazze "
                "migranti, genitori migranti, persone LGBTQI+ con background "
                "migratorio e minori migranti non accompagnati.",
                "I toolbox sono condivisi, in diverse lingue, con più di 70 città e "
                "organizzazioni che partecipano alla formazione in oltre 20 paesi "
                "europei.",
            ],
        ),
        (
            "quote",
            {
                "quote": (
                    "I diversi aspetti della tua identità possono determinare in larga "
                    "misura quali spazi sono considerati sicuri e in che modo "
                    "favoriscono un senso di appartenenza."
                ),
                "attribution": "Aïda Yancy, RainbowHouse Brussels",
            },
        ),
    ],
}

SAFETY = {
    "title": "Navigare in sicurezza",
    "slug": "staying-safe-online",
    "search_description": (
        "Come uscire rapidamente da questo sito e come nascondere di averlo visitato."
    ),
    "introduction": (
        "Se temi che qualcuno possa vedere cosa leggi su questo sito, questi passaggi "
        "possono aiutarti a restare al sicuro."
    ),
    "body": [
        ("heading", {"text": "Esci rapidamente da questo sito", "level": "h2"}),
        (
            "paragraph",
            [
                "In alto, su ogni pagina, trovi il pulsante «Esci da questa pagina». "
                "Selezionalo, oppure premi tre volte il tasto Maiusc (Shift): la "
                "pagina viene nascosta subito e sostituita da un sito di previsioni "
                "meteo.",
                "Il pulsante Indietro del browser non ti riporterà alla pagina che "
                "stavi leggendo.",
            ],
        ),
        ("heading", {"text": "Cancella la cronologia di navigazione", "level": "h2"}),
        (
            "paragraph",
            [
                "Il tuo browser conserva un elenco delle pagine che visiti. Per "
                "togliere questo sito dall’elenco, apri la cronologia del browser, di "
                "solito dal menu o con Ctrl+H (Cmd+Y su Mac), e cancella le pagine di "
                "questo sito.",
                "Cancellare tutta la cronologia può sembrare sospetto a chi controlla "
                "il tuo dispositivo. Cancellare solo alcune pagine si nota meno.",
            ],
        ),
        ("heading", {"text": "Usa la navigazione privata", "level": "h2"}),
        (
            "paragraph",
            [
                "Una finestra privata o in incognito non conserva la cronologia delle "
                "pagine che visiti. Aprine una dal menu del browser prima di visitare "
                "siti sulla violenza o sui servizi di supporto.",
                "Se pensi che il tuo dispositivo sia controllato, usa un computer in "
                "biblioteca, il telefono di un’amica o di un amico oppure un "
                "dispositivo al lavoro.",
            ],
        ),
        ("heading", {"text": "Se sei in pericolo", "level": "h2"}),
        (
            "paragraph",
            [
                "Chiama il 112, il numero di emergenza in tutti i paesi dell’Unione "
                "europea. La chiamata è gratuita e puoi farla da qualsiasi telefono.",
            ],
        ),
    ],
}


PRIVACY = {
    "title": "Privacy",
    "slug": "privacy",
    "search_description": (
        "Come questo sito protegge la tua privacy: nessun cookie per chi lo visita, "
        "nessun tracciamento e pochissimi dati conservati."
    ),
    "introduction": (
        "Puoi leggere questo sito senza alcun tracciamento. Questa pagina spiega cosa "
        "conserva il sito, cosa non conserva e cosa puoi scegliere tu."
    ),
    "body": [
        ("heading", {"text": "Niente cookie e niente tracciamento", "level": "h2"}),
        (
            "paragraph",
            [
                "Quando leggi questo sito, non viene impostato nessun cookie. Il sito "
                "non usa strumenti di tracciamento, di analisi o di pubblicità, e non "
                "carica caratteri o script di altre aziende: ogni pagina, immagine e "
                "file proviene da questo sito.",
                "L’unica eccezione è il modulo di contatto: imposta un cookie di "
                "sicurezza, perché nessun altro possa inviare il modulo a tuo nome. Il "
                "cookie contiene un codice casuale e niente che ti riguardi.",
                "Il personale che accede al sito per modificarlo riceve un cookie di "
                "sessione. Serve solo al personale, per restare connesso.",
            ],
        ),
        ("heading", {"text": "Cosa conserva il sito", "level": "h2"}),
        (
            "paragraph",
            [
                "Il sito non registra chi sei e non ti serve un account per leggerlo.",
                "Come ogni server web, può conservare per un breve periodo dei "
                "registri tecnici: l’indirizzo internet (indirizzo IP) della "
                "connessione, l’ora e la pagina richiesta. Questi registri servono "
                "solo a far funzionare il sito e a mantenerlo sicuro, non a "
                "identificare chi lo visita.",
            ],
        ),
        ("heading", {"text": "Quando fai una ricerca", "level": "h2"}),
        (
            "paragraph",
            [
                "Quando usi la casella di ricerca, il sito conta quante volte viene "
                "cercata ogni parola, per aiutarci a migliorare il sito. Questi "
                "conteggi non contengono nulla sulla persona che ha fatto la ricerca.",
            ],
        ),
        ("heading", {"text": "Quando ci scrivi", "level": "h2"}),
        (
            "paragraph",
            [
                "Quando invii un messaggio con il modulo di contatto, il sito conserva "
                "quello che hai scritto e l’ora in cui l’hai inviato, e lo inoltra via "
                "e-mail al team di Equalcity dell’OIM. Solo il team lo legge, e solo "
                "per risponderti.",
                "I messaggi vengono cancellati dal sito dopo 90 giorni. Non è "
                "obbligatorio indicare il tuo nome.",
            ],
        ),
        ("heading", {"text": "Contenuti di altre piattaforme", "level": "h2"}),
        (
            "paragraph",
            [
                "Alcune pagine possono mostrare video, podcast o post di altre "
                "piattaforme, come Spotify, YouTube o LinkedIn. Vengono caricati solo "
                "se scegli di caricarli. Il riquadro spiega che caricarli condivide il "
                "tuo indirizzo internet con quella piattaforma.",
                "I link di condivisione e i link ad altre piattaforme ti portano lì "
                "solo se li apri. Fino ad allora non viene inviato nulla a quelle "
                "piattaforme.",
            ],
        ),
        ("heading", {"text": "Uscire rapidamente", "level": "h2"}),
        (
            "paragraph",
            [
                "Ogni pagina ha il pulsante «Esci da questa pagina», che nasconde "
                "subito la pagina. Per sapere come usarlo e come nascondere di aver "
                "visitato questo sito, leggi la pagina «Navigare in sicurezza».",
            ],
        ),
        ("heading", {"text": "Domande sulla tua privacy", "level": "h2"}),
        (
            "paragraph",
            [
                "Se hai una domanda sulla tua privacy su questo sito, scrivi a "
                "Elisabeth Palmero dell’OIM: epalmero@iom.int.",
                "A questo sito si applicano i principi di protezione dei dati "
                "dell’OIM.",
            ],
        ),
    ],
}


CONTACT = {
    "title": "Contatti",
    "slug": "contact",
    "search_description": "Scrivi al team di Equalcity dell’OIM Belgio e Lussemburgo.",
    "introduction": (
        "Scrivi al team di Equalcity dell’OIM Belgio e Lussemburgo se hai una domanda "
        "sul progetto, sui toolbox o su una formazione. Rispondiamo entro una "
        "settimana. Questo modulo non è pensato per le emergenze. Se sei in pericolo, "
        "chiama il 112."
    ),
    "fields": [
        {
            "label": "Il tuo nome",
            "field_type": "singleline",
            "required": False,
            "help_text": "",
        },
        {
            "label": "Il tuo indirizzo e-mail",
            "field_type": "email",
            "required": True,
            "help_text": "Lo usiamo solo per risponderti.",
        },
        {
            "label": "Il tuo messaggio",
            "field_type": "multiline",
            "required": True,
            "help_text": (
                "Per favore, non condividere dettagli sulla situazione di una persona."
            ),
        },
    ],
    "subject": "Messaggio dal sito Equalcity (italiano)",
    "thank_you_text": [
        "Abbiamo ricevuto il tuo messaggio e ti risponderemo entro una settimana.",
        "Se sei in pericolo, chiama il 112.",
    ],
}
