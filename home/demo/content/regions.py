"""The two invented demo regions. Names of places, organisations and people are fictional."""

from home.demo.text import T

REGIONS = [
    {
        "key": "lindeveld",
        "hostname": "lindeveld.localhost",
        "is_default_site": True,
        "settings": {
            "region_name": "Regio Lindeveld",
            "expertise_point_name": "Expertisepunt Scheiding Lindeveld",
            "focus": "complexe-scheiding",
            "contact_phone": "0800-5550101",  # invented
            "intake_email": "intake@lindeveld.example",
        },
        "municipalities": ["Eikendaal", "Molenbroek", "Hazelrode", "Sterrenwaard"],
        "home": {
            "title": T(
                "Scheiden en veiligheid in regio Lindeveld", "Separation and safety in the Lindeveld region"
            ),
            "intro": T("...", "..."),
            "body": [],
        },
        "sections": {
            "ouders": {
                "title": T("Ouders", "Parents"),
                "slug": T("ouders", "parents"),
                "intro": T("...", "..."),
            },
            "kinderen": {
                "title": T("Kinderen", "Children"),
                "slug": T("kinderen", "children"),
                "intro": T("...", "..."),
            },
            "jongeren": {
                "title": T("Jongeren", "Young people"),
                "slug": T("jongeren", "young-people"),
                "intro": T("...", "..."),
            },
            "professionals": {
                "title": T("Professionals", "Professionals"),
                "slug": T("professionals", "professionals"),
                "intro": T("...", "..."),
            },
        },
        "channels": [
            {
                "key": "telefoon",
                "name": T("Telefonisch spreekuur", "Telephone consultation hours"),
                "kind": "telefoon",
                "value": "0800-5550101",
                "description": T("...", "..."),
                "always_open": False,
                # (weekday 0=Monday, "HH:MM" opens, "HH:MM" closes)
                "hours": [(0, "09:00", "17:00"), (1, "09:00", "17:00")],
            },
        ],
        "services": [
            {
                "name": T(
                    "Informatieavond Uit elkaar, hoe nu verder?", "Information evening Separating, what now?"
                ),
                "provider": T("Welzijn Eikendaal (fictief)", "Eikendaal Community Services (fictional)"),
                "summary": T("...", "..."),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Eikendaal", "Molenbroek"],  # empty list = whole region
                "topics": ["ouderschapsplan"],
                "channels": ["telefoon"],
            },
        ],
        "experts": [
            {
                "name": "Demi Verhoef",
                "discipline": "jeugdhulp",
                "organisation": T("Jeugdhulp Lindeveld (fictief)", "Lindeveld Youth Care (fictional)"),
                "bio": T("...", "..."),
            },
        ],
        # keys from shared.KNOWLEDGE_ARTICLES shown in this region (at least 15)
        "knowledge_articles": ["signalen-vechtscheiding"],
    },
]
