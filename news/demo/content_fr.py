"""French demo text; same structure as content_en.py."""

INDEX = {
    "title": "Actualités et événements",
    "slug": "news",
    "search_description": (
        "Actualités, entretiens, événements et lettres d’information du projet "
        "Equalcity sur les violences sexuelles et basées sur le genre dans les "
        "communautés migrantes."
    ),
    "introduction": [
        "Suivez le projet Equalcity : ateliers et webinaires thématiques, conférence "
        "de clôture à Bruxelles, entretiens avec des professionnels de première ligne "
        "et lettre d’information.",
        "Filtrez par type de contenu ou par thème pour trouver ce qui compte pour "
        "votre travail.",
    ],
}

EVENTS = [
    {
        "slug": "workshop-migrant-women-and-girls",
        "event_type": "workshop",
        "start": "2021-06-11T10:00",
        "end": "2021-06-11T12:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "",
        "themes": ["migrant-women-and-girls"],
        "speakers": ["frida-tanghag"],
        "date": "2021-05-20",
        "title": "Atelier thématique : femmes et filles migrantes",
        "search_description": (
            "Atelier thématique en ligne pour les villes et organisations participant "
            "à Equalcity, consacré à la boîte à outils sur les VSBG à l’encontre des "
            "femmes et des filles migrantes."
        ),
        "summary": (
            "Le premier atelier thématique d’Equalcity pour les villes et "
            "organisations participantes portait sur la boîte à outils consacrée aux "
            "femmes et aux filles migrantes. Les participants ont échangé sur la "
            "manière d’offrir des services adaptés aux personnes survivantes de "
            "violences sexuelles et basées sur le genre."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos de l’atelier"],
            [
                "paragraph",
                [
                    "Equalcity a invité toutes les villes et organisations "
                    "participantes à travers l’Europe à cet atelier en ligne consacré "
                    "à la boîte à outils sur les violences sexuelles et basées sur le "
                    "genre (VSBG) à l’encontre des femmes et des filles migrantes.",
                    "Le partenaire du projet a expliqué comment la boîte à outils a "
                    "été élaborée et a présenté, étape par étape, comment l’utiliser "
                    "dans un service de première ligne.",
                ],
            ],
            ["heading", "Les retours des participants"],
            [
                "paragraph",
                [
                    "Les participants avaient reçu la version actuelle de la boîte à "
                    "outils quelques semaines avant l’atelier. Ils ont fait part de "
                    "leurs commentaires et, lors d’une discussion interactive, ont "
                    "réfléchi ensemble à la mise en œuvre des outils dans leur "
                    "contexte local.",
                    "Equalcity remercie Mme Frida Tånghag (Göteborg) d’avoir "
                    "participé à l’atelier en tant qu’invitée.",
                ],
            ],
        ],
    },
    {
        "slug": "workshop-migrant-parents",
        "event_type": "workshop",
        "start": "2021-06-17T10:00",
        "end": "2021-06-17T12:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "",
        "themes": ["migrant-parents"],
        "speakers": ["maurice-bauer"],
        "date": "2021-05-27",
        "title": "Atelier thématique : parents migrants",
        "search_description": (
            "Atelier thématique en ligne pour les villes et organisations participant "
            "à Equalcity, consacré à la boîte à outils sur le dialogue de confiance "
            "avec les parents migrants."
        ),
        "summary": (
            "Cet atelier en ligne a présenté la boîte à outils d’Equalcity pour "
            "engager un dialogue de confiance avec les parents migrants. Les villes et "
            "organisations participantes ont fait part de leurs commentaires sur la "
            "version provisoire."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos de l’atelier"],
            [
                "paragraph",
                [
                    "Le deuxième atelier thématique portait sur la boîte à outils "
                    "destinée aux professionnels de première ligne qui accompagnent "
                    "des parents migrants, dont beaucoup élèvent leurs enfants dans "
                    "un nouveau pays.",
                    "Le partenaire du projet a expliqué comment la boîte à outils a "
                    "été élaborée et a présenté aux participants, étape par étape, la "
                    "démarche à suivre pour l’utiliser.",
                ],
            ],
            ["heading", "Les retours des participants"],
            [
                "paragraph",
                [
                    "Les participants avaient reçu la version actuelle de la boîte à "
                    "outils quelques semaines avant l’événement. Ils ont fait part de "
                    "leurs commentaires et discuté de la mise en œuvre des outils "
                    "dans leur ville ou leur organisation.",
                    "Equalcity remercie M. Maurice Bauer (Luxembourg) d’avoir "
                    "participé à l’atelier en tant qu’invité.",
                ],
            ],
        ],
    },
    {
        "slug": "workshop-lgbtqi-people",
        "event_type": "workshop",
        "start": "2021-06-24T10:00",
        "end": "2021-06-24T12:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "",
        "themes": ["lgbtqi-people"],
        "speakers": ["aida-yancy"],
        "date": "2021-06-03",
        "title": "Atelier thématique : personnes LGBTQI+ issues de l’immigration",
        "search_description": (
            "Atelier thématique en ligne pour les villes et organisations participant "
            "à Equalcity, consacré à la boîte à outils sur les espaces plus sûrs pour "
            "les personnes LGBTQI+ issues de l’immigration."
        ),
        "summary": (
            "La RainbowHouse Brussels a présenté sa boîte à outils sur les espaces "
            "plus sûrs pour les personnes LGBTQI+ issues de l’immigration. Les "
            "participants ont réfléchi à la manière de rendre leurs services de "
            "première ligne plus sûrs et plus accueillants."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos de l’atelier"],
            [
                "paragraph",
                [
                    "Lors du troisième atelier thématique, la RainbowHouse Brussels, "
                    "partenaire d’Equalcity qui élabore la boîte à outils sur les "
                    "espaces plus sûrs pour les personnes LGBTQI+ issues de "
                    "l’immigration, a pris la parole.",
                    "Le partenaire a expliqué comment la boîte à outils a été "
                    "élaborée et présenté, étape par étape, la démarche à suivre pour "
                    "mettre en place des services de première ligne plus sûrs.",
                ],
            ],
            ["heading", "Les retours des participants"],
            [
                "paragraph",
                [
                    "Les participants ont fait part de leurs commentaires sur la "
                    "version de la boîte à outils reçue quelques semaines plus tôt et "
                    "ont discuté ensemble de sa mise en œuvre dans leur contexte "
                    "local.",
                ],
            ],
        ],
    },
    {
        "slug": "workshop-unaccompanied-migrant-children",
        "event_type": "workshop",
        "start": "2021-09-09T10:00",
        "end": "2021-09-09T12:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "",
        "themes": ["unaccompanied-migrant-children"],
        "speakers": [],
        "date": "2021-08-19",
        "title": "Atelier thématique : enfants migrants non accompagnés",
        "search_description": (
            "Atelier thématique en ligne pour les villes et organisations participant "
            "à Equalcity, consacré à la boîte à outils sur le travail avec les enfants "
            "migrants non accompagnés."
        ),
        "summary": (
            "Le dernier atelier thématique d’Equalcity était consacré à la boîte à "
            "outils sur le travail avec les enfants migrants non accompagnés. Les "
            "participants ont échangé sur la manière d’offrir à ces enfants des "
            "services adaptés en tant que professionnels de première ligne."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos de l’atelier"],
            [
                "paragraph",
                [
                    "Après les trois ateliers de juin, ce quatrième atelier en ligne "
                    "a complété la série avec la boîte à outils sur les enfants "
                    "migrants non accompagnés.",
                    "Le partenaire du projet a présenté l’élaboration de la boîte à "
                    "outils et son utilisation, étape par étape, dans les services "
                    "qui travaillent avec des enfants arrivés en Europe sans parent "
                    "ni tuteur.",
                ],
            ],
            ["heading", "Les retours des participants"],
            [
                "paragraph",
                [
                    "Comme pour les autres boîtes à outils, les participants avaient "
                    "reçu la version provisoire quelques semaines avant l’événement. "
                    "Ils ont fait part de leurs commentaires et réfléchi ensemble à "
                    "sa mise en œuvre dans leur contexte local.",
                ],
            ],
        ],
    },
    {
        "slug": "closing-conference-brussels",
        "event_type": "conference",
        "start": "2021-10-22T09:30",
        "end": "2021-10-22T17:00",
        "time_zone": "Europe/Brussels",
        "event_format": "hybrid",
        "registration_url": "",
        "themes": [
            "migrant-women-and-girls",
            "migrant-parents",
            "lgbtqi-people",
            "unaccompanied-migrant-children",
        ],
        "speakers": [
            "elisabeth-palmero",
            "aida-yancy",
            "frida-tanghag",
            "maurice-bauer",
        ],
        "date": "2021-09-15",
        "title": "Conférence de clôture d’Equalcity",
        "search_description": (
            "La conférence de clôture d’Equalcity à Bruxelles le 22 octobre 2021, sur "
            "place et en ligne : les quatre boîtes à outils sur les VSBG dans les "
            "communautés migrantes."
        ),
        "summary": (
            "La conférence de clôture à Bruxelles est le moment où tout se rejoint : "
            "partenaires du projet, experts et villes participantes prennent la "
            "parole. Ils montrent comment Equalcity peut soutenir les villes et les "
            "services dans leurs efforts pour lutter contre les violences sexuelles et "
            "basées sur le genre."
        ),
        "venue": "Residence Palace",
        "address": "Rue de la Loi 155, 1040 Bruxelles, Belgique",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos de la conférence"],
            [
                "paragraph",
                [
                    "Alors que le projet Equalcity touche à sa fin, les partenaires "
                    "du projet à Bruxelles, Luxembourg, Rome et Göteborg, des experts "
                    "et les villes et organisations participantes se réunissent pour "
                    "présenter les résultats du projet et les quatre boîtes à outils.",
                    "La conférence est un événement hybride : vous pouvez y assister "
                    "sur place à Bruxelles ou la suivre en ligne. Contactez Elisabeth "
                    "Palmero si vous souhaitez y participer.",
                ],
            ],
            ["heading", "Programme"],
            [
                "paragraph",
                [
                    "9 h 30 – Accueil et inscription",
                    "10 h 00 – Mot d’ouverture de l’OIM et présentation du projet "
                    "Equalcity",
                    "10 h 45 – Les quatre boîtes à outils : les partenaires du projet "
                    "expliquent comment ils les ont élaborées",
                    "12 h 30 – Pause déjeuner",
                    "13 h 30 – Ateliers thématiques : comment utiliser les boîtes à "
                    "outils et les adapter à votre contexte",
                    "15 h 30 – Table ronde avec des villes participantes et des "
                    "professionnels de première ligne",
                    "16 h 30 – Conclusions et prochaines étapes",
                ],
            ],
            ["heading", "Ateliers thématiques"],
            [
                "paragraph",
                [
                    "L’après-midi, les participants choisissent l’un des quatre "
                    "ateliers thématiques, un par boîte à outils. Ils offrent aux "
                    "participants une nouvelle occasion d’apprendre à utiliser les "
                    "boîtes à outils et à les adapter à leur propre contexte.",
                ],
            ],
        ],
    },
    {
        "slug": "webinar-parenting-in-a-new-country",
        "event_type": "webinar",
        "start": "2021-10-28T10:00",
        "end": "2021-10-28T11:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "https://belgium.iom.int/",
        "themes": ["migrant-parents"],
        "speakers": [],
        "date": "2021-10-06",
        "title": "Être parent dans un nouveau pays",
        "search_description": (
            "Webinaire Equalcity ouvert au public : comment engager un dialogue de "
            "confiance avec les parents migrants."
        ),
        "summary": (
            "Comment engager un dialogue de confiance avec les parents migrants. Ce "
            "webinaire présente la boîte à outils d’Equalcity sur les parents migrants "
            "et est ouvert à un large public."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos du webinaire"],
            [
                "paragraph",
                [
                    "L’OIM et ses partenaires présentent chaque boîte à outils "
                    "d’Equalcity lors d’une série de quatre webinaires thématiques, "
                    "ouverts à toute personne intéressée.",
                    "Ce webinaire porte sur le fait d’être parent dans un nouveau "
                    "pays. Il montre aux professionnels de première ligne comment "
                    "construire un dialogue fondé sur la confiance avec les parents "
                    "migrants, et comment aborder des sujets sensibles comme la "
                    "violence au sein de la famille.",
                ],
            ],
            ["heading", "À qui s’adresse-t-il ?"],
            [
                "paragraph",
                [
                    "Aux services des villes, aux services et professionnels de "
                    "première ligne, et à toute personne qui travaille avec des "
                    "familles migrantes. L’inscription est gratuite.",
                ],
            ],
        ],
    },
    {
        "slug": "webinar-safer-spaces-lgbtqi",
        "event_type": "webinar",
        "start": "2021-11-09T10:00",
        "end": "2021-11-09T11:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "https://belgium.iom.int/",
        "themes": ["lgbtqi-people"],
        "speakers": ["aida-yancy"],
        "date": "2021-10-06",
        "title": (
            "Des espaces plus sûrs pour les personnes LGBTQI+ issues de l’immigration"
        ),
        "search_description": (
            "Webinaire Equalcity ouvert au public : comment mettre en place des "
            "services de première ligne plus sûrs pour les personnes LGBTQI+ issues de "
            "l’immigration."
        ),
        "summary": (
            "Comment mettre en place des services de première ligne plus sûrs pour les "
            "personnes LGBTQI+ issues de l’immigration. Aïda Yancy, de la RainbowHouse "
            "Brussels, présente la boîte à outils lors de ce webinaire public."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos du webinaire"],
            [
                "paragraph",
                [
                    "Le deuxième webinaire de la série présente la boîte à outils "
                    "élaborée par la RainbowHouse Brussels sur les espaces plus sûrs "
                    "pour les personnes LGBTQI+ issues de l’immigration.",
                    "Aïda Yancy, cheffe de projet à la RainbowHouse, explique "
                    "pourquoi l’intersection entre origine, genre et orientation "
                    "sexuelle compte dans le travail de première ligne, et quelles "
                    "mesures simples rendent un service plus sûr.",
                ],
            ],
            ["heading", "À qui s’adresse-t-il ?"],
            [
                "paragraph",
                [
                    "Aux services des villes, aux services et professionnels de "
                    "première ligne, aux associations communautaires et à toute "
                    "personne intéressée. L’inscription est gratuite.",
                ],
            ],
        ],
    },
    {
        "slug": "webinar-sgbv-migrant-women-and-girls",
        "event_type": "webinar",
        "start": "2021-11-18T10:00",
        "end": "2021-11-18T11:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "https://belgium.iom.int/",
        "themes": ["migrant-women-and-girls"],
        "speakers": [],
        "date": "2021-10-06",
        "title": "Les VSBG à l’encontre des femmes et des filles migrantes",
        "search_description": (
            "Webinaire Equalcity ouvert au public : comment offrir des services "
            "adaptés aux femmes et aux filles migrantes survivantes de violences "
            "sexuelles et basées sur le genre."
        ),
        "summary": (
            "Comment offrir des services adaptés aux femmes et aux filles migrantes en "
            "tant que professionnel de première ligne. Ce webinaire public présente la "
            "boîte à outils d’Equalcity sur les violences sexuelles et basées sur le "
            "genre à l’encontre des femmes et des filles migrantes."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos du webinaire"],
            [
                "paragraph",
                [
                    "Le troisième webinaire de la série porte sur les violences "
                    "sexuelles et basées sur le genre (VSBG) à l’encontre des femmes "
                    "et des filles migrantes.",
                    "Il présente la boîte à outils destinée aux professionnels de "
                    "première ligne : comment reconnaître les signes de violence, "
                    "comment parler avec les personnes survivantes avec l’aide "
                    "d’interprètes et de médiateurs culturels, et comment les "
                    "orienter vers les services appropriés.",
                ],
            ],
            ["heading", "À qui s’adresse-t-il ?"],
            [
                "paragraph",
                [
                    "Aux services des villes, aux services et professionnels de "
                    "première ligne, et à toute personne intéressée par la protection "
                    "des femmes et des filles migrantes. L’inscription est gratuite.",
                ],
            ],
        ],
    },
    {
        "slug": "webinar-unaccompanied-migrant-children",
        "event_type": "webinar",
        "start": "2021-11-25T10:00",
        "end": "2021-11-25T11:30",
        "time_zone": "Europe/Brussels",
        "event_format": "online",
        "registration_url": "https://belgium.iom.int/",
        "themes": ["unaccompanied-migrant-children"],
        "speakers": [],
        "date": "2021-10-06",
        "title": "Travailler avec des enfants migrants non accompagnés",
        "search_description": (
            "Webinaire Equalcity ouvert au public : comment offrir des services "
            "adaptés aux enfants migrants non accompagnés en tant que professionnel de "
            "première ligne."
        ),
        "summary": (
            "Comment offrir des services adaptés aux enfants migrants non accompagnés "
            "en tant que professionnel de première ligne. Le dernier webinaire de la "
            "série présente la boîte à outils d’Equalcity sur les enfants migrants non "
            "accompagnés."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "À propos du webinaire"],
            [
                "paragraph",
                [
                    "Le quatrième et dernier webinaire de la série est consacré aux "
                    "enfants migrants non accompagnés, arrivés en Europe sans parent "
                    "ni tuteur.",
                    "Il présente la boîte à outils destinée aux professionnels de "
                    "première ligne : comment créer un lien de confiance avec un "
                    "enfant, comment lui expliquer ses droits de manière "
                    "compréhensible, et comment travailler avec les tuteurs et les "
                    "autres services.",
                ],
            ],
            ["heading", "À qui s’adresse-t-il ?"],
            [
                "paragraph",
                [
                    "Aux services des villes, aux services et professionnels de "
                    "première ligne, aux tuteurs et à toute personne qui travaille "
                    "avec des enfants en migration. L’inscription est gratuite.",
                ],
            ],
        ],
    },
]

