"""Content shared by both demo regions: national facts about separation and safety."""

from home.demo.text import T

TOPICS = [
    {"slug": "ouderschapsplan", "name": T("Ouderschapsplan", "Parenting plan")},
    {"slug": "omgang", "name": T("Omgang en zorgregeling", "Contact and care arrangements")},
]

STORIES = [
    {
        "key": "moeder-twee-kinderen",
        "title": T("Samen een plan maken", "Making a plan together"),
        "quote": T(
            "We konden eerst geen twee zinnen met elkaar praten. Met de mediator hebben we "
            "per onderwerp afspraken gemaakt. Nu weten de kinderen waar ze aan toe zijn.",
            "At first we could not say two sentences to each other. With the mediator we made "
            "agreements one subject at a time. Now the children know where they stand.",
        ),
        "teller": T("moeder van twee kinderen", "mother of two children"),
        "audience": "ouders",
        "consent_note": "Schriftelijke toestemming, vastgelegd door redactie, maart 2026",
    },
]

# Documents are generated as small text files; `text` is the file's content (Dutch only).
DOCUMENTS = [
    {
        "key": "werkkaart-signalen",
        "title": "Werkkaart signalen van vastgelopen scheidingen",
        "text": "Werkkaart (demo)\n\nSignalen: ...\n",
    },
]

# Images are generated (simple shapes); `colour` is an RGB tuple.
IMAGES = [
    {"key": "twee-huizen", "title": "Illustratie twee huizen", "colour": (21, 66, 115)},
]

PARENT_TOPIC_PAGES = [
    {
        "slug": T("ouderschapsplan", "parenting-plan"),
        "title": T("Het ouderschapsplan", "The parenting plan"),
        "summary": T(
            "Heb je samen gezag over je kinderen en ga je uit elkaar? Dan maak je samen een "
            "ouderschapsplan. Daarin staan afspraken over de zorg, de omgang en de kosten.",
            "Do you share parental authority and are you separating? Then you make a parenting "
            "plan together. It sets out agreements about care, contact and costs.",
        ),
        "topics": ["ouderschapsplan"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Een ouderschapsplan is verplicht als je getrouwd bent of een geregistreerd "
                    "partnerschap hebt en kinderen hebt.</p>",
                    "<p>A parenting plan is required if you are married or in a registered "
                    "partnership and have children.</p>",
                ),
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Wat zegt de wet?", "What does the law say?"),
                    "body": T("<p>...</p>", "<p>...</p>"),
                },
            ),
        ],
        "next_steps": [
            (
                "steps",
                {
                    "heading": "",
                    "steps": [
                        {
                            "title": T("Doe de Scheidingswijzer", "Take the separation guide"),
                            "text": T("Je krijgt hulp die bij je past.", "You get help that suits you."),
                        },
                    ],
                },
            ),
        ],
        "related": [],  # slugs (Dutch) of other parent topic or option pages
    },
]

# Same fields as PARENT_TOPIC_PAGES, plus the option fields.
OPTION_PAGES = [
    {
        "slug": T("mediation", "mediation"),
        "title": T("Mediation", "Mediation"),
        "summary": T("...", "..."),
        "topics": ["omgang"],
        "why_it_fits": [("paragraph", T("<p>...</p>", "<p>...</p>"))],
        "cost_and_time": T("...", "..."),
        "waiting_list": T("...", "..."),
        "not_suitable_when": T("...", "..."),
        "service_routes": ["advies"],  # services of the region on these routes are linked
        "expert_disciplines": ["advocaat-mediator"],
        "related": [],
    },
]

CHILD_PAGES = [  # for children 8-12
    {
        "slug": T("het-is-niet-jouw-schuld", "it-is-not-your-fault"),
        "title": T("Het is niet jouw schuld", "It is not your fault"),
        "summary": T(
            "Als ouders uit elkaar gaan, is dat nooit de schuld van een kind.",
            "When parents split up, it is never a child's fault.",
        ),
        "body": [("paragraph", T("<p>...</p>", "<p>...</p>"))],
    },
]
YOUTH_PAGES = []  # for youth 12-18, same fields as CHILD_PAGES

# Topic pages in the professionals' section (same fields as PARENT_TOPIC_PAGES).
PROFESSIONAL_TOPIC_PAGES = []

KNOWLEDGE_ARTICLES = [
    {
        "key": "signalen-vechtscheiding",
        "slug": T("signalen-vastgelopen-scheiding", "signs-of-a-stuck-separation"),
        "title": T("Signalen van een vastgelopen scheiding", "Signs of a stuck separation"),
        "article_type": "werkkaart",
        "target_audience": "ouders",
        "evidence_level": "",
        "topics": ["omgang"],
        "last_reviewed": "2026-05-12",
        "summary": T("...", "..."),
        "body": [("paragraph", T("<p>...</p>", "<p>...</p>"))],
        "attachments": ["werkkaart-signalen"],  # document keys
    },
]

STANDARD_PAGES = [
    {
        "purpose": "privacy",  # privacy | accessibility | safe_online | other
        "slug": T("privacy", "privacy"),
        "title": T("Privacyverklaring", "Privacy statement"),
        "intro": T("...", "..."),
        "body": [("paragraph", T("<p>...</p>", "<p>...</p>"))],
    },
]
