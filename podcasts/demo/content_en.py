"""English source text of the demo pages owned by `podcasts`."""

INDEX = {
    "title": "Podcast",
    "slug": "podcasts",
    "search_description": (
        "The Equalcity podcast: conversations with partners and frontline workers on "
        "sexual and gender-based violence in migrant communities."
    ),
    "description": (
        "In the Equalcity podcast, project partners and frontline workers talk about "
        "their work with migrant communities and survivors of sexual and gender-based "
        "violence. Each episode comes with a full transcript, and some episodes are "
        "also available on Spotify, LinkedIn and Facebook."
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
        "title": "IDAHOBIT 2021: why safe(r) spaces matter",
        "search_description": (
            "For IDAHOBIT 2021, Aïda Yancy of RainbowHouse Brussels talks about race, "
            "gender and safe(r) spaces for LGBTQI+ people with a migrant background."
        ),
        "summary": (
            "For the International Day Against Homophobia, Biphobia and Transphobia "
            "2021, Aïda Yancy of RainbowHouse Brussels explains why safe(r) spaces "
            "matter for LGBTQI+ people with a migrant background."
        ),
        "show_notes": [
            "For IDAHOBIT 2021, the International Day Against Homophobia, Biphobia "
            "and Transphobia on 17 May, Equalcity invited RainbowHouse Brussels, our "
            "project partner developing the toolbox on safe(r) spaces for LGBTQI+ "
            "people with a migrant background, to speak about the importance of "
            "creating these safer spaces.",
            "Project Manager Aïda Yancy explains why it matters to understand the "
            "intersection of race and gender within our cities. She describes how the "
            "layers of your identity can greatly determine which spaces, and which "
            "interactions, are considered “safe”, and how they foster a sense of "
            "belonging.",
            "Guest: Aïda Yancy, Project Manager, RainbowHouse Brussels.",
        ],
        "transcript": [
            "Host: Welcome to the Equalcity podcast. Today, 17 May, is the "
            "International Day Against Homophobia, Biphobia and Transphobia, "
            "IDAHOBIT. To mark the day, we invited RainbowHouse Brussels, our partner "
            "developing the toolbox on safe(r) spaces for LGBTQI+ people with a "
            "migrant background. Aïda Yancy, welcome.",
            "Aïda Yancy: Thank you for having me. I am a Project Manager at "
            "RainbowHouse Brussels, which brings together many LGBTQI+ associations "
            "in the city. Within Equalcity, we work on how frontline services can "
            "become safer for LGBTQI+ people who have a migrant background.",
            "Host: Let's start with the words. Why do you speak of safe(r) spaces, "
            "with the “r” in brackets?",
            "Aïda Yancy: Because no space is ever completely safe for everyone, all "
            "the time. Saying “safer” is a commitment: it means we keep asking who "
            "might not feel safe here, and what we can change. It is a process, not a "
            "label you put on the door once.",
            "Host: You often talk about the intersection of race and gender in our "
            "cities. What do you mean by that?",
            "Aïda Yancy: Nobody is only one thing. A person can be a lesbian, Black, "
            "a migrant, a mother, someone still waiting for papers, all at the same "
            "time. In a city, these layers shape how you are seen in the street, on "
            "public transport or at a service counter. A place where you feel safe as "
            "a queer person may not feel safe to you as a person of colour, and a "
            "place where your community of origin meets may not be a place where you "
            "can be open about who you love.",
            "Host: So the layers of our identity determine which spaces feel safe to "
            "us.",
            "Aïda Yancy: Yes, and not only spaces, also interactions. It can be a "
            "single question at a reception desk, or an assumption about your family. "
            "Safety and belonging are closely linked: you feel you belong where you "
            "do not have to leave part of yourself at the door.",
            "Host: What does this mean in practice for frontline workers, in a social "
            "service, a reception centre or a hospital?",
            "Aïda Yancy: Do not assume. Use inclusive language, ask people how they "
            "would like to be addressed, and show visible signs that everyone is "
            "welcome. Be explicit about confidentiality, especially when you work "
            "with an interpreter from the same community. And know where to refer "
            "people: LGBTQI+ organisations and community groups can offer what one "
            "service alone cannot. The toolbox guides services through these steps, "
            "one at a time.",
            "Host: To close, what message would you like to share on IDAHOBIT?",
            "Aïda Yancy: That belonging is not a luxury. For people who have fled "
            "violence or rejection, a space where they can be all of who they are can "
            "be the first step towards recovery. Every service, every city, can be "
            "part of building that.",
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
        "title": "Frontline workers in the spotlight",
        "search_description": (
            "A frontline worker in Brussels talks about supporting survivors of sexual "
            "and gender-based violence in migrant communities."
        ),
        "summary": (
            "As part of the Frontline Workers in the Spotlight campaign, a frontline "
            "worker in Brussels talks about what it takes to support survivors of "
            "sexual and gender-based violence in migrant communities."
        ),
        "show_notes": [
            "For our Frontline Workers in the Spotlight campaign, we asked nine "
            "workers from across Europe to share their experiences of providing "
            "services to survivors of sexual and gender-based violence (SGBV) in "
            "migrant communities.",
            "In this episode, a frontline worker from Brussels talks about building "
            "trust, working with interpreters and referring survivors to the right "
            "services. You can read the full interviews of the campaign on our "
            "website.",
        ],
        "transcript": [
            "Host: Welcome to the Equalcity podcast. In this episode, we put "
            "frontline workers in the spotlight. Our guest works with migrant women "
            "in Brussels. Thank you for joining us.",
            "Guest: Thank you for inviting me. It is not often that people ask us "
            "about our work, so I am happy to be here.",
            "Host: What does a normal day look like for you?",
            "Guest: There is no normal day! I meet people who come with very "
            "practical questions: housing, papers, a school for the children. Often, "
            "only after several meetings, a woman tells me that she is not safe at "
            "home. My job is to be there when that moment comes, and to make sure she "
            "knows what her options are.",
            "Host: What makes it difficult for survivors to come forward?",
            "Guest: Many do not know that help exists, or think it is not for them "
            "because of their residence status. Some are afraid of losing their "
            "children or their housing. And there is the language barrier: it is very "
            "hard to talk about something so personal in a language you are still "
            "learning.",
            "Host: What helps?",
            "Guest: A professional interpreter, never a family member. Time, and "
            "seeing the same person each time. And a good network: when I know the "
            "colleagues at the shelter or the legal aid service, I can walk with a "
            "woman to the next step instead of just giving her a phone number.",
            "Host: What would you say to colleagues who are starting in this work?",
            "Guest: Listen, believe people and let them set the pace. And do not stay "
            "alone with what you hear: talk with your team.",
        ],
    },
]