INTERVIEWS = [
    {
        "slug": "spotlight-frontline-worker-brussels",
        "interviewee": "frontline-worker-brussels",
        "themes": ["migrant-women-and-girls"],
        "date": "2021-07-05",
        "title": "« La confiance est le premier service que nous offrons »",
        "search_description": (
            "Coup de projecteur sur les professionnels de première ligne : à "
            "Bruxelles, l’accompagnement de femmes migrantes survivantes de violences "
            "basées sur le genre."
        ),
        "campaign": "Coup de projecteur sur les professionnels de première ligne",
        "anonymous_role": "",
        "anonymous_city": "",
        "summary": (
            "Une personne travaillant en première ligne à Bruxelles parle d’écoute, de "
            "confiance et de travail avec les interprètes pour accompagner des femmes "
            "migrantes survivantes de violences sexuelles et basées sur le genre."
        ),
        "questions": [
            [
                "Que signifie pour vous le fait de travailler en première ligne ?",
                [
                    "Je suis souvent la première personne à qui l’on parle en "
                    "franchissant notre porte. Parfois, on vient pour tout autre "
                    "chose : une question de logement, un formulaire, un rendez-vous "
                    "chez le médecin. Ce n’est que plus tard, lorsqu’elles se sentent "
                    "en sécurité, que les personnes nous racontent ce qui leur est "
                    "vraiment arrivé.",
                    "Mon travail consiste donc d’abord à écouter, et à être là de "
                    "nouveau la semaine suivante. J’explique aussi aux personnes "
                    "leurs droits et les options dont elles disposent, et je les "
                    "accompagne vers d’autres services lorsqu’elles le souhaitent.",
                ],
            ],
            [
                "Quelles sont les principales difficultés pour atteindre les "
                "personnes survivantes de VSBG dans les communautés migrantes ?",
                [
                    "La langue est la plus évidente, mais ce n’est pas la seule. "
                    "Beaucoup de femmes ne savent pas qu’une aide existe, ni qu’elles "
                    "ont des droits quel que soit leur statut de séjour. Certaines "
                    "craignent que parler à un service n’ait des conséquences sur "
                    "leur procédure de séjour ou sur leurs enfants.",
                    "Il y a aussi la honte, et la peur du regard de la communauté. "
                    "Une femme peut dépendre de son partenaire pour ses papiers, ses "
                    "revenus et son logement. Partir, ce n’est pas une décision, c’en "
                    "est plusieurs à la fois.",
                ],
            ],
            [
                "Qu’est-ce qui vous aide à faire la différence ?",
                [
                    "Avant tout, des interprètes professionnels. Une personne "
                    "survivante ne devrait jamais avoir à raconter son histoire par "
                    "l’intermédiaire de son enfant ou d’une voisine. Quand nous avons "
                    "un bon interprète, je vois la personne se détendre.",
                    "La confiance prend du temps, alors nous essayons de garder la "
                    "même personne de contact. Un bon réseau d’orientation compte "
                    "aussi : connaître par leur nom les personnes du refuge, de "
                    "l’hôpital ou de l’aide juridique me permet d’accompagner la "
                    "personne vers eux, au lieu de lui donner simplement un numéro de "
                    "téléphone.",
                ],
            ],
            [
                "Qu’est-ce que la formation Equalcity a changé dans votre travail ?",
                [
                    "Elle a donné un langage commun à notre équipe. Nous posons "
                    "désormais nos questions plus ouvertement et nous sommes plus "
                    "attentifs aux signes indiquant qu’une personne pourrait avoir "
                    "besoin de soutien. Rencontrer des collègues d’autres villes nous "
                    "a aussi montré que nous nous posons les mêmes questions, et "
                    "qu’il existe de bonnes réponses.",
                ],
            ],
            [
                "Quel conseil donneriez-vous à vos collègues ?",
                [
                    "Croyez les personnes, et laissez-les choisir leur rythme. Vous "
                    "n’avez pas à tout résoudre en une seule conversation. Et prenez "
                    "soin de vous et de vos collègues : ce travail a du sens, mais il "
                    "peut être lourd, et la supervision n’est pas un luxe.",
                ],
            ],
        ],
    },
    {
        "slug": "spotlight-frontline-worker-rome",
        "interviewee": "frontline-worker-rome",
        "themes": ["unaccompanied-migrant-children"],
        "date": "2021-07-12",
        "title": "« Les enfants parlent quand ils sont prêts »",
        "search_description": (
            "Coup de projecteur sur les professionnels de première ligne : à Rome, "
            "l’accompagnement des enfants migrants non accompagnés."
        ),
        "campaign": "Coup de projecteur sur les professionnels de première ligne",
        "anonymous_role": "",
        "anonymous_city": "",
        "summary": (
            "Une personne travaillant en première ligne à Rome décrit ce qu’il faut "
            "pour accompagner des enfants et des adolescents migrants non accompagnés, "
            "et pourquoi la patience et la coordination entre services comptent autant."
        ),
        "questions": [
            [
                "Que signifie pour vous le fait de travailler en première ligne ?",
                [
                    "Je travaille avec des enfants et des adolescents non "
                    "accompagnés, arrivés en Italie sans leurs parents. Chaque "
                    "journée est différente : inscription à l’école, rendez-vous "
                    "médicaux, rencontres avec les tuteurs, et beaucoup de temps "
                    "informel passé simplement à discuter.",
                    "Ces moments informels sont souvent les plus importants. C’est là "
                    "qu’un jeune décide si vous êtes quelqu’un à qui il peut faire "
                    "confiance.",
                ],
            ],
            [
                "Quelles sont les principales difficultés pour atteindre les "
                "personnes survivantes de VSBG parmi ces enfants ?",
                [
                    "Beaucoup ont vécu des expériences difficiles pendant leur "
                    "parcours, mais en parlent rarement directement. Certains n’ont "
                    "pas les mots pour le dire, dans aucune langue. D’autres ont "
                    "appris que se taire était plus sûr.",
                    "Les garçons, en particulier, sont rarement perçus comme de "
                    "possibles victimes, par les autres comme par eux-mêmes. Et comme "
                    "les enfants passent d’un centre d’accueil à l’autre, les signes "
                    "peuvent facilement passer inaperçus.",
                ],
            ],
            [
                "Qu’est-ce qui vous aide à faire la différence ?",
                [
                    "Les médiateurs culturels qui partagent une langue, et parfois "
                    "une histoire, avec les enfants. La stabilité aussi : quand le "
                    "même éducateur accompagne un jeune pendant des mois, celui-ci "
                    "finit par s’ouvrir.",
                    "Des circuits d’orientation clairs sont essentiels. Quand un "
                    "enfant nous confie quelque chose, nous devons savoir "
                    "immédiatement quel psychologue, quel médecin ou quel service "
                    "juridique appeler, et comment associer le tuteur.",
                ],
            ],
            [
                "Quel conseil donneriez-vous à vos collègues ?",
                [
                    "Ne forcez pas. Les enfants parlent quand ils sont prêts : "
                    "assurez-vous qu’ils savent que vous êtes disponible. "
                    "Expliquez-leur honnêtement ce qu’il adviendra de ce qu’ils vous "
                    "confient. Et parlez avec vos collègues des autres services : "
                    "personne ne peut protéger un enfant seul.",
                ],
            ],
        ],
    },
    {
        "slug": "spotlight-cultural-mediator-gothenburg",
        "interviewee": "",
        "themes": ["migrant-parents", "migrant-women-and-girls"],
        "date": "2021-07-19",
        "title": "« Je construis des ponts entre les familles et les services »",
        "search_description": (
            "Coup de projecteur sur les professionnels de première ligne : une "
            "médiatrice culturelle à Göteborg sur la confiance entre familles "
            "migrantes et services de première ligne."
        ),
        "campaign": "Coup de projecteur sur les professionnels de première ligne",
        "anonymous_role": "Médiatrice culturelle",
        "anonymous_city": "Göteborg",
        "summary": (
            "Une médiatrice culturelle de Göteborg, qui a souhaité rester anonyme, "
            "explique comment elle aide les parents migrants et les services de "
            "première ligne à se comprendre, et pourquoi c’est important pour les "
            "personnes survivantes de violences."
        ),
        "questions": [
            [
                "En quoi consiste votre travail de médiatrice culturelle ?",
                [
                    "J’accompagne des familles migrantes dans leurs contacts avec les "
                    "services sociaux, les écoles et les soins de santé. Je traduis "
                    "des mots, mais aussi des attentes : ce qu’un service veut dire "
                    "par une question, et ce qu’un parent veut dire par une réponse.",
                    "Beaucoup de parents que je rencontre élèvent leurs enfants dans "
                    "un nouveau pays, loin du réseau familial qui les aurait soutenus "
                    "chez eux.",
                ],
            ],
            [
                "Quelles sont les principales difficultés pour atteindre les "
                "personnes survivantes de VSBG dans les communautés migrantes ?",
                [
                    "La peur des autorités est une difficulté majeure. Certains "
                    "parents pensent que s’ils parlent de problèmes à la maison, on "
                    "leur retirera leurs enfants. D’autres ne reconnaissent pas ce "
                    "qu’ils vivent comme de la violence, parce que personne ne l’a "
                    "jamais nommé ainsi.",
                    "Souvent, l’information n’atteint tout simplement pas les "
                    "personnes, parce qu’elle n’existe qu’en suédois ou en anglais, "
                    "ou seulement en ligne.",
                ],
            ],
            [
                "Qu’est-ce qui aide à instaurer la confiance ?",
                [
                    "Le temps, et l’honnêteté sur mon rôle. Je dis clairement aux "
                    "familles ce que je peux faire, ce qui reste confidentiel et ce "
                    "qui ne l’est pas. Quand les personnes comprennent les règles, "
                    "elles ont moins peur.",
                    "Cela aide aussi quand les services viennent vers la communauté : "
                    "dans un groupe de parents, un café linguistique ou une "
                    "association, au lieu d’attendre que les gens viennent à leur "
                    "bureau.",
                ],
            ],
            [
                "Comment travaillez-vous avec les services de première ligne pour "
                "l’orientation ?",
                [
                    "Je prépare les deux parties. Avant un rendez-vous, j’explique à "
                    "la famille ce qui va se passer ; ensuite, je vérifie avec elle "
                    "ce qu’elle a compris. Avec les professionnels, je partage ce qui "
                    "peut être culturellement sensible, sans jamais faire de la "
                    "culture une excuse à la violence.",
                ],
            ],
            [
                "Quel conseil donneriez-vous à vos collègues ?",
                [
                    "Soyez curieux et posez des questions, au lieu de supposer. "
                    "Chaque famille est différente. Et n’oubliez pas qu’un bon "
                    "interprète ou un bon médiateur fait partie de l’équipe : ce "
                    "n’est pas seulement une voix.",
                ],
            ],
        ],
    },
]

