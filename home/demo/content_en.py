"""English source text of the demo pages owned by `home`.

Each translation module (content_fr.py, …) repeats these structures with every
string translated and everything else (URLs, levels) unchanged, in the same
order: the loader pairs the strings up to fill wagtail-localize's segments.
"""

HOME = {
    "title": "Equalcity",
    "search_description": (
        "Equalcity helps cities and frontline services reach migrant communities "
        "and support survivors of sexual and gender-based violence."
    ),
    "hero_heading": "Safer cities for migrant survivors of gender-based violence",
    "introduction": [
        "Equalcity builds the capacity of cities and local governments to better "
        "reach migrant communities and to improve the identification, referral, "
        "protection and recovery of survivors of sexual and gender-based violence "
        "(SGBV) within these communities.",
        "It empowers migrants and frontline services by raising awareness of SGBV "
        "and of migrants' rights.",
    ],
    "body": [
        ("heading", {"text": "Four toolboxes for frontline services", "level": "h2"}),
        (
            "paragraph",
            [
                "Our partners in Brussels, Luxembourg, Rome and Gothenburg piloted "
                "trainings of frontline workers and wrote four toolboxes: on migrant "
                "women and girls, migrant parents, LGBTQI+ people with a migration "
                "background, and unaccompanied migrant children.",
                "The toolboxes are shared with more than 70 trainee cities and "
                "organisations in more than 20 countries in Europe, in several "
                "languages.",
            ],
        ),
        (
            "quote",
            {
                "quote": (
                    "The layers of your identity can greatly determine what spaces "
                    "are considered safe, and how they foster a sense of belonging."
                ),
                "attribution": "Aïda Yancy, RainbowHouse Brussels",
            },
        ),
    ],
}

ABOUT = {
    "title": "About Equalcity",
    "slug": "about",
    "search_description": (
        "Equalcity is an EU-funded project coordinated by IOM with partners in "
        "Brussels, Luxembourg, Rome and Gothenburg."
    ),
    "introduction": (
        "Equalcity is a project funded by the European Union and coordinated by "
        "IOM, the UN Migration Agency, with partners in four European cities."
    ),
    "body": [
        ("heading", {"text": "What is Equalcity?", "level": "h2"}),
        (
            "paragraph",
            [
                "This project aims to build the capacity of cities and local "
                "governments to better reach migrant communities and to improve the "
                "identification, referral, protection and recovery of survivors of "
                "sexual and gender-based violence (SGBV) within these communities.",
                "It also aims to empower migrants and frontline services by raising "
                "awareness of SGBV and of migrants' rights.",
            ],
        ),
        ("heading", {"text": "Partners and trainee cities", "level": "h2"}),
        (
            "paragraph",
            [
                "Project partners in Brussels, Luxembourg, Rome and Gothenburg "
                "trained frontline workers and developed one toolbox each. More than "
                "70 trainee cities and organisations in more than 20 countries take "
                "part in the thematic workshops and webinars.",
            ],
        ),
        ("heading", {"text": "Sustainable Development Goals", "level": "h2"}),
        (
            "paragraph",
            [
                "Equalcity was selected by UNDESA as a good practice for reaching the "
                "Sustainable Development Goals (SDGs).",
            ],
        ),
        (
            "call_to_action",
            {
                "heading": "Read about Equalcity on the SDG partnerships platform",
                "text": "The United Nations lists Equalcity among its good practices.",
                "external_url": "https://sdgs.un.org/partnerships/equalcity",
                "link_text": "Equalcity on sdgs.un.org",
            },
        ),
        ("heading", {"text": "Funding", "level": "h2"}),
        (
            "paragraph",
            [
                "This project is funded by the European Union's Rights, Equality and "
                "Citizenship Programme (2014–2020).",
            ],
        ),
    ],
}

SAFETY = {
    "title": "Staying safe online",
    "slug": "staying-safe-online",
    "search_description": (
        "How to leave this site quickly and how to hide that you visited it."
    ),
    "introduction": (
        "If you are worried that someone may see what you read on this site, these "
        "steps can help you stay safe."
    ),
    "body": [
        ("heading", {"text": "Leave this site quickly", "level": "h2"}),
        (
            "paragraph",
            [
                "Every page has an “Exit this page” button at the top. Select it, or "
                "press the Shift key three times, and the page is hidden at once and "
                "replaced by a weather website.",
                "The browser's Back button will not bring you back to the page you "
                "were reading.",
            ],
        ),
        ("heading", {"text": "Clear your browsing history", "level": "h2"}),
        (
            "paragraph",
            [
                "Your browser keeps a list of the pages you visit. To remove this "
                "site from it, open your browser's history, usually from its menu or "
                "with Ctrl+H (Cmd+Y on a Mac), and delete the pages of this site.",
                "Deleting your whole history may look suspicious to someone who "
                "checks your device. Deleting only some pages is less visible.",
            ],
        ),
        ("heading", {"text": "Use private browsing", "level": "h2"}),
        (
            "paragraph",
            [
                "A private or incognito window does not keep a history of the pages "
                "you visit. Open one from your browser's menu before you visit sites "
                "about violence or support services.",
                "If you think your device is being watched, use a computer at a "
                "library, a friend's phone or a device at work.",
            ],
        ),
        ("heading", {"text": "If you are in danger", "level": "h2"}),
        (
            "paragraph",
            [
                "Call 112, the emergency number in every country of the European "
                "Union. It is free, and you can call it from any phone.",
            ],
        ),
    ],
}


