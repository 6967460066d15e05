"""English demo themes, people, partners and trainee cities (see taxonomy.py)."""

THEMES = [
    {
        "slug": "migrant-women-and-girls",
        "name": "Migrant women and girls",
        "description": (
            "Women and girls with a migration background, who can face sexual and "
            "gender-based violence in their country of origin, on the way and in the "
            "country where they now live."
        ),
    },
    {
        "slug": "migrant-parents",
        "name": "Migrant parents",
        "description": (
            "Mothers and fathers raising their children in a new country, and the "
            "services that support families when violence affects them."
        ),
    },
    {
        "slug": "lgbtqi-people",
        "name": "LGBTQI+ people with a migration background",
        "description": (
            "Lesbian, gay, bisexual, trans, queer and intersex people with a "
            "migration background, who can face discrimination and violence on "
            "several grounds at once."
        ),
    },
    {
        "slug": "unaccompanied-migrant-children",
        "name": "Unaccompanied migrant children",
        "description": (
            "Children and adolescents who arrive in Europe without a parent or "
            "another adult responsible for them."
        ),
    },
]

PERSONS = [
    {
        "key": "aida-yancy",
        "name": "Aïda Yancy",
        "role": "Project Manager",
        "organisation": "RainbowHouse Brussels",
        "bio": (
            "Aïda Yancy is Project Manager at RainbowHouse Brussels, the Equalcity "
            "partner developing the toolbox on safe(r) spaces for LGBTQI+ people with "
            "a migrant background. For IDAHOBIT 2021, she explained in an IOM podcast "
            "why we need to understand the intersection of race and gender in our "
            "cities, and how the layers of our identity shape which spaces feel safe."
        ),
    },
    {
        "key": "elisabeth-palmero",
        "name": "Elisabeth Palmero",
        "role": "Project officer",
        "organisation": "IOM Belgium and Luxembourg",
        "bio": (
            "Elisabeth Palmero works on Equalcity at IOM Belgium and Luxembourg, the "
            "project coordinator in Brussels. She is the contact person for questions "
            "about the project, its events and access to the toolboxes."
        ),
    },
    {
        "key": "frida-tanghag",
        "name": "Frida Tånghag",
        "role": "Guest of the Equalcity thematic workshops",
        "organisation": "",
        "bio": (
            "Frida Tånghag, from Gothenburg, was a guest of the Equalcity thematic "
            "workshops in 2021, where trainee cities and organisations discussed the "
            "draft toolboxes. Equalcity thanks her for her collaboration."
        ),
    },
    {
        "key": "maurice-bauer",
        "name": "Maurice Bauer",
        "role": "Guest of the Equalcity thematic workshops",
        "organisation": "",
        "bio": (
            "Maurice Bauer, from Luxembourg, was a guest of the Equalcity thematic "
            "workshops in 2021, where trainee cities and organisations discussed the "
            "draft toolboxes. Equalcity thanks him for his collaboration."
        ),
    },
    {
        "key": "frontline-worker-brussels",
        "name": "Samira",
        "role": "Social worker",
        "organisation": "",
        "bio": (
            "Samira is a social worker at a public social welfare centre in Brussels, "
            "where she supports migrant families and women who have experienced "
            "violence. In the Frontline Workers in the Spotlight campaign, she talks "
            "about building trust step by step and about knowing where to refer "
            "people."
        ),
    },
    {
        "key": "frontline-worker-rome",
        "name": "Giulia",
        "role": "Cultural mediator",
        "organisation": "",
        "bio": (
            "Giulia is a cultural mediator at an anti-violence centre in Rome, where "
            "she accompanies migrant women and girls who survived sexual and "
            "gender-based violence. In the Frontline Workers in the Spotlight "
            "campaign, she explains how language and trust open the door to support."
        ),
    },
]