ARTICLES = [
    {
        "slug": "equalcity-sdg-good-practice",
        "themes": [
            "migrant-women-and-girls",
            "migrant-parents",
            "lgbtqi-people",
            "unaccompanied-migrant-children",
        ],
        "date": "2021-09-06",
        "title": "Equalcity sélectionné par l’UNDESA comme bonne pratique pour les ODD",
        "search_description": (
            "Le Département des affaires économiques et sociales des Nations Unies a "
            "sélectionné Equalcity comme bonne pratique pour atteindre les objectifs "
            "de développement durable."
        ),
        "summary": (
            "Le Département des affaires économiques et sociales des Nations Unies "
            "(UNDESA) a sélectionné Equalcity comme bonne pratique pour atteindre les "
            "objectifs de développement durable (ODD)."
        ),
        "body": [
            ["heading", "Une bonne pratique pour le Programme 2030"],
            [
                "paragraph",
                [
                    "Nous sommes fiers d’annoncer qu’Equalcity a été sélectionné par "
                    "l’UNDESA comme bonne pratique pour atteindre les objectifs de "
                    "développement durable. Le projet figure désormais sur la "
                    "plateforme de partenariats des Nations Unies pour les ODD.",
                    "Cette sélection salue le travail des partenaires du projet à "
                    "Bruxelles, Luxembourg, Rome et Göteborg, ainsi que celui des "
                    "villes et organisations participantes.",
                ],
            ],
            ["heading", "Comment Equalcity contribue aux objectifs"],
            [
                "paragraph",
                [
                    "Equalcity renforce les capacités des villes et des autorités "
                    "locales pour mieux atteindre les communautés migrantes et "
                    "améliorer l’identification, l’orientation, la protection et le "
                    "rétablissement des personnes survivantes de violences sexuelles "
                    "et basées sur le genre (VSBG) au sein de ces communautés.",
                    "En travaillant avec les services de première ligne et en "
                    "sensibilisant aux VSBG et aux droits des personnes migrantes, le "
                    "projet contribue à des objectifs tels que l’égalité entre les "
                    "sexes, la réduction des inégalités et des villes inclusives.",
                ],
            ],
            ["heading", "En savoir plus"],
            [
                "paragraph",
                [
                    "Consultez la page d’Equalcity sur la plateforme de partenariats "
                    "pour les ODD : https://sdgs.un.org/partnerships/equalcity",
                ],
            ],
        ],
    },
    {
        "slug": "toolboxes-finalised-and-translated",
        "themes": [
            "migrant-women-and-girls",
            "migrant-parents",
            "lgbtqi-people",
            "unaccompanied-migrant-children",
        ],
        "date": "2021-11-30",
        "title": "Les boîtes à outils sont finalisées et traduites",
        "search_description": (
            "Les quatre boîtes à outils d’Equalcity pour les services de première "
            "ligne sont finalisées et disponibles en plusieurs langues."
        ),
        "summary": (
            "Les quatre boîtes à outils d’Equalcity sont prêtes. Elles sont "
            "disponibles en plusieurs langues pour les services des villes, les "
            "services et les professionnels de première ligne dans toute l’Europe."
        ),
        "body": [
            ["heading", "Quatre boîtes à outils pour les services de première ligne"],
            [
                "paragraph",
                [
                    "Après avoir mené leurs formations pilotes de professionnels de "
                    "première ligne et recueilli les commentaires des villes et "
                    "organisations participantes lors des ateliers thématiques, nos "
                    "partenaires ont finalisé les quatre boîtes à outils d’Equalcity :",
                    "Être parent dans un nouveau pays : comment engager un dialogue "
                    "de confiance avec les parents migrants.",
                    "Des espaces plus sûrs pour les personnes LGBTQI+ issues de "
                    "l’immigration : comment mettre en place des services de première "
                    "ligne plus sûrs.",
                    "Les VSBG à l’encontre des femmes et des filles migrantes : "
                    "comment offrir des services adaptés en tant que professionnel de "
                    "première ligne.",
                    "Travailler avec des enfants migrants non accompagnés : comment "
                    "offrir des services adaptés en tant que professionnel de "
                    "première ligne.",
                ],
            ],
            ["heading", "Disponibles en plusieurs langues"],
            [
                "paragraph",
                [
                    "Les boîtes à outils ont été traduites afin que les services de "
                    "première ligne puissent les utiliser dans leur propre langue. "
                    "Elles sont partagées avec plus de 70 villes et organisations "
                    "participantes dans plus de 20 pays d’Europe.",
                ],
            ],
            ["heading", "Comment obtenir les boîtes à outils"],
            [
                "paragraph",
                [
                    "Vous êtes un service municipal, un service ou un professionnel "
                    "de première ligne, et les boîtes à outils d’Equalcity vous "
                    "intéressent ? Contactez Elisabeth Palmero (epalmero@iom.int) "
                    "pour savoir comment y accéder.",
                ],
            ],
        ],
    },
]