PRIVACY = {
    "title": "Privacy",
    "slug": "privacy",
    "search_description": (
        "How this site protects your privacy: no cookies for visitors, no tracking, "
        "and very little is kept."
    ),
    "introduction": (
        "You can read this site without being tracked. This page explains what the "
        "site keeps, what it does not keep, and what you can choose."
    ),
    "body": [
        ("heading", {"text": "No cookies and no tracking", "level": "h2"}),
        (
            "paragraph",
            [
                "Reading this site sets no cookies. It uses no trackers, no "
                "analytics and no advertising, and it loads no fonts or scripts from "
                "other companies: every page, image and file comes from this site.",
                "The contact form is the only exception: it sets one security cookie, "
                "so that nobody else can send the form in your name. The cookie holds "
                "a random code and nothing about you.",
                "Staff who log in to edit the site get a session cookie. It is only "
                "for them, so that they stay logged in.",
            ],
        ),
        ("heading", {"text": "What the site keeps", "level": "h2"}),
        (
            "paragraph",
            [
                "The site does not record who you are, and you do not need an account "
                "to read it.",
                "Like every web server, it may keep technical logs for a short time: "
                "the internet address (IP address) of the connection, the time and the "
                "page asked for. These logs are only used to keep the site working and "
                "secure, not to identify visitors.",
            ],
        ),
        ("heading", {"text": "When you search", "level": "h2"}),
        (
            "paragraph",
            [
                "When you use the search box, the site counts how often each word is "
                "searched, to help us improve the site. These counts contain nothing "
                "about the person who searched.",
            ],
        ),
        ("heading", {"text": "When you write to us", "level": "h2"}),
        (
            "paragraph",
            [
                "When you send a message with the contact form, the site keeps what "
                "you wrote and the time you sent it, and sends it by email to the "
                "Equalcity team at IOM. Only the team reads it, only to answer you.",
                "Messages are deleted from the site after 90 days. You do not have to "
                "give your name.",
            ],
        ),
        ("heading", {"text": "Content from other platforms", "level": "h2"}),
        (
            "paragraph",
            [
                "Some pages can show videos, podcasts or posts from other platforms, "
                "such as Spotify, YouTube or LinkedIn. They only load if you choose to "
                "load them. The box explains that loading them shares your internet "
                "address with that platform.",
                "Share links and links to other platforms only take you there if you "
                "follow them. Nothing is sent to those platforms before you do.",
            ],
        ),
        ("heading", {"text": "Leaving quickly", "level": "h2"}),
        (
            "paragraph",
            [
                "Every page has an “Exit this page” button that hides the page at "
                "once. To learn how to use it, and how to hide that you visited this "
                "site, see the page “Staying safe online”.",
            ],
        ),
        ("heading", {"text": "Questions about your privacy", "level": "h2"}),
        (
            "paragraph",
            [
                "If you have a question about your privacy on this site, write to "
                "Elisabeth Palmero at IOM: epalmero@iom.int.",
                "IOM's data protection principles apply to this site.",
            ],
        ),
    ],
}


CONTACT = {
    "title": "Contact",
    "slug": "contact",
    "search_description": "Write to the Equalcity team at IOM Belgium and Luxembourg.",
    "introduction": (
        "Write to the Equalcity team at IOM Belgium and Luxembourg with a question "
        "about the project, the toolboxes or a training. We answer within a week. "
        "This form is not for emergencies. If you are in danger, call 112."
    ),
    "fields": [
        {
            "label": "Your name",
            "field_type": "singleline",
            "required": False,
            "help_text": "",
        },
        {
            "label": "Your email address",
            "field_type": "email",
            "required": True,
            "help_text": "We use it only to answer you.",
        },
        {
            "label": "Your message",
            "field_type": "multiline",
            "required": True,
            "help_text": "Please do not share details about a person's situation.",
        },
    ],
    "subject": "Message from the Equalcity site (English)",
    "thank_you_text": [
        "We have received your message and will answer within a week.",
        "If you are in danger, call 112.",
    ],
}
