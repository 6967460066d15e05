"""French demo text; same structure as content_en.py."""

HOME = {
    "title": "Equalcity",
    "search_description": (
        "Equalcity aide les villes et les services de première ligne à atteindre les "
        "communautés migrantes et à soutenir les personnes survivantes de violences "
        "sexuelles et basées sur le genre."
    ),
    "hero_heading": (
        "Des villes plus sûres pour les personnes migrantes survivantes de violences "
        "basées sur le genre"
    ),
    "introduction": [
        "Equalcity renforce les capacités des villes et des autorités locales pour "
        "mieux atteindre les communautés migrantes et améliorer l’identification, "
        "l’orientation, la protection et le rétablissement des personnes survivantes "
        "de violences sexuelles et basées sur le genre (VSBG) au sein de ces "
        "communautés.",
        "Le projet renforce aussi le pouvoir d’agir des personnes migrantes et des "
        "services de première ligne, en les sensibilisant aux VSBG et aux droits des "
        "personnes migrantes.",
    ],
    "body": [
        (
            "heading",
            {
                "text": "Quatre boîtes à outils pour les services de première ligne",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            [
                "Nos partenaires à Bruxelles, Luxembourg, Rome et Göteborg ont mené "
                "des formations pilotes pour les professionnels de première ligne et "
                "rédigé quatre boîtes à outils : sur les femmes et les filles "
                "migrantes, les parents migrants, les personnes LGBTQI+ issues de "
                "l’immigration et les enfants migrants non accompagnés.",
                "Les boîtes à outils sont partagées, en plusieurs langues, avec plus "
                "de 70 villes et organisations participant aux formations dans plus de "
                "20 pays d’Europe.",
            ],
        ),
        (
            "quote",
            {
                "quote": (
                    "Les différentes facettes de votre identité peuvent largement "
                    "déterminer quels espaces sont perçus comme sûrs, et comment ils "
                    "favorisent un sentiment d’appartenance."
                ),
                "attribution": "Aïda Yancy, RainbowHouse Brussels",
            },
        ),
    ],
}

ABOUT = {
    "title": "À propos d’Equalcity",
    "slug": "about",
    "search_description": (
        "Equalcity est un projet financé par l’Union européenne et coordonné par "
        "l’OIM, avec des partenaires à Bruxelles, Luxembourg, Rome et Göteborg."
    ),
    "introduction": (
        "Equalcity est un projet financé par l’Union européenne et coordonné par "
        "l’OIM, l’Agence des Nations Unies pour les migrations, avec des partenaires "
        "dans quatre villes européennes."
    ),
    "body": [
        ("heading", {"text": "Qu’est-ce qu’Equalcity ?", "level": "h2"}),
        (
            "paragraph",
            [
                "Ce projet vise à renforcer les capacités des villes et des autorités "
                "locales pour mieux atteindre les communautés migrantes et améliorer "
                "l’identification, l’orientation, la protection et le rétablissement "
                "des personnes survivantes de violences sexuelles et basées sur le "
                "genre (VSBG) au sein de ces communautés.",
                "Il vise aussi à renforcer le pouvoir d’agir des personnes migrantes "
                "et des services de première ligne, en les sensibilisant aux VSBG et "
                "aux droits des personnes migrantes.",
            ],
        ),
        ("heading", {"text": "Partenaires et villes participantes", "level": "h2"}),
        (
            "paragraph",
            [
                "Les partenaires du projet à Bruxelles, Luxembourg, Rome et Göteborg "
                "ont formé des professionnels de première ligne et ont chacun élaboré "
                "une boîte à outils. Plus de 70 villes et organisations participantes, "
                "dans plus de 20 pays, prennent part aux ateliers thématiques et aux "
                "webinaires.",
            ],
        ),
        ("heading", {"text": "Objectifs de développement durable", "level": "h2"}),
        (
            "paragraph",
            [
                "Equalcity a été retenu par le Département des affaires économiques et "
                "sociales des Nations Unies (UNDESA) comme une bonne pratique pour "
                "atteindre les objectifs de développement durable (ODD).",
            ],
        ),
        (
            "call_to_action",
            {
                "heading": (
                    "Découvrir Equalcity sur la plateforme des partenariats pour les "
                    "ODD"
                ),
                "text": (
                    "Les Nations Unies comptent Equalcity parmi leurs bonnes pratiques."
                ),
                "external_url": "https://sdgs.un.org/partnerships/equalcity",
                "link_text": "Equalcity sur sdgs.un.org",
            },
        ),
        ("heading", {"text": "Financement", "level": "h2"}),
        (
            "paragraph",
            [
                "Ce projet est financé par le programme Droits, égalité et citoyenneté "
                "de l’Union européenne (2014–2020).",
            ],
        ),
    ],
}

SAFETY = {
    "title": "Rester en sécurité en ligne",
    "slug": "staying-safe-online",
    "search_description": (
        "Comment quitter rapidement ce site et comment cacher que vous l’avez consulté."
    ),
    "introduction": (
        "Si vous craignez que quelqu’un voie ce que vous lisez sur ce site, ces "
        "conseils peuvent vous aider à rester en sécurité."
    ),
    "body": [
        ("heading", {"text": "Quitter rapidement ce site", "level": "h2"}),
        (
            "paragraph",
            [
                "En haut de chaque page se trouve un bouton « Quitter cette page ». "
                "Appuyez dessus, ou appuyez trois fois sur la touche Maj (Shift) : la "
                "page disparaît aussitôt et est remplacée par un site météo.",
                "Le bouton Retour de votre navigateur ne vous ramènera pas à la page "
                "que vous lisiez.",
            ],
        ),
        ("heading", {"text": "Effacer votre historique de navigation", "level": "h2"}),
        (
            "paragraph",
            [
                "Votre navigateur garde une liste des pages que vous visitez. Pour en "
                "retirer ce site, ouvrez l’historique de votre navigateur, en général "
                "depuis son menu ou avec Ctrl+H (Cmd+Y sur Mac), puis supprimez les "
                "pages de ce site.",
                "Effacer tout votre historique peut sembler suspect à une personne qui "
                "vérifie votre appareil. Supprimer seulement certaines pages se "
                "remarque moins.",
            ],
        ),
        ("heading", {"text": "Utiliser la navigation privée", "level": "h2"}),
        (
            "paragraph",
            [
                "Une fenêtre de navigation privée ne garde pas l’historique des pages "
                "que vous visitez. Ouvrez-en une depuis le menu de votre navigateur "
                "avant de consulter des sites sur les violences ou sur les services "
                "d’aide.",
                "Si vous pensez que votre appareil est surveillé, utilisez un "
                "ordinateur dans une bibliothèque, le téléphone d’un ami ou d’une "
                "amie, ou un appareil au travail.",
            ],
        ),
        ("heading", {"text": "Si vous êtes en danger", "level": "h2"}),
        (
            "paragraph",
            [
                "Appelez le 112, le numéro d’urgence dans tous les pays de l’Union "
                "européenne. L’appel est gratuit et vous pouvez le passer depuis "
                "n’importe quel téléphone.",
            ],
        ),
    ],
}


PRIVACY = {
    "title": "Confidentialité",
    "slug": "privacy",
    "search_description": (
        "Comment ce site protège votre vie privée : aucun cookie pour les visiteurs, "
        "aucun suivi et très peu de données conservées."
    ),
    "introduction": (
        "Vous pouvez lire ce site sans aucun suivi. Cette page explique ce que le site "
        "conserve, ce qu’il ne conserve pas et ce que vous pouvez choisir."
    ),
    "body": [
        ("heading", {"text": "Ni cookies ni suivi", "level": "h2"}),
        (
            "paragraph",
            [
                "Quand vous lisez ce site, aucun cookie n’est déposé sur votre "
                "appareil. Le site n’utilise ni traceurs, ni outils de mesure "
                "d’audience, ni publicité, et il ne charge aucune police de caractères "
                "ni aucun script d’autres entreprises : chaque page, image et fichier "
                "provient de ce site.",
                "Le formulaire de contact est la seule exception : il dépose un cookie "
                "de sécurité, pour que personne d’autre ne puisse envoyer le "
                "formulaire en votre nom. Ce cookie contient un code aléatoire et rien "
                "sur vous.",
                "Les membres de l’équipe qui se connectent pour modifier le site "
                "reçoivent un cookie de session. Il est réservé à l’équipe et lui "
                "permet seulement de rester connectée.",
            ],
        ),
        ("heading", {"text": "Ce que le site conserve", "level": "h2"}),
        (
            "paragraph",
            [
                "Le site n’enregistre pas qui vous êtes, et vous n’avez pas besoin de "
                "compte pour le lire.",
                "Comme tout serveur web, il peut conserver pendant une courte durée "
                "des journaux techniques : l’adresse internet (adresse IP) de la "
                "connexion, l’heure et la page demandée. Ces journaux servent "
                "uniquement au bon fonctionnement et à la sécurité du site, et non à "
                "identifier les personnes qui le visitent.",
            ],
        ),
        ("heading", {"text": "Quand vous faites une recherche", "level": "h2"}),
        (
            "paragraph",
            [
                "Quand vous utilisez le champ de recherche, le site compte combien de "
                "fois chaque mot est recherché, pour nous aider à améliorer le site. "
                "Ces chiffres ne contiennent rien sur la personne qui a fait la "
                "recherche.",
            ],
        ),
        ("heading", {"text": "Quand vous nous écrivez", "level": "h2"}),
        (
            "paragraph",
            [
                "Quand vous envoyez un message avec le formulaire de contact, le site "
                "conserve ce que vous avez écrit et l’heure de l’envoi, et le transmet "
                "par e-mail à l’équipe Equalcity de l’OIM. Seule l’équipe le lit, et "
                "uniquement pour vous répondre.",
                "Les messages sont supprimés du site après 90 jours. Vous n’avez pas "
                "besoin de donner votre nom.",
            ],
        ),
        ("heading", {"text": "Contenus d’autres plateformes", "level": "h2"}),
        (
            "paragraph",
            [
                "Certaines pages peuvent afficher des vidéos, des podcasts ou des "
                "publications d’autres plateformes, comme Spotify, YouTube ou "
                "LinkedIn. Ces contenus ne se chargent que si vous choisissez de les "
                "charger. L’encadré explique que leur chargement transmet votre "
                "adresse internet à cette plateforme.",
                "Les liens de partage et les liens vers d’autres plateformes ne vous y "
                "mènent que si vous les suivez. Avant cela, rien n’est envoyé à ces "
                "plateformes.",
            ],
        ),
        ("heading", {"text": "Partir rapidement", "level": "h2"}),
        (
            "paragraph",
            [
                "Chaque page a un bouton « Quitter cette page » qui masque aussitôt la "
                "page. Pour savoir comment l’utiliser et comment cacher que vous avez "
                "consulté ce site, lisez la page « Rester en sécurité en ligne ».",
            ],
        ),
        ("heading", {"text": "Questions sur votre vie privée", "level": "h2"}),
        (
            "paragraph",
            [
                "Si vous avez une question sur la confidentialité de ce site, écrivez "
                "à Elisabeth Palmero, de l’OIM : epalmero@iom.int.",
                "Les principes de protection des données de l’OIM s’appliquent à ce "
                "site.",
            ],
        ),
    ],
}


CONTACT = {
    "title": "Contact",
    "slug": "contact",
    "search_description": (
        "Écrivez à l’équipe Equalcity de l’OIM Belgique et Luxembourg."
    ),
    "introduction": (
        "Écrivez à l’équipe Equalcity de l’OIM Belgique et Luxembourg pour toute "
        "question sur le projet, les boîtes à outils ou une formation. Nous répondons "
        "dans un délai d’une semaine. Ce formulaire n’est pas prévu pour les urgences. "
        "Si vous êtes en danger, appelez le 112."
    ),
    "fields": [
        {
            "label": "Votre nom",
            "field_type": "singleline",
            "required": False,
            "help_text": "",
        },
        {
            "label": "Votre adresse e-mail",
            "field_type": "email",
            "required": True,
            "help_text": "Nous l’utilisons uniquement pour vous répondre.",
        },
        {
            "label": "Votre message",
            "field_type": "multiline",
            "required": True,
            "help_text": (
                "Merci de ne pas donner de détails sur la situation d’une personne."
            ),
        },
    ],
    "subject": "Message du site Equalcity (français)",
    "thank_you_text": [
        "Nous avons bien reçu votre message et nous vous répondrons dans un délai "
        "d’une semaine.",
        "Si vous êtes en danger, appelez le 112.",
    ],
}