PARTNERS = [
    {
        "key": "iom",
        "name": "IOM Belgium and Luxembourg",
        "city": "Brussels",
        "country": "BE",
        "role": "coordinator",
        "website": "https://belgium.iom.int/",
        "description": (
            "IOM, the UN Migration Agency, coordinates Equalcity from its office for "
            "Belgium and Luxembourg in Brussels. It brings the partners together, "
            "organises the thematic workshops, webinars and closing conference, and "
            "shares the toolboxes with trainee cities and organisations across Europe."
        ),
        "sort_order": 0,
    },
    {
        "key": "rainbowhouse",
        "name": "RainbowHouse Brussels",
        "city": "Brussels",
        "country": "BE",
        "role": "partner",
        "website": "https://rainbowhouse.be/",
        "description": (
            "RainbowHouse Brussels is the umbrella organisation of LGBTQIA+ "
            "associations in Brussels. In Equalcity, it develops the toolbox on "
            "safe(r) spaces for LGBTQI+ people with a migrant background, on how to "
            "set up safe(r) frontline services."
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
            "The City of Luxembourg is the Equalcity partner in Luxembourg. It "
            "develops the toolbox “Parenting in a new country”, on how frontline "
            "workers can engage in trust-building dialogue with migrant parents."
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
            "Roma Capitale, the city administration of Rome, is the Equalcity partner "
            "in Italy. It develops the toolbox on SGBV against migrant women and "
            "girls, on how to provide tailored services as a frontline worker."
        ),
        "sort_order": 3,
    },
    {
        "key": "gothenburg",
        "name": "City of Gothenburg",
        "city": "Gothenburg",
        "country": "SE",
        "role": "partner",
        "website": "https://goteborg.se/",
        "description": (
            "The City of Gothenburg is the Equalcity partner in Sweden. It develops "
            "the toolbox on working with unaccompanied migrant children, on how to "
            "provide tailored services as a frontline worker."
        ),
        "sort_order": 4,
    },
]

TRAINEE_CITIES = [
    ("Antwerp", "BE"),
    ("Ghent", "BE"),
    ("Liège", "BE"),
    ("Charleroi", "BE"),
    ("Mechelen", "BE"),
    ("Leuven", "BE"),
    ("Namur", "BE"),
    ("Mons", "BE"),
    ("Schaerbeek", "BE"),
    ("Anderlecht", "BE"),
    ("Esch-sur-Alzette", "LU"),
    ("Differdange", "LU"),
    ("Dudelange", "LU"),
    ("Ettelbruck", "LU"),
    ("Milan", "IT"),
    ("Turin", "IT"),
    ("Bologna", "IT"),
    ("Naples", "IT"),
    ("Palermo", "IT"),
    ("Florence", "IT"),
    ("Malmö", "SE"),
    ("Stockholm", "SE"),
    ("Uppsala", "SE"),
    ("Borås", "SE"),
    ("Linköping", "SE"),
    ("Paris", "FR"),
    ("Lyon", "FR"),
    ("Strasbourg", "FR"),
    ("Lille", "FR"),
    ("Berlin", "DE"),
    ("Hamburg", "DE"),
    ("Cologne", "DE"),
    ("Munich", "DE"),
    ("Amsterdam", "NL"),
    ("Rotterdam", "NL"),
    ("Utrecht", "NL"),
    ("The Hague", "NL"),
    ("Barcelona", "ES"),
    ("Madrid", "ES"),
    ("Valencia", "ES"),
    ("Bilbao", "ES"),
    ("Lisbon", "PT"),
    ("Porto", "PT"),
    ("Amadora", "PT"),
    ("Vienna", "AT"),
    ("Graz", "AT"),
    ("Linz", "AT"),
    ("Athens", "GR"),
    ("Thessaloniki", "GR"),
    ("Patras", "GR"),
    ("Dublin", "IE"),
    ("Cork", "IE"),
    ("Warsaw", "PL"),
    ("Gdańsk", "PL"),
    ("Prague", "CZ"),
    ("Brno", "CZ"),
    ("Copenhagen", "DK"),
    ("Aarhus", "DK"),
    ("Helsinki", "FI"),
    ("Tampere", "FI"),
    ("Oslo", "NO"),
    ("Bergen", "NO"),
    ("Geneva", "CH"),
    ("Zurich", "CH"),
    ("Zagreb", "HR"),
    ("Rijeka", "HR"),
    ("Ljubljana", "SI"),
    ("Maribor", "SI"),
    ("Bucharest", "RO"),
    ("Cluj-Napoca", "RO"),
    ("Valletta", "MT"),
    ("Birkirkara", "MT"),
]
