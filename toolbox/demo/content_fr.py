"""French demo toolbox index and toolboxes; same structure as content_en.py."""

INDEX = {
    "title": "Boîtes à outils",
    "slug": "toolboxes",
    "search_description": (
        "Les quatre boîtes à outils d’Equalcity aident les professionnels de première "
        "ligne et les services municipaux à soutenir les personnes migrantes "
        "survivantes de violences sexuelles et basées sur le genre."
    ),
    "introduction": [
        "Les quatre boîtes à outils d’Equalcity offrent aux professionnels de première "
        "ligne, aux services municipaux et aux responsables de services des conseils "
        "pratiques, étape par étape, pour atteindre les communautés migrantes et "
        "soutenir les personnes survivantes de violences sexuelles et basées sur le "
        "genre (VSBG).",
        "Chaque boîte à outils a été élaborée par un partenaire du projet à "
        "Bruxelles, Luxembourg, Rome ou Göteborg, testée lors de formations pilotes "
        "de professionnels de première ligne et discutée avec des villes et "
        "organisations participant aux formations dans toute l’Europe. Les boîtes à "
        "outils sont disponibles en plusieurs langues.",
    ],
}

TOOLBOXES = [
    {
        "slug": "sgbv-against-migrant-women-and-girls",
        "theme": "migrant-women-and-girls",
        "partner": "rome",
        "audience": "frontline-workers",
        "title": "Les VSBG à l’encontre des femmes et des filles migrantes",
        "search_description": (
            "Une boîte à outils pour les professionnels de première ligne : comment "
            "offrir des services adaptés aux femmes et aux filles migrantes "
            "survivantes de violences sexuelles et basées sur le genre."
        ),
        "summary": (
            "Cette boîte à outils aide les professionnels de première ligne à "
            "reconnaître les violences sexuelles et basées sur le genre à l’encontre "
            "des femmes et des filles migrantes, et à y répondre de manière sûre, "
            "respectueuse et adaptée à chaque survivante. Elle explique comment offrir "
            "des services adaptés, du premier contact à l’orientation et au suivi."
        ),
        "audience_description": (
            "Pour les professionnels de première ligne des services de santé, sociaux, "
            "d’accueil, juridiques et communautaires qui rencontrent des femmes et des "
            "filles migrantes dans leur travail quotidien."
        ),
        "introduction": [
            "Les femmes et les filles migrantes peuvent subir des violences sexuelles "
            "et basées sur le genre (VSBG) dans leur pays d’origine, sur la route "
            "migratoire et dans le pays où elles vivent aujourd’hui. La barrière de "
            "la langue, un statut de séjour incertain, l’isolement et la peur de ne "
            "pas être crues les empêchent souvent de demander de l’aide.",
            "La boîte à outils donne aux professionnels de première ligne des repères "
            "pratiques pour identifier les signes de VSBG, parler avec les personnes "
            "survivantes selon une approche centrée sur elles et les mettre en lien "
            "avec les services dont elles ont besoin, dans le respect de leurs choix, "
            "de leur sécurité et de la confidentialité.",
        ],
        "how_developed": [
            "La boîte à outils a été élaborée par Roma Capitale, le partenaire "
            "d’Equalcity à Rome, et testée lors de formations pilotes de "
            "professionnels de première ligne. Leurs questions et leur expérience du "
            "travail avec les femmes et les filles migrantes ont façonné son contenu.",
            "Les villes et organisations participant aux formations ont reçu la "
            "version provisoire quelques semaines avant l’atelier thématique en ligne "
            "du 11 juin 2021, où elles ont donné leur avis et discuté de son "
            "utilisation dans leur contexte local. La boîte à outils a ensuite été "
            "finalisée et traduite en novembre 2021.",
        ],
        "steps": [
            {
                "title": "Préparez votre service",
                "text": [
                    "Avant qu’une survivante ne s’adresse à vous, connaissez votre "
                    "réseau local d’orientation : services spécialisés en VSBG, "
                    "hébergements d’urgence, soins de santé, aide juridique et "
                    "interprètes, avec leurs coordonnées et leurs heures d’ouverture.",
                    "Assurez-vous de disposer d’une pièce à l’abri des regards où "
                    "personne ne peut entendre la conversation.",
                ],
            },
            {
                "title": "Instaurez la confiance dès le premier contact",
                "text": [
                    "Présentez-vous, expliquez votre rôle, ce que vous pouvez faire et "
                    "ce que vous ne pouvez pas faire. Expliquez simplement la "
                    "confidentialité et ses limites.",
                    "Proposez une interprète ou un interprète professionnel, une femme "
                    "si elle le préfère, plutôt que de faire appel à un proche, à un "
                    "partenaire ou à un enfant.",
                ],
            },
            {
                "title": "Reconnaissez les signes",
                "text": [
                    "Des blessures, de l’anxiété, un repli sur soi, des problèmes de "
                    "santé répétés ou un partenaire qui parle toujours à sa place "
                    "peuvent être des signes de violence. Posez des questions simples "
                    "et ouvertes lorsqu’elle est seule, sans insister sur les "
                    "détails : c’est elle qui décide de ce qu’elle veut partager.",
                ],
            },
            {
                "title": "Répondez à ses besoins",
                "text": [
                    "Écoutez-la sans juger, croyez-la et dites-lui que la violence "
                    "n’est pas de sa faute. Évaluez ensemble sa sécurité immédiate et "
                    "ses besoins, y compris en soins médicaux urgents.",
                    "Expliquez-lui les options qui s’offrent à elle, y compris le "
                    "soutien auquel elle a accès quel que soit son statut de séjour.",
                ],
            },
            {
                "title": "Orientez en toute sécurité et assurez le suivi",
                "text": [
                    "Avec son consentement éclairé, orientez-la vers des services "
                    "spécialisés et ne partagez que les informations qu’elle accepte "
                    "de partager. Si possible, passez le premier appel avec elle ou "
                    "accompagnez-la au premier rendez-vous.",
                    "Convenez d’un moyen sûr de rester en contact, et vérifiez plus "
                    "tard qu’elle a reçu le soutien dont elle avait besoin.",
                ],
            },
            {
                "title": "Prenez soin de vous",
                "text": [
                    "Écouter des récits de violence laisse des traces. Parlez des "
                    "situations difficiles en supervision ou avec vos collègues, "
                    "connaissez vos limites et faites appel au soutien proposé par "
                    "votre organisation.",
                ],
            },
        ],
    },
    {
        "slug": "parenting-in-a-new-country",
        "theme": "migrant-parents",
        "partner": "luxembourg",
        "audience": "frontline-workers",
        "title": "Être parent dans un nouveau pays",
        "search_description": (
            "Une boîte à outils pour les professionnels de première ligne : comment "
            "engager un dialogue fondé sur la confiance avec les parents migrants, y "
            "compris au sujet de la violence dans la famille."
        ),
        "summary": (
            "Cette boîte à outils aide les professionnels de première ligne à engager "
            "avec les parents migrants un dialogue fondé sur la confiance, sur la vie "
            "de famille, l’éducation des enfants et la violence dans la famille. Elle "
            "les aide à reconnaître les violences sexuelles et basées sur le genre et "
            "à orienter parents et enfants vers le soutien adéquat."
        ),
        "audience_description": (
            "Pour les professionnels de première ligne des écoles, des structures "
            "d’accueil de la petite enfance, du soutien à la parentalité, de la santé "
            "et des services sociaux qui travaillent avec des parents migrants."
        ),
        "introduction": [
            "Élever ses enfants dans un nouveau pays soulève de nombreuses "
            "questions : de nouvelles règles et institutions, une nouvelle langue, "
            "d’autres attentes en matière d’éducation et de rôles familiaux. Les "
            "parents qui se sentent jugés ou qui craignent qu’on leur retire leurs "
            "enfants peuvent éviter complètement les services, même lorsque la "
            "famille est confrontée à la violence.",
            "La boîte à outils donne aux professionnels de première ligne des outils "
            "pour entamer une conversation ouverte et respectueuse avec les mères et "
            "les pères, pour construire la confiance dans la durée et pour aborder "
            "les violences sexuelles et basées sur le genre dans la famille "
            "lorsqu’elles surviennent, en faisant toujours passer en premier la "
            "sécurité des enfants et des adultes survivants.",
        ],
        "how_developed": [
            "La boîte à outils a été élaborée par la Ville de Luxembourg, le "
            "partenaire d’Equalcity au Luxembourg, et testée lors de formations "
            "pilotes de professionnels de première ligne qui travaillent chaque jour "
            "avec des familles.",
            "Les villes et organisations participant aux formations ont reçu la "
            "version provisoire quelques semaines avant l’atelier thématique en ligne "
            "du 17 juin 2021, où elles ont donné leur avis et réfléchi ensemble à son "
            "utilisation dans leur contexte local. La boîte à outils a ensuite été "
            "finalisée et traduite en novembre 2021.",
        ],
        "steps": [
            {
                "title": "Interrogez vos propres représentations",
                "text": [
                    "Chaque professionnel a sa propre idée de ce qu’est un bon parent. "
                    "Prenez le temps de reconnaître la vôtre, et intéressez-vous à la "
                    "manière dont les parents ont été élevés et dont ils voient leur "
                    "rôle.",
                ],
            },
            {
                "title": "Créez les conditions du dialogue",
                "text": [
                    "Choisissez un lieu et un moment calmes, prévoyez suffisamment de "
                    "temps et faites appel à un interprète professionnel si "
                    "nécessaire.",
                    "Expliquez qui vous êtes, ce que fait votre service et que votre "
                    "objectif est de soutenir la famille.",
                ],
            },
            {
                "title": "Partez de ce que les parents veulent pour leurs enfants",
                "text": [
                    "Considérez les parents comme les experts de leur propre famille "
                    "et reconnaissez les difficultés liées à la migration. Donnez des "
                    "informations sur les droits, les règles et les services locaux "
                    "dans un langage simple, et vérifiez qu’elles ont été comprises.",
                ],
            },
            {
                "title": "Abordez la violence avec précaution",
                "text": [
                    "Si vous remarquez des signes de violence entre partenaires ou "
                    "envers un enfant, parlez-en calmement et en privé avec le parent "
                    "qui pourrait être en danger, jamais devant un partenaire "
                    "susceptible d’être violent.",
                    "Expliquez que la violence n’est jamais acceptable et qu’il existe "
                    "de l’aide, et suivez les procédures de protection de l’enfance "
                    "de votre service.",
                ],
            },
            {
                "title": "Orientez et gardez la porte ouverte",
                "text": [
                    "Dans la mesure du possible, orientez les parents vers des "
                    "services spécialisés avec leur consentement, et expliquez-leur "
                    "ce qui va se passer ensuite.",
                    "Restez disponible : la confiance se construit souvent au fil de "
                    "plusieurs rencontres.",
                ],
            },
        ],
    },
    {
        "slug": "safer-spaces-for-lgbtqi-people",
        "theme": "lgbtqi-people",
        "partner": "rainbowhouse",
        "audience": "service-managers",
        "title": (
            "Espaces (plus) sûrs pour les personnes LGBTQI+ issues de l’immigration"
        ),
        "search_description": (
            "Une boîte à outils pour les responsables et leurs équipes : comment "
            "mettre en place des services de première ligne (plus) sûrs pour les "
            "personnes LGBTQI+ issues de l’immigration."
        ),
        "summary": (
            "Cette boîte à outils explique comment mettre en place des services de "
            "première ligne (plus) sûrs, où les personnes LGBTQI+ issues de "
            "l’immigration se sentent bienvenues, respectées et en mesure de demander "
            "de l’aide. Elle couvre l’ensemble du service, de l’accueil et des "
            "formulaires à la formation de l’équipe et à l’orientation."
        ),
        "audience_description": (
            "Pour les responsables de services de première ligne et leurs équipes qui "
            "souhaitent rendre leur service plus sûr pour les personnes LGBTQI+ "
            "issues de l’immigration."
        ),
        "introduction": [
            "Les personnes LGBTQI+ issues de l’immigration peuvent subir des violences "
            "et des discriminations pour plusieurs motifs à la fois : leur "
            "orientation sexuelle, leur identité de genre ou leurs caractéristiques "
            "sexuelles, mais aussi leur origine, leur couleur de peau ou leur statut "
            "de séjour. Beaucoup ont subi des violences sexuelles et basées sur le "
            "genre, et beaucoup ont appris que les services ne sont pas toujours des "
            "lieux sûrs pour elles.",
            "Aucun espace n’est jamais totalement sûr : c’est pourquoi la boîte à "
            "outils parle d’espaces (plus) sûrs. Elle aide les services à prendre des "
            "mesures concrètes pour que chacun et chacune puisse être soi-même, "
            "parler des violences subies si elle ou il le souhaite, et recevoir un "
            "soutien qui tient compte de toutes les facettes de son identité.",
        ],
        "how_developed": [
            "La boîte à outils a été élaborée par la RainbowHouse Brussels, la "
            "coupole des associations LGBTQIA+ de Bruxelles, et testée lors de "
            "formations pilotes de professionnels de première ligne.",
            "Les villes et organisations participant aux formations ont reçu la "
            "version provisoire quelques semaines avant l’atelier thématique en ligne "
            "du 24 juin 2021, où elles ont donné leur avis et discuté de son "
            "application dans leur contexte local. La boîte à outils a ensuite été "
            "finalisée et traduite en novembre 2021.",
        ],
        "steps": [
            {
                "title": "Portez un regard neuf sur votre service",
                "text": [
                    "Parcourez votre service comme le ferait une personne LGBTQI+ "
                    "issue de l’immigration : l’entrée, la salle d’attente, les "
                    "affiches et les brochures, les formulaires d’inscription, les "
                    "toilettes.",
                    "Demandez l’avis des personnes que vous accompagnez et des "
                    "associations LGBTQI+ locales.",
                ],
            },
            {
                "title": "Rendez l’inclusion visible",
                "text": [
                    "Montrez clairement que tout le monde est bienvenu, par exemple "
                    "avec des affiches inclusives et des informations en plusieurs "
                    "langues.",
                    "Adaptez vos formulaires pour que chaque personne puisse indiquer "
                    "le prénom et les pronoms qu’elle utilise, et ne demandez pas "
                    "d’informations dont vous n’avez pas besoin.",
                ],
            },
            {
                "title": "Formez et soutenez votre équipe",
                "text": [
                    "Veillez à ce que tout le personnel, y compris l’accueil et les "
                    "interprètes, comprenne ce que sont l’orientation sexuelle, "
                    "l’identité de genre et les caractéristiques sexuelles, et "
                    "comment le racisme, l’homophobie et la transphobie peuvent se "
                    "cumuler.",
                    "Convenez ensemble de la manière dont l’équipe réagit aux propos "
                    "discriminatoires, qu’ils viennent de collègues ou d’autres "
                    "usagers du service.",
                ],
            },
            {
                "title": "Protégez la confidentialité",
                "text": [
                    "Être outé ou outée peut exposer une personne à de graves dangers "
                    "dans sa famille, sa communauté ou son lieu d’hébergement. Ne "
                    "révélez jamais l’orientation sexuelle ou l’identité de genre "
                    "d’une personne sans son consentement, y compris à des collègues, "
                    "à des interprètes ou à d’autres services.",
                ],
            },
            {
                "title": "Constituez un réseau d’orientation de confiance",
                "text": [
                    "Répertoriez les services accueillants pour les personnes LGBTQI+ "
                    "dans votre région, comme les soins de santé, l’aide juridique, "
                    "les hébergements et les groupes communautaires, et apprenez à "
                    "les connaître.",
                    "N’orientez les personnes qu’avec leur consentement, et uniquement "
                    "vers des services que vous savez sûrs.",
                ],
            },
            {
                "title": "Évaluez et améliorez",
                "text": [
                    "Un espace plus sûr n’est jamais terminé. Faites régulièrement le "
                    "point avec votre équipe, et avec les personnes que vous "
                    "accompagnez, sur ce qui fonctionne et ce qui ne fonctionne pas, "
                    "et adaptez vos pratiques.",
                ],
            },
        ],
    },
    {
        "slug": "working-with-unaccompanied-migrant-children",
        "theme": "unaccompanied-migrant-children",
        "partner": "gothenburg",
        "audience": "frontline-workers",
        "title": "Travailler avec des enfants migrants non accompagnés",
        "search_description": (
            "Une boîte à outils pour les professionnels de première ligne : comment "
            "offrir des services adaptés aux enfants migrants non accompagnés, y "
            "compris aux survivants de violences sexuelles et basées sur le genre."
        ),
        "summary": (
            "Cette boîte à outils aide les professionnels de première ligne à offrir "
            "des services adaptés aux enfants migrants non accompagnés, très exposés "
            "aux violences sexuelles et basées sur le genre. Elle explique comment "
            "instaurer la confiance, repérer les signes de violence et travailler "
            "avec les autres services dans l’intérêt supérieur de l’enfant."
        ),
        "audience_description": (
            "Pour les professionnels de première ligne des services d’accueil, de "
            "prise en charge, d’éducation, de santé et des services sociaux qui sont "
            "en contact avec des enfants migrants non accompagnés."
        ),
        "introduction": [
            "Les enfants qui arrivent sans parent ni autre adulte responsable sont "
            "particulièrement exposés aux violences sexuelles et basées sur le genre, "
            "à l’exploitation et à la traite, pendant leur parcours et après leur "
            "arrivée. Beaucoup ont appris à se méfier des adultes et des "
            "institutions, et ne reconnaissent pas toujours ce qu’ils ont vécu comme "
            "de la violence.",
            "La boîte à outils donne aux professionnels de première ligne des repères "
            "pratiques pour construire une relation sûre avec les enfants et les "
            "adolescents, reconnaître les signes de violence et travailler avec les "
            "tuteurs et les services spécialisés, afin que chaque décision soit prise "
            "dans l’intérêt supérieur de l’enfant.",
        ],
        "how_developed": [
            "La boîte à outils a été élaborée par la Ville de Göteborg, le partenaire "
            "d’Equalcity en Suède, et testée lors de formations pilotes de "
            "professionnels de première ligne qui travaillent avec des enfants non "
            "accompagnés.",
            "Après les trois ateliers thématiques consacrés aux autres boîtes à outils "
            "en juin 2021, les villes et organisations participant aux formations ont "
            "discuté de celle-ci lors de l’atelier thématique en ligne du 9 septembre "
            "2021. Elles avaient reçu la version provisoire quelques semaines "
            "auparavant, ont donné leur avis et ont réfléchi à son utilisation dans "
            "leur contexte local. La boîte à outils a ensuite été finalisée et "
            "traduite en novembre 2021.",
        ],
        "steps": [
            {
                "title": "Faites passer l’intérêt supérieur de l’enfant en premier",
                "text": [
                    "Laissez l’intérêt supérieur de l’enfant guider chaque décision, "
                    "de l’hébergement à l’orientation. Renseignez-vous sur l’identité "
                    "du tuteur ou du représentant légal de l’enfant et associez-le.",
                    "Tenez compte de l’avis de l’enfant, en fonction de son âge et de "
                    "sa maturité.",
                ],
            },
            {
                "title": "Construisez une relation sûre",
                "text": [
                    "Soyez prévisible et honnête : expliquez qui vous êtes, ce qui va "
                    "se passer ensuite et ce que vous ferez de ce que l’enfant vous "
                    "confie.",
                    "Faites appel à un interprète professionnel et laissez du temps à "
                    "l’enfant : la confiance se construit souvent au fil de plusieurs "
                    "rencontres.",
                ],
            },
            {
                "title": "Reconnaissez les signes de violence et d’exploitation",
                "text": [
                    "Prêtez attention aux changements de comportement, aux troubles "
                    "du sommeil, à l’automutilation, à de l’argent ou des téléphones "
                    "d’origine inexpliquée, aux disparitions ou aux contacts avec des "
                    "adultes inconnus. Ce peuvent être des signes de violences "
                    "sexuelles, d’exploitation ou de traite.",
                ],
            },
            {
                "title": "Réagissez et orientez sans attendre",
                "text": [
                    "Si un enfant vous parle de violences, ou si vous en soupçonnez, "
                    "écoutez calmement, ne demandez pas de détails et ne promettez "
                    "pas de garder le secret.",
                    "Suivez votre procédure de protection de l’enfance et informez "
                    "sans attendre les services compétents, en expliquant à l’enfant "
                    "ce que vous faites et pourquoi.",
                ],
            },
            {
                "title": "Coordonnez-vous avec les autres professionnels",
                "text": [
                    "Travaillez avec le tuteur, les services sociaux, les soins de "
                    "santé et le personnel d’hébergement pour que l’enfant n’ait pas "
                    "à répéter son histoire encore et encore. Convenez de qui fait "
                    "quoi, et tenez l’enfant informé.",
                ],
            },
            {
                "title": "Prenez soin de vous et de votre équipe",
                "text": [
                    "Travailler avec des enfants qui ont subi des violences peut être "
                    "très éprouvant. Faites appel à la supervision, parlez avec vos "
                    "collègues et sachez où trouver du soutien pour vous-même.",
                ],
            },
        ],
    },
]
