"""German demo text; same structure as content_en.py."""

HOME = {
    "title": "Equalcity",
    "search_description": (
        "Equalcity unterstützt Städte und Anlaufstellen vor Ort dabei, migrantische "
        "Gemeinschaften zu erreichen und Betroffene von sexualisierter und "
        "geschlechtsspezifischer Gewalt zu unterstützen."
    ),
    "hero_heading": (
        "Sicherere Städte für Migrantinnen und Migranten, die geschlechtsspezifische "
        "Gewalt erlebt haben"
    ),
    "introduction": [
        "Equalcity stärkt Städte und Kommunen darin, migrantische Gemeinschaften "
        "besser zu erreichen. Betroffene von sexualisierter und "
        "geschlechtsspezifischer Gewalt (SGBV) in diesen Gemeinschaften sollen besser "
        "erkannt, an passende Stellen vermittelt, geschützt und auf ihrem Weg der "
        "Genesung begleitet werden.",
        "Das Projekt stärkt Migrantinnen und Migranten sowie Anlaufstellen vor Ort, "
        "indem es über SGBV und über die Rechte von Migrantinnen und Migranten "
        "aufklärt.",
    ],
    "body": [
        (
            "heading",
            {"text": "Vier Toolboxen für Anlaufstellen vor Ort", "level": "h2"},
        ),
        (
            "paragraph",
            [
                "Unsere Partner in Brüssel, Luxemburg, Rom und Göteborg haben "
                "Pilotschulungen für Fachkräfte vor Ort durchgeführt und vier "
                "Toolboxen erstellt: zu Frauen und Mädchen mit Migrationsgeschichte, "
                "zu Eltern mit Migrationsgeschichte, zu LGBTQI+-Personen mit "
                "Migrationsgeschichte und zu unbegleiteten minderjährigen Migrantinnen "
                "und Migranten.",
                "Die Toolboxen werden in mehreren Sprachen mit mehr als 70 "
                "teilnehmenden Städten und Organisationen in über 20 Ländern Europas "
                "geteilt.",
            ],
        ),
        (
            "quote",
            {
                "quote": (
                    "Die verschiedenen Ebenen der eigenen Identität können stark "
                    "bestimmen, welche Räume man als sicher empfindet und wie sie ein "
                    "Gefühl der Zugehörigkeit stärken."
                ),
                "attribution": "Aïda Yancy, RainbowHouse Brussels",
            },
        ),
    ],
}

SAFETY = {
    "title": "Sicher im Internet",
    "slug": "staying-safe-online",
    "search_description": (
        "Wie Sie diese Website schnell verlassen und verbergen, dass Sie sie besucht "
        "haben."
    ),
    "introduction": (
        "Wenn Sie befürchten, dass jemand sehen könnte, was Sie auf dieser Website "
        "lesen, können Ihnen diese Schritte helfen, sich zu schützen."
    ),
    "body": [
        ("heading", {"text": "Diese Website schnell verlassen", "level": "h2"}),
        (
            "paragraph",
            [
                "Oben auf jeder Seite finden Sie die Schaltfläche „Diese Seite "
                "verlassen“. Wählen Sie sie aus oder drücken Sie dreimal die "
                "Umschalttaste (Shift): Die Seite wird sofort ausgeblendet und durch "
                "eine Wetter-Website ersetzt.",
                "Mit der Zurück-Schaltfläche Ihres Browsers kommen Sie nicht wieder "
                "auf die Seite, die Sie gerade gelesen haben.",
            ],
        ),
        ("heading", {"text": "Browserverlauf löschen", "level": "h2"}),
        (
            "paragraph",
            [
                "Ihr Browser speichert eine Liste der Seiten, die Sie besuchen. Um "
                "diese Website daraus zu entfernen, öffnen Sie den Verlauf Ihres "
                "Browsers, meist über das Menü oder mit Strg+H bzw. Ctrl+H (Cmd+Y auf "
                "einem Mac), und löschen Sie die Seiten dieser Website.",
                "Wenn Sie Ihren gesamten Verlauf löschen, kann das jemandem, der Ihr "
                "Gerät kontrolliert, verdächtig vorkommen. Wenn Sie nur einzelne "
                "Seiten löschen, fällt es weniger auf.",
            ],
        ),
        ("heading", {"text": "Privat surfen", "level": "h2"}),
        (
            "paragraph",
            [
                "Ein privates Fenster oder Inkognito-Fenster speichert keinen Verlauf "
                "der Seiten, die Sie besuchen. Öffnen Sie ein solches Fenster über das "
                "Menü Ihres Browsers, bevor Sie Websites zu Gewalt oder zu "
                "Hilfsangeboten aufrufen.",
                "Wenn Sie glauben, dass Ihr Gerät überwacht wird, nutzen Sie einen "
                "Computer in einer Bibliothek, das Handy einer Freundin oder eines "
                "Freundes oder ein Gerät bei der Arbeit.",
            ],
        ),
        ("heading", {"text": "Wenn Sie in Gefahr sind", "level": "h2"}),
        (
            "paragraph",
            [
                "Rufen Sie die 112 an, die Notrufnummer in allen Ländern der "
                "Europäischen Union. Der Anruf ist kostenlos und von jedem Telefon aus "
                "möglich.",
            ],
        ),
    ],
}


