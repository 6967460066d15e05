"""English source text of the demo toolbox index and the four Equalcity toolboxes."""

INDEX = {
    "title": "Toolboxes",
    "slug": "toolboxes",
    "search_description": (
        "Four Equalcity toolboxes help frontline workers and city services support "
        "migrant survivors of sexual and gender-based violence."
    ),
    "introduction": [
        "Equalcity's four toolboxes give frontline workers, city services and "
        "managers practical, step-by-step guidance to reach migrant communities and "
        "support survivors of sexual and gender-based violence (SGBV).",
        "Each toolbox was developed by a project partner in Brussels, Luxembourg, "
        "Rome or Gothenburg, tested in pilot trainings of frontline workers and "
        "discussed with trainee cities and organisations across Europe. The "
        "toolboxes are available in several languages.",
    ],
}

TOOLBOXES = [
    {
        "slug": "sgbv-against-migrant-women-and-girls",
        "theme": "migrant-women-and-girls",
        "partner": "rome",
        "audience": "frontline-workers",
        "title": "SGBV against migrant women and girls",
        "search_description": (
            "A toolbox for frontline workers on providing tailored services to "
            "migrant women and girls who survived sexual and gender-based violence."
        ),
        "summary": (
            "This toolbox helps frontline workers recognise sexual and gender-based "
            "violence against migrant women and girls and respond in a way that is "
            "safe, respectful and adapted to each survivor. It explains how to "
            "provide tailored services, from the first contact to referral and "
            "follow-up."
        ),
        "audience_description": (
            "For frontline workers in health, social, reception, legal and community "
            "services who meet migrant women and girls in their daily work."
        ),
        "introduction": [
            "Migrant women and girls can face sexual and gender-based violence (SGBV) "
            "in their country of origin, along the migration route and in the "
            "country where they now live. Language barriers, an uncertain residence "
            "status, isolation and the fear of not being believed often keep them "
            "from asking for help.",
            "The toolbox gives frontline workers practical guidance to identify signs "
            "of SGBV, to talk with survivors in a survivor-centred way and to connect "
            "them with the services they need, while respecting their choices, their "
            "safety and their confidentiality.",
        ],
        "how_developed": [
            "The toolbox was developed by Roma Capitale, the Equalcity partner in "
            "Rome, and tested in pilot trainings of frontline workers. Their "
            "questions and their experience of working with migrant women and girls "
            "shaped its content.",
            "Trainee cities and organisations received the draft a few weeks before "
            "the online thematic workshop of 11 June 2021, where they gave their "
            "feedback and discussed how to use it in their local context. The "
            "toolbox was then finalised and translated in November 2021.",
        ],
        "steps": [
            {
                "title": "Prepare your service",
                "text": [
                    "Before a survivor comes to you, know your local referral "
                    "pathway: specialised SGBV services, shelters, health care, legal "
                    "aid and interpreters, with their contact details and opening "
                    "hours.",
                    "Make sure you have a private room where nobody can overhear the "
                    "conversation.",
                ],
            },
            {
                "title": "Build trust from the first contact",
                "text": [
                    "Introduce yourself, explain your role and what you can and "
                    "cannot do. Explain confidentiality and its limits in simple "
                    "words.",
                    "Offer a professional interpreter, a woman if she prefers, rather "
                    "than relying on a relative, a partner or a child.",
                ],
            },
            {
                "title": "Recognise the signs",
                "text": [
                    "Injuries, anxiety, withdrawal, repeated health complaints or a "
                    "partner who always speaks for her can be signs of violence. Ask "
                    "simple, open questions when she is alone, and do not push for "
                    "details: she decides what she wants to share.",
                ],
            },
            {
                "title": "Respond to her needs",
                "text": [
                    "Listen without judging, believe her and tell her that the "
                    "violence is not her fault. Together, assess her immediate safety "
                    "and her needs, including urgent medical care.",
                    "Explain the options open to her, including the support she can "
                    "receive whatever her residence status.",
                ],
            },
            {
                "title": "Refer safely and follow up",
                "text": [
                    "With her informed consent, refer her to specialised services and "
                    "share only the information she agrees to share. Where possible, "
                    "make the first call with her or go with her to the first "
                    "appointment.",
                    "Agree on a safe way to stay in touch, and check later that she "
                    "received the support she needed.",
                ],
            },
            {
                "title": "Take care of yourself",
                "text": [
                    "Listening to accounts of violence takes its toll. Discuss "
                    "difficult situations in supervision or with colleagues, know "
                    "your limits and use the support your organisation offers.",
                ],
            },
        ],
    },
    {
        "slug": "parenting-in-a-new-country",
        "theme": "migrant-parents",
        "partner": "luxembourg",
        "audience": "frontline-workers",
        "title": "Parenting in a new country",
        "search_description": (
            "A toolbox for frontline workers on engaging in trust-building dialogue "
            "with migrant parents, including about violence in the family."
        ),
        "summary": (
            "This toolbox helps frontline workers engage in trust-building dialogue "
            "with migrant parents about family life, raising children and violence "
            "in the family. It supports them to recognise sexual and gender-based "
            "violence and to guide parents and children towards the right support."
        ),
        "audience_description": (
            "For frontline workers in schools, childcare, family support, health and "
            "social services who work with migrant parents."
        ),
        "introduction": [
            "Raising children in a new country brings many questions: new rules and "
            "institutions, a new language, different expectations about education "
            "and family roles. Parents who feel judged or fear losing their children "
            "may avoid services altogether, even when the family faces violence.",
            "The toolbox gives frontline workers tools to start an open and "
            "respectful conversation with mothers and fathers, to build trust over "
            "time, and to address sexual and gender-based violence in the family "
            "when it occurs, always putting the safety of children and adult "
            "survivors first.",
        ],
        "how_developed": [
            "The toolbox was developed by the City of Luxembourg, the Equalcity "
            "partner in Luxembourg, and tested in pilot trainings of frontline "
            "workers who work with families every day.",
            "Trainee cities and organisations received the draft a few weeks before "
            "the online thematic workshop of 17 June 2021, where they gave their "
            "feedback and reflected together on how to use it in their local "
            "context. The toolbox was then finalised and translated in November "
            "2021.",
        ],
        "steps": [
            {
                "title": "Reflect on your own assumptions",
                "text": [
                    "Every professional has their own ideas of what good parenting "
                    "looks like. Take time to recognise yours, and be curious about "
                    "how parents were raised and how they see their role.",
                ],
            },
            {
                "title": "Create the right conditions for dialogue",
                "text": [
                    "Choose a quiet place and moment, allow enough time and work with "
                    "a professional interpreter when needed.",
                    "Explain who you are, what your service does and that your aim "
                    "is to support the family.",
                ],
            },
            {
                "title": "Start from what parents want for their children",
                "text": [
                    "Treat parents as experts on their own family and acknowledge "
                    "the challenges of migration. Share information on rights, rules "
                    "and local services in plain language, and check that it has "
                    "been understood.",
                ],
            },
            {
                "title": "Address violence with care",
                "text": [
                    "If you notice signs of violence between partners or against a "
                    "child, talk about it calmly and in private with the parent who "
                    "may be at risk, never in front of a partner who may be violent.",
                    "Explain that violence is never acceptable and that help exists, "
                    "and follow your service's child protection procedures.",
                ],
            },
            {
                "title": "Refer and keep the door open",
                "text": [
                    "Whenever possible, refer parents to specialised services with "
                    "their consent, and explain what will happen next.",
                    "Stay available: trust is often built over several meetings.",
                ],
            },
        ],
    },
    {
        "slug": "safer-spaces-for-lgbtqi-people",
        "theme": "lgbtqi-people",
        "partner": "rainbowhouse",
        "audience": "service-managers",
        "title": "Safe(r) spaces for LGBTQI+ people with a migrant background",
        "search_description": (
            "A toolbox for managers and teams on setting up safe(r) frontline "
            "services for LGBTQI+ people with a migrant background."
        ),
        "summary": (
            "This toolbox explains how to set up safe(r) frontline services where "
            "LGBTQI+ people with a migrant background feel welcome, respected and "
            "able to ask for help. It covers the whole service, from the welcome "
            "desk and forms to team training and referral."
        ),
        "audience_description": (
            "For managers of frontline services and their teams who want to make "
            "their service safer for LGBTQI+ people with a migrant background."
        ),
        "introduction": [
            "LGBTQI+ people with a migrant background can face violence and "
            "discrimination on several grounds at once: their sexual orientation, "
            "gender identity or sex characteristics, but also their origin, skin "
            "colour or residence status. Many have experienced sexual and "
            "gender-based violence, and many have learned that services are not "
            "always safe places for them.",
            "No space is ever completely safe, which is why the toolbox speaks of "
            "safe(r) spaces. It helps services take concrete steps so that people "
            "can be themselves, speak about violence if they choose to, and receive "
            "support that takes every layer of their identity into account.",
        ],
        "how_developed": [
            "The toolbox was developed by RainbowHouse Brussels, the umbrella "
            "organisation of LGBTQIA+ associations in Brussels, and tested in pilot "
            "trainings of frontline workers.",
            "Trainee cities and organisations received the draft a few weeks before "
            "the online thematic workshop of 24 June 2021, where they gave their "
            "feedback and discussed how to apply it in their local context. The "
            "toolbox was then finalised and translated in November 2021.",
        ],
        "steps": [
            {
                "title": "Look at your service with fresh eyes",
                "text": [
                    "Walk through your service as an LGBTQI+ person with a migrant "
                    "background would: the entrance, the waiting room, posters and "
                    "leaflets, registration forms, toilets.",
                    "Ask the people you serve and local LGBTQI+ associations for "
                    "their feedback.",
                ],
            },
            {
                "title": "Make inclusion visible",
                "text": [
                    "Show clearly that everyone is welcome, for example with "
                    "inclusive posters and information in several languages.",
                    "Adapt your forms so that people can give the name and pronouns "
                    "they use, and do not ask for information you do not need.",
                ],
            },
            {
                "title": "Train and support your team",
                "text": [
                    "Make sure all staff, including reception staff and interpreters, "
                    "understand sexual orientation, gender identity and sex "
                    "characteristics, and how racism, homophobia and transphobia can "
                    "add up.",
                    "Agree together on how the team responds to discriminatory "
                    "remarks, from colleagues or from other service users.",
                ],
            },
            {
                "title": "Protect confidentiality",
                "text": [
                    "Being outed can put a person at serious risk in their family, "
                    "community or accommodation. Never disclose someone's sexual "
                    "orientation or gender identity without their consent, including "
                    "to colleagues, interpreters or other services.",
                ],
            },
            {
                "title": "Build a trusted referral network",
                "text": [
                    "Map LGBTQI+ friendly services in your area, such as health care, "
                    "legal aid, shelters and community groups, and get to know them.",
                    "Refer people only with their consent, and only to services you "
                    "know to be safe.",
                ],
            },
            {
                "title": "Review and improve",
                "text": [
                    "A safer space is never finished. Regularly review with your "
                    "team, and with the people you serve, what works and what does "
                    "not, and adjust your practices.",
                ],
            },
        ],
    },
    {
        "slug": "working-with-unaccompanied-migrant-children",
        "theme": "unaccompanied-migrant-children",
        "partner": "gothenburg",
        "audience": "frontline-workers",
        "title": "Working with unaccompanied migrant children",
        "search_description": (
            "A toolbox for frontline workers on providing tailored services to "
            "unaccompanied migrant children, including survivors of sexual and "
            "gender-based violence."
        ),
        "summary": (
            "This toolbox helps frontline workers provide tailored services to "
            "unaccompanied migrant children, who are at high risk of sexual and "
            "gender-based violence. It explains how to build trust, identify signs "
            "of violence and work with other services in the best interests of the "
            "child."
        ),
        "audience_description": (
            "For frontline workers in reception, care, education, health and social "
            "services who are in contact with unaccompanied migrant children."
        ),
        "introduction": [
            "Children who arrive without a parent or another responsible adult are "
            "particularly exposed to sexual and gender-based violence, exploitation "
            "and trafficking, on the way and after their arrival. Many have learned "
            "to distrust adults and institutions, and may not recognise what they "
            "went through as violence.",
            "The toolbox gives frontline workers practical guidance to build a safe "
            "relationship with children and adolescents, to recognise signs of "
            "violence, and to work with guardians and specialised services so that "
            "every decision is taken in the best interests of the child.",
        ],
        "how_developed": [
            "The toolbox was developed by the City of Gothenburg, the Equalcity "
            "partner in Sweden, and tested in pilot trainings of frontline workers "
            "who work with unaccompanied children.",
            "After the three thematic workshops on the other toolboxes in June 2021, "
            "trainee cities and organisations discussed this toolbox at the online "
            "thematic workshop of 9 September 2021. They had received the draft a "
            "few weeks before, gave their feedback and reflected on how to use it "
            "in their local context. The toolbox was then finalised and translated "
            "in November 2021.",
        ],
        "steps": [
            {
                "title": "Put the child's best interests first",
                "text": [
                    "Let the best interests of the child guide every decision, from "
                    "accommodation to referral. Find out who the child's guardian or "
                    "legal representative is and involve them.",
                    "Take the child's views into account, according to their age and "
                    "maturity.",
                ],
            },
            {
                "title": "Build a safe relationship",
                "text": [
                    "Be predictable and honest: explain who you are, what will happen "
                    "next and what you will do with what the child tells you.",
                    "Work with a professional interpreter and give the child time: "
                    "trust often grows over several meetings.",
                ],
            },
            {
                "title": "Recognise signs of violence and exploitation",
                "text": [
                    "Pay attention to changes in behaviour, sleeping problems, "
                    "self-harm, unexplained money or phones, disappearances or "
                    "contact with unknown adults. These can be signs of sexual "
                    "violence, exploitation or trafficking.",
                ],
            },
            {
                "title": "Respond and refer without delay",
                "text": [
                    "If a child tells you about violence, or you suspect it, listen "
                    "calmly, do not ask for details and do not promise to keep it "
                    "secret.",
                    "Follow your child protection procedure and inform the competent "
                    "services without delay, explaining to the child what you are "
                    "doing and why.",
                ],
            },
            {
                "title": "Coordinate with other professionals",
                "text": [
                    "Work with the guardian, social services, health care and "
                    "accommodation staff so that the child does not have to repeat "
                    "their story again and again. Agree on who does what, and keep "
                    "the child informed.",
                ],
            },
            {
                "title": "Look after yourself and your team",
                "text": [
                    "Working with children who have experienced violence can be very "
                    "demanding. Use supervision, talk with colleagues and know where "
                    "to find support for yourself.",
                ],
            },
        ],
    },
]