NEWSLETTER = {
    "slug": "newsletter-2021",
    "number": 1,
    "date": "2021-09-30",
    "title": "Les nouvelles du projet Equalcity",
    "search_description": (
        "La lettre d’information 2021 d’Equalcity : ateliers thématiques, coup de "
        "projecteur sur les professionnels de première ligne, podcast IDAHOBIT, ODD et "
        "prochaines étapes."
    ),
    "introduction": [
        "Le projet Equalcity est entré dans sa dernière année, et nous avons beaucoup "
        "d’activités à vous présenter !",
        "Au sommaire : nos ateliers thématiques, la campagne « Coup de projecteur sur "
        "les professionnels de première ligne », notre podcast pour l’IDAHOBIT 2021, "
        "la reconnaissance d’Equalcity comme bonne pratique pour les objectifs de "
        "développement durable, et ce qui vous attend d’ici la fin du projet.",
    ],
    "sections": [
        {
            "links": [],
            "cta_url": "",
            "heading": "Où en est le projet ?",
            "text": [
                "Nos partenaires à Bruxelles, Luxembourg, Rome et Göteborg achèvent "
                "la phase pilote de leurs formations de professionnels de première "
                "ligne et finalisent le contenu de leurs quatre boîtes à outils.",
                "Les boîtes à outils seront mises à la disposition des villes et "
                "organisations participantes et du grand public à la fin du projet, "
                "en novembre 2021.",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": [
                "event:workshop-migrant-women-and-girls",
                "event:workshop-migrant-parents",
                "event:workshop-lgbtqi-people",
            ],
            "cta_url": "",
            "heading": "Ateliers thématiques",
            "text": [
                "En juin, Equalcity a invité toutes les villes et organisations "
                "participantes à travers l’Europe à trois ateliers thématiques en "
                "ligne : sur les femmes et les filles migrantes (11 juin), les "
                "parents migrants (17 juin) et les personnes LGBTQI+ issues de "
                "l’immigration (24 juin). Un quatrième atelier, sur les enfants "
                "migrants non accompagnés, a suivi le 9 septembre.",
                "Lors de chaque atelier, les partenaires du projet ont pris la parole "
                "pour expliquer comment leur boîte à outils a été élaborée et la "
                "démarche à suivre, étape par étape, pour l’utiliser. Les "
                "participants ont fait part de leurs commentaires sur la version "
                "actuelle des boîtes à outils, reçue quelques semaines avant "
                "l’événement, et ont réfléchi ensemble à la mise en œuvre des outils "
                "dans leur contexte local lors d’une discussion interactive.",
                "Alors que toutes les boîtes à outils sont en cours de finalisation, "
                "les ateliers thématiques jouent un rôle essentiel pour aider les "
                "partenaires à adapter leurs outils au public auquel ils sont "
                "destinés.",
                "Equalcity remercie ses partenaires, les villes et organisations "
                "participantes, ainsi que ses invités, Mme Frida Tånghag (Göteborg) "
                "et M. Maurice Bauer (Luxembourg), pour leur collaboration.",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": [
                "interview:spotlight-frontline-worker-brussels",
                "interview:spotlight-frontline-worker-rome",
                "interview:spotlight-cultural-mediator-gothenburg",
            ],
            "cta_url": "",
            "heading": "Coup de projecteur sur les professionnels de première ligne",
            "text": [
                "Vous êtes-vous déjà demandé en quoi consiste le travail en première "
                "ligne ? Nous avons demandé à neuf professionnels de toute l’Europe "
                "de participer à notre campagne « Coup de projecteur sur les "
                "professionnels de première ligne » et de partager leur expérience de "
                "l’accompagnement des personnes survivantes de VSBG dans les "
                "communautés migrantes.",
                "Découvrez la campagne sur le Storyteller de l’OIM, ou lisez ici les "
                "entretiens complets.",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": [],
            "cta_url": "",
            "heading": "Qu’est-ce qu’Equalcity ?",
            "text": [
                "Ce projet vise à renforcer les capacités des villes et des autorités "
                "locales pour mieux atteindre les communautés migrantes et améliorer "
                "l’identification, l’orientation, la protection et le rétablissement "
                "des personnes survivantes de violences sexuelles et basées sur le "
                "genre (VSBG) au sein de ces communautés.",
                "Il vise aussi à renforcer le pouvoir d’agir des personnes migrantes "
                "et des services de première ligne, en les sensibilisant aux VSBG et "
                "aux droits des personnes migrantes.",
                "Ce projet est financé par le programme « Droits, égalité et "
                "citoyenneté » (2014-2020) de l’Union européenne.",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": ["episode:idahobit-2021-safer-spaces"],
            "cta_url": "https://open.spotify.com/show/2RS55D6UrMczoNkBnYy9Ta",
            "heading": "Podcast pour l’IDAHOBIT 2021",
            "text": [
                "À l’occasion de la Journée internationale contre l’homophobie, la "
                "biphobie et la transphobie (IDAHOBIT) 2021, Equalcity a eu le "
                "plaisir d’inviter la RainbowHouse Brussels, partenaire du projet qui "
                "élabore la boîte à outils sur les espaces plus sûrs pour les "
                "personnes LGBTQI+ issues de l’immigration, à parler de l’importance "
                "de créer ces espaces plus sûrs.",
                "Dans ce podcast, la cheffe de projet Aïda Yancy explique pourquoi il "
                "est important de comprendre l’intersection entre origine et genre "
                "dans nos villes. Elle montre comment les différentes facettes de "
                "votre identité peuvent largement déterminer quels espaces, et "
                "quelles interactions, sont perçus comme « sûrs », et comment ils "
                "favorisent un sentiment d’appartenance.",
                "Écoutez cet épisode sur LinkedIn, Facebook ou Spotify.",
            ],
            "cta_heading": "D’autres podcasts de l’OIM Belgique et Luxembourg",
            "cta_text": (
                "D’autres sujets liés au travail de notre bureau vous intéressent ? "
                "Découvrez les autres séries de podcasts sur la chaîne Spotify de "
                "l’OIM Belgique et Luxembourg."
            ),
            "cta_link_text": "Écouter sur Spotify",
        },
        {
            "links": [],
            "cta_url": "https://sdgs.un.org/partnerships/equalcity",
            "heading": "Equalcity et les objectifs de développement durable",
            "text": [
                "Equalcity a été sélectionné par l’UNDESA comme bonne pratique pour "
                "atteindre les objectifs de développement durable (ODD) !",
                "Ce projet soutient la mise en œuvre des objectifs de développement "
                "durable.",
            ],
            "cta_heading": "Equalcity sur la plateforme de partenariats pour les ODD",
            "cta_text": (
                "Découvrez pourquoi les Nations Unies comptent Equalcity parmi leurs "
                "bonnes pratiques."
            ),
            "cta_link_text": "En savoir plus sur sdgs.un.org",
        },
        {
            "links": [
                "event:closing-conference-brussels",
                "event:webinar-parenting-in-a-new-country",
                "event:webinar-safer-spaces-lgbtqi",
                "event:webinar-sgbv-migrant-women-and-girls",
                "event:webinar-unaccompanied-migrant-children",
            ],
            "cta_url": "",
            "heading": "Et ensuite ?",
            "text": [
                "Octobre : coup de projecteur sur les villes participantes. Comme "
                "pour la campagne consacrée aux professionnels de première ligne, "
                "nous souhaitons mettre en valeur des villes participantes en "
                "Belgique qui s’engagent à aider les communautés migrantes. Découvrez "
                "sur nos réseaux sociaux ce que font ces villes pour mieux comprendre "
                "et combattre les violences sexuelles et basées sur le genre (VSBG) "
                "dans les communautés migrantes.",
                "22 octobre : conférence de clôture. La conférence de clôture à "
                "Bruxelles sera le moment où tout se rejoint : partenaires du projet, "
                "experts et villes participantes prendront la parole et montreront "
                "comment le projet Equalcity peut soutenir les acteurs dans leurs "
                "efforts pour lutter contre les VSBG. En participant aux ateliers "
                "thématiques, les participants auront une nouvelle occasion "
                "d’apprendre à utiliser les boîtes à outils et à les adapter à leur "
                "contexte. Contactez Elisabeth Palmero si vous souhaitez assister à "
                "cet événement hybride !",
                "Novembre : finalisation et traduction des boîtes à outils. Nous "
                "sommes dans la dernière ligne droite de la finalisation des boîtes à "
                "outils, qui seront disponibles en novembre 2021. Vous êtes un "
                "service municipal, un service ou un professionnel de première ligne, "
                "et les boîtes à outils d’Equalcity vous intéressent ? Contactez-nous "
                "pour savoir comment y accéder dès leur parution. Elles seront "
                "disponibles en plusieurs langues.",
                "Octobre et novembre : webinaires thématiques. L’OIM et ses "
                "partenaires présenteront chaque boîte à outils lors d’une série de "
                "quatre webinaires thématiques ouverts à un large public : Être "
                "parent dans un nouveau pays ; Des espaces plus sûrs pour les "
                "personnes LGBTQI+ issues de l’immigration ; Les VSBG à l’encontre "
                "des femmes et des filles migrantes ; et Travailler avec des enfants "
                "migrants non accompagnés. Restez à l’écoute pour plus d’informations "
                "!",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": [],
            "cta_url": "",
            "heading": "Le saviez-vous ?",
            "text": [
                "Nos boîtes à outils seront bientôt partagées avec plus de 70 villes "
                "et organisations participantes dans plus de 20 pays d’Europe.",
                "Nos boîtes à outils seront disponibles en plusieurs langues ! "
                "Contactez-nous pour en savoir plus.",
                "Pour toute question, contactez Elisabeth Palmero à l’adresse "
                "epalmero@iom.int.",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
    ],
}