PRIVACY = {
    "title": "Datenschutz",
    "slug": "privacy",
    "search_description": (
        "Wie diese Website Ihre Privatsphäre schützt: keine Cookies für Besucherinnen "
        "und Besucher, kein Tracking und nur sehr wenige gespeicherte Daten."
    ),
    "introduction": (
        "Sie können diese Website lesen, ohne verfolgt zu werden. Diese Seite erklärt, "
        "was die Website speichert, was sie nicht speichert und was Sie selbst "
        "entscheiden können."
    ),
    "body": [
        ("heading", {"text": "Keine Cookies und kein Tracking", "level": "h2"}),
        (
            "paragraph",
            [
                "Wenn Sie diese Website lesen, werden keine Cookies gesetzt. Die "
                "Website nutzt keine Tracker, keine Analysedienste und keine Werbung, "
                "und sie lädt keine Schriften oder Skripte anderer Unternehmen: Jede "
                "Seite, jedes Bild und jede Datei kommt von dieser Website.",
                "Die einzige Ausnahme ist das Kontaktformular: Es setzt ein "
                "Sicherheitscookie, damit niemand sonst das Formular in Ihrem Namen "
                "senden kann. Das Cookie enthält einen zufälligen Code und nichts über "
                "Sie.",
                "Mitarbeitende, die sich anmelden, um die Website zu bearbeiten, "
                "erhalten ein Sitzungscookie. Es ist nur für sie da, damit sie "
                "angemeldet bleiben.",
            ],
        ),
        ("heading", {"text": "Was die Website speichert", "level": "h2"}),
        (
            "paragraph",
            [
                "Die Website speichert nicht, wer Sie sind, und Sie brauchen kein "
                "Konto, um sie zu lesen.",
                "Wie jeder Webserver kann der Server für kurze Zeit technische "
                "Protokolle speichern: die Internetadresse (IP-Adresse) der "
                "Verbindung, die Uhrzeit und die aufgerufene Seite. Diese Protokolle "
                "dienen nur dazu, dass die Website funktioniert und sicher bleibt, "
                "nicht dazu, Besucherinnen und Besucher zu identifizieren.",
            ],
        ),
        ("heading", {"text": "Wenn Sie suchen", "level": "h2"}),
        (
            "paragraph",
            [
                "Wenn Sie das Suchfeld nutzen, zählt die Website, wie oft jedes Wort "
                "gesucht wird, damit wir die Website verbessern können. Diese "
                "Zählungen enthalten nichts über die Person, die gesucht hat.",
            ],
        ),
        ("heading", {"text": "Wenn Sie uns schreiben", "level": "h2"}),
        (
            "paragraph",
            [
                "Wenn Sie über das Kontaktformular eine Nachricht senden, speichert "
                "die Website, was Sie geschrieben haben und wann Sie es gesendet "
                "haben, und schickt die Nachricht per E-Mail an das Equalcity-Team der "
                "IOM. Nur das Team liest sie, und nur, um Ihnen zu antworten.",
                "Nachrichten werden nach 90 Tagen von der Website gelöscht. Sie müssen "
                "Ihren Namen nicht angeben.",
            ],
        ),
        ("heading", {"text": "Inhalte anderer Plattformen", "level": "h2"}),
        (
            "paragraph",
            [
                "Manche Seiten können Videos, Podcasts oder Beiträge anderer "
                "Plattformen wie Spotify, YouTube oder LinkedIn zeigen. Sie werden nur "
                "geladen, wenn Sie sich dafür entscheiden. Im Feld steht, dass beim "
                "Laden Ihre Internetadresse an diese Plattform übermittelt wird.",
                "Teilen-Links und Links zu anderen Plattformen führen Sie nur dorthin, "
                "wenn Sie ihnen folgen. Vorher wird nichts an diese Plattformen "
                "gesendet.",
            ],
        ),
        ("heading", {"text": "Schnell weg", "level": "h2"}),
        (
            "paragraph",
            [
                "Auf jeder Seite gibt es die Schaltfläche „Diese Seite verlassen“, die "
                "die Seite sofort ausblendet. Wie Sie sie nutzen und wie Sie "
                "verbergen, dass Sie diese Website besucht haben, lesen Sie auf der "
                "Seite „Sicher im Internet“.",
            ],
        ),
        ("heading", {"text": "Fragen zum Datenschutz", "level": "h2"}),
        (
            "paragraph",
            [
                "Wenn Sie eine Frage zum Datenschutz auf dieser Website haben, "
                "schreiben Sie an Elisabeth Palmero von der IOM: epalmero@iom.int.",
                "Für diese Website gelten die Datenschutzgrundsätze der IOM.",
            ],
        ),
    ],
}


CONTACT = {
    "title": "Kontakt",
    "slug": "contact",
    "search_description": (
        "Schreiben Sie dem Equalcity-Team der IOM Belgien und Luxemburg."
    ),
    "introduction": (
        "Schreiben Sie dem Equalcity-Team der IOM Belgien und Luxemburg, wenn Sie eine "
        "Frage zum Projekt, zu den Toolboxen oder zu einer Schulung haben. Wir "
        "antworten innerhalb einer Woche. Dieses Formular ist nicht für Notfälle "
        "gedacht. Wenn Sie in Gefahr sind, rufen Sie die 112 an."
    ),
    "fields": [
        {
            "label": "Ihr Name",
            "field_type": "singleline",
            "required": False,
            "help_text": "",
        },
        {
            "label": "Ihre E-Mail-Adresse",
            "field_type": "email",
            "required": True,
            "help_text": "Wir nutzen sie nur, um Ihnen zu antworten.",
        },
        {
            "label": "Ihre Nachricht",
            "field_type": "multiline",
            "required": True,
            "help_text": (
                "Bitte teilen Sie keine Einzelheiten über die Situation einer Person "
                "mit."
            ),
        },
    ],
    "subject": "Nachricht von der Equalcity-Website (Deutsch)",
    "thank_you_text": [
        "Wir haben Ihre Nachricht erhalten und antworten innerhalb einer Woche.",
        "Wenn Sie in Gefahr sind, rufen Sie die 112 an.",
    ],
}
