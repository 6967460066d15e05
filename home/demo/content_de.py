"""German demo text; same structure as content_en.py (HOME, SAFETY)."""

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
