"""French demo themes, people and partners; same structure as taxonomy_en.py."""

THEMES = [
    {
        "slug": "migrant-women-and-girls",
        "name": "Femmes et filles migrantes",
        "description": (
            "Les femmes et les filles issues de l’immigration, qui peuvent subir des "
            "violences sexuelles et basées sur le genre dans leur pays d’origine, "
            "pendant leur parcours et dans le pays où elles vivent aujourd’hui."
        ),
    },
    {
        "slug": "migrant-parents",
        "name": "Parents migrants",
        "description": (
            "Les mères et les pères qui élèvent leurs enfants dans un nouveau pays, et "
            "les services qui soutiennent les familles touchées par la violence."
        ),
    },
    {
        "slug": "lgbtqi-people",
        "name": "Personnes LGBTQI+ issues de l’immigration",
        "description": (
            "Les personnes lesbiennes, gays, bisexuelles, trans, queers et intersexes "
            "issues de l’immigration, qui peuvent subir des discriminations et des "
            "violences pour plusieurs motifs à la fois."
        ),
    },
    {
        "slug": "unaccompanied-migrant-children",
        "name": "Enfants migrants non accompagnés",
        "description": (
            "Les enfants et les adolescents qui arrivent en Europe sans parent ni "
            "autre adulte responsable d’eux."
        ),
    },
]

PERSONS = [
    {
        "key": "aida-yancy",
        "name": "Aïda Yancy",
        "role": "Responsable de projet",
        "organisation": "RainbowHouse Brussels",
        "bio": (
            "Aïda Yancy est responsable de projet à la RainbowHouse Brussels, le "
            "partenaire d’Equalcity qui élabore la boîte à outils sur les espaces "
            "(plus) sûrs pour les personnes LGBTQI+ issues de l’immigration. À "
            "l’occasion de l’IDAHOBIT 2021, elle a expliqué dans un podcast de l’OIM "
            "pourquoi il faut comprendre l’intersection entre race et genre dans nos "
            "villes, et comment les différentes facettes de notre identité déterminent "
            "les espaces où l’on se sent en sécurité."
        ),
    },
    {
        "key": "elisabeth-palmero",
        "name": "Elisabeth Palmero",
        "role": "Chargée de projet",
        "organisation": "IOM Belgium and Luxembourg",
        "bio": (
            "Elisabeth Palmero travaille sur Equalcity à l’OIM Belgique et "
            "Luxembourg, qui coordonne le projet depuis Bruxelles. C’est la personne "
            "de contact pour toute question sur le projet, ses événements et l’accès "
            "aux boîtes à outils."
        ),
    },
    {
        "key": "frida-tanghag",
        "name": "Frida Tånghag",
        "role": "Invitée des ateliers thématiques d’Equalcity",
        "organisation": "",
        "bio": (
            "Frida Tånghag, de Göteborg, a été l’une des invitées des ateliers "
            "thématiques d’Equalcity en 2021, au cours desquels les villes et "
            "organisations participant aux formations ont discuté des versions "
            "provisoires des boîtes à outils. Equalcity la remercie pour sa "
            "collaboration."
        ),
    },
    {
        "key": "maurice-bauer",
        "name": "Maurice Bauer",
        "role": "Invité des ateliers thématiques d’Equalcity",
        "organisation": "",
        "bio": (
            "Maurice Bauer, de Luxembourg, a été l’un des invités des ateliers "
            "thématiques d’Equalcity en 2021, au cours desquels les villes et "
            "organisations participant aux formations ont discuté des versions "
            "provisoires des boîtes à outils. Equalcity le remercie pour sa "
            "collaboration."
        ),
    },
    {
        "key": "frontline-worker-brussels",
        "name": "Samira",
        "role": "Assistante sociale",
        "organisation": "",
        "bio": (
            "Samira est assistante sociale dans un centre public d’action sociale à "
            "Bruxelles, où elle accompagne des familles migrantes et des femmes ayant "
            "subi des violences. Dans la campagne « Frontline Workers in the "
            "Spotlight », elle parle de la confiance qui se construit pas à pas et de "
            "l’importance de savoir vers qui orienter les personnes."
        ),
    },
    {
        "key": "frontline-worker-rome",
        "name": "Giulia",
        "role": "Médiatrice culturelle",
        "organisation": "",
        "bio": (
            "Giulia est médiatrice culturelle dans un centre antiviolence à Rome, où "
            "elle accompagne des femmes et des filles migrantes survivantes de "
            "violences sexuelles et basées sur le genre. Dans la campagne « Frontline "
            "Workers in the Spotlight », elle explique comment la langue et la "
            "confiance ouvrent la porte au soutien."
        ),
    },
]

PARTNERS = [
    {
        "key": "iom",
        "name": "IOM Belgium and Luxembourg",
        "city": "Bruxelles",
        "country": "BE",
        "role": "coordinator",
        "website": "https://belgium.iom.int/",
        "description": (
            "L’OIM, l’Agence des Nations Unies pour les migrations, coordonne "
            "Equalcity depuis son bureau pour la Belgique et le Luxembourg, à "
            "Bruxelles. Elle réunit les partenaires, organise les ateliers "
            "thématiques, les webinaires et la conférence de clôture, et partage les "
            "boîtes à outils avec les villes et organisations participant aux "
            "formations dans toute l’Europe."
        ),
        "sort_order": 0,
    },
    {
        "key": "rainbowhouse",
        "name": "RainbowHouse Brussels",
        "city": "Bruxelles",
        "country": "BE",
        "role": "partner",
        "website": "https://rainbowhouse.be/",
        "description": (
            "La RainbowHouse Brussels est la coupole des associations LGBTQIA+ de "
            "Bruxelles. Dans le cadre d’Equalcity, elle élabore la boîte à outils sur "
            "les espaces (plus) sûrs pour les personnes LGBTQI+ issues de "
            "l’immigration, qui explique comment mettre en place des services de "
            "première ligne (plus) sûrs."
        ),
        "sort_order": 1,
    },
    {
        "key": "luxembourg",
        "name": "City of Luxembourg",
        "city": "Luxembourg",
        "country": "LU",
        "role": "partner",
        "website": "https://www.vdl.lu/",
        "description": (
            "La Ville de Luxembourg est le partenaire d’Equalcity au Luxembourg. Elle "
            "élabore la boîte à outils « Être parent dans un nouveau pays », qui "
            "montre comment les professionnels de première ligne peuvent engager avec "
            "les parents migrants un dialogue fondé sur la confiance."
        ),
        "sort_order": 2,
    },
    {
        "key": "rome",
        "name": "Roma Capitale",
        "city": "Rome",
        "country": "IT",
        "role": "partner",
        "website": "https://www.comune.roma.it/",
        "description": (
            "Roma Capitale, l’administration de la ville de Rome, est le partenaire "
            "d’Equalcity en Italie. Elle élabore la boîte à outils sur les VSBG à "
            "l’encontre des femmes et des filles migrantes, qui explique comment "
            "offrir des services adaptés en tant que professionnel de première ligne."
        ),
        "sort_order": 3,
    },
    {
        "key": "gothenburg",
        "name": "City of Gothenburg",
        "city": "Göteborg",
        "country": "SE",
        "role": "partner",
        "website": "https://goteborg.se/",
        "description": (
            "La Ville de Göteborg est le partenaire d’Equalcity en Suède. Elle élabore "
            "la boîte à outils sur le travail avec les enfants migrants non "
            "accompagnés, qui explique comment offrir des services adaptés en tant "
            "que professionnel de première ligne."
        ),
        "sort_order": 4,
    },
]
