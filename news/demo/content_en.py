"""English source text of the demo pages owned by `news`."""

INDEX = {
    "title": "News and events",
    "slug": "news",
    "search_description": (
        "News, interviews, events and newsletters from the Equalcity project on sexual "
        "and gender-based violence in migrant communities."
    ),
    "introduction": [
        "Follow the Equalcity project: thematic workshops and webinars, the closing "
        "conference in Brussels, interviews with frontline workers and our newsletter.",
        "Filter by kind of content or by theme to find what matters to your work.",
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
        "title": "Thematic workshop: migrant women and girls",
        "search_description": (
            "Online thematic workshop for Equalcity trainee cities and organisations "
            "on the toolbox about SGBV against migrant women and girls."
        ),
        "summary": (
            "The first of the Equalcity thematic workshops for trainee cities and "
            "organisations looked at the toolbox on migrant women and girls. Trainees "
            "discussed how to provide tailored services to survivors of sexual and "
            "gender-based violence."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the workshop"],
            [
                "paragraph",
                [
                    "Equalcity invited all trainee cities and organisations across "
                    "Europe to this online workshop on the toolbox about sexual and "
                    "gender-based violence (SGBV) against migrant women and girls.",
                    "The project partner explained the development process behind the "
                    "toolbox and presented, step by step, how to use it in a "
                    "frontline service.",
                ],
            ],
            ["heading", "Feedback from trainees"],
            [
                "paragraph",
                [
                    "Trainees received the current version of the toolbox a few weeks "
                    "before the workshop. They gave their feedback and, in an "
                    "interactive discussion, reflected together on how to implement "
                    "the tools in their local context.",
                    "Equalcity thanks Ms Frida Tånghag (Gothenburg) for joining the "
                    "workshop as a guest.",
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
        "title": "Thematic workshop: migrant parents",
        "search_description": (
            "Online thematic workshop for Equalcity trainee cities and organisations "
            "on the toolbox about trust-building dialogue with migrant parents."
        ),
        "summary": (
            "This online workshop presented the Equalcity toolbox on engaging in a "
            "trust-building dialogue with migrant parents. Trainee cities and "
            "organisations shared feedback on the draft toolbox."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the workshop"],
            [
                "paragraph",
                [
                    "The second thematic workshop focused on the toolbox for "
                    "frontline workers who support migrant parents, many of whom are "
                    "raising their children in a new country.",
                    "The project partner explained how the toolbox was developed and "
                    "walked participants through the step-by-step process to follow "
                    "when using it.",
                ],
            ],
            ["heading", "Feedback from trainees"],
            [
                "paragraph",
                [
                    "Trainees had received the current version of the toolbox a few "
                    "weeks before the event. They gave their feedback and discussed "
                    "how the tools could be implemented in their own city or "
                    "organisation.",
                    "Equalcity thanks Mr Maurice Bauer (Luxembourg) for joining the "
                    "workshop as a guest.",
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
        "title": "Thematic workshop: LGBTQI+ people with a migration background",
        "search_description": (
            "Online thematic workshop for Equalcity trainee cities and organisations "
            "on the toolbox about safe(r) spaces for LGBTQI+ people with a migration "
            "background."
        ),
        "summary": (
            "RainbowHouse Brussels presented its toolbox on safe(r) spaces for LGBTQI+ "
            "people with a migration background. Trainees reflected on how to make "
            "their frontline services safer and more welcoming."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the workshop"],
            [
                "paragraph",
                [
                    "In the third thematic workshop, RainbowHouse Brussels, the "
                    "Equalcity partner developing the toolbox on safe(r) spaces for "
                    "LGBTQI+ people with a migration background, took the floor.",
                    "The partner explained the development process behind the toolbox "
                    "and the step-by-step process to follow when setting up safe(r) "
                    "frontline services.",
                ],
            ],
            ["heading", "Feedback from trainees"],
            [
                "paragraph",
                [
                    "Trainees gave their feedback on the version of the toolbox they "
                    "had received a few weeks earlier, and discussed together how to "
                    "implement it in their local context.",
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
        "title": "Thematic workshop: unaccompanied migrant children",
        "search_description": (
            "Online thematic workshop for Equalcity trainee cities and organisations "
            "on the toolbox about working with unaccompanied migrant children."
        ),
        "summary": (
            "The last Equalcity thematic workshop was dedicated to the toolbox on "
            "working with unaccompanied migrant children (UMC). Trainees discussed how "
            "to provide tailored services to these children as frontline workers."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the workshop"],
            [
                "paragraph",
                [
                    "After the three June workshops, this fourth online workshop "
                    "completed the series with the toolbox on unaccompanied migrant "
                    "children.",
                    "The project partner presented how the toolbox was developed and "
                    "how to use it, step by step, in services that work with children "
                    "who arrive in Europe without a parent or guardian.",
                ],
            ],
            ["heading", "Feedback from trainees"],
            [
                "paragraph",
                [
                    "As with the other toolboxes, trainees received the draft a few "
                    "weeks before the event, gave their feedback and reflected "
                    "together on its implementation in their local context.",
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
        "title": "Equalcity closing conference",
        "search_description": (
            "The Equalcity closing conference in Brussels on 22 October 2021, in "
            "person and online: the four toolboxes on SGBV in migrant communities."
        ),
        "summary": (
            "The closing conference in Brussels is where it all comes together: "
            "project partners, experts and trainee cities take the floor. They show "
            "how Equalcity can support cities and services in their efforts to tackle "
            "sexual and gender-based violence."
        ),
        "venue": "Residence Palace",
        "address": "Rue de la Loi 155, 1040 Brussels, Belgium",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the conference"],
            [
                "paragraph",
                [
                    "As the Equalcity project comes to an end, project partners from "
                    "Brussels, Luxembourg, Rome and Gothenburg, experts and trainee "
                    "cities and organisations meet to present the results of the "
                    "project and the four toolboxes.",
                    "The conference is a hybrid event: you can attend in person in "
                    "Brussels or follow it online. Contact Elisabeth Palmero if you "
                    "wish to attend.",
                ],
            ],
            ["heading", "Programme"],
            [
                "paragraph",
                [
                    "09:30 – Welcome and registration",
                    "10:00 – Opening remarks by IOM and presentation of the Equalcity "
                    "project",
                    "10:45 – The four toolboxes: project partners explain how they "
                    "were developed",
                    "12:30 – Lunch break",
                    "13:30 – Thematic workshops: how to use the toolboxes and adapt "
                    "them to your context",
                    "15:30 – Panel discussion with trainee cities and frontline "
                    "workers",
                    "16:30 – Conclusions and next steps",
                ],
            ],
            ["heading", "Thematic workshops"],
            [
                "paragraph",
                [
                    "In the afternoon, participants choose one of four thematic "
                    "workshops, one per toolbox. They give trainees another "
                    "opportunity to learn how to use the toolboxes and how to adapt "
                    "them to their own context.",
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
        "title": "Parenting in a new country",
        "search_description": (
            "Equalcity webinar open to the public: how to engage in a trust-building "
            "dialogue with migrant parents."
        ),
        "summary": (
            "How to engage in a trust-building dialogue with migrant parents. This "
            "webinar presents the Equalcity toolbox on migrant parents and is open to "
            "the broader public."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the webinar"],
            [
                "paragraph",
                [
                    "IOM and its project partners present each Equalcity toolbox in a "
                    "series of four thematic webinars, open to anyone interested.",
                    "This webinar is about parenting in a new country. It shows "
                    "frontline workers how to build a dialogue based on trust with "
                    "migrant parents, and how to talk about sensitive subjects such "
                    "as violence in the family.",
                ],
            ],
            ["heading", "Who is it for?"],
            [
                "paragraph",
                [
                    "City services, frontline services and frontline workers, and "
                    "anyone who works with migrant families. Registration is free.",
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
        "title": "Safe(r) spaces for LGBTQI+ people with a migrant background",
        "search_description": (
            "Equalcity webinar open to the public: how to set up safe(r) frontline "
            "services for LGBTQI+ people with a migrant background."
        ),
        "summary": (
            "How to set up safe(r) frontline services for LGBTQI+ people with a "
            "migrant background. Aïda Yancy of RainbowHouse Brussels presents the "
            "toolbox in this public webinar."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the webinar"],
            [
                "paragraph",
                [
                    "The second webinar of the series presents the toolbox developed "
                    "by RainbowHouse Brussels on safe(r) spaces for LGBTQI+ people "
                    "with a migrant background.",
                    "Aïda Yancy, Project Manager at RainbowHouse, explains why the "
                    "intersection of race, gender and sexual orientation matters in "
                    "frontline work, and which simple steps make a service feel safer.",
                ],
            ],
            ["heading", "Who is it for?"],
            [
                "paragraph",
                [
                    "City services, frontline services and frontline workers, "
                    "community organisations and anyone interested. Registration is "
                    "free.",
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
        "title": "SGBV against migrant women and girls",
        "search_description": (
            "Equalcity webinar open to the public: how to provide tailored services to "
            "migrant women and girls who survived sexual and gender-based violence."
        ),
        "summary": (
            "How to provide tailored services to migrant women and girls as a "
            "frontline worker. This public webinar presents the Equalcity toolbox on "
            "sexual and gender-based violence against migrant women and girls."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the webinar"],
            [
                "paragraph",
                [
                    "The third webinar of the series is about sexual and gender-based "
                    "violence (SGBV) against migrant women and girls.",
                    "It presents the toolbox for frontline workers: how to recognise "
                    "signs of violence, how to talk with survivors with the help of "
                    "interpreters and cultural mediators, and how to refer them to "
                    "the right services.",
                ],
            ],
            ["heading", "Who is it for?"],
            [
                "paragraph",
                [
                    "City services, frontline services and frontline workers, and "
                    "anyone interested in the protection of migrant women and girls. "
                    "Registration is free.",
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
        "title": "Working with unaccompanied migrant children",
        "search_description": (
            "Equalcity webinar open to the public: how to provide tailored services to "
            "unaccompanied migrant children as a frontline worker."
        ),
        "summary": (
            "How to provide tailored services to unaccompanied migrant children as a "
            "frontline worker. The last webinar of the series presents the Equalcity "
            "toolbox on unaccompanied migrant children."
        ),
        "venue": "",
        "address": "",
        "contact": "Elisabeth Palmero, epalmero@iom.int",
        "body": [
            ["heading", "About the webinar"],
            [
                "paragraph",
                [
                    "The fourth and last webinar of the series is dedicated to "
                    "unaccompanied migrant children (UMC), who arrive in Europe "
                    "without a parent or guardian.",
                    "It presents the toolbox for frontline workers: how to build "
                    "trust with a child, how to explain their rights in a way they "
                    "understand, and how to work with guardians and other services.",
                ],
            ],
            ["heading", "Who is it for?"],
            [
                "paragraph",
                [
                    "City services, frontline services and frontline workers, "
                    "guardians and anyone who works with children on the move. "
                    "Registration is free.",
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
        "title": "“Trust is the first service we offer”",
        "search_description": (
            "Frontline Workers in the Spotlight: a frontline worker in Brussels on "
            "supporting migrant women who survived gender-based violence."
        ),
        "campaign": "Frontline Workers in the Spotlight",
        "anonymous_role": "",
        "anonymous_city": "",
        "summary": (
            "A frontline worker in Brussels talks about listening, building trust and "
            "working with interpreters to support migrant women who survived sexual "
            "and gender-based violence."
        ),
        "questions": [
            [
                "What does being a frontline worker entail for you?",
                [
                    "I am often the first person someone talks to when they come "
                    "through our door. Sometimes they come for something else "
                    "entirely: a housing question, a form, a doctor's appointment. "
                    "Only later, when they feel safe, do they tell us what really "
                    "happened to them.",
                    "So my work is first of all about listening, and about being "
                    "there again the next week. I also explain people's rights and "
                    "the options they have, and I accompany them to other services "
                    "when they want me to.",
                ],
            ],
            [
                "What are the main challenges in reaching survivors of SGBV in "
                "migrant communities?",
                [
                    "Language is the obvious one, but it is not the only one. Many "
                    "women do not know that help exists, or that they have rights "
                    "regardless of their residence status. Some are afraid that "
                    "talking to a service will affect their residence procedure or "
                    "their children.",
                    "There is also shame, and the fear of what the community will "
                    "say. A woman may depend on her partner for her papers, her "
                    "income and her housing. Leaving is not one decision, it is many "
                    "at once.",
                ],
            ],
            [
                "What helps you make a difference?",
                [
                    "Professional interpreters, above all. A survivor should never "
                    "have to tell her story through her child or a neighbour. When we "
                    "have a good interpreter, I can see the person relax.",
                    "Trust takes time, so we try to keep the same contact person. And "
                    "a good referral network matters: knowing the people in the "
                    "shelter, the hospital or the legal aid service by name means I "
                    "can make a warm referral instead of handing over a phone number.",
                ],
            ],
            [
                "How did the Equalcity training change your work?",
                [
                    "It gave our team a common language. We now ask questions more "
                    "openly and we pay more attention to the signs that someone may "
                    "need support. Meeting colleagues from other cities also showed "
                    "us that we face the same questions, and that there are good "
                    "answers out there.",
                ],
            ],
            [
                "What advice would you give to colleagues?",
                [
                    "Believe people, and let them set the pace. You do not have to "
                    "solve everything in one conversation. And take care of yourself "
                    "and of your colleagues: this work is meaningful, but it can be "
                    "heavy, and supervision is not a luxury.",
                ],
            ],
        ],
    },
    {
        "slug": "spotlight-frontline-worker-rome",
        "interviewee": "frontline-worker-rome",
        "themes": ["unaccompanied-migrant-children"],
        "date": "2021-07-12",
        "title": "“Children tell you when they are ready”",
        "search_description": (
            "Frontline Workers in the Spotlight: a frontline worker in Rome on "
            "supporting unaccompanied migrant children."
        ),
        "campaign": "Frontline Workers in the Spotlight",
        "anonymous_role": "",
        "anonymous_city": "",
        "summary": (
            "A frontline worker in Rome describes what it takes to support "
            "unaccompanied migrant children and adolescents, and why patience and "
            "coordination between services matter so much."
        ),
        "questions": [
            [
                "What does being a frontline worker entail for you?",
                [
                    "I work with unaccompanied children and adolescents who have "
                    "arrived in Italy without their parents. Every day is different: "
                    "school enrolment, health appointments, meetings with guardians, "
                    "and a lot of informal time just talking.",
                    "Those informal moments are often the most important ones. That "
                    "is when a young person decides whether you are someone they can "
                    "trust.",
                ],
            ],
            [
                "What are the main challenges in reaching survivors of SGBV among "
                "these children?",
                [
                    "Many of them have been through difficult experiences during "
                    "their journey, but they rarely speak about it directly. Some do "
                    "not have the words for it, in any language. Others have learned "
                    "that staying silent is safer.",
                    "Boys, in particular, are often not seen as possible victims, by "
                    "others or by themselves. And because the children move between "
                    "reception centres, it is easy for signs to fall between the "
                    "cracks.",
                ],
            ],
            [
                "What helps you make a difference?",
                [
                    "Cultural mediators who share a language and sometimes a history "
                    "with the children. Stability, too: when the same educator stays "
                    "with a young person for months, they finally open up.",
                    "Clear referral pathways are essential. When a child does tell us "
                    "something, we need to know immediately which psychologist, "
                    "doctor or legal service to call, and how to involve the guardian.",
                ],
            ],
            [
                "What advice would you give to colleagues?",
                [
                    "Do not push. Children tell you when they are ready, so make sure "
                    "they know you are available. Explain what will happen with what "
                    "they tell you, honestly. And talk with your colleagues in other "
                    "services: no one can protect a child alone.",
                ],
            ],
        ],
    },
    {
        "slug": "spotlight-cultural-mediator-gothenburg",
        "interviewee": "",
        "themes": ["migrant-parents", "migrant-women-and-girls"],
        "date": "2021-07-19",
        "title": "“I build bridges between families and services”",
        "search_description": (
            "Frontline Workers in the Spotlight: a cultural mediator in Gothenburg on "
            "building trust between migrant families and frontline services."
        ),
        "campaign": "Frontline Workers in the Spotlight",
        "anonymous_role": "Cultural mediator",
        "anonymous_city": "Gothenburg",
        "summary": (
            "A cultural mediator in Gothenburg, who preferred to remain anonymous, "
            "explains how she helps migrant parents and frontline services understand "
            "each other, and why this matters for survivors of violence."
        ),
        "questions": [
            [
                "What does your work as a cultural mediator involve?",
                [
                    "I accompany migrant families in their contacts with social "
                    "services, schools and health care. I translate words, but also "
                    "expectations: what a service means by a question, and what a "
                    "parent means by an answer.",
                    "Many parents I meet are raising their children in a new country, "
                    "far from the family network that would have supported them at "
                    "home.",
                ],
            ],
            [
                "What are the main challenges in reaching survivors of SGBV in "
                "migrant communities?",
                [
                    "Fear of the authorities is a big one. Some parents believe that "
                    "if they speak about problems at home, their children will be "
                    "taken away. Others do not recognise what they live through as "
                    "violence, because no one has ever named it that way.",
                    "Information often does not reach people at all, because it is "
                    "only available in Swedish or English, or only online.",
                ],
            ],
            [
                "What helps build trust?",
                [
                    "Time, and being honest about my role. I tell families clearly "
                    "what I can do, what stays confidential and what does not. When "
                    "people understand the rules, they feel less afraid.",
                    "It also helps when services come to the community: to a parents' "
                    "group, a language café or an association, instead of waiting for "
                    "people to come to their office.",
                ],
            ],
            [
                "How do you work with frontline services on referral?",
                [
                    "I prepare both sides. Before a meeting, I explain to the family "
                    "what will happen; afterwards, I check with them what they "
                    "understood. With professionals, I share what might be culturally "
                    "sensitive, without turning culture into an excuse for violence.",
                ],
            ],
            [
                "What advice would you give to colleagues?",
                [
                    "Be curious and ask, instead of assuming. Every family is "
                    "different. And remember that a good interpreter or mediator is "
                    "part of the team, not just a voice.",
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
        "title": "Equalcity selected by UNDESA as a good practice for the SDGs",
        "search_description": (
            "The United Nations Department of Economic and Social Affairs selected "
            "Equalcity as a good practice for reaching the Sustainable Development "
            "Goals."
        ),
        "summary": (
            "The United Nations Department of Economic and Social Affairs (UNDESA) has "
            "selected Equalcity as a good practice for reaching the Sustainable "
            "Development Goals (SDGs)."
        ),
        "body": [
            ["heading", "A good practice for the 2030 Agenda"],
            [
                "paragraph",
                [
                    "We are proud to announce that Equalcity was selected by UNDESA "
                    "as a good practice for reaching the Sustainable Development "
                    "Goals. The project is now featured on the United Nations "
                    "partnership platform for the SDGs.",
                    "The selection recognises the work of the project partners in "
                    "Brussels, Luxembourg, Rome and Gothenburg, and of the trainee "
                    "cities and organisations that take part in the project.",
                ],
            ],
            ["heading", "How Equalcity supports the goals"],
            [
                "paragraph",
                [
                    "Equalcity builds the capacity of cities and local governments to "
                    "better reach migrant communities, and to improve the "
                    "identification, referral, protection and recovery of survivors "
                    "of sexual and gender-based violence (SGBV) within these "
                    "communities.",
                    "By working with frontline services and raising awareness of SGBV "
                    "and of migrants' rights, the project contributes to goals such "
                    "as gender equality, reduced inequalities and inclusive cities.",
                ],
            ],
            ["heading", "Read more"],
            [
                "paragraph",
                [
                    "Read the Equalcity page on the SDG partnership platform: "
                    "https://sdgs.un.org/partnerships/equalcity",
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
        "title": "Toolboxes finalised and translated",
        "search_description": (
            "The four Equalcity toolboxes for frontline services are finalised and "
            "available in multiple languages."
        ),
        "summary": (
            "The four Equalcity toolboxes are ready. They are available in multiple "
            "languages for city services, frontline services and frontline workers "
            "across Europe."
        ),
        "body": [
            ["heading", "Four toolboxes for frontline services"],
            [
                "paragraph",
                [
                    "After piloting their trainings of frontline workers and "
                    "collecting the feedback of trainee cities and organisations in "
                    "the thematic workshops, our project partners have finalised the "
                    "four Equalcity toolboxes:",
                    "Parenting in a new country: how to engage in a trust-building "
                    "dialogue with migrant parents.",
                    "Safe(r) spaces for LGBTQI+ people with a migrant background: how "
                    "to set up safe(r) frontline services.",
                    "SGBV against migrant women and girls: how to provide tailored "
                    "services as a frontline worker.",
                    "Working with unaccompanied migrant children: how to provide "
                    "tailored services as a frontline worker.",
                ],
            ],
            ["heading", "Available in multiple languages"],
            [
                "paragraph",
                [
                    "The toolboxes have been translated so that frontline services "
                    "can use them in their own language. They are shared with more "
                    "than 70 trainee cities and organisations across more than 20 "
                    "countries in Europe.",
                ],
            ],
            ["heading", "How to get the toolboxes"],
            [
                "paragraph",
                [
                    "Are you a city service, a frontline service or a frontline "
                    "worker, and are you interested in the Equalcity toolboxes? "
                    "Contact Elisabeth Palmero (epalmero@iom.int) to find out how to "
                    "access them.",
                ],
            ],
        ],
    },
]

NEWSLETTER = {
    "slug": "newsletter-2021",
    "number": 1,
    "date": "2021-09-30",
    "title": "Equalcity project update",
    "search_description": (
        "The 2021 Equalcity newsletter: thematic workshops, frontline workers in the "
        "spotlight, the IDAHOBIT podcast, the SDGs and what comes next."
    ),
    "introduction": [
        "The Equalcity project has entered its final year with many activities to "
        "report on!",
        "In this update: our thematic workshops, the Frontline Workers in the "
        "Spotlight campaign, our IDAHOBIT 2021 podcast, the recognition of Equalcity "
        "as a good practice for the Sustainable Development Goals, and what is coming "
        "up until the end of the project.",
    ],
    "sections": [
        {
            "links": [],
            "cta_url": "",
            "heading": "Project update",
            "text": [
                "Our project partners in Brussels, Luxembourg, Rome and Gothenburg "
                "are completing the piloting of their trainings of frontline workers "
                "and are finalising the content of their four toolboxes.",
                "The toolboxes will be made available to trainee cities and "
                "organisations and to the wider public at the end of the project, in "
                "November 2021.",
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
            "heading": "Thematic workshops",
            "text": [
                "In June, Equalcity invited all trainee cities and organisations "
                "across Europe to attend three online thematic workshops: on migrant "
                "women and girls (11 June), migrant parents (17 June) and LGBTQI+ "
                "people with a migration background (24 June). A fourth workshop, on "
                "unaccompanied migrant children, followed on 9 September.",
                "During each workshop, project partners were given the floor to "
                "explain the development process behind their toolbox and the "
                "step-by-step process to follow for its use. The trainees gave their "
                "feedback on the current version of the toolboxes, which they had "
                "received a few weeks before the event, and reflected together on the "
                "implementation of the tools in their local context during an "
                "interactive discussion.",
                "As all toolboxes are being finalised, the thematic workshops play a "
                "vital role in helping project partners tailor their tools to their "
                "intended audience.",
                "Equalcity would like to thank our project partners, trainee cities "
                "and organisations, as well as our guests Ms Frida Tånghag "
                "(Gothenburg) and Mr Maurice Bauer (Luxembourg), for their "
                "collaboration.",
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
            "heading": "Frontline workers in the spotlight",
            "text": [
                "Have you ever wondered what being a frontline worker entails? We "
                "asked nine workers from across Europe to take part in our Frontline "
                "Workers in the Spotlight campaign and to share their experiences of "
                "providing services to survivors of SGBV in migrant communities.",
                "Read all about the campaign on IOM's Storyteller, or read the full "
                "interviews here.",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": [],
            "cta_url": "",
            "heading": "What is Equalcity?",
            "text": [
                "This project aims to build the capacity of cities and local "
                "governments to better reach migrant communities and to improve the "
                "identification, referral, protection and recovery of survivors of "
                "sexual and gender-based violence (SGBV) within these communities.",
                "It also aims to empower migrants and frontline services by raising "
                "awareness of SGBV and of migrants' rights.",
                "This project is funded by the European Union's Rights, Equality and "
                "Citizenship Programme (2014–2020).",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": ["episode:idahobit-2021-safer-spaces"],
            "cta_url": "https://open.spotify.com/show/2RS55D6UrMczoNkBnYy9Ta",
            "heading": "IDAHOBIT 2021 podcast",
            "text": [
                "For the International Day Against Homophobia, Biphobia and "
                "Transphobia (IDAHOBIT) 2021, Equalcity proudly invited RainbowHouse "
                "Brussels, our project partner developing the toolbox on safe(r) "
                "spaces for LGBTQI+ people with a migrant background, to speak about "
                "the importance of creating these safer spaces.",
                "In this podcast, Project Manager Aïda Yancy explains the importance "
                "of understanding the intersection of race and gender within our "
                "cities. She explains how the layers of your identity can greatly "
                "determine which spaces, and which interactions, are considered "
                "“safe”, and how they foster a sense of belonging.",
                "Listen to this episode on LinkedIn, Facebook or Spotify.",
            ],
            "cta_heading": "More podcasts from IOM Belgium and Luxembourg",
            "cta_text": (
                "Are you interested in other topics related to the work of our country "
                "office? Check out the other podcast series on the IOM Belgium and "
                "Luxembourg Spotify channel."
            ),
            "cta_link_text": "Listen on Spotify",
        },
        {
            "links": [],
            "cta_url": "https://sdgs.un.org/partnerships/equalcity",
            "heading": "Equalcity and the Sustainable Development Goals",
            "text": [
                "Equalcity was selected by UNDESA as a good practice for reaching the "
                "Sustainable Development Goals (SDGs)!",
                "This project supports the implementation of the Sustainable "
                "Development Goals.",
            ],
            "cta_heading": "Equalcity on the SDG partnership platform",
            "cta_text": (
                "Find out why the United Nations lists Equalcity among its good "
                "practices."
            ),
            "cta_link_text": "Read more on sdgs.un.org",
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
            "heading": "What's next?",
            "text": [
                "October: trainee cities in the spotlight. Just as in the Frontline "
                "Workers in the Spotlight campaign, we would like to highlight "
                "trainee cities in Belgium that provide assistance to migrant "
                "communities. Find out on our social media channels what trainee "
                "cities do to better understand and tackle sexual and gender-based "
                "violence (SGBV) in migrant communities.",
                "22 October: closing conference. The closing conference in Brussels "
                "will be the place where it all comes together: project partners, "
                "experts and trainee cities will take the floor and show how the "
                "Equalcity project can support stakeholders in their efforts to "
                "tackle SGBV. By taking part in thematic workshops, trainees will "
                "have another opportunity to learn how to use the toolboxes and how "
                "to adapt them to their context. Contact Elisabeth Palmero if you "
                "wish to attend this hybrid event!",
                "November: finalising and translating the toolboxes. We are in the "
                "final stretch of finalising the toolboxes, which will be available "
                "in November 2021. Are you a city service, a frontline service or a "
                "frontline worker, and are you interested in the Equalcity toolboxes? "
                "Contact us to find out how to access the toolboxes once they are "
                "out. They will be available in multiple languages.",
                "October and November: thematic webinars. IOM and its project "
                "partners will present each toolbox in a series of four thematic "
                "webinars, open to the broader public: Parenting in a new country; "
                "Safe(r) spaces for LGBTQI+ people with a migrant background; SGBV "
                "against migrant women and girls; and Working with unaccompanied "
                "migrant children. Stay tuned for more information!",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
        {
            "links": [],
            "cta_url": "",
            "heading": "Did you know?",
            "text": [
                "Our toolboxes will soon be shared with more than 70 trainee cities "
                "and organisations across more than 20 countries in Europe.",
                "Our toolboxes will be available in multiple languages! Contact us to "
                "find out more.",
                "For inquiries, contact Elisabeth Palmero at epalmero@iom.int.",
            ],
            "cta_heading": "",
            "cta_text": "",
            "cta_link_text": "",
        },
    ],
}
