"""French demo text; same structure as content_en.py."""

INDEX = {
    "title": "Podcast",
    "slug": "podcasts",
    "search_description": (
        "Le podcast d’Equalcity : des conversations avec nos partenaires et des "
        "professionnels de première ligne sur les violences sexuelles et basées sur le "
        "genre dans les communautés migrantes."
    ),
    "description": (
        "Dans le podcast d’Equalcity, les partenaires du projet et des professionnels "
        "de première ligne parlent de leur travail auprès des communautés migrantes et "
        "des personnes survivantes de violences sexuelles et basées sur le genre. "
        "Chaque épisode est accompagné d’une transcription complète, et certains "
        "épisodes sont aussi disponibles sur Spotify, LinkedIn et Facebook."
    ),
}

EPISODES = [
    {
        "slug": "idahobit-2021-safer-spaces",
        "audio": "idahobit-2021-safer-spaces.mp3",
        "duration": "00:00:14",
        "season_number": 1,
        "episode_number": 1,
        "date": "2021-05-17",
        "guests": ["aida-yancy"],
        "themes": ["lgbtqi-people"],
        "platform_links": [
            ["spotify", "https://open.spotify.com/episode/0YdR34ixz4HCyh8gNBEI2G"],
            [
                "linkedin",
                "https://www.linkedin.com/feed/update/urn:li:activity:6800057734713655296",
            ],
            ["facebook", "https://fb.watch/7gI1E0Outu/"],
        ],
        "title": "IDAHOBIT 2021 : pourquoi les espaces plus sûrs sont importants",
        "search_description": (
            "Pour l’IDAHOBIT 2021, Aïda Yancy, de la RainbowHouse Brussels, parle "
            "d’origine, de genre et d’espaces plus sûrs pour les personnes LGBTQI+ "
            "issues de l’immigration."
        ),
        "summary": (
            "À l’occasion de la Journée internationale contre l’homophobie, la "
            "biphobie et la transphobie 2021, Aïda Yancy, de la RainbowHouse Brussels, "
            "explique pourquoi les espaces plus sûrs sont importants pour les "
            "personnes LGBTQI+ issues de l’immigration."
        ),
        "show_notes": [
            "Pour l’IDAHOBIT 2021, la Journée internationale contre l’homophobie, la "
            "biphobie et la transphobie du 17 mai, Equalcity a invité la RainbowHouse "
            "Brussels, partenaire du projet qui élabore la boîte à outils sur les "
            "espaces plus sûrs pour les personnes LGBTQI+ issues de l’immigration, à "
            "parler de l’importance de créer ces espaces plus sûrs.",
            "La cheffe de projet Aïda Yancy explique pourquoi il est important de "
            "comprendre l’intersection entre origine et genre dans nos villes. Elle "
            "décrit comment les différentes facettes de votre identité peuvent "
            "largement déterminer quels espaces, et quelles interactions, sont perçus "
            "comme « sûrs », et comment ils favorisent un sentiment d’appartenance.",
            "Invitée : Aïda Yancy, cheffe de projet, RainbowHouse Brussels.",
        ],
        "transcript": [
            "Animatrice : Bienvenue dans le podcast d’Equalcity. Aujourd’hui, 17 mai, "
            "c’est la Journée internationale contre l’homophobie, la biphobie et la "
            "transphobie, l’IDAHOBIT. Pour marquer cette journée, nous avons invité "
            "la RainbowHouse Brussels, notre partenaire qui élabore la boîte à outils "
            "sur les espaces plus sûrs pour les personnes LGBTQI+ issues de "
            "l’immigration. Aïda Yancy, bienvenue.",
            "Aïda Yancy : Merci de m’avoir invitée. Je suis cheffe de projet à la "
            "RainbowHouse Brussels, qui rassemble de nombreuses associations LGBTQI+ "
            "de la ville. Dans le cadre d’Equalcity, nous travaillons sur la manière "
            "dont les services de première ligne peuvent devenir plus sûrs pour les "
            "personnes LGBTQI+ issues de l’immigration.",
            "Animatrice : Commençons par les mots. En anglais, vous parlez de « "
            "safe(r) spaces », d’espaces sûrs, avec un « r » entre parenthèses. "
            "Pourquoi ?",
            "Aïda Yancy : Parce qu’aucun espace n’est jamais totalement sûr pour tout "
            "le monde, tout le temps. Dire « plus sûr », c’est un engagement : cela "
            "veut dire que nous continuons à nous demander qui pourrait ne pas se "
            "sentir en sécurité ici, et ce que nous pouvons changer. C’est une "
            "démarche, pas une étiquette que l’on colle une fois pour toutes sur la "
            "porte.",
            "Animatrice : Vous parlez souvent de l’intersection entre origine et "
            "genre dans nos villes. Qu’entendez-vous par là ?",
            "Aïda Yancy : Personne n’est une seule chose. Une personne peut être "
            "lesbienne, noire, migrante, mère, en attente de papiers, tout cela à la "
            "fois. En ville, ces différentes facettes déterminent la manière dont on "
            "vous regarde dans la rue, dans les transports en commun ou à un guichet. "
            "Un lieu où vous vous sentez en sécurité en tant que personne queer ne "
            "l’est pas forcément pour vous en tant que personne racisée, et un lieu "
            "où se retrouve votre communauté d’origine n’est pas forcément un lieu où "
            "vous pouvez dire librement qui vous aimez.",
            "Animatrice : Les facettes de notre identité déterminent donc quels "
            "espaces nous semblent sûrs.",
            "Aïda Yancy : Oui, et pas seulement les espaces, les interactions aussi. "
            "Cela peut être une seule question à un guichet d’accueil, ou une "
            "supposition sur votre famille. Sécurité et appartenance sont étroitement "
            "liées : on a le sentiment d’appartenir à un lieu quand on n’a pas à "
            "laisser une partie de soi à la porte.",
            "Animatrice : Concrètement, qu’est-ce que cela signifie pour les "
            "professionnels de première ligne, dans un service social, un centre "
            "d’accueil ou un hôpital ?",
            "Aïda Yancy : Ne supposez rien. Utilisez un langage inclusif, demandez "
            "aux personnes comment elles souhaitent être appelées, et montrez par des "
            "signes visibles que tout le monde est le bienvenu. Soyez explicite sur "
            "la confidentialité, surtout lorsque vous travaillez avec un interprète "
            "de la même communauté. Et sachez vers qui orienter les personnes : les "
            "associations LGBTQI+ et les groupes communautaires peuvent offrir ce "
            "qu’un service seul ne peut pas offrir. La boîte à outils guide les "
            "services à travers ces étapes, une à une.",
            "Animatrice : Pour terminer, quel message aimeriez-vous partager à "
            "l’occasion de l’IDAHOBIT ?",
            "Aïda Yancy : Que l’appartenance n’est pas un luxe. Pour les personnes "
            "qui ont fui la violence ou le rejet, un espace où elles peuvent être "
            "pleinement elles-mêmes peut être le premier pas vers le rétablissement. "
            "Chaque service, chaque ville peut contribuer à le construire.",
        ],
    },
    {
        "slug": "frontline-workers-in-the-spotlight",
        "audio": "frontline-workers-in-the-spotlight.mp3",
        "duration": "00:00:12",
        "season_number": 1,
        "episode_number": 2,
        "date": "2021-07-15",
        "guests": ["frontline-worker-brussels"],
        "themes": ["migrant-women-and-girls"],
        "platform_links": [],
        "title": "Coup de projecteur sur les professionnels de première ligne",
        "search_description": (
            "Une personne travaillant en première ligne à Bruxelles parle de "
            "l’accompagnement des personnes survivantes de violences sexuelles et "
            "basées sur le genre dans les communautés migrantes."
        ),
        "summary": (
            "Dans le cadre de la campagne « Coup de projecteur sur les professionnels "
            "de première ligne », une personne travaillant en première ligne à "
            "Bruxelles raconte ce qu’il faut pour accompagner les personnes "
            "survivantes de violences sexuelles et basées sur le genre dans les "
            "communautés migrantes."
        ),
        "show_notes": [
            "Pour notre campagne « Coup de projecteur sur les professionnels de "
            "première ligne », nous avons demandé à neuf professionnels de toute "
            "l’Europe de partager leur expérience de l’accompagnement des personnes "
            "survivantes de violences sexuelles et basées sur le genre (VSBG) dans "
            "les communautés migrantes.",
            "Dans cet épisode, une personne travaillant en première ligne à Bruxelles "
            "parle de confiance, de travail avec les interprètes et d’orientation des "
            "personnes survivantes vers les services appropriés. Vous pouvez lire les "
            "entretiens complets de la campagne sur notre site.",
        ],
        "transcript": [
            "Animatrice : Bienvenue dans le podcast d’Equalcity. Dans cet épisode, "
            "nous mettons en lumière les professionnels de première ligne. Notre "
            "invité·e travaille avec des femmes migrantes à Bruxelles. Merci d’être "
            "avec nous.",
            "Invité·e : Merci pour l’invitation. On nous interroge rarement sur notre "
            "travail, alors je suis heureux·se d’être ici.",
            "Animatrice : À quoi ressemble une journée ordinaire pour vous ?",
            "Invité·e : Il n’y a pas de journée ordinaire ! Je rencontre des "
            "personnes qui viennent avec des questions très concrètes : le logement, "
            "les papiers, une école pour les enfants. Souvent, ce n’est qu’après "
            "plusieurs rencontres qu’une femme me dit qu’elle n’est pas en sécurité "
            "chez elle. Mon travail, c’est d’être là quand ce moment arrive, et de "
            "veiller à ce qu’elle connaisse ses options.",
            "Animatrice : Qu’est-ce qui empêche les personnes survivantes de demander "
            "de l’aide ?",
            "Invité·e : Beaucoup ne savent pas qu’une aide existe, ou pensent qu’elle "
            "n’est pas pour elles à cause de leur statut de séjour. Certaines ont "
            "peur de perdre leurs enfants ou leur logement. Et il y a la barrière de "
            "la langue : il est très difficile de parler de quelque chose d’aussi "
            "intime dans une langue que l’on est encore en train d’apprendre.",
            "Animatrice : Qu’est-ce qui aide ?",
            "Invité·e : Un interprète professionnel, jamais un membre de la famille. "
            "Du temps, et voir la même personne à chaque fois. Et un bon réseau : "
            "quand je connais les collègues du refuge ou de l’aide juridique, je peux "
            "accompagner une femme vers l’étape suivante au lieu de simplement lui "
            "donner un numéro de téléphone.",
            "Animatrice : Que diriez-vous à des collègues qui débutent dans ce "
            "travail ?",
            "Invité·e : Écoutez, croyez les personnes et laissez-les choisir leur "
            "rythme. Et ne restez pas seul·e avec ce que vous entendez : parlez-en à "
            "votre équipe.",
        ],
    },
]
