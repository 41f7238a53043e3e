"""Content shared by both demo regions: national facts about separation and safety.

All people, organisations and stories are invented. Real public numbers used: 112,
Veilig Thuis 0800-2000 and Kindertelefoon 0800-0432.
"""

from home.demo.text import T

TOPICS = [
    {"slug": "ouderschapsplan", "name": T("Ouderschapsplan", "Parenting plan")},
    {"slug": "omgang", "name": T("Omgang en zorgregeling", "Contact and care arrangements")},
    {"slug": "communicatie", "name": T("Communicatie tussen ouders", "Communication between parents")},
    {"slug": "kinderen-betrekken", "name": T("Kinderen betrekken", "Involving children")},
    {"slug": "hoog-conflict", "name": T("Hoog conflict", "High conflict")},
    {"slug": "veiligheid", "name": T("Veiligheid en huiselijk geweld", "Safety and domestic violence")},
    {"slug": "financien", "name": T("Geld en alimentatie", "Money and child support")},
    {"slug": "juridisch", "name": T("Rechtbank en gezag", "Court and parental authority")},
    {"slug": "wonen", "name": T("Wonen", "Housing")},
    {"slug": "emoties", "name": T("Gevoelens en gedrag", "Feelings and behaviour")},
    {"slug": "mediation", "name": T("Mediation", "Mediation")},
    {"slug": "kinderbescherming", "name": T("Kinderbescherming", "Child protection")},
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
    {
        "key": "vader-omgang",
        "title": T("Weer contact met mijn dochter", "Back in touch with my daughter"),
        "quote": T(
            "Een jaar lang zag ik mijn dochter bijna niet. Ik was boos en voelde me machteloos. "
            "De begeleide omgang voelde eerst als een straf. Maar er was iemand die rustig bleef als "
            "wij dat niet konden. Na vier maanden mocht ik haar zelf ophalen. Nu gaan we elke "
            "zaterdag zwemmen.",
            "For a year I hardly saw my daughter. I was angry and felt powerless. "
            "At first, supervised contact felt like a punishment. But there was someone who stayed "
            "calm when we could not. After four months I was allowed to pick her up myself. Now we "
            "go swimming every Saturday.",
        ),
        "teller": T("vader van een dochter van 7", "father of a 7-year-old daughter"),
        "audience": "ouders",
        "consent_note": "Mondelinge en schriftelijke toestemming, vastgelegd door redactie, januari 2026",
    },
    {
        "key": "kind-twee-huizen",
        "title": T("Mijn tas en mijn twee kamers", "My bag and my two rooms"),
        "quote": T(
            "Eerst vond ik het stom om steeds mijn tas in te pakken. Nu heb ik bij papa en bij mama "
            "een eigen knuffel. Op de kalender op de koelkast zie ik waar ik slaap. Dat helpt.",
            "At first I thought it was stupid to pack my bag all the time. Now I have my own cuddly "
            "toy at Dad's and at Mum's. On the calendar on the fridge I can see where I sleep. That helps.",
        ),
        "teller": T("meisje van 10", "girl aged 10"),
        "audience": "kinderen",
        "consent_note": "Toestemming van het kind en van beide ouders met gezag, vastgelegd door redactie, februari 2026",
    },
    {
        "key": "jongere-kindgesprek",
        "title": T("Het gesprek met de rechter", "The talk with the judge"),
        "quote": T(
            "Ik was bang dat ik moest kiezen tussen mijn ouders. Dat hoefde niet. De rechter vroeg "
            "vooral hoe het met mij ging en wat ik belangrijk vond. Ik heb gezegd dat ik mijn "
            "voetbaltraining niet wil missen. Daar is rekening mee gehouden.",
            "I was afraid I had to choose between my parents. I did not have to. The judge mostly "
            "asked how I was doing and what mattered to me. I said that I do not want to miss my "
            "football training. They took that into account.",
        ),
        "teller": T("jongen van 14", "boy aged 14"),
        "audience": "jongeren",
        "consent_note": "Toestemming van de jongere en van beide ouders, vastgelegd door redactie, november 2025",
    },
    {
        "key": "moeder-veiligheidsplan",
        "title": T("Een plan voor als het misgaat", "A plan for when things go wrong"),
        "quote": T(
            "Ik dacht lang dat het aan mij lag. Toen ik Veilig Thuis belde, werd ik serieus genomen. "
            "Samen met een hulpverlener maakte ik een veiligheidsplan. De kinderen weten nu wat ze "
            "moeten doen en wie ze kunnen bellen. Ik slaap weer beter.",
            "For a long time I thought it was my fault. When I called Veilig Thuis, I was taken "
            "seriously. Together with a support worker I made a safety plan. The children now know "
            "what to do and whom they can call. I sleep better again.",
        ),
        "teller": T("moeder van drie kinderen", "mother of three children"),
        "audience": "ouders",
        "consent_note": "Schriftelijke toestemming, vastgelegd door redactie via de hulpverlener, december 2025",
    },
    {
        "key": "vader-parallel-ouderschap",
        "title": T("Ieder ons eigen huis, ieder onze eigen regels", "Each our own house, each our own rules"),
        "quote": T(
            "Elk gesprek met mijn ex liep uit op ruzie, en de kinderen zaten ertussen. Het panel van "
            "het expertisepunt adviseerde ons om minder samen te doen in plaats van meer. Nu hebben we "
            "een vast schrift voor praktische dingen en verder geen discussie. Het is stiller geworden, "
            "vooral voor de kinderen.",
            "Every conversation with my ex ended in a fight, and the children were caught in the "
            "middle. The expertise point's panel advised us to do less together rather than more. Now "
            "we have a fixed notebook for practical matters and no further discussion. It has become "
            "quieter, especially for the children.",
        ),
        "teller": T("vader van twee zoons", "father of two sons"),
        "audience": "ouders",
        "consent_note": "Schriftelijke toestemming, vastgelegd door redactie, april 2026",
    },
]

# Documents are generated as small text files; `text` is the file's content (Dutch only).
DOCUMENTS = [
    {
        "key": "werkkaart-signalen",
        "title": "Werkkaart signalen van vastgelopen scheidingen",
        "text": (
            "Werkkaart: signalen van een vastgelopen scheiding\n"
            "Expertisepunt Scheiding & Veiligheid (demo)\n"
            "\n"
            "Gebruik deze kaart als geheugensteun. Eén signaal zegt weinig;\n"
            "let op een combinatie van signalen en op hoe lang ze al duren.\n"
            "\n"
            "Signalen bij de ouders\n"
            "- Ouders praten niet meer met elkaar, of alleen via advocaten.\n"
            "- Er lopen meerdere procedures bij de rechtbank, of ze volgen elkaar snel op.\n"
            "- Mediation is gestopt of mislukt.\n"
            "- Ouders spreken negatief over elkaar in het bijzijn van het kind.\n"
            "- Veel hulpverleners zijn betrokken, maar niemand heeft de regie.\n"
            "- Afspraken over omgang of zorgregeling worden steeds niet nagekomen.\n"
            "\n"
            "Signalen bij het kind\n"
            "- Het kind wil een ouder niet meer zien, zonder duidelijke reden.\n"
            "- Het kind brengt boodschappen over of houdt geheimen voor een ouder.\n"
            "- Klachten als buikpijn, slecht slapen, terugtrekken of boosheid.\n"
            "- Het kind zorgt voor een ouder of voelt zich verantwoordelijk.\n"
            "\n"
            "Wat kun je doen?\n"
            "1. Bespreek je zorg met een collega of aandachtsfunctionaris.\n"
            "2. Vraag consultatie aan bij het expertisepunt (anoniem kan).\n"
            "3. Zie je ook signalen van onveiligheid? Volg dan de meldcode.\n"
        ),
    },
    {
        "key": "checklist-ouderschapsplan",
        "title": "Checklist ouderschapsplan",
        "text": (
            "Checklist ouderschapsplan\n"
            "Expertisepunt Scheiding & Veiligheid (demo)\n"
            "\n"
            "Vink af wat jullie al hebben afgesproken.\n"
            "\n"
            "Zorg en contact\n"
            "[ ] Waar wonen de kinderen, en wanneer zijn ze bij wie?\n"
            "[ ] Hoe gaan we om met vakanties, feestdagen en verjaardagen?\n"
            "[ ] Wie brengt en haalt, en hoe gaat de overdracht?\n"
            "\n"
            "Informatie en overleg\n"
            "[ ] Hoe houden we elkaar op de hoogte over school en gezondheid?\n"
            "[ ] Welke beslissingen nemen we samen (school, dokter, geloof)?\n"
            "[ ] Hoe vaak en op welke manier overleggen we?\n"
            "\n"
            "Geld\n"
            "[ ] Wat kosten de kinderen, en wie betaalt wat?\n"
            "[ ] Wie betaalt kleding, sport, school en telefoon?\n"
            "[ ] Hoe regelen we de kinderalimentatie?\n"
            "\n"
            "De kinderen\n"
            "[ ] Hoe hebben we de kinderen naar hun mening gevraagd?\n"
            "[ ] Wat doen we als een kind iets anders wil?\n"
            "\n"
            "Als het niet lukt\n"
            "[ ] Wat doen we bij onenigheid (bijvoorbeeld eerst mediation)?\n"
            "[ ] Wanneer kijken we opnieuw naar het plan?\n"
        ),
    },
    {
        "key": "checklist-veiligheidsplan",
        "title": "Checklist veiligheidsplan",
        "text": (
            "Checklist veiligheidsplan\n"
            "Expertisepunt Scheiding & Veiligheid (demo)\n"
            "\n"
            "Maak dit plan bij voorkeur samen met een hulpverlener.\n"
            "Bewaar het op een plek waar alleen jij (of iemand die je vertrouwt) bij kan.\n"
            "\n"
            "Bij direct gevaar: bel 112.\n"
            "Advies of melden: Veilig Thuis 0800-2000 (gratis, dag en nacht).\n"
            "\n"
            "1. Signalen: waaraan merk ik dat het gevaarlijk wordt?\n"
            "2. Veilige plek: waar kan ik met de kinderen direct naartoe?\n"
            "3. Mensen: wie kan ik bellen, ook 's nachts? Spreek een codewoord af.\n"
            "4. Kinderen: wat doen zij als er ruzie is? Welke kamer, wie bellen ze?\n"
            "5. Spullen: paspoorten, medicijnen, bankpas, oplader, sleutels.\n"
            "6. Telefoon: staan belangrijke nummers erin? Is mijn telefoon veilig?\n"
            "7. Afspraken: wat weet school of opvang over wie de kinderen mag ophalen?\n"
            "8. Na een incident: wie helpt mij met aangifte of een huisverbod?\n"
            "\n"
            "Kijk het plan elke maand na, en na elke verandering.\n"
        ),
    },
    {
        "key": "werkkaart-leefgebieden",
        "title": "Werkkaart analyse van leefgebieden",
        "text": (
            "Werkkaart: analyse van leefgebieden\n"
            "Expertisepoule Veilig Opgroeien (demo)\n"
            "\n"
            "Doel: samen met het gezin een volledig beeld maken, zodat doelen en\n"
            "prioriteiten passen bij wat er echt speelt. Gebruik wat er al is,\n"
            "zoals een verklarende analyse. Vraag niet alles opnieuw uit.\n"
            "\n"
            "Per leefgebied: wat gaat goed, wat is zorg, wat is onveilig?\n"
            "\n"
            "Financiën: inkomen, schulden, toeslagen, vaste lasten.\n"
            "Wonen: woonruimte, huurachterstand, dreigende uitzetting, buurt.\n"
            "Zorg: lichamelijke en psychische gezondheid, verslaving, hulp die loopt.\n"
            "Gezin: relaties, opvoeding, veiligheid, netwerk, ieder gezinslid apart.\n"
            "Werk: werk, opleiding, dagbesteding, school van de kinderen.\n"
            "\n"
            "Daarna:\n"
            "1. Welke leefgebieden beïnvloeden elkaar?\n"
            "2. Wat is het eerste doel volgens het gezin?\n"
            "3. Welke expert denkt mee, en wie blijft contactpersoon?\n"
            "4. Is er toestemming van het gezin? Zo niet: alleen anoniem bespreken.\n"
        ),
    },
]

# Images are generated (simple shapes); `colour` is an RGB tuple.
IMAGES = [
    {"key": "twee-huizen", "title": "Illustratie twee huizen", "colour": (21, 66, 115)},
    {"key": "twee-huizen-groen", "title": "Illustratie twee huizen in het groen", "colour": (46, 110, 74)},
    {"key": "twee-huizen-warm", "title": "Illustratie twee huizen in warme kleuren", "colour": (158, 72, 52)},
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
        "topics": ["ouderschapsplan", "kinderen-betrekken"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Een ouderschapsplan is verplicht als je getrouwd bent of een geregistreerd "
                    "partnerschap hebt en kinderen hebt.</p>"
                    "<p>Zonder ouderschapsplan spreekt de rechter de scheiding niet uit. Woon je samen "
                    "zonder huwelijk en heb je samen gezag? Dan is een ouderschapsplan ook sterk aan te "
                    "raden. De rechter controleert het dan niet, maar jullie kinderen hebben er net zoveel "
                    "aan.</p>",
                    "<p>A parenting plan is required if you are married or in a registered "
                    "partnership and have children.</p>"
                    "<p>Without a parenting plan, the court will not grant the divorce. Do you live "
                    "together without being married and do you share parental authority? Then a parenting "
                    "plan is also strongly recommended. The court does not check it in that case, but your "
                    "children benefit from it just as much.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Wat staat er in het plan?", "What is in the plan?"),
                    "steps": [
                        {
                            "title": T("Zorg en opvoeding", "Care and upbringing"),
                            "text": T(
                                "Bij wie wonen de kinderen, en wanneer zijn ze bij de andere ouder?",
                                "Who do the children live with, and when are they with the other parent?",
                            ),
                        },
                        {
                            "title": T("Informatie en overleg", "Information and consultation"),
                            "text": T(
                                "Hoe houden jullie elkaar op de hoogte over school, gezondheid en andere belangrijke dingen?",
                                "How do you keep each other informed about school, health and other important matters?",
                            ),
                        },
                        {
                            "title": T("Kosten", "Costs"),
                            "text": T(
                                "Wie betaalt wat voor de kinderen? Dit gaat ook over kinderalimentatie.",
                                "Who pays what for the children? This includes child support.",
                            ),
                        },
                        {
                            "title": T("De mening van de kinderen", "The children's views"),
                            "text": T(
                                "In het plan staat ook hoe jullie de kinderen hebben betrokken bij de afspraken.",
                                "The plan also states how you involved the children in the agreements.",
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T("Zelf jullie plan opstellen", "Draw up your plan yourselves"),
                    "text": T(
                        "Stap voor stap, alleen of samen, met uitleg en voorbeelden. Er wordt niets bewaard: "
                        "je drukt het plan af of bewaart het als bestand op je eigen apparaat.",
                        "Step by step, alone or together, with explanations and examples. Nothing is kept: "
                        "you print the plan or save it as a file on your own device.",
                    ),
                    "label": T("Maak jullie ouderschapsplan", "Make your parenting plan"),
                    "link": {"destination": "ouderschapsplan-maken"},
                },
            ),
            (
                "document",
                {
                    "document": "checklist-ouderschapsplan",
                    "title": T("Checklist ouderschapsplan", "Parenting plan checklist"),
                    "description": T(
                        "Een lijst om af te vinken. Zo vergeet je geen belangrijke afspraak.",
                        "A list to tick off, so you do not forget any important agreement.",
                    ),
                },
            ),
            ("quote", {"story": "moeder-twee-kinderen"}),
            (
                "services",
                {
                    "heading": T(
                        "Hulp bij het maken van een ouderschapsplan", "Help with making a parenting plan"
                    ),
                    "topics": ["ouderschapsplan"],
                    "route": "",
                    "limit": 6,
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Wat zegt de wet?", "What does the law say?"),
                    "body": T(
                        "<p>Sinds 2009 moeten getrouwde ouders en geregistreerde partners met kinderen een "
                        "ouderschapsplan maken als ze uit elkaar gaan. Het plan hoort bij het verzoek om "
                        "echtscheiding dat je advocaat bij de rechtbank indient.</p>"
                        "<p>De wet gaat ervan uit dat een kind na de scheiding recht heeft op een gelijkwaardige "
                        "verzorging en opvoeding door beide ouders. Dat betekent niet altijd precies de helft "
                        "van de tijd. Het gaat erom wat past bij jullie kind.</p>",
                        "<p>Since 2009, married parents and registered partners with children must make a "
                        "parenting plan when they separate. The plan is part of the divorce petition that your "
                        "lawyer files with the court.</p>"
                        "<p>The law assumes that after the divorce a child is entitled to equal care and "
                        "upbringing by both parents. That does not always mean exactly half of the time. What "
                        "matters is what suits your child.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("Kun je het plan later veranderen?", "Can you change the plan later?"),
                    "body": T(
                        "<p>Ja. Kinderen worden ouder en situaties veranderen. Spreek in het plan af wanneer "
                        "jullie het samen bekijken, bijvoorbeeld elk jaar of als een kind naar de middelbare "
                        "school gaat.</p>"
                        "<p>Zijn jullie het niet eens over een wijziging? Probeer het dan eerst met een "
                        "mediator. Lukt dat niet, dan kan de rechter beslissen.</p>",
                        "<p>Yes. Children grow older and situations change. Agree in the plan when you will "
                        "review it together, for example every year or when a child starts secondary "
                        "school.</p>"
                        "<p>Do you disagree about a change? Then first try it with a mediator. If that does "
                        "not work, the court can decide.</p>",
                    ),
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
                            "link": {"destination": "scheidingswijzer"},
                            "text": T("Je krijgt hulp die bij je past.", "You get help that suits you."),
                        },
                        {
                            "title": T("Download de checklist", "Download the checklist"),
                            "text": T(
                                "Bespreek de punten samen, of elk apart met een mediator.",
                                "Discuss the points together, or separately with a mediator.",
                            ),
                        },
                    ],
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["zorgregeling-en-omgang", "mediation", "kinderalimentatie"],
    },
    {
        "slug": T("zorgregeling-en-omgang", "care-and-contact-arrangements"),
        "title": T("Zorgregeling en omgang", "Care and contact arrangements"),
        "summary": T(
            "In een zorgregeling spreken jullie af wanneer de kinderen bij wie zijn. Er is geen "
            "regeling die voor elk gezin goed is. Kijk naar de leeftijd van je kind, de afstand tussen "
            "de huizen en wat je kind zelf nodig heeft.",
            "In a care arrangement you agree when the children are with which parent. There is no "
            "arrangement that is right for every family. Look at your child's age, the distance "
            "between the homes and what your child needs.",
        ),
        "topics": ["omgang", "ouderschapsplan"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Als jullie allebei gezag hebben, heet de verdeling van de tijd een <b>zorgregeling</b>. "
                    "Heeft een van jullie alleen het gezag, dan heet het een <b>omgangsregeling</b>. In het "
                    "dagelijks leven bedoelen mensen met allebei hetzelfde: wanneer is je kind bij wie?</p>"
                    "<p>Een kind heeft recht op contact met allebei de ouders. Alleen als dat echt niet "
                    "veilig of niet goed is voor het kind, kan de rechter het contact beperken.</p>",
                    "<p>If you both have parental authority, the division of time is called a <b>care "
                    "arrangement</b>. If only one of you has authority, it is called a <b>contact "
                    "arrangement</b>. In daily life people mean the same thing by both: when is your child "
                    "with whom?</p>"
                    "<p>A child has the right to contact with both parents. Only if that is really not safe "
                    "or not good for the child can the court limit the contact.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T(
                        "Wat vaak past bij de leeftijd van je kind", "What often suits your child's age"
                    ),
                    "header": [T("Leeftijd", "Age"), T("Wat helpt", "What helps")],
                    "rows": [
                        {
                            "cells": [
                                T("0 tot 4 jaar", "0 to 4 years"),
                                T(
                                    "Vaak en kort contact met beide ouders, vaste ritmes",
                                    "Frequent, short contact with both parents, fixed routines",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("4 tot 8 jaar", "4 to 8 years"),
                                T(
                                    "Een vast schema dat je kind kan zien, bijvoorbeeld op een kalender",
                                    "A fixed schedule your child can see, for example on a calendar",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("8 tot 12 jaar", "8 to 12 years"),
                                T(
                                    "Ruimte voor school, sport en vrienden in beide huizen",
                                    "Room for school, sports and friends in both homes",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("12 tot 18 jaar", "12 to 18 years"),
                                T(
                                    "Meer inspraak en flexibiliteit; vraag wat je kind wil",
                                    "More say and flexibility; ask what your child wants",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "twee-huizen",
                    "alt_text": T(
                        "Twee blauwe huizen met gele deuren, verbonden door een pad.",
                        "Two blue houses with yellow doors, connected by a path.",
                    ),
                    "caption": T(
                        "Twee huizen, één kind: een vast ritme helpt.",
                        "Two homes, one child: a fixed rhythm helps.",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Is een week-om-week-regeling het beste?",
                                "Is a week-on, week-off arrangement best?",
                            ),
                            "answer": T(
                                "<p>Niet altijd. Het kan goed werken als de huizen dicht bij elkaar staan en jullie "
                                "redelijk samenwerken. Voor jonge kinderen is een week vaak lang. Kijk vooral naar "
                                "wat jouw kind aankan.</p>",
                                "<p>Not always. It can work well if the homes are close together and you cooperate "
                                "reasonably well. For young children, a week is often long. Look above all at what "
                                "your child can handle.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Wat als de andere ouder zich niet aan de afspraken houdt?",
                                "What if the other parent does not keep to the agreements?",
                            ),
                            "answer": T(
                                "<p>Schrijf op wat er gebeurt, zonder het te bespreken met je kind. Probeer eerst "
                                "een gesprek, eventueel met een mediator. Blijft het misgaan? Vraag dan advies aan "
                                "het expertisepunt of een advocaat.</p>",
                                "<p>Write down what happens, without discussing it with your child. First try a "
                                "conversation, possibly with a mediator. Does it keep going wrong? Then ask the "
                                "expertise point or a lawyer for advice.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Mag ik het contact stoppen als ik me zorgen maak?",
                                "May I stop contact if I am worried?",
                            ),
                            "answer": T(
                                "<p>Bij direct gevaar bel je 112. Maak je je zorgen over de veiligheid van je "
                                "kind, bel dan Veilig Thuis: 0800-2000. Stop het contact niet op eigen houtje "
                                "zonder advies, want dat kan later tegen je werken.</p>",
                                "<p>In immediate danger, call 112. If you are worried about your child's safety, "
                                "call Veilig Thuis: 0800-2000. Do not stop contact on your own without advice, "
                                "because that can work against you later.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T(
                        "Zorgregeling, omgangsregeling, contactregeling: wat is het verschil?",
                        "Care, contact and access arrangements: what is the difference?",
                    ),
                    "body": T(
                        "<p>De woorden hangen af van het gezag. Met gezamenlijk gezag verdelen jullie de zorg- en "
                        "opvoedingstaken: dat is de zorgregeling. Zonder gezag heeft een ouder recht op omgang: "
                        "dat is de omgangsregeling. Hulpverleners zeggen soms ook contactregeling.</p>"
                        "<p>Voor je kind maakt het woord niet uit. Voor de rechter soms wel, omdat een ouder met "
                        "gezag ook meebeslist over bijvoorbeeld school en medische zorg.</p>",
                        "<p>The words depend on parental authority. With joint authority you divide the care and "
                        "upbringing tasks: that is the care arrangement. Without authority a parent has a right to "
                        "contact: that is the contact arrangement. Professionals sometimes also say access "
                        "arrangement.</p>"
                        "<p>For your child, the word makes no difference. For the court it sometimes does, because "
                        "a parent with authority also has a say in, for example, school and medical care.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("Overdracht zonder ruzie", "Handovers without arguments"),
                    "body": T(
                        "<p>Het moment van wisselen is voor veel kinderen het moeilijkste moment. Deze tips "
                        "helpen:</p>"
                        "<ul><li>Houd de overdracht kort en vriendelijk.</li>"
                        "<li>Bespreek geen geld of problemen waar je kind bij is.</li>"
                        "<li>Wissel via school of opvang als het samen niet lukt.</li></ul>",
                        "<p>The moment of switching homes is the hardest moment for many children. These tips "
                        "help:</p>"
                        "<ul><li>Keep the handover short and friendly.</li>"
                        "<li>Do not discuss money or problems in front of your child.</li>"
                        "<li>Switch via school or childcare if doing it together does not work.</li></ul>",
                    ),
                },
            ),
        ],
        "next_steps": [
            (
                "steps",
                {
                    "heading": T("Wat kun je nu doen?", "What can you do now?"),
                    "steps": [
                        {
                            "title": T("Maak een kalender", "Make a calendar"),
                            "text": T(
                                "Zet het schema op papier, zodat je kind het kan zien.",
                                "Put the schedule on paper so your child can see it.",
                            ),
                        },
                        {
                            "title": T("Lukt samen afspreken niet?", "Can you not agree together?"),
                            "link": {"page": "mediation"},
                            "text": T(
                                "Lees over mediation of omgangsbegeleiding.",
                                "Read about mediation or supervised contact.",
                            ),
                        },
                        {
                            "title": T("Doe de Scheidingswijzer", "Take the separation guide"),
                            "link": {"destination": "scheidingswijzer"},
                            "text": T("Je krijgt hulp die bij je past.", "You get help that suits you."),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T(
                        "Houdt de andere ouder zich niet aan de afspraken?",
                        "Does the other parent not keep to the agreements?",
                    ),
                    "text": T(
                        "Een deskundige van het expertisepunt denkt gratis met je mee.",
                        "An expert from the expertise point thinks along with you, free of charge.",
                    ),
                    "label": T("Vraag advies aan", "Ask for advice"),
                    "link": {"destination": "adviesaanvraag"},
                },
            ),
        ],
        "related": ["ouderschapsplan", "omgangsbegeleiding", "ouderschap-op-afstand"],
    },
    {
        "slug": T("kinderen-vertellen", "telling-the-children"),
        "title": T("Het de kinderen vertellen", "Telling the children"),
        "summary": T(
            "Vertel het je kinderen het liefst samen, rustig en eerlijk. Zeg duidelijk dat het niet "
            "hun schuld is en dat jullie allebei van ze blijven houden. Vertel ook wat er voor hen "
            "verandert en wat hetzelfde blijft.",
            "Preferably tell your children together, calmly and honestly. Say clearly that it is not "
            "their fault and that you will both keep loving them. Also tell them what will change for "
            "them and what will stay the same.",
        ),
        "topics": ["kinderen-betrekken", "emoties"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Kinderen onthouden vaak jarenlang hoe ze het nieuws hoorden. Een goede voorbereiding "
                    "helpt. Spreek vooraf samen af wat jullie zeggen, en wie wat vertelt.</p>"
                    "<p>Kies een rustig moment, niet vlak voor school of bedtijd. Zorg dat er daarna tijd is "
                    "voor vragen, een knuffel of gewoon samen iets doen.</p>",
                    "<p>Children often remember for years how they heard the news. Good preparation helps. "
                    "Agree together beforehand what you will say, and who will say what.</p>"
                    "<p>Choose a calm moment, not just before school or bedtime. Make sure there is time "
                    "afterwards for questions, a hug or simply doing something together.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Zo kun je het vertellen", "How you can tell them"),
                    "steps": [
                        {
                            "title": T("Zeg wat er gebeurt", "Say what is happening"),
                            "text": T(
                                "Gebruik korte zinnen. Bijvoorbeeld: papa en mama gaan niet meer samen verder als partners.",
                                "Use short sentences. For example: Mum and Dad are not going to stay together as partners.",
                            ),
                        },
                        {
                            "title": T("Zeg dat het niet hun schuld is", "Say that it is not their fault"),
                            "text": T(
                                "Kinderen denken vaak dat het door hen komt. Zeg het meer dan één keer.",
                                "Children often think it is because of them. Say it more than once.",
                            ),
                        },
                        {
                            "title": T("Vertel wat er verandert", "Tell them what will change"),
                            "text": T(
                                "Waar gaan ze wonen, en wanneer zien ze de andere ouder?",
                                "Where will they live, and when will they see the other parent?",
                            ),
                        },
                        {
                            "title": T("Vertel wat hetzelfde blijft", "Tell them what will stay the same"),
                            "text": T(
                                "School, vrienden, de sportclub en dat jullie allebei hun ouder blijven.",
                                "School, friends, the sports club, and that you both remain their parents.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Geen details over de ruzie", "No details about the conflict"),
                    "text": T(
                        "<p>Kinderen hoeven niet te weten wie wat fout deed. Dat maakt het voor hen alleen "
                        "zwaarder, omdat ze van allebei de ouders houden.</p>",
                        "<p>Children do not need to know who did what wrong. That only makes it harder for "
                        "them, because they love both parents.</p>",
                    ),
                },
            ),
            ("quote", {"story": "kind-twee-huizen"}),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T(
                        "Wat als je het niet samen kunt vertellen?", "What if you cannot tell them together?"
                    ),
                    "body": T(
                        "<p>Soms is samen vertellen niet mogelijk, bijvoorbeeld omdat het niet veilig is of "
                        "omdat een ouder al vertrokken is. Vertel het dan zelf, zo rustig als je kunt. Zeg niets "
                        "lelijks over de andere ouder.</p>"
                        "<p>Vraag eventueel een hulpverlener of de huisarts om mee te denken over de woorden die "
                        "je kiest.</p>",
                        "<p>Sometimes telling them together is not possible, for example because it is not safe "
                        "or because a parent has already left. Then tell them yourself, as calmly as you can. Say "
                        "nothing bad about the other parent.</p>"
                        "<p>If you like, ask a support worker or your GP to help you think about the words you "
                        "choose.</p>",
                    ),
                },
            ),
        ],
        "next_steps": [
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T(
                        "Tip: laat je kind ook met iemand anders praten",
                        "Tip: let your child talk to someone else too",
                    ),
                    "text": T(
                        "<p>Op de pagina's voor kinderen en jongeren staat uitleg in hun eigen taal. Kinderen kunnen "
                        "ook gratis en anoniem de Kindertelefoon bellen: <b>0800-0432</b>.</p>",
                        "<p>The pages for children and young people explain things in their own language. Children "
                        "can also call the Kindertelefoon (children's helpline) free and anonymously: "
                        "<b>0800-0432</b>.</p>",
                    ),
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["gevoelens-van-kinderen", "ouderschapsplan"],
    },
    {
        "slug": T("praten-met-de-andere-ouder", "talking-to-the-other-parent"),
        "title": T("Praten met de andere ouder", "Talking to the other parent"),
        "summary": T(
            "Na een scheiding blijven jullie samen ouders. Je hoeft geen vrienden te zijn, maar je "
            "moet wel afspraken kunnen maken over je kinderen. Een zakelijke toon en vaste "
            "afspraken over hoe jullie overleggen helpen daarbij.",
            "After a separation you remain parents together. You do not have to be friends, but you "
            "do need to be able to make agreements about your children. A businesslike tone and fixed "
            "agreements on how you consult each other help with that.",
        ),
        "topics": ["communicatie", "omgang"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Probeer de andere ouder te zien als een soort collega: jullie werken samen aan één "
                    "project, en dat project is jullie kind. Praat over het heden en de toekomst, niet over "
                    "wat er vroeger fout ging.</p>"
                    "<ul><li>Spreek een vast moment af om te overleggen.</li>"
                    "<li>Houd berichten kort, vriendelijk en praktisch.</li>"
                    "<li>Reageer niet direct als je boos bent. Wacht een nacht.</li>"
                    "<li>Gebruik je kind nooit als boodschapper.</li></ul>",
                    "<p>Try to see the other parent as a kind of colleague: you are working together on one "
                    "project, and that project is your child. Talk about the present and the future, not about "
                    "what went wrong in the past.</p>"
                    "<ul><li>Agree on a fixed moment to consult each other.</li>"
                    "<li>Keep messages short, friendly and practical.</li>"
                    "<li>Do not react straight away when you are angry. Wait a night.</li>"
                    "<li>Never use your child as a messenger.</li></ul>",
                ),
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Welke manier van contact werkt het best?",
                                "Which way of keeping in touch works best?",
                            ),
                            "answer": T(
                                "<p>Dat verschilt per ouderpaar. Is praten lastig, gebruik dan e-mail, een gedeelde "
                                "agenda of een ouderschapsapp. Dan staat alles op papier en is er minder ruimte "
                                "voor misverstanden.</p>",
                                "<p>That differs for each pair of parents. If talking is difficult, use e-mail, a "
                                "shared calendar or a co-parenting app. Then everything is in writing and there is "
                                "less room for misunderstandings.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "De andere ouder reageert niet. Wat nu?",
                                "The other parent does not respond. What now?",
                            ),
                            "answer": T(
                                "<p>Stuur één duidelijk bericht met een voorstel en een datum waarop je antwoord "
                                "verwacht. Blijft een reactie uit, vraag dan advies. Soms helpt een mediator of een "
                                "gesprek bij het expertisepunt.</p>",
                                "<p>Send one clear message with a proposal and a date by which you expect an answer. "
                                "If no reply comes, ask for advice. Sometimes a mediator or a conversation at the "
                                "expertise point helps.</p>",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T(
                        "Voel je je onder druk gezet of bedreigd?", "Do you feel pressured or threatened?"
                    ),
                    "text": T(
                        "<p>Dan hoef je niet samen te overleggen. Je veiligheid gaat voor. Bel Veilig Thuis voor "
                        "advies: <b>0800-2000</b>, gratis en dag en nacht bereikbaar.</p>",
                        "<p>Then you do not have to consult together. Your safety comes first. Call Veilig Thuis "
                        "for advice: <b>0800-2000</b>, free and available day and night.</p>",
                    ),
                },
            ),
            (
                "services",
                {
                    "heading": T("Hulp bij samen overleggen", "Help with consulting each other"),
                    "topics": ["communicatie", "mediation"],
                    "route": "vrij-aanbod",
                    "limit": 6,
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Zo schrijf je een rustig bericht", "How to write a calm message"),
                    "body": T(
                        "<p>Een handige vorm is: kort, feitelijk, vriendelijk en duidelijk. Bijvoorbeeld:</p>"
                        "<p><i>Hoi, Sam heeft donderdag om 16.00 uur zwemles. Kun jij hem brengen? Laat je het "
                        "voor woensdag weten? Groet.</i></p>"
                        "<p>Laat verwijten, oude ruzies en emoties weg. Die horen bij een gesprek met iemand die "
                        "jou steunt, niet in een bericht aan je ex.</p>",
                        "<p>A useful form is: brief, factual, friendly and clear. For example:</p>"
                        "<p><i>Hi, Sam has a swimming lesson on Thursday at 4 pm. Can you take him? Will you let "
                        "me know before Wednesday? Regards.</i></p>"
                        "<p>Leave out reproaches, old arguments and emotions. They belong in a conversation with "
                        "someone who supports you, not in a message to your ex.</p>",
                    ),
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
                            "title": T(
                                "Spreek een vaste manier van overleggen af", "Agree on a fixed way to consult"
                            ),
                            "text": T(
                                "Bijvoorbeeld één keer per maand, via e-mail of een app.",
                                "For example once a month, by e-mail or an app.",
                            ),
                        },
                        {
                            "title": T("Loopt het vast? Vraag advies", "Getting stuck? Ask for advice"),
                            "link": {"destination": "adviesaanvraag"},
                            "text": T(
                                "Een adviesgesprek is gratis en kan ook telefonisch.",
                                "An advice conversation is free and can also be by phone.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "related": ["mediation", "als-het-conflict-escaleert", "ouderschapsplan"],
    },
    {
        "slug": T("kinderalimentatie", "child-support"),
        "title": T("Kinderalimentatie: de basis", "Child support: the basics"),
        "summary": T(
            "Beide ouders betalen mee aan de kosten van hun kinderen, ook na een scheiding. De ouder "
            "bij wie de kinderen minder wonen, betaalt vaak kinderalimentatie. Hoeveel dat is, hangt af "
            "van wat de kinderen kosten en wat elke ouder kan betalen.",
            "Both parents contribute to the costs of their children, also after a separation. The "
            "parent with whom the children live less often usually pays child support. How much that is "
            "depends on what the children cost and what each parent can afford.",
        ),
        "topics": ["financien"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Jullie kunnen samen een bedrag afspreken en dat in het ouderschapsplan zetten. Vaak "
                    "laat je het uitrekenen door een advocaat, een mediator of een financieel adviseur. Zij "
                    "gebruiken landelijke rekenregels. De rechter gebruikt dezelfde regels als jullie er samen "
                    "niet uitkomen.</p>",
                    "<p>You can agree on an amount together and put it in the parenting plan. Often you have "
                    "it calculated by a lawyer, a mediator or a financial adviser. They use national calculation "
                    "rules. The court uses the same rules if you cannot agree together.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T("Wat telt mee bij de berekening?", "What counts in the calculation?"),
                    "header": [T("Onderdeel", "Element"), T("Wat het betekent", "What it means")],
                    "rows": [
                        {
                            "cells": [
                                T("Behoefte", "Needs"),
                                T(
                                    "Wat de kinderen kosten, op basis van het inkomen van het gezin vóór de scheiding",
                                    "What the children cost, based on the family's income before the separation",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Draagkracht", "Ability to pay"),
                                T(
                                    "Wat elke ouder kan missen na de eigen vaste lasten",
                                    "What each parent can spare after their own fixed costs",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Zorgkorting", "Care discount"),
                                T(
                                    "Een korting voor de kosten die de betalende ouder maakt als de kinderen bij hem of haar zijn",
                                    "A discount for the costs the paying parent has when the children stay with him or her",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Kindgebonden budget", "Child-related budget"),
                                T(
                                    "Deze toeslag van de overheid telt mee bij de berekening",
                                    "This government benefit is taken into account in the calculation",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Tot welke leeftijd betaal je kinderalimentatie?",
                                "Until what age do you pay child support?",
                            ),
                            "answer": T(
                                "<p>Tot je kind 21 jaar is. Vanaf 18 jaar gaat het geld meestal rechtstreeks naar je "
                                "kind zelf.</p>",
                                "<p>Until your child is 21. From the age of 18, the money usually goes directly to "
                                "your child.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Verandert het bedrag elk jaar?", "Does the amount change every year?"
                            ),
                            "answer": T(
                                "<p>Ja, het bedrag gaat elk jaar in januari mee met de wettelijke indexering. Verandert "
                                "je inkomen of de zorgregeling flink, dan kan het bedrag opnieuw berekend worden.</p>",
                                "<p>Yes, the amount follows the statutory indexation every January. If your income or "
                                "the care arrangement changes a lot, the amount can be recalculated.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Wat als de andere ouder niet betaalt?",
                                "What if the other parent does not pay?",
                            ),
                            "answer": T(
                                "<p>Staat het bedrag in een uitspraak van de rechter? Dan kan een landelijke "
                                "overheidsdienst het geld voor je innen. Vraag advies bij het juridisch spreekuur.</p>",
                                "<p>Is the amount in a court decision? Then a national government agency can collect "
                                "the money for you. Ask for advice at the legal advice desk.</p>",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Kinderalimentatie gaat voor", "Child support comes first"),
                    "text": T(
                        "<p>Moet er ook partneralimentatie betaald worden? Dan wordt eerst de kinderalimentatie "
                        "berekend. Het geld voor de kinderen gaat altijd voor.</p>",
                        "<p>Does spousal support also have to be paid? Then child support is calculated first. "
                        "The money for the children always comes first.</p>",
                    ),
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Partneralimentatie in het kort", "Spousal support in brief"),
                    "body": T(
                        "<p>Was je getrouwd of geregistreerd partner? Dan kan een van jullie ook recht hebben op "
                        "partneralimentatie. Sinds 2020 duurt die meestal hooguit vijf jaar. Er zijn "
                        "uitzonderingen, bijvoorbeeld als er jonge kinderen zijn of bij een heel lang "
                        "huwelijk.</p>"
                        "<p>Gaat de ontvanger samenwonen met een nieuwe partner, dan stopt de partneralimentatie. "
                        "De kinderalimentatie loopt wel gewoon door.</p>",
                        "<p>Were you married or registered partners? Then one of you may also be entitled to "
                        "spousal support. Since 2020 it usually lasts five years at most. There are exceptions, "
                        "for example when there are young children or after a very long marriage.</p>"
                        "<p>If the recipient moves in with a new partner, spousal support stops. Child support "
                        "simply continues.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("Schulden of geldzorgen?", "Debts or money worries?"),
                    "body": T(
                        "<p>Een scheiding kost vaak veel geld. Twee huizen zijn duurder dan één. Wacht niet te lang "
                        "met hulp vragen. Je gemeente heeft gratis schuldhulp en budgetadvies.</p>",
                        "<p>A separation often costs a lot of money. Two homes are more expensive than one. Do not "
                        "wait too long to ask for help. Your municipality offers free debt support and budget "
                        "advice.</p>",
                    ),
                },
            ),
        ],
        "next_steps": [
            (
                "steps",
                {
                    "heading": T("Wat kun je nu doen?", "What can you do now?"),
                    "steps": [
                        {
                            "title": T(
                                "Zet je inkomsten en uitgaven op een rij", "List your income and expenses"
                            ),
                            "text": T(
                                "Zo weet je wat je nodig hebt en wat je kunt missen.",
                                "That way you know what you need and what you can spare.",
                            ),
                        },
                        {
                            "title": T("Laat het bedrag uitrekenen", "Have the amount calculated"),
                            "link": {"destination": "sociale-kaart"},
                            "text": T(
                                "Door een mediator, advocaat of financieel adviseur.",
                                "By a mediator, lawyer or financial adviser.",
                            ),
                        },
                    ],
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["ouderschapsplan", "juridisch-spreekuur", "wie-krijgt-het-huis"],
    },
    {
        "slug": T("wie-krijgt-het-huis", "who-gets-the-house"),
        "title": T("Wie krijgt het huis?", "Who gets the house?"),
        "summary": T(
            "Wie in het huis blijft wonen, hangt af van of je huurt of koopt, van je huwelijk of "
            "samenwoonafspraken, en van wat het beste is voor de kinderen. Maak goede afspraken over "
            "de hypotheek of het huurcontract. Regel ook waar de kinderen terechtkunnen.",
            "Who stays in the house depends on whether you rent or own, on your marriage or "
            "cohabitation agreements, and on what is best for the children. Make clear agreements "
            "about the mortgage or the tenancy. Also arrange where the children can stay.",
        ),
        "topics": ["wonen", "financien"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Voor kinderen is het vaak fijn als ze in hun eigen buurt kunnen blijven, dicht bij "
                    "school en vrienden. Maar het huis moet ook betaalbaar zijn voor de ouder die er blijft "
                    "wonen.</p>",
                    "<p>For children it is often good if they can stay in their own neighbourhood, close to "
                    "school and friends. But the house must also be affordable for the parent who stays.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T("Huur of koop: waar let je op?", "Rent or own: what to look out for?"),
                    "header": [T("Situatie", "Situation"), T("Waar je op let", "What to look out for")],
                    "rows": [
                        {
                            "cells": [
                                T("Huurhuis, getrouwd", "Rented home, married"),
                                T(
                                    "Jullie zijn allebei huurder. Samen afspreken wie blijft, of de rechter laten beslissen",
                                    "You are both tenants. Agree together who stays, or let the court decide",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Huurhuis, samenwonend", "Rented home, cohabiting"),
                                T(
                                    "Wie op het contract staat, is huurder. Vraag de verhuurder naar de mogelijkheden",
                                    "Whoever is on the contract is the tenant. Ask the landlord about the options",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Koophuis", "Owner-occupied home"),
                                T(
                                    "Verkopen, of één ouder neemt het over. De bank moet akkoord gaan met de hypotheek",
                                    "Sell, or one parent takes it over. The bank must agree to the mortgage",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Ben ik nog aansprakelijk voor de hypotheek als ik vertrek?",
                                "Am I still liable for the mortgage if I leave?",
                            ),
                            "answer": T(
                                "<p>Ja, zolang de bank je niet uit de hypotheek ontslaat. Jullie blijven allebei "
                                "aansprakelijk voor de hele schuld. Regel dit dus goed met de bank.</p>",
                                "<p>Yes, as long as the bank does not release you from the mortgage. You both remain "
                                "liable for the full debt. So arrange this properly with the bank.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Krijg ik voorrang op een huurwoning?", "Do I get priority for a rental home?"
                            ),
                            "answer": T(
                                "<p>Dat verschilt per gemeente. Een scheiding alleen is meestal geen reden voor "
                                "voorrang. Bij onveiligheid of huiselijk geweld kan dat anders zijn. Vraag het na bij "
                                "je gemeente.</p>",
                                "<p>That differs per municipality. A separation alone is usually not a reason for "
                                "priority. With unsafety or domestic violence it can be different. Check with your "
                                "municipality.</p>",
                            ),
                        },
                    ],
                },
            ),
            (
                "services",
                {
                    "heading": T("Hulp bij wonen en geld", "Help with housing and money"),
                    "topics": ["wonen", "financien"],
                    "route": "",
                    "limit": 4,
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Gemeenschap van goederen", "Community of property"),
                    "body": T(
                        "<p>Trouwde je vóór 2018? Dan vallen bezittingen en schulden meestal in één gemeenschap "
                        "die jullie delen. Trouwde je op of na 1 januari 2018, dan blijft wat je al vóór het "
                        "huwelijk had meestal van jou. Had je huwelijkse voorwaarden, dan gelden die "
                        "afspraken.</p>"
                        "<p>Denk ook aan het pensioen. Meld de scheiding binnen twee jaar bij de pensioenfondsen, "
                        "dan wordt het opgebouwde pensioen eerlijk verdeeld.</p>",
                        "<p>Did you marry before 2018? Then possessions and debts usually fall into one community "
                        "that you share. If you married on or after 1 January 2018, what you already had before "
                        "the marriage usually remains yours. If you had a prenuptial agreement, those agreements "
                        "apply.</p>"
                        "<p>Also think about pensions. Report the divorce to the pension funds within two years, "
                        "so that the pension built up is divided fairly.</p>",
                    ),
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
                            "title": T("Zoek uit wat je kunt betalen", "Find out what you can afford"),
                            "link": {"destination": "sociale-kaart"},
                            "text": T(
                                "Een financieel adviseur of budgetcoach kan meekijken.",
                                "A financial adviser or budget coach can help you look at it.",
                            ),
                        },
                        {
                            "title": T("Vraag juridisch advies", "Ask for legal advice"),
                            "link": {"page": "juridisch-spreekuur"},
                            "text": T(
                                "Het eerste gesprek bij het juridisch spreekuur is gratis.",
                                "The first conversation at the legal advice desk is free.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "related": ["kinderalimentatie", "juridisch-spreekuur"],
    },
    {
        "slug": T("naar-de-rechter", "going-to-court"),
        "title": T("Naar de rechter", "Going to court"),
        "summary": T(
            "Ben je getrouwd of geregistreerd partner en heb je kinderen? Dan spreekt de rechter de "
            "scheiding uit, en je hebt daarvoor een advocaat nodig. Ook als jullie het niet eens worden "
            "over de kinderen of de alimentatie, kan de rechter beslissen. Kinderen mogen hun mening "
            "geven.",
            "Are you married or registered partners and do you have children? Then the court grants "
            "the divorce, and you need a lawyer for that. The court can also decide if you cannot agree "
            "about the children or support. Children may give their views.",
        ),
        "topics": ["juridisch", "kinderen-betrekken"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Zijn jullie het over alles eens? Dan kunnen jullie samen met één advocaat een "
                    "gezamenlijk verzoek indienen. Dat is meestal sneller en goedkoper. Zijn jullie het niet "
                    "eens, dan heeft ieder een eigen advocaat nodig.</p>"
                    "<p>Woonden jullie samen zonder huwelijk? Dan is de rechter alleen nodig als jullie het "
                    "niet eens worden over bijvoorbeeld de zorgregeling, het gezag of de kinderalimentatie.</p>",
                    "<p>Do you agree on everything? Then you can file a joint petition together with one "
                    "lawyer. That is usually faster and cheaper. If you do not agree, each of you needs your "
                    "own lawyer.</p>"
                    "<p>Did you live together without being married? Then the court is only needed if you "
                    "cannot agree on, for example, the care arrangement, parental authority or child "
                    "support.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T(
                        "Hoe gaat een echtscheiding bij de rechter?", "How does a divorce in court work?"
                    ),
                    "steps": [
                        {
                            "title": T("Advocaat", "Lawyer"),
                            "text": T(
                                "De advocaat schrijft het verzoek, met het ouderschapsplan erbij.",
                                "The lawyer writes the petition, with the parenting plan attached.",
                            ),
                        },
                        {
                            "title": T(
                                "De kinderen krijgen een uitnodiging", "The children receive an invitation"
                            ),
                            "text": T(
                                "Kinderen van 12 jaar en ouder worden uitgenodigd om hun mening te geven.",
                                "Children aged 12 and over are invited to give their views.",
                            ),
                        },
                        {
                            "title": T("De zitting", "The hearing"),
                            "text": T(
                                "Als jullie het niet eens zijn, volgt een zitting waar jullie allebei iets kunnen zeggen.",
                                "If you do not agree, there is a hearing where you can both speak.",
                            ),
                        },
                        {
                            "title": T("De uitspraak", "The decision"),
                            "text": T(
                                "De rechter beslist. Je advocaat laat de scheiding daarna inschrijven bij de gemeente.",
                                "The court decides. Your lawyer then has the divorce registered with the municipality.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Het kindgesprek", "The child interview"),
                    "text": T(
                        "<p>Kinderen van 12 jaar en ouder krijgen een brief van de rechtbank. Ze mogen kiezen: "
                        "langskomen voor een gesprek, een brief schrijven, of niets doen. Soms nodigt de rechter ook "
                        "jongere kinderen uit. Een kind hoeft <b>nooit</b> te kiezen tussen de ouders.</p>",
                        "<p>Children aged 12 and over receive a letter from the court. They may choose: come for a "
                        "talk, write a letter, or do nothing. Sometimes the judge also invites younger children. A "
                        "child <b>never</b> has to choose between the parents.</p>",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T("Wat kost een advocaat?", "What does a lawyer cost?"),
                            "answer": T(
                                "<p>Dat hangt af van de advocaat en van hoeveel werk het is. Heb je een laag inkomen? "
                                "Dan betaalt de overheid vaak een groot deel. Je betaalt dan een eigen bijdrage.</p>",
                                "<p>That depends on the lawyer and on how much work it is. Do you have a low income? "
                                "Then the government often pays a large part. You then pay a personal "
                                "contribution.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Wat gebeurt er met het gezag?", "What happens to parental authority?"
                            ),
                            "answer": T(
                                "<p>Na een scheiding houden jullie meestal allebei het gezag. Alleen als dat echt niet "
                                "werkt voor het kind, kan de rechter het gezag aan één ouder geven.</p>",
                                "<p>After a divorce you usually both keep parental authority. Only if that really does "
                                "not work for the child can the court give authority to one parent.</p>",
                            ),
                        },
                        {
                            "question": T("Kan ik in beroep gaan?", "Can I appeal?"),
                            "answer": T(
                                "<p>Ja. Dat moet binnen drie maanden na de uitspraak, via een advocaat.</p>",
                                "<p>Yes. This must be done within three months of the decision, through a "
                                "lawyer.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Wie doet wat bij de rechtbank?", "Who does what at the court?"),
                    "body": T(
                        "<p>De <b>rechter</b> beslist. Soms vraagt de rechter de Raad voor de Kinderbescherming om "
                        "onderzoek te doen en advies te geven over wat goed is voor het kind. Bij veel conflict kan "
                        "de rechter ook een <b>bijzondere curator</b> benoemen: iemand die alleen voor de belangen "
                        "van het kind opkomt.</p>",
                        "<p>The <b>judge</b> decides. Sometimes the judge asks the Child Protection Board to "
                        "investigate and advise on what is good for the child. When there is a lot of conflict, the "
                        "judge can also appoint a <b>special guardian ad litem</b>: someone who stands up only for "
                        "the child's interests.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("Geregistreerd partnerschap beëindigen", "Ending a registered partnership"),
                    "body": T(
                        "<p>Geregistreerde partners zonder kinderen kunnen het partnerschap soms zonder rechter "
                        "beëindigen. Hebben jullie samen minderjarige kinderen? Dan gaat het altijd via de "
                        "rechter, net als bij een huwelijk.</p>",
                        "<p>Registered partners without children can sometimes end the partnership without going "
                        "to court. Do you have minor children together? Then it always goes through the court, just "
                        "as with a marriage.</p>",
                    ),
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
                            "title": T(
                                "Vraag eerst gratis juridisch advies", "First ask for free legal advice"
                            ),
                            "text": T(
                                "Zo weet je wat je rechten en plichten zijn.",
                                "That way you know your rights and obligations.",
                            ),
                        },
                        {
                            "title": T("Overweeg mediation", "Consider mediation"),
                            "link": {"page": "mediation"},
                            "text": T(
                                "Afspraken die je samen maakt, houden vaak langer stand.",
                                "Agreements you make together often last longer.",
                            ),
                        },
                    ],
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["juridisch-spreekuur", "mediation", "ouderschapsplan"],
    },
    {
        "slug": T("als-het-conflict-escaleert", "when-conflict-escalates"),
        "title": T("Als het conflict uit de hand loopt", "When conflict escalates"),
        "summary": T(
            "Soms blijft de ruzie na een scheiding doorgaan, soms jarenlang. Kinderen hebben daar veel "
            "last van, ook als ze het niet laten zien. Vraag op tijd hulp. Het expertisepunt kijkt met "
            "je mee welke hulp nodig is.",
            "Sometimes the conflict continues after a separation, sometimes for years. Children suffer a "
            "lot from it, even if they do not show it. Ask for help in time. The expertise point looks "
            "at what help is needed together with you.",
        ),
        "topics": ["hoog-conflict", "communicatie"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Herken je een of meer van deze situaties?</p>"
                    "<ul><li>Jullie praten niet meer met elkaar, of alleen via advocaten.</li>"
                    "<li>Er lopen meerdere zaken bij de rechter.</li>"
                    "<li>Mediation is gestopt of mislukt.</li>"
                    "<li>Je kind wil de andere ouder niet meer zien.</li>"
                    "<li>Er zijn veel hulpverleners, maar er verandert niets.</li></ul>"
                    "<p>Dan spreken we van een vastgelopen of complexe scheiding. Dat is niemands schuld alleen. "
                    "Het betekent wel dat gewone hulp vaak niet genoeg is.</p>",
                    "<p>Do you recognise one or more of these situations?</p>"
                    "<ul><li>You no longer talk to each other, or only through lawyers.</li>"
                    "<li>Several cases are running in court.</li>"
                    "<li>Mediation has stopped or failed.</li>"
                    "<li>Your child no longer wants to see the other parent.</li>"
                    "<li>There are many professionals involved, but nothing changes.</li></ul>"
                    "<p>Then we speak of a stuck or complex separation. That is not one person's fault alone. It "
                    "does mean that ordinary help is often not enough.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T("Kinderen zitten klem", "Children are caught in the middle"),
                    "text": T(
                        "<p>Kinderen die lang tussen ruziënde ouders staan, lopen meer kans op problemen met "
                        "slapen, school en hun gevoelens. Het is niet de scheiding zelf, maar vooral het "
                        "<b>blijvende conflict</b> dat schade doet.</p>",
                        "<p>Children who stand between arguing parents for a long time are more likely to have "
                        "problems with sleep, school and their feelings. It is not the separation itself, but "
                        "mainly the <b>ongoing conflict</b> that does harm.</p>",
                    ),
                },
            ),
            ("quote", {"story": "vader-parallel-ouderschap"}),
            (
                "steps",
                {
                    "heading": T("Hoe werkt het expertisepunt?", "How does the expertise point work?"),
                    "steps": [
                        {
                            "title": T("Je neemt contact op", "You get in touch"),
                            "link": {"destination": "terugbellen"},
                            "text": T(
                                "Zelf, of via je huisarts, het wijkteam of een andere hulpverlener.",
                                "Yourself, or through your GP, the local team or another professional.",
                            ),
                        },
                        {
                            "title": T("Een gezamenlijke intake", "A joint intake"),
                            "text": T(
                                "Als het helpt, praten meerdere deskundigen tegelijk met jullie. Zo hoef je je verhaal maar één keer te vertellen.",
                                "If it helps, several experts talk with you at the same time. That way you only need to tell your story once.",
                            ),
                        },
                        {
                            "title": T("Een plan met één regisseur", "A plan with one coordinator"),
                            "text": T(
                                "Eén persoon houdt het overzicht en kijkt of de hulp werkt.",
                                "One person keeps the overview and checks whether the help works.",
                            ),
                        },
                    ],
                },
            ),
            (
                "services",
                {
                    "heading": T("Hulp bij hoog conflict", "Help with high conflict"),
                    "topics": ["hoog-conflict"],
                    "route": "expertisepunt",
                    "limit": 6,
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Wat is parallel ouderschap?", "What is parallel parenting?"),
                    "body": T(
                        "<p>Bij veel conflict helpt het soms om minder samen te doen. Ieder ouder zorgt in zijn of "
                        "haar eigen huis voor de kinderen, op zijn of haar eigen manier. Er is alleen contact over "
                        "het hoognodige, en dat gaat op een vaste, zakelijke manier. Zo komen de kinderen minder "
                        "tussen jullie in te staan.</p>",
                        "<p>When there is a lot of conflict, it sometimes helps to do less together. Each parent "
                        "looks after the children in his or her own home, in his or her own way. There is only "
                        "contact about what is strictly necessary, and that happens in a fixed, businesslike way. "
                        "That way the children are less caught between you.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T(
                        "Wat doet de Raad voor de Kinderbescherming?",
                        "What does the Child Protection Board do?",
                    ),
                    "body": T(
                        "<p>Als de rechter zich zorgen maakt over een kind, kan de Raad voor de Kinderbescherming "
                        "onderzoek doen. De Raad praat met ouders, het kind en betrokken hulpverleners en geeft de "
                        "rechter advies. Soms adviseert de Raad een ondertoezichtstelling. Het doel van het "
                        "expertisepunt is juist om dat te voorkomen door eerder goede hulp te bieden.</p>",
                        "<p>If the judge is worried about a child, the Child Protection Board can investigate. The "
                        "Board talks with the parents, the child and the professionals involved, and advises the "
                        "judge. Sometimes the Board advises a supervision order. The aim of the expertise point is "
                        "precisely to prevent that by offering good help earlier.</p>",
                    ),
                },
            ),
        ],
        "next_steps": [
            (
                "steps",
                {
                    "heading": T("Wat kun je nu doen?", "What can you do now?"),
                    "steps": [
                        {
                            "title": T("Doe de Scheidingswijzer", "Take the separation guide"),
                            "link": {"destination": "scheidingswijzer"},
                            "text": T(
                                "Bij signalen van hoog conflict krijg je het advies om contact op te nemen met het expertisepunt.",
                                "If there are signs of high conflict, you will be advised to contact the expertise point.",
                            ),
                        },
                        {
                            "title": T("Bel het expertisepunt", "Call the expertise point"),
                            "text": T("Een eerste gesprek is gratis.", "A first conversation is free."),
                        },
                    ],
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["hoog-conflict-platform", "groepstraining-weer-ruimte", "praten-met-de-andere-ouder"],
    },
    {
        "slug": T("veiligheid-en-geweld", "safety-and-violence"),
        "title": T("Veiligheid en geweld bij een scheiding", "Safety and violence during a separation"),
        "summary": T(
            "Rond een scheiding kan de spanning hoog oplopen. Soms is er sprake van dreiging, controle "
            "of geweld. Jouw veiligheid en die van je kinderen gaan altijd voor. Je hoeft dit niet "
            "alleen op te lossen.",
            "Around a separation, tension can run high. Sometimes there is threat, control or violence. "
            "Your safety and that of your children always come first. You do not have to solve this on "
            "your own.",
        ),
        "topics": ["veiligheid", "hoog-conflict"],
        "body": [
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T("Ben je in direct gevaar?", "Are you in immediate danger?"),
                    "text": T(
                        "<p>Bel <b>112</b>. Wil je advies of maak je je zorgen? Bel Veilig Thuis: "
                        '<a href="tel:08002000">0800-2000</a>. Gratis, dag en nacht, en je mag anoniem blijven.</p>',
                        "<p>Call <b>112</b>. Do you want advice or are you worried? Call Veilig Thuis: "
                        '<a href="tel:08002000">0800-2000</a>. Free, day and night, and you may stay anonymous.</p>',
                    ),
                },
            ),
            (
                "paragraph",
                T(
                    "<p>Geweld is niet alleen slaan of schoppen. Ook dit hoort erbij:</p>"
                    "<ul><li>dreigen, schreeuwen of je bang maken;</li>"
                    "<li>je telefoon, geld of contacten controleren;</li>"
                    "<li>je volgen of blijven lastigvallen na de scheiding;</li>"
                    "<li>de kinderen gebruiken om jou onder druk te zetten.</li></ul>"
                    "<p>Kinderen die geweld tussen hun ouders zien of horen, zijn zelf ook slachtoffer. Ook als "
                    "ze in een andere kamer zijn.</p>",
                    "<p>Violence is not only hitting or kicking. This is also part of it:</p>"
                    "<ul><li>threatening, shouting or making you afraid;</li>"
                    "<li>controlling your phone, money or contacts;</li>"
                    "<li>following you or continuing to harass you after the separation;</li>"
                    "<li>using the children to put pressure on you.</li></ul>"
                    "<p>Children who see or hear violence between their parents are victims themselves too. Even "
                    "when they are in another room.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Wat kun je doen?", "What can you do?"),
                    "steps": [
                        {
                            "title": T("Praat erover", "Talk about it"),
                            "text": T(
                                "Met Veilig Thuis, je huisarts of iemand die je vertrouwt.",
                                "With Veilig Thuis, your GP or someone you trust.",
                            ),
                        },
                        {
                            "title": T("Maak een veiligheidsplan", "Make a safety plan"),
                            "text": T(
                                "Wat doe je als het misgaat? Waar kun je heen? Wie bel je?",
                                "What do you do if things go wrong? Where can you go? Whom do you call?",
                            ),
                        },
                        {
                            "title": T(
                                "Vertel het aan je advocaat of mediator", "Tell your lawyer or mediator"
                            ),
                            "text": T(
                                "Zij moeten dit weten. Mediation is niet geschikt als er geweld is.",
                                "They need to know. Mediation is not suitable when there is violence.",
                            ),
                        },
                        {
                            "title": T("Denk aan de omgang", "Think about contact arrangements"),
                            "text": T(
                                "Contact met de andere ouder moet veilig zijn, bijvoorbeeld met begeleiding.",
                                "Contact with the other parent must be safe, for example with supervision.",
                            ),
                        },
                    ],
                },
            ),
            (
                "document",
                {
                    "document": "checklist-veiligheidsplan",
                    "title": T("Checklist veiligheidsplan", "Safety plan checklist"),
                    "description": T(
                        "Acht vragen om samen met een hulpverlener een veiligheidsplan te maken. Bewaar het op een veilige plek.",
                        "Eight questions to make a safety plan together with a support worker. Keep it in a safe place.",
                    ),
                },
            ),
            ("quote", {"story": "moeder-veiligheidsplan"}),
            (
                "services",
                {
                    "heading": T("Hulp bij veiligheid", "Help with safety"),
                    "topics": ["veiligheid"],
                    "route": "veiligheid",
                    "limit": 6,
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T(
                        "Wat is een tijdelijk huisverbod?", "What is a temporary restraining order?"
                    ),
                    "body": T(
                        "<p>Bij ernstige dreiging kan de burgemeester een tijdelijk huisverbod opleggen. De "
                        "persoon die dreigt, moet dan 10 dagen het huis uit en mag geen contact opnemen. Het "
                        "verbod kan worden verlengd tot maximaal 4 weken. In die tijd komt er hulp voor het hele "
                        "gezin.</p>",
                        "<p>In case of serious threat, the mayor can impose a temporary restraining order. The "
                        "person making the threats must then leave the house for 10 days and may not make contact. "
                        "The order can be extended to a maximum of 4 weeks. During that time, help is arranged for "
                        "the whole family.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("Opvang: ook voor mannen", "Shelter: for men too"),
                    "body": T(
                        "<p>Moet je snel weg van huis? Via Veilig Thuis of de politie kun je terecht in een "
                        "opvang. Er is opvang voor vrouwen met kinderen, maar ook voor mannen. Het adres is "
                        "geheim.</p>",
                        "<p>Do you need to leave home quickly? Through Veilig Thuis or the police you can go to a "
                        "shelter. There is shelter for women with children, but also for men. The address is "
                        "secret.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("Veilig online", "Staying safe online"),
                    "body": T(
                        "<p>Ben je bang dat iemand meekijkt op je telefoon of computer? Lees de pagina Veilig "
                        "online. Met de knop Snel weg verlaat je deze website meteen. Je kunt ook drie keer op "
                        "Escape drukken.</p>",
                        "<p>Are you afraid that someone is watching your phone or computer? Read the page Staying "
                        "safe online. With the Quick exit button you leave this website at once. You can also "
                        "press Escape three times.</p>",
                    ),
                },
            ),
        ],
        "next_steps": [
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T("Twijfel je? Bel toch", "In doubt? Call anyway"),
                    "text": T(
                        "<p>Je hoeft niet zeker te weten dat er iets aan de hand is. Veilig Thuis denkt met je mee: "
                        '<a href="tel:08002000">0800-2000</a>.</p>',
                        "<p>You do not have to be sure that something is wrong. Veilig Thuis will think along with "
                        'you: <a href="tel:08002000">0800-2000</a>.</p>',
                    ),
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["omgangsbegeleiding", "als-het-conflict-escaleert"],
    },
    {
        "slug": T("nieuwe-partner", "new-partner"),
        "title": T("Een nieuwe partner en een nieuw gezin", "A new partner and a blended family"),
        "summary": T(
            "Een nieuwe liefde kan veel blijdschap geven, maar voor kinderen is het vaak wennen. Neem "
            "de tijd. Vertel het eerst aan de andere ouder en daarna aan je kinderen. Een nieuwe partner "
            "vervangt nooit een ouder.",
            "A new love can bring a lot of joy, but for children it often takes getting used to. Take "
            "your time. Tell the other parent first and then your children. A new partner never replaces "
            "a parent.",
        ),
        "topics": ["emoties", "communicatie"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Voor kinderen komt een nieuwe partner vaak te snel. Ze hopen soms nog stiekem dat hun "
                    "ouders weer bij elkaar komen. Of ze voelen zich schuldig als ze de nieuwe partner aardig "
                    "vinden. Dat heet een loyaliteitsconflict.</p>"
                    "<p>Geef je kind de ruimte om te wennen. Laat de nieuwe partner niet meteen opvoeden of "
                    "straffen. Eerst een goede band, dan pas regels.</p>",
                    "<p>For children, a new partner often comes too soon. Sometimes they still secretly hope "
                    "that their parents will get back together. Or they feel guilty if they like the new "
                    "partner. That is called a loyalty conflict.</p>"
                    "<p>Give your child room to get used to it. Do not let the new partner start raising or "
                    "punishing the child straight away. First a good bond, only then rules.</p>",
                ),
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Wanneer stel ik mijn nieuwe partner voor?",
                                "When do I introduce my new partner?",
                            ),
                            "answer": T(
                                "<p>Als de relatie stabiel is en je kind de scheiding een plek heeft kunnen geven. "
                                "Begin met korte, ontspannen ontmoetingen, bijvoorbeeld buiten de deur.</p>",
                                "<p>When the relationship is stable and your child has been able to come to terms with "
                                "the separation. Start with short, relaxed meetings, for example outside the "
                                "home.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Heeft een stiefouder gezag?", "Does a step-parent have parental authority?"
                            ),
                            "answer": T(
                                "<p>Nee, niet vanzelf. De ouders met gezag blijven samen de belangrijke beslissingen "
                                "nemen. Een stiefouder kan wel meehelpen in het dagelijks leven.</p>",
                                "<p>No, not automatically. The parents with authority continue to take the important "
                                "decisions together. A step-parent can help out in daily life.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Verandert de alimentatie als ik ga samenwonen?",
                                "Does support change if I move in with someone?",
                            ),
                            "answer": T(
                                "<p>Kinderalimentatie blijft. Partneralimentatie stopt meestal als de ontvanger gaat "
                                "samenwonen. Laat je goed informeren.</p>",
                                "<p>Child support continues. Spousal support usually stops when the recipient moves in "
                                "with a partner. Get proper information.</p>",
                            ),
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "twee-huizen-warm",
                    "alt_text": T(
                        "Twee huizen in warme rode tinten met gele deuren, verbonden door een pad.",
                        "Two houses in warm red tones with yellow doors, connected by a path.",
                    ),
                    "caption": T(
                        "Een nieuw gezin vraagt tijd om te wennen.", "A new family takes time to get used to."
                    ),
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Tips voor een samengesteld gezin", "Tips for a blended family"),
                    "body": T(
                        "<ul><li>Plan ook tijd alleen met je eigen kind.</li>"
                        "<li>Spreek met je partner af wie wat doet in de opvoeding.</li>"
                        "<li>Praat nooit negatief over de andere ouder, ook je partner niet.</li>"
                        "<li>Zorg dat elk kind een eigen plekje heeft, ook als het er maar af en toe is.</li></ul>",
                        "<ul><li>Also plan time alone with your own child.</li>"
                        "<li>Agree with your partner who does what in raising the children.</li>"
                        "<li>Never speak negatively about the other parent, and neither should your partner.</li>"
                        "<li>Make sure each child has a place of their own, even if they are only there now and "
                        "then.</li></ul>",
                    ),
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
                            "title": T("Praat met je kind", "Talk with your child"),
                            "text": T(
                                "Vraag wat het ervan vindt, en luister zonder te oordelen.",
                                "Ask what they think about it, and listen without judging.",
                            ),
                        },
                        {
                            "title": T("Lees over gevoelens van kinderen", "Read about children's feelings"),
                            "link": {"page": "gevoelens-van-kinderen"},
                            "text": T(
                                "Wat past bij de leeftijd van je kind?", "What suits your child's age?"
                            ),
                        },
                    ],
                },
            ),
        ],
        "related": ["gevoelens-van-kinderen", "praten-met-de-andere-ouder"],
    },
    {
        "slug": T("gevoelens-van-kinderen", "childrens-feelings"),
        "title": T(
            "Gevoelens en gedrag van kinderen per leeftijd", "Children's feelings and behaviour by age"
        ),
        "summary": T(
            "Elk kind reageert anders op een scheiding. Verdriet, boosheid, angst of juist heel "
            "aangepast gedrag: het is allemaal normaal. Wat een kind nodig heeft, hangt ook af van de "
            "leeftijd. Blijven de klachten lang duren, vraag dan hulp.",
            "Every child reacts differently to a separation. Sadness, anger, fear or very compliant "
            "behaviour: it is all normal. What a child needs also depends on their age. If the problems "
            "last a long time, ask for help.",
        ),
        "topics": ["emoties", "kinderen-betrekken"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>De meeste kinderen gaan na een moeilijke periode weer goed verder. Wat daarbij het meest "
                    "helpt: ouders die rust en regelmaat bieden, weinig ruzie maken waar het kind bij is, en "
                    "allebei betrokken blijven.</p>",
                    "<p>Most children do well again after a difficult period. What helps most: parents who "
                    "offer calm and routine, argue little in front of the child, and both stay involved.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T("Wat zie je vaak, en wat helpt?", "What do you often see, and what helps?"),
                    "header": [
                        T("Leeftijd", "Age"),
                        T("Wat je kunt zien", "What you may see"),
                        T("Wat helpt", "What helps"),
                    ],
                    "rows": [
                        {
                            "cells": [
                                T("0 tot 4 jaar", "0 to 4 years"),
                                T(
                                    "Huilen, slecht slapen, terugvallen in gedrag zoals bedplassen",
                                    "Crying, sleeping badly, falling back into behaviour such as bedwetting",
                                ),
                                T(
                                    "Vaste ritmes, veel nabijheid, een knuffel die meegaat",
                                    "Fixed routines, lots of closeness, a cuddly toy that travels along",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("4 tot 8 jaar", "4 to 8 years"),
                                T(
                                    "Denken dat het hun schuld is, hopen dat ouders weer samenkomen",
                                    "Thinking it is their fault, hoping their parents will get back together",
                                ),
                                T(
                                    "Vaak zeggen dat het niet hun schuld is, eenvoudige uitleg",
                                    "Saying often that it is not their fault, simple explanations",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("8 tot 12 jaar", "8 to 12 years"),
                                T(
                                    "Boosheid, partij kiezen, buikpijn of hoofdpijn",
                                    "Anger, taking sides, stomach aches or headaches",
                                ),
                                T(
                                    "Ruimte voor gevoelens, niet laten kiezen, school op de hoogte houden",
                                    "Room for feelings, not making them choose, keeping school informed",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("12 tot 18 jaar", "12 to 18 years"),
                                T(
                                    "Zich terugtrekken, zorgen voor een ouder, risicovol gedrag",
                                    "Withdrawing, caring for a parent, risky behaviour",
                                ),
                                T(
                                    "Serieus nemen, inspraak geven, geen volwassen zorgen delen",
                                    "Taking them seriously, giving them a say, not sharing adult worries",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "twee-huizen-groen",
                    "alt_text": T(
                        "Twee groene huizen met gele deuren, verbonden door een pad.",
                        "Two green houses with yellow doors, connected by a path.",
                    ),
                    "caption": T(
                        "Rust en regelmaat in beide huizen helpen kinderen het meest.",
                        "Calm and routine in both homes help children most.",
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Wanneer hulp vragen?", "When to ask for help?"),
                    "text": T(
                        "<p>Duren de klachten langer dan een paar maanden, of worden ze erger? Praat dan met de "
                        "huisarts, de praktijkondersteuner jeugd of het wijkteam. Ook school kan meedenken.</p>",
                        "<p>Do the problems last longer than a few months, or do they get worse? Then talk to your "
                        "GP, the youth mental health nurse at the practice or the local team. School can also help "
                        "you think about it.</p>",
                    ),
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Het kind dat het ‘te goed’ doet", "The child who does ‘too well’"),
                    "body": T(
                        "<p>Sommige kinderen laten niets merken. Ze zijn lief, helpen veel en halen goede cijfers. "
                        "Dat kan betekenen dat het goed gaat. Het kan ook betekenen dat ze hun ouders willen "
                        "sparen. Vraag af en toe hoe het echt met ze gaat, en laat merken dat alle gevoelens er "
                        "mogen zijn.</p>",
                        "<p>Some children do not show anything. They are sweet, help a lot and get good grades. "
                        "That can mean that things are going well. It can also mean that they want to spare their "
                        "parents. Ask now and then how they are really doing, and show that all feelings are "
                        "allowed.</p>",
                    ),
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
                            "title": T(
                                "Laat je kind de kinderpagina's lezen",
                                "Let your child read the children's pages",
                            ),
                            "link": {"page": "kinderen"},
                            "text": T(
                                "Daar staat uitleg in eenvoudige woorden.",
                                "They explain things in simple words.",
                            ),
                        },
                        {
                            "title": T("Kijk naar een kindergroep", "Look into a children's group"),
                            "link": {"destination": "sociale-kaart"},
                            "text": T(
                                "Kinderen merken daar dat ze niet de enige zijn.",
                                "There, children notice that they are not the only one.",
                            ),
                        },
                    ],
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["kinderen-vertellen", "nieuwe-partner"],
    },
    {
        "slug": T("ouderschap-op-afstand", "co-parenting-at-a-distance"),
        "title": T("Ouderschap op afstand", "Co-parenting at a distance"),
        "summary": T(
            "Woont een van jullie ver weg, of wil je verhuizen? Dan verandert er veel voor je kind. Met "
            "gezamenlijk gezag mag je niet zomaar ver verhuizen met de kinderen. Goede afspraken helpen "
            "om het contact met de andere ouder toch goed te houden.",
            "Does one of you live far away, or do you want to move? Then a lot changes for your child. "
            "With joint parental authority you may not simply move far away with the children. Good "
            "agreements help to keep the contact with the other parent good anyway.",
        ),
        "topics": ["omgang", "juridisch"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Wil je met de kinderen verhuizen en heb je samen gezag? Overleg dan eerst met de andere "
                    "ouder. Gaat die niet akkoord, dan kun je de rechter om toestemming vragen. De rechter kijkt "
                    "naar alle belangen, en vooral naar die van het kind.</p>",
                    "<p>Do you want to move with the children and do you share parental authority? Then first "
                    "consult the other parent. If they do not agree, you can ask the court for permission. The "
                    "court looks at all interests, and above all at those of the child.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Contact houden op afstand", "Staying in touch at a distance"),
                    "steps": [
                        {
                            "title": T("Vaste belmomenten", "Fixed call times"),
                            "text": T(
                                "Bijvoorbeeld twee keer per week een videogesprek op een vaste tijd.",
                                "For example a video call twice a week at a fixed time.",
                            ),
                        },
                        {
                            "title": T("Langere periodes samen", "Longer periods together"),
                            "text": T(
                                "Minder vaak, maar langer: weekenden en een groot deel van de vakanties.",
                                "Less often, but longer: weekends and a large part of the holidays.",
                            ),
                        },
                        {
                            "title": T("Reizen goed regelen", "Arranging travel properly"),
                            "text": T(
                                "Wie brengt, wie haalt, en wie betaalt de reiskosten?",
                                "Who takes the children, who collects them, and who pays the travel costs?",
                            ),
                        },
                        {
                            "title": T("Betrokken blijven bij school", "Staying involved with school"),
                            "text": T(
                                "Vraag de school om beide ouders te informeren.",
                                "Ask the school to inform both parents.",
                            ),
                        },
                    ],
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Tellen de reiskosten mee bij de alimentatie?",
                                "Are travel costs included in child support?",
                            ),
                            "answer": T(
                                "<p>Soms wel. Hoge reiskosten voor de omgang kunnen meetellen bij de berekening. Laat "
                                "je hierover adviseren.</p>",
                                "<p>Sometimes. High travel costs for contact can be taken into account in the "
                                "calculation. Get advice on this.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Mag ik met mijn kind naar het buitenland op vakantie?",
                                "May I take my child abroad on holiday?",
                            ),
                            "answer": T(
                                "<p>Met gezamenlijk gezag heb je voor een reis naar het buitenland toestemming nodig van "
                                "de andere ouder. Neem een ondertekend toestemmingsformulier en een kopie van het "
                                "paspoort van de andere ouder mee.</p>",
                                "<p>With joint parental authority you need the other parent's permission for a trip "
                                "abroad. Take a signed consent form and a copy of the other parent's passport with "
                                "you.</p>",
                            ),
                        },
                    ],
                },
            ),
            (
                "services",
                {
                    "heading": T("Hulp bij afspraken over omgang", "Help with agreements about contact"),
                    "topics": ["omgang"],
                    "route": "",
                    "limit": 4,
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T(
                        "Waar kijkt de rechter naar bij een verhuizing?",
                        "What does the court consider in a relocation?",
                    ),
                    "body": T(
                        "<p>De rechter weegt onder meer: is de verhuizing nodig, is er goed nagedacht over de "
                        "gevolgen, wat betekent het voor het contact met de andere ouder, en kan dat worden "
                        "opgevangen? Ook de mening van het kind telt mee. Elke situatie is anders.</p>",
                        "<p>Among other things, the court weighs: is the move necessary, has there been careful "
                        "thought about the consequences, what does it mean for the contact with the other parent, "
                        "and can that be compensated? The child's views also count. Every situation is "
                        "different.</p>",
                    ),
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
                            "title": T("Leg de afspraken vast", "Put the agreements in writing"),
                            "link": {"page": "ouderschapsplan"},
                            "text": T(
                                "Pas het ouderschapsplan aan, eventueel met een mediator.",
                                "Adjust the parenting plan, possibly with a mediator.",
                            ),
                        },
                        {
                            "title": T(
                                "Vraag juridisch advies vóór je verhuist",
                                "Ask for legal advice before you move",
                            ),
                            "link": {"page": "juridisch-spreekuur"},
                            "text": T(
                                "Zo voorkom je een conflict achteraf.",
                                "That way you avoid a conflict afterwards.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "related": ["zorgregeling-en-omgang", "mediation", "naar-de-rechter"],
    },
]

# Same fields as PARENT_TOPIC_PAGES, plus the option fields.
OPTION_PAGES = [
    {
        "slug": T("mediation", "mediation"),
        "title": T("Mediation", "Mediation"),
        "summary": T(
            "Bij mediation maken jullie samen afspraken, met hulp van een neutrale mediator. De mediator "
            "kiest geen partij en helpt jullie om rustig te praten. Afspraken die je zelf maakt, houden "
            "vaak beter stand dan een uitspraak van de rechter.",
            "In mediation you make agreements together, with the help of a neutral mediator. The mediator "
            "does not take sides and helps you talk calmly. Agreements you make yourselves often last "
            "better than a court decision.",
        ),
        "topics": ["mediation", "ouderschapsplan", "communicatie"],
        "why_it_fits": [
            (
                "paragraph",
                T(
                    "<p>Mediation kan bij je passen als:</p>"
                    "<ul><li>jullie allebei willen proberen er samen uit te komen;</li>"
                    "<li>jullie allebei vrij en veilig je mening kunnen geven;</li>"
                    "<li>jullie afspraken nodig hebben over de kinderen, geld of het huis.</li></ul>"
                    "<p>De mediator zet de afspraken op papier, bijvoorbeeld in een ouderschapsplan en een "
                    "convenant. Een advocaat dient die daarna in bij de rechtbank als dat nodig is.</p>",
                    "<p>Mediation may suit you if:</p>"
                    "<ul><li>you both want to try to reach an agreement together;</li>"
                    "<li>you can both express your views freely and safely;</li>"
                    "<li>you need agreements about the children, money or the house.</li></ul>"
                    "<p>The mediator puts the agreements on paper, for example in a parenting plan and a "
                    "settlement agreement. A lawyer then files them with the court if that is needed.</p>",
                ),
            ),
            ("quote", {"story": "moeder-twee-kinderen"}),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Moeten we in één ruimte zitten?", "Do we have to sit in the same room?"
                            ),
                            "answer": T(
                                "<p>Meestal wel, maar het hoeft niet altijd. Sommige mediators werken ook met aparte "
                                "gesprekken of met een videoverbinding.</p>",
                                "<p>Usually, but not always. Some mediators also work with separate conversations or "
                                "with a video connection.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Wat als we er niet uitkomen?", "What if we cannot reach an agreement?"
                            ),
                            "answer": T(
                                "<p>Dan kun je stoppen. De afspraken die wel gelukt zijn, kun je vaak toch "
                                "gebruiken. Over de rest beslist dan de rechter.</p>",
                                "<p>Then you can stop. You can often still use the agreements that did work out. The "
                                "court then decides on the rest.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
        "cost_and_time": T(
            "Meestal 3 tot 6 gesprekken van ongeveer anderhalf uur. Met een laag inkomen betaal je vaak "
            "alleen een eigen bijdrage; de overheid betaalt de rest. Vraag de mediator wat in jouw "
            "situatie geldt.",
            "Usually 3 to 6 sessions of about an hour and a half. With a low income you often pay only a "
            "personal contribution; the government pays the rest. Ask the mediator what applies in your "
            "situation.",
        ),
        "waiting_list": T(
            "Bij de meeste mediators kun je binnen twee weken een eerste gesprek krijgen.",
            "With most mediators you can have a first meeting within two weeks.",
        ),
        "not_suitable_when": T(
            "Mediation is niet geschikt als er sprake is van huiselijk geweld, dreiging of stalking, als een "
            "van jullie bang is voor de ander, of als er een grote machtsongelijkheid is. Ook als een ouder "
            "door verslaving of ernstige psychische problemen niet vrij kan onderhandelen, is mediation "
            "niet de juiste weg. Kies dan eerst voor veiligheid en advies.",
            "Mediation is not suitable if there is domestic violence, threats or stalking, if one of you is "
            "afraid of the other, or if there is a large imbalance of power. Mediation is also not the "
            "right way if a parent cannot negotiate freely because of addiction or serious mental health "
            "problems. Then choose safety and advice first.",
        ),
        "service_routes": ["vrij-aanbod"],
        "expert_disciplines": ["advocaat-mediator"],
        "related": ["ouderschapsplan", "praten-met-de-andere-ouder", "juridisch-spreekuur"],
    },
    {
        "slug": T("groepstraining-weer-ruimte", "group-course-room-to-breathe"),
        "title": T("Groepstraining Weer Ruimte", "Group course Room to Breathe"),
        "summary": T(
            "Weer Ruimte is een groepstraining voor ouders die na de scheiding in een vastgelopen conflict "
            "zitten. Jullie leren de ruzie los te laten en te kijken door de ogen van je kind. Tegelijk "
            "is er een eigen groep voor de kinderen.",
            "Room to Breathe is a group course for parents who are stuck in a conflict after their "
            "separation. You learn to let go of the fight and to see through your child's eyes. At the "
            "same time, there is a separate group for the children.",
        ),
        "topics": ["hoog-conflict", "communicatie", "kinderen-betrekken"],
        "why_it_fits": [
            (
                "paragraph",
                T(
                    "<p>In de training zitten meerdere ouderparen samen in een groep. Je werkt niet met je eigen "
                    "ex aan oplossingen, maar leert van andere ouders. Dat voelt voor veel ouders veiliger.</p>"
                    "<p>De kinderen (8 tot 16 jaar) komen op dezelfde avonden in hun eigen groep. Zij maken aan "
                    "het eind iets voor hun ouders, bijvoorbeeld een filmpje of een brief. Voor veel ouders is "
                    "dat het moment dat er echt iets verandert.</p>",
                    "<p>In the course, several pairs of parents sit together in one group. You do not work on "
                    "solutions with your own ex, but learn from other parents. Many parents find that "
                    "safer.</p>"
                    "<p>The children (8 to 16 years) come on the same evenings in their own group. At the end "
                    "they make something for their parents, for example a short film or a letter. For many "
                    "parents that is the moment when something really changes.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Hoe verloopt de training?", "How does the course work?"),
                    "steps": [
                        {
                            "title": T("Kennismaking", "Introduction"),
                            "text": T(
                                "Een apart gesprek met elke ouder. We kijken of de training past.",
                                "A separate conversation with each parent. We check whether the course fits.",
                            ),
                        },
                        {
                            "title": T("Acht bijeenkomsten", "Eight sessions"),
                            "text": T(
                                "Om de week, twee uur per keer, in de avond.",
                                "Every other week, two hours each time, in the evening.",
                            ),
                        },
                        {
                            "title": T("Terugkomavond", "Follow-up evening"),
                            "text": T(
                                "Na drie maanden kijken we samen hoe het gaat.",
                                "After three months we look together at how things are going.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "cost_and_time": T(
            "Gratis voor inwoners van de regio; de gemeente betaalt. Acht bijeenkomsten van twee uur, plus "
            "een kennismakingsgesprek en een terugkomavond.",
            "Free for residents of the region; the municipality pays. Eight two-hour sessions, plus an "
            "introductory conversation and a follow-up evening.",
        ),
        "waiting_list": T(
            "Er starten drie groepen per jaar. Soms moet je een paar weken wachten tot een nieuwe groep "
            "begint.",
            "Three groups start each year. Sometimes you have to wait a few weeks until a new group starts.",
        ),
        "not_suitable_when": T(
            "De training is niet geschikt als er op dit moment geweld of dreiging is, als er een "
            "contactverbod geldt, of als een ouder niet kan meedoen door verslaving of ernstige psychische "
            "problemen. Beide ouders moeten meedoen. Bij onveiligheid gaat eerst de veiligheid voor.",
            "The course is not suitable if there is violence or threat at this moment, if a no-contact "
            "order applies, or if a parent cannot take part because of addiction or serious mental health "
            "problems. Both parents must take part. With unsafety, safety comes first.",
        ),
        "service_routes": ["vrij-aanbod"],
        "expert_disciplines": ["ggz", "jeugdhulp"],
        "related": ["als-het-conflict-escaleert", "mediation", "hoog-conflict-platform"],
    },
    {
        "slug": T("juridisch-spreekuur", "legal-advice-desk"),
        "title": T("Juridisch spreekuur", "Legal advice desk"),
        "summary": T(
            "Bij het juridisch spreekuur krijg je gratis uitleg over je rechten en plichten bij een "
            "scheiding. Bijvoorbeeld over gezag, alimentatie, het huis of de procedure bij de rechter. "
            "Je hoort ook of je recht hebt op een advocaat met korting.",
            "At the legal advice desk you get free explanations of your rights and obligations in a "
            "separation. For example about parental authority, support, the house or the court procedure. "
            "You also hear whether you are entitled to a lawyer at a reduced rate.",
        ),
        "topics": ["juridisch", "financien", "ouderschapsplan"],
        "why_it_fits": [
            (
                "paragraph",
                T(
                    "<p>Het spreekuur is een goed begin als je nog niet weet wat je moet regelen, of als je wilt "
                    "weten wat je kunt verwachten. Een juridisch medewerker legt het uit in gewone woorden.</p>"
                    "<p>Neem mee wat je hebt: een huurcontract, een hypotheekakte, loonstroken of brieven van "
                    "de rechtbank. Zo krijg je een beter antwoord.</p>",
                    "<p>The advice desk is a good start if you do not yet know what you need to arrange, or if you "
                    "want to know what to expect. A legal adviser explains it in plain words.</p>"
                    "<p>Bring what you have: a tenancy agreement, a mortgage deed, payslips or letters from the "
                    "court. That way you get a better answer.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T("Wat kan het spreekuur wel en niet?", "What can the desk do and not do?"),
                    "header": [T("Wel", "Yes"), T("Niet", "No")],
                    "rows": [
                        {
                            "cells": [
                                T("Uitleg over je rechten", "Explain your rights"),
                                T("Je zaak voeren bij de rechter", "Represent you in court"),
                            ]
                        },
                        {
                            "cells": [
                                T("Brieven doorlezen en uitleggen", "Read and explain letters"),
                                T("Onderhandelen met de andere ouder", "Negotiate with the other parent"),
                            ]
                        },
                        {
                            "cells": [
                                T(
                                    "Doorverwijzen naar een advocaat of mediator",
                                    "Refer you to a lawyer or mediator",
                                ),
                                T("Alimentatie precies uitrekenen", "Calculate support exactly"),
                            ]
                        },
                    ],
                },
            ),
        ],
        "cost_and_time": T(
            "Gratis. Een gesprek duurt ongeveer een half uur. Heb je daarna een advocaat nodig en heb je "
            "een laag inkomen, dan betaal je vaak alleen een eigen bijdrage.",
            "Free. A conversation takes about half an hour. If you then need a lawyer and have a low "
            "income, you often only pay a personal contribution.",
        ),
        "waiting_list": T(
            "Meestal kun je binnen een week terecht. Op het inloopspreekuur hoef je geen afspraak te maken.",
            "You can usually be seen within a week. At the walk-in hours you do not need an appointment.",
        ),
        "not_suitable_when": T(
            "Het spreekuur is niet bedoeld voor spoedzaken, bijvoorbeeld als je kind is meegenomen of als "
            "er morgen een zitting is. Neem dan direct contact op met een advocaat. Bij dreiging of "
            "geweld bel je Veilig Thuis (0800-2000) of bij direct gevaar 112.",
            "The desk is not meant for urgent matters, for example if your child has been taken away or if "
            "there is a hearing tomorrow. Then contact a lawyer directly. In case of threats or violence, "
            "call Veilig Thuis (0800-2000), or 112 in immediate danger.",
        ),
        "service_routes": ["vrij-aanbod"],
        "expert_disciplines": ["juridisch"],
        "related": ["naar-de-rechter", "kinderalimentatie", "mediation"],
    },
    {
        "slug": T("omgangsbegeleiding", "supervised-contact"),
        "title": T("Omgangsbegeleiding", "Supervised contact"),
        "summary": T(
            "Bij omgangsbegeleiding ziet je kind de andere ouder op een neutrale plek, met een begeleider "
            "erbij. Dat helpt als het contact lang stil lag, of als het samen niet lukt. Het doel is dat "
            "het contact weer veilig en zelfstandig kan.",
            "With supervised contact, your child sees the other parent at a neutral place, with a "
            "supervisor present. That helps if contact has been interrupted for a long time, or if it does "
            "not work together. The goal is that contact can take place safely and independently again.",
        ),
        "topics": ["omgang", "hoog-conflict", "veiligheid"],
        "why_it_fits": [
            (
                "paragraph",
                T(
                    "<p>Omgangsbegeleiding kan passen als:</p>"
                    "<ul><li>je kind de andere ouder lang niet heeft gezien;</li>"
                    "<li>de overdracht steeds uitloopt op ruzie;</li>"
                    "<li>er zorgen zijn die eerst in een veilige omgeving bekeken moeten worden.</li></ul>"
                    "<p>De begeleider let op je kind, helpt waar nodig en bespreekt na afloop met beide ouders "
                    "hoe het ging.</p>",
                    "<p>Supervised contact may fit if:</p>"
                    "<ul><li>your child has not seen the other parent for a long time;</li>"
                    "<li>handovers keep ending in arguments;</li>"
                    "<li>there are concerns that first need to be looked at in a safe setting.</li></ul>"
                    "<p>The supervisor pays attention to your child, helps where needed and discusses afterwards "
                    "with both parents how it went.</p>",
                ),
            ),
            ("quote", {"story": "vader-omgang"}),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Hoe kom je aan omgangsbegeleiding?", "How do you get supervised contact?"),
                    "text": T(
                        "<p>Via het wijkteam of de gemeente, of omdat de rechter het heeft bepaald. Het "
                        "expertisepunt kan helpen om de juiste plek te vinden.</p>",
                        "<p>Through the local team or the municipality, or because the court has ordered it. The "
                        "expertise point can help find the right place.</p>",
                    ),
                },
            ),
        ],
        "cost_and_time": T(
            "Meestal gratis via de gemeente. Vaak één of twee keer per maand, gedurende drie tot zes "
            "maanden. Daarna bouwen jullie stap voor stap af.",
            "Usually free through the municipality. Often once or twice a month, for three to six months. "
            "After that you reduce it step by step.",
        ),
        "waiting_list": T(
            "De wachttijd verschilt. Reken op vier tot acht weken. Bij een uitspraak van de rechter krijgt "
            "je aanvraag voorrang.",
            "Waiting times vary. Expect four to eight weeks. With a court decision, your request is given "
            "priority.",
        ),
        "not_suitable_when": T(
            "Omgangsbegeleiding is niet genoeg als het contact zelf niet veilig is voor je kind, "
            "bijvoorbeeld bij ernstig geweld of misbruik, of als je kind heel erg bang is voor de ouder. "
            "Dan kijken deskundigen eerst wat wel veilig is. Twijfel je over de veiligheid, bel dan Veilig "
            "Thuis: 0800-2000.",
            "Supervised contact is not enough if the contact itself is not safe for your child, for example "
            "with serious violence or abuse, or if your child is very afraid of the parent. Then experts "
            "first look at what is safe. If you doubt the safety, call Veilig Thuis: 0800-2000.",
        ),
        "service_routes": ["advies"],
        "expert_disciplines": ["jeugdhulp", "jeugdbescherming"],
        "related": ["zorgregeling-en-omgang", "veiligheid-en-geweld", "als-het-conflict-escaleert"],
    },
    {
        "slug": T("hoog-conflict-platform", "high-conflict-panel"),
        "title": T("Hoog Conflict Platform", "High Conflict Panel"),
        "summary": T(
            "Het Hoog Conflict Platform is een team van ervaren deskundigen uit verschillende vakgebieden. "
            "Het geeft advies als een scheiding helemaal is vastgelopen en gewone hulp niet meer werkt. Je "
            "komt er alleen via het expertisepunt.",
            "The High Conflict Panel is a team of experienced experts from different fields. It gives "
            "advice when a separation has completely stalled and ordinary help no longer works. You can "
            "only reach it through the expertise point.",
        ),
        "topics": ["hoog-conflict", "kinderbescherming"],
        "why_it_fits": [
            (
                "paragraph",
                T(
                    "<p>In het platform zitten onder anderen een kinder- en jeugdpsycholoog, een advocaat en "
                    "mediator, een jeugdbeschermer en een deskundige uit de volwassenenzorg. Ze komen vaak bij "
                    "elkaar en kijken samen naar de situatie van jullie gezin.</p>"
                    "<p>Het platform geeft een advies aan de hulpverleners en aan jullie. Het doel is dat de "
                    "kinderen weer rust krijgen, en dat een maatregel van de kinderrechter niet nodig is.</p>",
                    "<p>The panel includes, among others, a child and youth psychologist, a lawyer and mediator, "
                    "a child protection worker and an expert from adult care. They meet often and look together "
                    "at your family's situation.</p>"
                    "<p>The panel gives advice to the professionals and to you. The goal is that the children find "
                    "peace again, and that a measure by the juvenile court is not needed.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Hoe kom je bij het platform?", "How do you reach the panel?"),
                    "steps": [
                        {
                            "title": T("Contact met het expertisepunt", "Contact with the expertise point"),
                            "link": {"destination": "terugbellen"},
                            "text": T(
                                "Zelf, of via een hulpverlener.", "Yourself, or through a professional."
                            ),
                        },
                        {
                            "title": T("Gezamenlijke intake", "Joint intake"),
                            "text": T(
                                "Het expertisepunt bekijkt met jullie wat er al is geprobeerd.",
                                "The expertise point looks with you at what has already been tried.",
                            ),
                        },
                        {
                            "title": T("Bespreking in het platform", "Discussion in the panel"),
                            "text": T(
                                "Alleen met jullie toestemming. Anders alleen anoniem.",
                                "Only with your consent. Otherwise only anonymously.",
                            ),
                        },
                        {
                            "title": T("Advies en volgen", "Advice and follow-up"),
                            "text": T(
                                "Het expertisepunt houdt in de gaten of het advies wordt uitgevoerd en of het helpt.",
                                "The expertise point keeps an eye on whether the advice is carried out and whether it helps.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Geen platform in jouw regio?", "No panel in your region?"),
                    "text": T(
                        "<p>Niet elke regio heeft een Hoog Conflict Platform. In sommige regio's doet een "
                        "expertisepoule hetzelfde werk, met extra aandacht voor veiligheid. Het expertisepunt van "
                        "jouw regio weet de weg.</p>",
                        "<p>Not every region has a High Conflict Panel. In some regions an expert pool does the same "
                        "work, with extra attention to safety. Your region's expertise point knows the way.</p>",
                    ),
                },
            ),
        ],
        "cost_and_time": T(
            "Gratis. Het platform komt elke twee weken bij elkaar. Na de bespreking krijg je binnen twee "
            "weken een schriftelijk advies.",
            "Free. The panel meets every two weeks. After the discussion you receive written advice within "
            "two weeks.",
        ),
        "waiting_list": T(
            "Het expertisepunt bepaalt samen met jullie wanneer een bespreking zinvol is. Meestal is dat "
            "binnen vier weken na de intake.",
            "The expertise point decides together with you when a discussion is useful. This is usually "
            "within four weeks after the intake.",
        ),
        "not_suitable_when": T(
            "Het platform is niet bedoeld voor acute onveiligheid. Bij direct gevaar bel je 112; bij zorgen "
            "over geweld of kindermishandeling Veilig Thuis (0800-2000). Ook als er nog geen andere hulp is "
            "geprobeerd, begint het expertisepunt eerst met lichtere hulp.",
            "The panel is not meant for acute unsafety. In immediate danger, call 112; with concerns about "
            "violence or child abuse, call Veilig Thuis (0800-2000). Also, if no other help has been tried "
            "yet, the expertise point first starts with lighter help.",
        ),
        "service_routes": ["expertisepunt"],
        "expert_disciplines": ["ggz", "advocaat-mediator", "jeugdbescherming", "volwassenenzorg"],
        "related": ["als-het-conflict-escaleert", "groepstraining-weer-ruimte"],
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
        "body": [
            (
                "paragraph",
                T(
                    "<p>Misschien denk je: was ik maar liever geweest. Of: hadden ze maar geen ruzie over mij "
                    "gehad. Veel kinderen denken zulke dingen.</p>"
                    "<p>Maar het klopt niet. Ouders gaan uit elkaar om dingen tussen hen twee. <b>Het ligt niet "
                    "aan jou.</b> Je kunt het ook niet oplossen. Dat is niet jouw taak.</p>",
                    "<p>Maybe you think: if only I had been nicer. Or: if only they had not argued about me. "
                    "Lots of children think things like that.</p>"
                    "<p>But it is not true. Parents split up because of things between the two of them. <b>It is "
                    "not because of you.</b> You cannot fix it either. That is not your job.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Onthoud dit", "Remember this"),
                    "text": T(
                        "<p>Je ouders stoppen als partners. Ze stoppen <b>nooit</b> met jouw papa of mama zijn.</p>",
                        "<p>Your parents stop being partners. They <b>never</b> stop being your dad or mum.</p>",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": T("Vragen van andere kinderen", "Questions from other children"),
                    "items": [
                        {
                            "question": T(
                                "Komen mijn ouders weer bij elkaar?", "Will my parents get back together?"
                            ),
                            "answer": T(
                                "<p>Meestal niet. Het is heel normaal dat je dat toch hoopt.</p>",
                                "<p>Usually not. It is very normal to hope so anyway.</p>",
                            ),
                        },
                        {
                            "question": T("Mag ik boos zijn?", "Am I allowed to be angry?"),
                            "answer": T(
                                "<p>Ja. Boos, verdrietig, opgelucht: alles mag. Je mag het ook zeggen.</p>",
                                "<p>Yes. Angry, sad, relieved: everything is allowed. You may say it too.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": T("twee-huizen", "two-homes"),
        "title": T("Wonen in twee huizen", "Living in two homes"),
        "summary": T(
            "Veel kinderen wonen na de scheiding in twee huizen. Dat is even wennen.",
            "After the separation, lots of children live in two homes. It takes some getting used to.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Soms ben je bij papa, soms bij mama. Of bij twee mama's, of twee papa's. In elk huis "
                    "zijn andere regels. Dat is best lastig.</p>"
                    "<p>Dit kan helpen:</p>"
                    "<ul><li>een kalender waarop je ziet waar je slaapt;</li>"
                    "<li>in elk huis je eigen spullen;</li>"
                    "<li>een knuffel of iets anders dat altijd meegaat.</li></ul>",
                    "<p>Sometimes you are at Dad's, sometimes at Mum's. Or with two mums, or two dads. Each home "
                    "has different rules. That is quite hard.</p>"
                    "<p>This can help:</p>"
                    "<ul><li>a calendar that shows where you sleep;</li>"
                    "<li>your own things in each home;</li>"
                    "<li>a cuddly toy or something else that always goes with you.</li></ul>",
                ),
            ),
            (
                "image",
                {
                    "image": "twee-huizen",
                    "alt_text": T(
                        "Twee blauwe huizen met gele deuren. Een pad loopt van het ene huis naar het andere.",
                        "Two blue houses with yellow doors. A path runs from one house to the other.",
                    ),
                    "caption": T(
                        "Twee huizen, en jij hoort bij allebei.", "Two homes, and you belong in both."
                    ),
                },
            ),
            ("quote", {"story": "kind-twee-huizen"}),
            (
                "steps",
                {
                    "heading": T("Zelf iets doen", "Things you can do yourself"),
                    "steps": [
                        {
                            "title": T("Maak een lijstje", "Make a list"),
                            "text": T(
                                "Wat wil je altijd bij je hebben?",
                                "What do you always want to have with you?",
                            ),
                        },
                        {
                            "title": T("Zeg wat je mist", "Say what you miss"),
                            "text": T(
                                "Je ouders kunnen het pas regelen als ze het weten.",
                                "Your parents can only sort it out if they know.",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": T("al-je-gevoelens-mogen-er-zijn", "all-your-feelings-are-okay"),
        "title": T("Al je gevoelens mogen er zijn", "All your feelings are okay"),
        "summary": T(
            "Verdrietig, boos, bang of blij. Alles wat je voelt, is goed.",
            "Sad, angry, scared or happy. Everything you feel is okay.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Als je ouders uit elkaar gaan, voel je misschien heel veel tegelijk. Soms ben je "
                    "verdrietig. Soms ben je boos. En soms heb je gewoon een leuke dag. Dat mag allemaal.</p>"
                    "<p>Sommige kinderen krijgen buikpijn of slapen slecht. Dat is je lijf dat zegt: er is veel "
                    "aan de hand.</p>",
                    "<p>When your parents split up, you may feel lots of things at once. Sometimes you are sad. "
                    "Sometimes you are angry. And sometimes you just have a fun day. That is all okay.</p>"
                    "<p>Some children get tummy aches or sleep badly. That is your body saying: a lot is "
                    "going on.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T(
                        "Wat kun je doen met een groot gevoel?", "What can you do with a big feeling?"
                    ),
                    "steps": [
                        {
                            "title": T("Praat erover", "Talk about it"),
                            "text": T("Met iemand die je vertrouwt.", "With someone you trust."),
                        },
                        {
                            "title": T("Teken of schrijf het op", "Draw it or write it down"),
                            "text": T(
                                "Je hoeft het aan niemand te laten zien.",
                                "You do not have to show it to anyone.",
                            ),
                        },
                        {
                            "title": T("Beweeg", "Move"),
                            "text": T(
                                "Rennen, fietsen, dansen: dat lucht op.",
                                "Running, cycling, dancing: that helps you let off steam.",
                            ),
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "twee-huizen-groen",
                    "alt_text": T(
                        "Twee groene huizen met gele deuren en een pad ertussen.",
                        "Two green houses with yellow doors and a path between them.",
                    ),
                    "caption": T(
                        "Het is oké om je soms anders te voelen in elk huis.",
                        "It is okay to feel different in each home sometimes.",
                    ),
                },
            ),
        ],
    },
    {
        "slug": T("met-wie-kun-je-praten", "who-can-you-talk-to"),
        "title": T("Met wie kun je praten?", "Who can you talk to?"),
        "summary": T(
            "Je hoeft het niet alleen te doen. Er zijn altijd mensen die naar je luisteren.",
            "You do not have to do it alone. There are always people who will listen to you.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Het helpt om over je gevoelens te praten. Je kunt praten met:</p>"
                    "<ul><li>je papa of mama;</li>"
                    "<li>een opa, oma, tante of oom;</li>"
                    "<li>je juf of meester;</li>"
                    "<li>een vriend of vriendin.</li></ul>",
                    "<p>It helps to talk about your feelings. You can talk to:</p>"
                    "<ul><li>your dad or mum;</li>"
                    "<li>a grandpa, grandma, aunt or uncle;</li>"
                    "<li>your teacher;</li>"
                    "<li>a friend.</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("De Kindertelefoon", "The Kindertelefoon"),
                    "text": T(
                        "<p>Wil je met iemand praten die je niet kent? Bel de Kindertelefoon: "
                        '<a href="tel:08000432">0800-0432</a>. Het is gratis. Je hoeft je naam niet te '
                        "zeggen.</p>",
                        "<p>Do you want to talk to someone you do not know? Call the Kindertelefoon (children's "
                        'helpline): <a href="tel:08000432">0800-0432</a>. It is free. You do not have to say your '
                        "name.</p>",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": T("Vragen van andere kinderen", "Questions from other children"),
                    "items": [
                        {
                            "question": T(
                                "Vertelt de Kindertelefoon het aan mijn ouders?",
                                "Will the Kindertelefoon tell my parents?",
                            ),
                            "answer": T(
                                "<p>Nee. Wat je zegt, blijft tussen jou en de Kindertelefoon.</p>",
                                "<p>No. What you say stays between you and the Kindertelefoon.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Is er een groep met andere kinderen?",
                                "Is there a group with other children?",
                            ),
                            "answer": T(
                                "<p>Ja, er zijn kindergroepen voor kinderen van gescheiden ouders. Vraag je papa of "
                                "mama ernaar.</p>",
                                "<p>Yes, there are groups for children whose parents have split up. Ask your dad or "
                                "mum about it.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": T("als-je-ouders-veel-ruzie-maken", "when-your-parents-argue-a-lot"),
        "title": T("Als je ouders veel ruzie maken", "When your parents argue a lot"),
        "summary": T(
            "Ruzie tussen ouders is naar om te horen. Het is niet jouw taak om het op te lossen.",
            "Arguments between parents are horrible to hear. It is not your job to solve them.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Soms maken ouders ook na de scheiding nog veel ruzie. Misschien vraagt een ouder je om "
                    "iets door te geven aan de andere ouder. Of je hoort lelijke dingen over je andere ouder.</p>"
                    "<p>Je mag zeggen: <i>Dat wil ik niet doorgeven. Zeg het zelf maar.</i> Je mag van allebei "
                    "je ouders houden.</p>",
                    "<p>Sometimes parents still argue a lot after the separation. Maybe a parent asks you to pass "
                    "on a message to the other parent. Or you hear nasty things about your other parent.</p>"
                    "<p>You may say: <i>I do not want to pass that on. Please say it yourself.</i> You may love "
                    "both your parents.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T(
                        "Wordt er geslagen of voel je je niet veilig?",
                        "Is there hitting or do you not feel safe?",
                    ),
                    "text": T(
                        "<p>Ga naar een veilige plek. Bel <b>112</b> als het gevaarlijk is. Je kunt ook de "
                        'Kindertelefoon bellen: <a href="tel:08000432">0800-0432</a>.</p>',
                        "<p>Go to a safe place. Call <b>112</b> if it is dangerous. You can also call the "
                        'Kindertelefoon: <a href="tel:08000432">0800-0432</a>.</p>',
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": T("Wat kun je doen als ze ruzie maken?", "What can you do when they argue?"),
                    "steps": [
                        {
                            "title": T("Ga even weg", "Go somewhere else for a bit"),
                            "text": T(
                                "Naar je kamer, naar buiten of naar de buren.",
                                "To your room, outside or to the neighbours.",
                            ),
                        },
                        {
                            "title": T("Zet muziek op", "Put on some music"),
                            "text": T("Dan hoor je het minder.", "Then you hear it less."),
                        },
                        {
                            "title": T("Vertel het later aan iemand", "Tell someone about it later"),
                            "text": T("Aan iemand die je vertrouwt.", "Someone you trust."),
                        },
                    ],
                },
            ),
        ],
    },
]

YOUTH_PAGES = [  # for youth 12-18, same fields as CHILD_PAGES
    {
        "slug": T("jouw-mening-telt", "your-voice-counts"),
        "title": T("Jouw mening telt: het kindgesprek", "Your voice counts: the talk with the judge"),
        "summary": T(
            "Ben je 12 of ouder en moet de rechter iets beslissen over jou? Dan krijg je een uitnodiging "
            "om je mening te geven. Je hoeft niet te kiezen tussen je ouders.",
            "Are you 12 or older and does the judge have to decide something about you? Then you get an "
            "invitation to give your views. You do not have to choose between your parents.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Als je ouders scheiden of het niet eens zijn over bijvoorbeeld de omgang, beslist soms de "
                    "rechter. Ben je 12 jaar of ouder, dan stuurt de rechtbank je een brief. Je kunt dan:</p>"
                    "<ul><li>op gesprek komen bij de rechter;</li>"
                    "<li>een brief of mail schrijven;</li>"
                    "<li>niets doen. Ook dat mag.</li></ul>"
                    "<p>Ben je jonger? Dan kan de rechter je soms ook uitnodigen.</p>",
                    "<p>When your parents divorce or disagree about, for example, contact arrangements, the judge "
                    "sometimes decides. If you are 12 or older, the court sends you a letter. You can then:</p>"
                    "<ul><li>come for a talk with the judge;</li>"
                    "<li>write a letter or e-mail;</li>"
                    "<li>do nothing. That is allowed too.</li></ul>"
                    "<p>Are you younger? Then the judge can sometimes invite you too.</p>",
                ),
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T("Hoe gaat het gesprek?", "How does the talk go?"),
                            "answer": T(
                                "<p>Je praat kort met de rechter, meestal zonder je ouders erbij. Het duurt vaak maar "
                                "een kwartier. De rechter vraagt hoe het met je gaat en wat jij belangrijk vindt.</p>",
                                "<p>You talk briefly with the judge, usually without your parents present. It often "
                                "only takes a quarter of an hour. The judge asks how you are doing and what matters "
                                "to you.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Horen mijn ouders wat ik zeg?", "Will my parents hear what I say?"
                            ),
                            "answer": T(
                                "<p>De rechter vertelt in het kort aan je ouders wat je hebt gezegd. Wil je iets echt niet "
                                "kwijt aan je ouders? Zeg dat dan van tevoren. Een brief kunnen je ouders meestal "
                                "lezen.</p>",
                                "<p>The judge tells your parents briefly what you said. Is there something you really do "
                                "not want your parents to know? Then say so beforehand. Your parents can usually read "
                                "a letter.</p>",
                            ),
                        },
                        {
                            "question": T("Doet de rechter wat ik wil?", "Will the judge do what I want?"),
                            "answer": T(
                                "<p>Niet altijd. De rechter luistert goed en neemt je mening serieus. Maar de rechter "
                                "beslist wat het beste is voor jou, en kijkt ook naar andere dingen.</p>",
                                "<p>Not always. The judge listens carefully and takes your views seriously. But the "
                                "judge decides what is best for you, and also looks at other things.</p>",
                            ),
                        },
                    ],
                },
            ),
            ("quote", {"story": "jongere-kindgesprek"}),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Zelf een brief sturen", "Sending a letter yourself"),
                    "text": T(
                        "<p>Vanaf 12 jaar kun je ook zelf een brief sturen naar de rechter over de omgang of over "
                        "waar je woont. De rechter bekijkt dan of er iets moet gebeuren. Je hebt daar geen advocaat "
                        "voor nodig.</p>",
                        "<p>From the age of 12 you can also send a letter to the judge yourself about contact or "
                        "about where you live. The judge then looks at whether something needs to happen. You do "
                        "not need a lawyer for that.</p>",
                    ),
                },
            ),
        ],
    },
    {
        "slug": T("waar-ga-ik-wonen", "where-will-i-live"),
        "title": T("Waar ga ik wonen?", "Where will I live?"),
        "summary": T(
            "Je mag meepraten over waar je woont. Er is geen leeftijd waarop je helemaal zelf mag "
            "kiezen, maar hoe ouder je bent, hoe zwaarder je mening meetelt.",
            "You may have a say in where you live. There is no age at which you may choose entirely by "
            "yourself, but the older you are, the more weight your views carry.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Veel jongeren denken: vanaf 12 mag ik zelf kiezen. Dat klopt niet helemaal. Je ouders "
                    "beslissen samen, en als ze het niet eens worden, beslist de rechter. Maar jouw mening is "
                    "heel belangrijk.</p>"
                    "<p>Denk na over wat jij belangrijk vindt. Bijvoorbeeld je school, je vrienden, je sport, of "
                    "rust in huis. Dat zijn goede redenen om te noemen.</p>",
                    "<p>Many young people think: from 12 I may choose myself. That is not quite right. Your "
                    "parents decide together, and if they cannot agree, the judge decides. But your views are very "
                    "important.</p>"
                    "<p>Think about what matters to you. For example your school, your friends, your sport, or "
                    "peace and quiet at home. Those are good reasons to mention.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Zo zeg je wat je wilt", "How to say what you want"),
                    "steps": [
                        {
                            "title": T("Schrijf je wensen op", "Write down your wishes"),
                            "text": T(
                                "Wat wil je houden? Wat wil je anders?",
                                "What do you want to keep? What do you want to change?",
                            ),
                        },
                        {
                            "title": T("Praat met allebei je ouders", "Talk with both your parents"),
                            "text": T("Apart, als dat makkelijker is.", "Separately, if that is easier."),
                        },
                        {
                            "title": T("Vraag iemand om je te helpen", "Ask someone to help you"),
                            "text": T(
                                "Een mentor, vertrouwenspersoon of de Kindertelefoon.",
                                "A mentor, confidential adviser or the Kindertelefoon.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Het mag ook veranderen", "It may also change"),
                    "text": T(
                        "<p>Wat nu goed voelt, kan over een jaar anders zijn. Je mag later opnieuw zeggen wat je "
                        "wilt. Goede afspraken kunnen meegroeien.</p>",
                        "<p>What feels right now may be different in a year. You may say again later what you "
                        "want. Good agreements can grow along with you.</p>",
                    ),
                },
            ),
        ],
    },
    {
        "slug": T("als-het-thuis-niet-veilig-is", "when-home-is-not-safe"),
        "title": T("Als het thuis niet veilig is", "When home is not safe"),
        "summary": T(
            "Wordt er thuis geslagen, gedreigd of geschreeuwd, en ben je bang? Dat is niet normaal en het "
            "is nooit jouw schuld. Je mag hulp vragen, ook anoniem.",
            "Is there hitting, threatening or shouting at home, and are you scared? That is not normal and "
            "it is never your fault. You may ask for help, also anonymously.",
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T("Is het nu gevaarlijk?", "Is it dangerous right now?"),
                    "text": T(
                        "<p>Bel <b>112</b>. Wil je eerst advies? Bel Veilig Thuis: "
                        '<a href="tel:08002000">0800-2000</a>, dag en nacht en gratis. Of praat met de '
                        'Kindertelefoon: <a href="tel:08000432">0800-0432</a>.</p>',
                        "<p>Call <b>112</b>. Do you want advice first? Call Veilig Thuis: "
                        '<a href="tel:08002000">0800-2000</a>, day and night and free. Or talk to the '
                        'Kindertelefoon: <a href="tel:08000432">0800-0432</a>.</p>',
                    ),
                },
            ),
            (
                "paragraph",
                T(
                    "<p>Onveilig is niet alleen slaan. Het is ook als een ouder je steeds uitscheldt, je bang "
                    "maakt, of als je ziet dat een ouder de andere ouder pijn doet.</p>"
                    "<p>Praat erover met iemand die je vertrouwt, zoals je mentor of de vertrouwenspersoon op "
                    "school. Zij mogen hulp inschakelen en weten hoe dat veilig kan.</p>",
                    "<p>Unsafe is not only hitting. It is also when a parent keeps calling you names, makes you "
                    "scared, or when you see a parent hurting the other parent.</p>"
                    "<p>Talk about it with someone you trust, such as your mentor or the confidential adviser at "
                    "school. They are allowed to bring in help and know how to do that safely.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Een plan voor als het misgaat", "A plan for when things go wrong"),
                    "steps": [
                        {
                            "title": T("Weet waar je heen kunt", "Know where you can go"),
                            "text": T("Een buur, een vriend of familie.", "A neighbour, a friend or family."),
                        },
                        {
                            "title": T(
                                "Zet belangrijke nummers in je telefoon",
                                "Put important numbers in your phone",
                            ),
                            "text": T(
                                "112, Veilig Thuis en de Kindertelefoon.",
                                "112, Veilig Thuis and the Kindertelefoon.",
                            ),
                        },
                        {
                            "title": T(
                                "Bemoei je niet met het geweld", "Do not get involved in the violence"
                            ),
                            "text": T(
                                "Ga weg en haal hulp. Jouw veiligheid gaat voor.",
                                "Leave and get help. Your safety comes first.",
                            ),
                        },
                    ],
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T("Word ik dan uit huis gehaald?", "Will I be taken away from home?"),
                            "answer": T(
                                "<p>Meestal niet. Hulp is er vooral op gericht dat het thuis veilig wordt. Alleen als "
                                "het echt niet anders kan, ga je ergens anders wonen.</p>",
                                "<p>Usually not. Help is mostly aimed at making home safe. Only if there is really no "
                                "other way will you live somewhere else.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": T("social-media-en-ruzie", "social-media-and-arguments"),
        "title": T("Social media en ruzie", "Social media and arguments"),
        "summary": T(
            "Ruzie tussen je ouders kan ook online doorgaan. Je hoeft daar niet aan mee te doen. Bescherm "
            "jezelf, en praat erover met iemand die je vertrouwt.",
            "Arguments between your parents can continue online too. You do not have to take part. Protect "
            "yourself, and talk about it with someone you trust.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Misschien laat een ouder je berichten van de andere ouder zien. Of er staat iets over de "
                    "scheiding online. Dat kan veel met je doen.</p>"
                    "<ul><li>Je hoeft geen berichten door te sturen of te lezen.</li>"
                    "<li>Zet zelf niets online over de ruzie. Het internet vergeet niets.</li>"
                    "<li>Word je lastiggevallen? Maak een screenshot, blokkeer en vertel het iemand.</li></ul>",
                    "<p>Maybe a parent shows you messages from the other parent. Or there is something about the "
                    "separation online. That can affect you a lot.</p>"
                    "<ul><li>You do not have to forward or read messages.</li>"
                    "<li>Do not post anything about the argument yourself. The internet forgets nothing.</li>"
                    "<li>Are you being harassed? Take a screenshot, block and tell someone.</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T("Wordt je telefoon gecontroleerd?", "Is your phone being checked?"),
                    "text": T(
                        "<p>Als een ouder je locatie of berichten volgt om de andere ouder te controleren, is dat "
                        "niet oké. Praat erover met een vertrouwenspersoon of de Kindertelefoon.</p>",
                        "<p>If a parent follows your location or messages to control the other parent, that is not "
                        "okay. Talk about it with a confidential adviser or the Kindertelefoon.</p>",
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": T("Zo bescherm je jezelf online", "How to protect yourself online"),
                    "steps": [
                        {
                            "title": T("Zet je account op privé", "Set your account to private"),
                            "text": T(
                                "Dan bepaal jij wie je posts ziet.", "Then you decide who sees your posts."
                            ),
                        },
                        {
                            "title": T("Neem pauze", "Take a break"),
                            "text": T(
                                "Zet meldingen uit als het je te veel wordt.",
                                "Turn off notifications if it gets too much.",
                            ),
                        },
                        {
                            "title": T("Lees de pagina Veilig online", "Read the page Staying safe online"),
                            "link": {"page": "veilig-online"},
                            "text": T(
                                "Met tips over je telefoon en je geschiedenis.",
                                "With tips about your phone and your history.",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

# Topic pages in the professionals' section (same fields as PARENT_TOPIC_PAGES).
PROFESSIONAL_TOPIC_PAGES = [
    {
        "slug": T("consultatie-expertisepunt", "consulting-the-expertise-point"),
        "title": T("Consultatie bij het expertisepunt", "Consulting the expertise point"),
        "summary": T(
            "Werk je met een gezin in scheiding en loop je vast, of twijfel je over de aanpak? Vraag dan "
            "consultatie aan bij het expertisepunt. Een deskundige denkt met je mee, telefonisch of in een "
            "overleg. Dat kan ook anoniem, zonder gegevens van het gezin.",
            "Are you working with a family going through separation and are you stuck, or unsure about the "
            "approach? Then ask the expertise point for a consultation. An expert thinks along with you, by "
            "phone or in a meeting. This can also be done anonymously, without the family's details.",
        ),
        "topics": ["hoog-conflict", "kinderbescherming"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Het expertisepunt bundelt kennis uit jeugdhulp, volwassenenzorg, GGZ, advocatuur en "
                    "mediation, en juridisch en financieel advies. Professionals van wijkteams, huisartsen en "
                    "POH-Jeugd, scholen, advocaten en mediators kunnen er terecht met vragen zoals:</p>"
                    "<ul><li>Welke hulp past bij dit gezin, en in welke volgorde?</li>"
                    "<li>Is dit nog een gewone scheiding of al een vechtscheiding?</li>"
                    "<li>Hoe betrek ik een ouder die niet wil meewerken?</li>"
                    "<li>Moet ik de meldcode volgen?</li></ul>",
                    "<p>The expertise point brings together knowledge from youth care, adult care, mental health "
                    "care, law and mediation, and legal and financial advice. Professionals from local teams, GPs "
                    "and youth mental health nurses, schools, lawyers and mediators can come with questions such "
                    "as:</p>"
                    "<ul><li>Which help suits this family, and in what order?</li>"
                    "<li>Is this still an ordinary separation or already a high-conflict divorce?</li>"
                    "<li>How do I involve a parent who does not want to cooperate?</li>"
                    "<li>Should I follow the reporting code?</li></ul>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Zo werkt een consultatie", "How a consultation works"),
                    "steps": [
                        {
                            "title": T("Stel je vraag", "Ask your question"),
                            "link": {"destination": "consultatie"},
                            "text": T(
                                "Bel het consultatienummer of vul het consultatieformulier in. Beschrijf de situatie zonder namen.",
                                "Call the consultation number or fill in the consultation form. Describe the situation without names.",
                            ),
                        },
                        {
                            "title": T("Een deskundige belt terug", "An expert calls you back"),
                            "text": T(
                                "Binnen twee werkdagen, van de discipline die het best bij je vraag past.",
                                "Within two working days, from the discipline that best fits your question.",
                            ),
                        },
                        {
                            "title": T("Advies en eventueel vervolg", "Advice and any follow-up"),
                            "text": T(
                                "Soms volstaat een gesprek. Soms adviseren we een gezamenlijke intake of inbreng van de casus.",
                                "Sometimes one conversation is enough. Sometimes we advise a joint intake or bringing in the case.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Anoniem of met toestemming", "Anonymous or with consent"),
                    "text": T(
                        "<p>Voor een consultatie heb je geen toestemming van het gezin nodig, zolang je geen "
                        "gegevens deelt waarmee het gezin herkenbaar is. Wil je verder, bijvoorbeeld met een "
                        "gezamenlijke intake, dan is toestemming wel nodig.</p>",
                        "<p>You do not need the family's consent for a consultation, as long as you do not share any "
                        "details that make the family recognisable. If you want to go further, for example with a "
                        "joint intake, consent is needed.</p>",
                    ),
                },
            ),
            (
                "services",
                {
                    "heading": T("Aanbod van het expertisepunt", "Services of the expertise point"),
                    "topics": ["hoog-conflict"],
                    "route": "expertisepunt",
                    "limit": 6,
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Wat doet het expertisepunt niet?", "What does the expertise point not do?"),
                    "body": T(
                        "<p>Het expertisepunt neemt de hulp niet over. De verwijzende professional blijft het "
                        "aanspreekpunt voor het gezin. Het expertisepunt is ook geen crisisdienst: bij acute "
                        "onveiligheid schakel je 112 of Veilig Thuis in.</p>",
                        "<p>The expertise point does not take over the help. The referring professional remains the "
                        "family's point of contact. The expertise point is not a crisis service either: in case of "
                        "acute unsafety, you call 112 or Veilig Thuis.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("Deskundigheidsbevordering", "Building professional skills"),
                    "body": T(
                        "<p>Het expertisepunt organiseert ook intervisie, casusbesprekingen en korte trainingen "
                        "voor professionals in de regio. Zo groeit de kennis over complexe scheidingen en "
                        "veiligheid in de hele keten.</p>",
                        "<p>The expertise point also organises peer review, case discussions and short training "
                        "sessions for professionals in the region. This way, knowledge about complex separations and "
                        "safety grows across the whole chain.</p>",
                    ),
                },
            ),
        ],
        "next_steps": [
            ("channel", {"channel": "telefoon"}),
            (
                "steps",
                {
                    "heading": "",
                    "steps": [
                        {
                            "title": T("Zoek eerst in de kennisbank", "Search the knowledge base first"),
                            "link": {"destination": "kennisbank"},
                            "text": T(
                                "Werkkaarten, factsheets en casusbeschrijvingen voor professionals.",
                                "Work cards, factsheets and case descriptions for professionals.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "related": ["casus-inbrengen", "duurzaam-ouderschap"],
    },
    {
        "slug": T("casus-inbrengen", "bringing-in-a-case"),
        "title": T("Een casus inbrengen", "Bringing in a case"),
        "summary": T(
            "Loopt de hulp aan een gezin vast, of zijn er zorgen over veiligheid? Dan kun je de casus "
            "inbrengen bij het expertisepunt of de expertisepoule. Met toestemming van het gezin bespreken "
            "we alle gegevens. Zonder toestemming denken we alleen mee op volledig anonieme informatie.",
            "Is the help for a family getting stuck, or are there concerns about safety? Then you can bring "
            "the case to the expertise point or the expert pool. With the family's consent we discuss all "
            "details. Without consent we only think along on fully anonymised information.",
        ),
        "topics": ["hoog-conflict", "veiligheid", "kinderbescherming"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>Een casus inbrengen gebeurt meestal na een oriënterend gesprek. Samen bekijken we of "
                    "inbreng zinvol is, wat je vraag is en welke deskundigen daarbij horen. Bestaande informatie, "
                    "zoals een verklarende analyse of een plan van aanpak, gebruiken we als startpunt.</p>",
                    "<p>Bringing in a case usually happens after an orienting conversation. Together we look at "
                    "whether it is useful, what your question is and which experts should be involved. We use "
                    "existing information, such as an explanatory analysis or a plan of action, as a starting "
                    "point.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T(
                        "Met of zonder toestemming van het gezin", "With or without the family's consent"
                    ),
                    "header": [
                        T("Aspect", "Aspect"),
                        T("Met toestemming", "With consent"),
                        T("Zonder toestemming", "Without consent"),
                    ],
                    "rows": [
                        {
                            "cells": [
                                T("Gegevens", "Details"),
                                T(
                                    "Namen en relevante gegevens mogen gedeeld worden",
                                    "Names and relevant details may be shared",
                                ),
                                T(
                                    "Alleen volledig anoniem: geen namen, geboortedata, BSN, adressen, telefoonnummers of e-mailadressen",
                                    "Fully anonymised only: no names, dates of birth, citizen service numbers, addresses, phone numbers or e-mail addresses",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Wat we doen", "What we do"),
                                T(
                                    "Analyse, advies, eventueel gezamenlijke intake met het gezin",
                                    "Analysis, advice, possibly a joint intake with the family",
                                ),
                                T(
                                    "Meedenken en advies aan jou als professional",
                                    "Thinking along and advice to you as a professional",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Regie", "Control"),
                                T(
                                    "Het gezin houdt de regie; jij blijft contactpersoon",
                                    "The family stays in control; you remain the contact person",
                                ),
                                T(
                                    "Jij blijft verantwoordelijk voor de hulp",
                                    "You remain responsible for the help",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T(
                        "Het formulier weigert herleidbare gegevens", "The form refuses identifying details"
                    ),
                    "text": T(
                        "<p>Kies je voor inbreng zonder toestemming, dan controleert het formulier je tekst. Staan "
                        "er namen, geboortedata, een BSN, een adres, een telefoonnummer of een e-mailadres in? Dan "
                        "vraagt het formulier je die weg te halen. Zo beschermen we het gezin.</p>",
                        "<p>If you choose to bring in a case without consent, the form checks your text. Does it "
                        "contain names, dates of birth, a citizen service number, an address, a phone number or an "
                        "e-mail address? Then the form asks you to remove them. This is how we protect the "
                        "family.</p>",
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": T("Van aanmelding tot advies", "From referral to advice"),
                    "steps": [
                        {
                            "title": T("Oriënterend gesprek", "Orienting conversation"),
                            "text": T(
                                "Telefonisch, met een medewerker van de intake.",
                                "By phone, with an intake staff member.",
                            ),
                        },
                        {
                            "title": T("Aanmelding via het formulier", "Referral via the form"),
                            "link": {"destination": "casus"},
                            "text": T(
                                "Met of zonder toestemming van het gezin.",
                                "With or without the family's consent.",
                            ),
                        },
                        {
                            "title": T("Bespreking", "Discussion"),
                            "text": T(
                                "In de expertisepoule of, bij vastgelopen scheidingen, in het Hoog Conflict Platform.",
                                "In the expert pool or, for stuck separations, in the High Conflict Panel.",
                            ),
                        },
                        {
                            "title": T("Advies en monitoring", "Advice and monitoring"),
                            "text": T(
                                "Je krijgt een schriftelijk advies. We vragen na drie maanden hoe het gaat.",
                                "You receive written advice. After three months we ask how things are going.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Waarom vrijwillig?", "Why voluntary?"),
                    "body": T(
                        "<p>Hulp via de expertisepoule is altijd vrijwillig. Het doel is juist om een maatregel "
                        "van de kinderrechter te voorkomen, te verkorten of af te bouwen. Gezinnen die zelf de "
                        "regie houden, werken vaker mee en houden veranderingen langer vol.</p>",
                        "<p>Help through the expert pool is always voluntary. The goal is precisely to prevent, "
                        "shorten or wind down a measure by the juvenile court. Families who stay in control "
                        "themselves cooperate more often and sustain changes longer.</p>",
                    ),
                },
            ),
            (
                "expandable",
                {
                    "heading": T("En de meldcode?", "And the reporting code?"),
                    "body": T(
                        "<p>Inbreng bij de poule vervangt de meldcode niet. Zie je signalen van huiselijk geweld of "
                        "kindermishandeling, doorloop dan de stappen van de meldcode. Consultatie bij de poule kan "
                        "daarbij een vorm van collegiale consultatie zijn.</p>",
                        "<p>Bringing a case to the pool does not replace the reporting code. If you see signs of "
                        "domestic violence or child abuse, go through the steps of the reporting code. Consulting "
                        "the pool can be a form of peer consultation within that process.</p>",
                    ),
                },
            ),
        ],
        "next_steps": [
            (
                "steps",
                {
                    "heading": T("Wat kun je nu doen?", "What can you do now?"),
                    "steps": [
                        {
                            "title": T(
                                "Bespreek de inbreng met het gezin", "Discuss the referral with the family"
                            ),
                            "text": T(
                                "Leg uit wat de poule doet en vraag om toestemming.",
                                "Explain what the pool does and ask for consent.",
                            ),
                        },
                        {
                            "title": T("Plan een oriënterend gesprek", "Plan an orienting conversation"),
                            "link": {"destination": "terugbellen"},
                            "text": T(
                                "Bel ons of vraag een terugbelafspraak aan.",
                                "Call us or request a call back.",
                            ),
                        },
                    ],
                },
            ),
            ("channel", {"channel": "telefoon"}),
        ],
        "related": ["consultatie-expertisepunt", "hoog-conflict-platform"],
    },
    {
        "slug": T("duurzaam-ouderschap", "lasting-parenthood"),
        "title": T("Werken aan duurzaam ouderschap", "Working on lasting parenthood"),
        "summary": T(
            "De partners in de regio werken vanuit één gedeelde visie: werken aan duurzaam ouderschap. "
            "Ouders stoppen als partners, maar blijven samen verantwoordelijk voor hun kinderen. "
            "Professionals richten zich op het ouderschap, niet op de strijd.",
            "The partners in the region work from one shared vision: working on lasting parenthood. "
            "Parents stop being partners, but remain jointly responsible for their children. Professionals "
            "focus on the parenting, not on the fight.",
        ),
        "topics": ["hoog-conflict", "communicatie", "kinderen-betrekken"],
        "body": [
            (
                "paragraph",
                T(
                    "<p>De kern van de aanpak:</p>"
                    "<ul><li><b>Het kind centraal.</b> Elke stap wordt gewogen naar wat het voor het kind "
                    "betekent.</li>"
                    "<li><b>Beide ouders betrekken.</b> Professionals blijven meerzijdig partijdig en kiezen "
                    "geen kant.</li>"
                    "<li><b>De-escaleren.</b> Geen strijd over het verleden, maar afspraken over de toekomst.</li>"
                    "<li><b>Samenwerken in de keten.</b> Eén plan, één regisseur, en elkaar tijdig "
                    "inschakelen.</li>"
                    "<li><b>Vroeg erbij zijn.</b> Preventie voorkomt dat gezinnen onnodig in de specialistische "
                    "jeugdhulp of jeugdbescherming terechtkomen.</li></ul>",
                    "<p>The core of the approach:</p>"
                    "<ul><li><b>The child at the centre.</b> Every step is weighed by what it means for the "
                    "child.</li>"
                    "<li><b>Involving both parents.</b> Professionals remain multi-directionally partial and do "
                    "not take sides.</li>"
                    "<li><b>De-escalating.</b> No fight about the past, but agreements about the future.</li>"
                    "<li><b>Working together in the chain.</b> One plan, one coordinator, and bringing each other "
                    "in on time.</li>"
                    "<li><b>Being there early.</b> Prevention keeps families from ending up in specialist youth "
                    "care or child protection without need.</li></ul>",
                ),
            ),
            ("quote", {"story": "vader-parallel-ouderschap"}),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Ervaringsdeskundigheid", "Lived experience"),
                    "text": T(
                        "<p>Ouders en jongeren die zelf een complexe scheiding hebben meegemaakt, denken mee over "
                        "het aanbod en over deze website. Hun ervaringen helpen professionals om te zien wat echt "
                        "werkt.</p>",
                        "<p>Parents and young people who have been through a complex separation themselves help "
                        "shape the services and this website. Their experiences help professionals see what really "
                        "works.</p>",
                    ),
                },
            ),
            (
                "image",
                {
                    "image": "twee-huizen-groen",
                    "alt_text": T(
                        "Twee groene huizen met gele deuren, verbonden door een pad.",
                        "Two green houses with yellow doors, connected by a path.",
                    ),
                    "caption": T(
                        "Duurzaam ouderschap: twee huizen, één gedeelde verantwoordelijkheid.",
                        "Lasting parenthood: two homes, one shared responsibility.",
                    ),
                },
            ),
        ],
        "deepening": [
            (
                "expandable",
                {
                    "heading": T("Gedeelde taal in de regio", "A shared language in the region"),
                    "body": T(
                        "<p>Professionals uit verschillende organisaties volgen dezelfde training. Zo gebruiken ze "
                        "dezelfde begrippen en dezelfde uitgangspunten. Dat voorkomt dat ouders van de ene "
                        "hulpverlener iets anders horen dan van de andere, en dat de strijd zich verplaatst naar "
                        "de hulpverlening.</p>",
                        "<p>Professionals from different organisations follow the same training. This way they use "
                        "the same concepts and the same principles. That prevents parents from hearing something "
                        "different from one professional than from another, and the fight from moving into the "
                        "help itself.</p>",
                    ),
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
                            "title": T("Meld je aan voor een training", "Sign up for a training"),
                            "text": T(
                                "Het expertisepunt plant meerdere trainingsrondes per jaar.",
                                "The expertise point plans several training rounds a year.",
                            ),
                        },
                        {
                            "title": T(
                                "Lees de werkkaarten in de kennisbank",
                                "Read the work cards in the knowledge base",
                            ),
                            "link": {"destination": "kennisbank"},
                            "text": T(
                                "Bijvoorbeeld over werken met beide ouders.",
                                "For example on working with both parents.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "related": ["consultatie-expertisepunt", "casus-inbrengen"],
    },
]

KNOWLEDGE_ARTICLES = [
    {
        "key": "signalen-vechtscheiding",
        "slug": T("signalen-vastgelopen-scheiding", "signs-of-a-stuck-separation"),
        "title": T("Signalen van een vastgelopen scheiding", "Signs of a stuck separation"),
        "article_type": "werkkaart",
        "target_audience": "ouders",
        "evidence_level": "",
        "topics": ["hoog-conflict", "omgang"],
        "last_reviewed": "2026-05-12",
        "summary": T(
            "Deze werkkaart helpt professionals om een vastgelopen of complexe scheiding (ook wel "
            "vechtscheiding) vroeg te herkennen. Het gaat om een combinatie van signalen bij de ouders en "
            "bij het kind, en om hoe lang die al duren. Eén signaal zegt weinig. Herken je meerdere "
            "signalen, vraag dan consultatie aan bij het expertisepunt.",
            "This work card helps professionals recognise a stuck or complex separation (also called a "
            "high-conflict divorce) early. It is about a combination of signs in the parents and in the "
            "child, and about how long they have lasted. One sign on its own says little. If you recognise "
            "several signs, ask the expertise point for a consultation.",
        ),
        "body": [
            (
                "table",
                {
                    "caption": T("Signalen bij ouders en kind", "Signs in parents and child"),
                    "header": [T("Bij de ouders", "In the parents"), T("Bij het kind", "In the child")],
                    "rows": [
                        {
                            "cells": [
                                T(
                                    "Geen direct contact meer, alleen via advocaten",
                                    "No direct contact any more, only through lawyers",
                                ),
                                T("Weigert contact met een ouder", "Refuses contact with a parent"),
                            ]
                        },
                        {
                            "cells": [
                                T(
                                    "Meerdere of herhaalde gerechtelijke procedures",
                                    "Several or repeated court proceedings",
                                ),
                                T(
                                    "Brengt boodschappen over tussen ouders",
                                    "Carries messages between parents",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Mediation gestopt of mislukt", "Mediation stopped or failed"),
                                T(
                                    "Lichamelijke klachten, slaapproblemen, terugtrekken",
                                    "Physical complaints, sleeping problems, withdrawal",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T(
                                    "De omgangsregeling of zorgregeling wordt steeds niet nagekomen",
                                    "The contact or care arrangement is repeatedly not kept",
                                ),
                                T(
                                    "Zorgt voor een ouder of voelt zich verantwoordelijk",
                                    "Cares for a parent or feels responsible",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T(
                                    "Veel hulpverleners, niemand met de regie",
                                    "Many professionals, nobody coordinating",
                                ),
                                T(
                                    "Neemt taal of argumenten van een ouder over",
                                    "Adopts a parent's words or arguments",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Wat kun je doen?", "What can you do?"),
                    "steps": [
                        {
                            "title": T(
                                "Bespreek je zorg met een collega", "Discuss your concern with a colleague"
                            ),
                            "text": T(
                                "Of met de aandachtsfunctionaris in je organisatie.",
                                "Or with the designated safeguarding officer in your organisation.",
                            ),
                        },
                        {
                            "title": T("Vraag consultatie aan", "Ask for a consultation"),
                            "link": {"destination": "consultatie"},
                            "text": T(
                                "Het expertisepunt denkt mee, ook anoniem.",
                                "The expertise point thinks along, also anonymously.",
                            ),
                        },
                        {
                            "title": T("Let op veiligheid", "Pay attention to safety"),
                            "text": T(
                                "Zie je ook signalen van geweld of dreiging? Volg dan de meldcode.",
                                "Do you also see signs of violence or threat? Then follow the reporting code.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "attachments": ["werkkaart-signalen"],
    },
    {
        "key": "jeugdbeschermingsketen",
        "slug": T("de-jeugdbeschermingsketen", "the-child-protection-chain"),
        "title": T("De jeugdbeschermingsketen: wie doet wat?", "The child protection chain: who does what?"),
        "article_type": "factsheet",
        "target_audience": "professionals",
        "evidence_level": "",
        "topics": ["kinderbescherming", "juridisch"],
        "last_reviewed": "2026-02-03",
        "summary": T(
            "Als vrijwillige hulp niet genoeg is om een kind veilig te laten opgroeien, komt de "
            "jeugdbeschermingsketen in beeld. Deze factsheet beschrijft de rol van het lokale team, Veilig "
            "Thuis, de Raad voor de Kinderbescherming, de kinderrechter en de gecertificeerde instelling. "
            "Ook leggen we uit wat een ondertoezichtstelling (OTS) is en hoe lang die duurt.",
            "When voluntary help is not enough to let a child grow up safely, the child protection chain "
            "comes into view. This factsheet describes the role of the local team, Veilig Thuis, the Child "
            "Protection Board, the juvenile court and the certified institution. We also explain what a "
            "supervision order (OTS) is and how long it lasts.",
        ),
        "body": [
            (
                "table",
                {
                    "caption": T("Partners in de keten", "Partners in the chain"),
                    "header": [T("Partner", "Partner"), T("Rol", "Role")],
                    "rows": [
                        {
                            "cells": [
                                T("Lokaal team of wijkteam", "Local team or neighbourhood team"),
                                T(
                                    "Vrijwillige hulp, signaleren, toeleiden naar passende hulp",
                                    "Voluntary help, spotting signs, guiding to suitable help",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Veilig Thuis", "Veilig Thuis"),
                                T(
                                    "Advies en meldingen bij huiselijk geweld en kindermishandeling; onderzoek en overdracht",
                                    "Advice and reports on domestic violence and child abuse; investigation and handover",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Raad voor de Kinderbescherming", "Child Protection Board"),
                                T(
                                    "Onderzoek en advies aan de rechter; kan een beschermingsmaatregel verzoeken",
                                    "Investigation and advice to the court; can request a protection measure",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Kinderrechter", "Juvenile court"),
                                T(
                                    "Beslist over maatregelen zoals een OTS of uithuisplaatsing",
                                    "Decides on measures such as a supervision order or out-of-home placement",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Gecertificeerde instelling (GI)", "Certified institution (GI)"),
                                T(
                                    "Voert de maatregel uit met een jeugdbeschermer",
                                    "Carries out the measure with a child protection worker",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    "<h2>De ondertoezichtstelling</h2>"
                    "<p>Een ondertoezichtstelling (OTS) is mogelijk als een kind zo opgroeit dat het ernstig in zijn "
                    "ontwikkeling wordt bedreigd, en de nodige hulp niet of onvoldoende wordt aanvaard. De "
                    "kinderrechter spreekt de OTS uit voor maximaal een jaar; daarna kan de rechter die telkens "
                    "met maximaal een jaar verlengen.</p>"
                    "<p>De ouders houden het gezag. De jeugdbeschermer van de GI begeleidt het gezin en kan zo nodig "
                    "schriftelijke aanwijzingen geven. In spoedsituaties kan de rechter een voorlopige OTS "
                    "uitspreken.</p>",
                    "<h2>The supervision order</h2>"
                    "<p>A supervision order (OTS) is possible if a child is growing up in such a way that their "
                    "development is seriously threatened, and the necessary help is not accepted or not accepted "
                    "sufficiently. The juvenile court imposes the OTS for a maximum of one year; after that the "
                    "court can extend it by up to one year each time.</p>"
                    "<p>The parents keep parental authority. The child protection worker of the GI supports the "
                    "family and can give written instructions if needed. In urgent situations the court can impose "
                    "a provisional supervision order.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Scheiding en OTS", "Separation and supervision orders"),
                    "text": T(
                        "<p>Een groot deel van de ondertoezichtstellingen betreft kinderen van gescheiden ouders met "
                        "een aanhoudend conflict. Het expertisepunt wil door vroege, gezamenlijke hulp voorkomen dat "
                        "een OTS nodig is.</p>",
                        "<p>A large share of supervision orders concerns children of separated parents in ongoing "
                        "conflict. The expertise point aims to prevent the need for an OTS through early, joint "
                        "help.</p>",
                    ),
                },
            ),
            (
                "paragraph",
                T(
                    "<p>De keten is in ontwikkeling. Landelijk wordt gewerkt aan een eenvoudiger stelsel met minder "
                    "overdrachten tussen organisaties. Controleer bij twijfel altijd de actuele werkwijze in je "
                    "regio.</p>",
                    "<p>The chain is changing. Nationally, work is under way on a simpler system with fewer "
                    "handovers between organisations. If in doubt, always check the current way of working in your "
                    "region.</p>",
                ),
            ),
        ],
        "attachments": [],
    },
    {
        "key": "meldcode-vijf-stappen",
        "slug": T("meldcode-in-vijf-stappen", "reporting-code-in-five-steps"),
        "title": T(
            "Meldcode huiselijk geweld en kindermishandeling in vijf stappen",
            "Reporting code for domestic violence and child abuse in five steps",
        ),
        "article_type": "richtlijn",
        "target_audience": "professionals",
        "evidence_level": "",
        "topics": ["veiligheid", "kinderbescherming"],
        "last_reviewed": "2025-11-18",
        "summary": T(
            "Organisaties in onder meer zorg, onderwijs, kinderopvang en jeugdhulp zijn wettelijk verplicht "
            "een meldcode te hebben. De meldcode helpt professionals om zorgvuldig te handelen bij signalen "
            "van huiselijk geweld of kindermishandeling. Hij bestaat uit vijf stappen. In stap 5 helpt een "
            "afwegingskader bij de beslissing om te melden bij Veilig Thuis en om hulp te bieden of te "
            "organiseren.",
            "Organisations in, among others, healthcare, education, childcare and youth care are legally "
            "required to have a reporting code. The reporting code helps professionals act carefully when "
            "there are signs of domestic violence or child abuse. It consists of five steps. In step 5, an "
            "assessment framework helps with the decision to report to Veilig Thuis and to offer or arrange "
            "help.",
        ),
        "body": [
            (
                "steps",
                {
                    "heading": T("De vijf stappen", "The five steps"),
                    "steps": [
                        {
                            "title": T("1. Breng signalen in kaart", "1. Map the signs"),
                            "text": T(
                                "Leg feitelijk vast wat je ziet en hoort, met datum en bron.",
                                "Record factually what you see and hear, with date and source.",
                            ),
                        },
                        {
                            "title": T(
                                "2. Overleg met een collega en raadpleeg zo nodig Veilig Thuis",
                                "2. Consult a colleague and, if needed, Veilig Thuis",
                            ),
                            "text": T(
                                "Of een deskundige op het gebied van letselduiding. Overleggen kan anoniem.",
                                "Or an expert in interpreting injuries. Consultation can be anonymous.",
                            ),
                        },
                        {
                            "title": T(
                                "3. Ga in gesprek met de betrokkene", "3. Talk with the person concerned"
                            ),
                            "text": T(
                                "Bespreek je zorgen, tenzij dat de veiligheid van iemand in gevaar brengt.",
                                "Discuss your concerns, unless that puts someone's safety at risk.",
                            ),
                        },
                        {
                            "title": T(
                                "4. Weeg het geweld of de mishandeling", "4. Weigh the violence or abuse"
                            ),
                            "text": T(
                                "Schat het risico, de aard en de ernst in, met behulp van het afwegingskader.",
                                "Assess the risk, nature and seriousness, using the assessment framework.",
                            ),
                        },
                        {
                            "title": T("5. Beslis: melden en hulp", "5. Decide: reporting and help"),
                            "text": T(
                                "Is melden noodzakelijk? En is hulp verlenen of organiseren (ook) mogelijk?",
                                "Is reporting necessary? And is offering or arranging help (also) possible?",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T(
                        "Acute of structurele onveiligheid: altijd melden",
                        "Acute or structural unsafety: always report",
                    ),
                    "text": T(
                        "<p>Bij acute of structurele onveiligheid is melden bij Veilig Thuis de norm, ook als je zelf "
                        "hulp blijft bieden. Bij direct gevaar bel je 112.</p>",
                        "<p>With acute or structural unsafety, reporting to Veilig Thuis is the norm, even if you "
                        "continue to offer help yourself. In immediate danger, call 112.</p>",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Mag ik melden zonder toestemming?", "May I report without consent?"
                            ),
                            "answer": T(
                                "<p>Ja. Professionals met een beroepsgeheim hebben een meldrecht bij Veilig Thuis. Bespreek "
                                "de melding wel vooraf met de betrokkene, tenzij dat de veiligheid in gevaar brengt.</p>",
                                "<p>Yes. Professionals bound by professional secrecy have a right to report to Veilig "
                                "Thuis. Do discuss the report with the person concerned beforehand, unless that puts "
                                "safety at risk.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Geldt de meldcode ook bij een vechtscheiding?",
                                "Does the reporting code also apply in a high-conflict divorce?",
                            ),
                            "answer": T(
                                "<p>Ja. Kinderen die langdurig klem zitten tussen ruziënde ouders, kunnen ernstig worden "
                                "geschaad. Dat kan een vorm van kindermishandeling zijn.</p>",
                                "<p>Yes. Children who are caught between arguing parents for a long time can be seriously "
                                "harmed. That can be a form of child abuse.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "loyaliteitsconflicten",
        "slug": T("loyaliteitsconflicten-bij-kinderen", "loyalty-conflicts-in-children"),
        "title": T("Loyaliteitsconflicten bij kinderen", "Loyalty conflicts in children"),
        "article_type": "factsheet",
        "target_audience": "kinderen",
        "evidence_level": "theoretisch",
        "topics": ["emoties", "kinderen-betrekken"],
        "last_reviewed": "2025-09-22",
        "summary": T(
            "Kinderen zijn van nature loyaal aan beide ouders. Bij een scheiding met veel conflict komt die "
            "loyaliteit onder druk te staan: het kind voelt zich gedwongen te kiezen. Deze factsheet beschrijft "
            "hoe een loyaliteitsconflict zich uit, wat het met een kind doet en hoe professionals ouders "
            "kunnen helpen het kind vrij te laten.",
            "Children are naturally loyal to both parents. In a separation with a lot of conflict, this "
            "loyalty comes under pressure: the child feels forced to choose. This factsheet describes how a "
            "loyalty conflict shows itself, what it does to a child and how professionals can help parents "
            "set the child free.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Een loyaliteitsconflict ontstaat als een kind het gevoel heeft dat liefde voor de ene ouder "
                    "verraad is aan de andere. Het kind past zich aan: bij de ene ouder zegt het iets anders dan bij "
                    "de andere. Soms lijkt het kind heel stellig één kant te kiezen. Dat is vaak een manier om de "
                    "spanning te verminderen, niet een vrije keuze.</p>"
                    "<h3>Signalen</h3>"
                    "<ul><li>Het kind vertelt weinig over de tijd bij de andere ouder.</li>"
                    "<li>Het kind is gespannen rond de overdracht.</li>"
                    "<li>Het kind herhaalt de woorden van een ouder.</li>"
                    "<li>Het kind zorgt emotioneel voor een ouder.</li></ul>",
                    "<p>A loyalty conflict arises when a child feels that love for one parent is betrayal of the "
                    "other. The child adapts: with one parent it says something different than with the other. "
                    "Sometimes the child seems to choose one side very firmly. That is often a way to reduce the "
                    "tension, not a free choice.</p>"
                    "<h3>Signs</h3>"
                    "<ul><li>The child says little about the time with the other parent.</li>"
                    "<li>The child is tense around handovers.</li>"
                    "<li>The child repeats a parent's words.</li>"
                    "<li>The child takes emotional care of a parent.</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Wat helpt?", "What helps?"),
                    "text": T(
                        "<p>Ouders die het kind <b>expliciet toestemming</b> geven om van de andere ouder te houden, "
                        "en die zelf niet negatief over de andere ouder praten. Professionals helpen door beide "
                        "ouders hierin te ondersteunen, zonder partij te kiezen.</p>",
                        "<p>Parents who <b>explicitly give</b> the child permission to love the other parent, and "
                        "who do not speak negatively about the other parent themselves. Professionals help by "
                        "supporting both parents in this, without taking sides.</p>",
                    ),
                },
            ),
            ("quote", {"story": "kind-twee-huizen"}),
        ],
        "attachments": [],
    },
    {
        "key": "ouderverstoting-debat",
        "slug": T(
            "contactweigering-en-het-debat-over-ouderverstoting",
            "contact-refusal-and-the-parental-alienation-debate",
        ),
        "title": T(
            "Contactweigering en het debat over ouderverstoting",
            "Contact refusal and the debate on parental alienation",
        ),
        "article_type": "onderzoek",
        "target_audience": "kinderen",
        "evidence_level": "",
        "topics": ["hoog-conflict", "omgang"],
        "last_reviewed": "2026-01-15",
        "summary": T(
            "Als een kind na de scheiding een ouder weigert te zien, valt vaak het woord ouderverstoting of "
            "oudervervreemding. Het begrip is omstreden. Deze samenvatting zet de belangrijkste standpunten uit "
            "onderzoek en praktijk naast elkaar. De kern: een weigerend kind verdient een zorgvuldige analyse "
            "van alle mogelijke oorzaken, met veiligheid als eerste vraag.",
            "When a child refuses to see a parent after the separation, the term parental alienation is often "
            "used. The concept is contested. This summary sets out the main positions from research and "
            "practice side by side. The core: a refusing child deserves a careful analysis of all possible "
            "causes, with safety as the first question.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Aanhangers van het begrip wijzen erop dat sommige ouders een kind, bewust of onbewust, "
                    "tegen de andere ouder opzetten, en dat dit schadelijk is. Critici wijzen erop dat het begrip "
                    "niet is erkend als diagnose in de gangbare classificatiesystemen, dat het onderzoek ernaar "
                    "methodologisch zwak is, en dat het label in rechtszaken wordt gebruikt om meldingen van "
                    "geweld of misbruik weg te zetten.</p>"
                    "<p>Onderzoekers zijn het er wel over eens dat contactweigering meestal meerdere oorzaken heeft. "
                    "Mogelijke verklaringen zijn onder meer:</p>"
                    "<ul><li>reële ervaringen van geweld, verwaarlozing of hard opvoedgedrag;</li>"
                    "<li>een loyaliteitsconflict of bondgenootschap met een ouder;</li>"
                    "<li>de leeftijd en ontwikkelingsfase van het kind;</li>"
                    "<li>gedrag van een ouder dat het contact ontmoedigt;</li>"
                    "<li>een combinatie van deze factoren.</li></ul>",
                    "<p>Supporters of the concept point out that some parents, consciously or unconsciously, turn a "
                    "child against the other parent, and that this is harmful. Critics point out that the concept is "
                    "not recognised as a diagnosis in the common classification systems, that the research on it is "
                    "methodologically weak, and that the label is used in court cases to dismiss reports of violence "
                    "or abuse.</p>"
                    "<p>Researchers do agree that contact refusal usually has several causes. Possible explanations "
                    "include:</p>"
                    "<ul><li>real experiences of violence, neglect or harsh parenting;</li>"
                    "<li>a loyalty conflict or alliance with one parent;</li>"
                    "<li>the child's age and developmental stage;</li>"
                    "<li>a parent's behaviour that discourages contact;</li>"
                    "<li>a combination of these factors.</li></ul>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Aanbevelingen voor de praktijk", "Recommendations for practice"),
                    "steps": [
                        {
                            "title": T("Eerst veiligheid", "Safety first"),
                            "text": T(
                                "Onderzoek zorgvuldig of er geweld of onveiligheid speelt voordat je over herstel van contact praat.",
                                "Carefully investigate whether violence or unsafety is involved before discussing restoring contact.",
                            ),
                        },
                        {
                            "title": T("Vermijd labels", "Avoid labels"),
                            "text": T(
                                "Beschrijf gedrag en de gevolgen voor het kind, in plaats van een ouder een etiket te geven.",
                                "Describe behaviour and its effects on the child, rather than labelling a parent.",
                            ),
                        },
                        {
                            "title": T("Hoor het kind", "Hear the child"),
                            "text": T(
                                "Neem de redenen van het kind serieus, ook als ze niet het hele verhaal zijn.",
                                "Take the child's reasons seriously, even if they are not the whole story.",
                            ),
                        },
                        {
                            "title": T("Werk met beide ouders", "Work with both parents"),
                            "text": T(
                                "Herstel van contact vraagt iets van allebei.",
                                "Restoring contact asks something of both.",
                            ),
                        },
                    ],
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "gesprekstechnieken-kinderen",
        "slug": T("in-gesprek-met-kinderen", "talking-with-children"),
        "title": T(
            "In gesprek met kinderen bij scheiding en onveiligheid",
            "Talking with children about separation and unsafety",
        ),
        "article_type": "methode",
        "target_audience": "kinderen",
        "evidence_level": "eerste",
        "topics": ["kinderen-betrekken", "veiligheid"],
        "last_reviewed": "2025-10-07",
        "summary": T(
            "Kinderen hebben recht om gehoord te worden, maar een gesprek over thuis kan zwaar voor ze zijn. "
            "Deze methodebeschrijving geeft houvast voor een kindgesprek: voorbereiden, uitleggen, open "
            "vragen stellen en eerlijk zijn over wat je met de informatie doet. Visuele hulpmiddelen, zoals "
            "tekenen in drie huizen of een schaalvraag, maken het gesprek toegankelijker.",
            "Children have the right to be heard, but a conversation about home can be hard for them. This "
            "method description offers guidance for a child interview: preparing, explaining, asking open "
            "questions and being honest about what you do with the information. Visual aids, such as drawing "
            "in three houses or a scaling question, make the conversation more accessible.",
        ),
        "body": [
            (
                "steps",
                {
                    "heading": T("Opbouw van het gesprek", "Structure of the conversation"),
                    "steps": [
                        {
                            "title": T("Voorbereiden", "Prepare"),
                            "text": T(
                                "Kies een rustige plek en genoeg tijd. Weet wat het kind al weet.",
                                "Choose a quiet place and enough time. Know what the child already knows.",
                            ),
                        },
                        {
                            "title": T("Uitleggen", "Explain"),
                            "text": T(
                                "Wie ben je, waarom praat je met het kind, en wie hoort wat er gezegd wordt?",
                                "Who are you, why are you talking with the child, and who will hear what is said?",
                            ),
                        },
                        {
                            "title": T("Open vragen", "Open questions"),
                            "text": T(
                                "Vraag: vertel eens over... in plaats van: was papa boos?",
                                "Ask: tell me about... rather than: was Daddy angry?",
                            ),
                        },
                        {
                            "title": T("Afsluiten", "Close"),
                            "text": T(
                                "Vat samen in de woorden van het kind en vertel wat er nu gebeurt.",
                                "Summarise in the child's words and say what happens next.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T("Beloof geen geheimhouding", "Do not promise secrecy"),
                    "text": T(
                        "<p>Zeg niet dat je alles geheimhoudt. Leg uit dat je soms iemand moet inschakelen als een "
                        "kind niet veilig is, en dat je het kind vertelt wat je doet.</p>",
                        "<p>Do not say that you will keep everything secret. Explain that sometimes you have to bring "
                        "someone in if a child is not safe, and that you will tell the child what you do.</p>",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Wat is de drie-huizenmethode?", "What is the three houses method?"
                            ),
                            "answer": T(
                                "<p>Het kind tekent of vult drie huizen in: een huis van goede dingen, een huis van "
                                "zorgen en een huis van dromen. Zo komen zorgen en krachten op een speelse manier op "
                                "tafel.</p>",
                                "<p>The child draws or fills in three houses: a house of good things, a house of worries "
                                "and a house of dreams. This way worries and strengths come up in a playful "
                                "manner.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Hoe leg ik het gesprek vast?", "How do I record the conversation?"
                            ),
                            "answer": T(
                                "<p>Noteer zo letterlijk mogelijk wat het kind zegt, en scheid dat van je eigen "
                                "interpretatie.</p>",
                                "<p>Write down as literally as possible what the child says, and keep that separate from "
                                "your own interpretation.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "werken-met-beide-ouders",
        "slug": T("werken-met-beide-ouders", "working-with-both-parents"),
        "title": T("Werken met beide ouders", "Working with both parents"),
        "article_type": "methode",
        "target_audience": "ouders",
        "evidence_level": "theoretisch",
        "topics": ["communicatie", "hoog-conflict"],
        "last_reviewed": "2026-03-09",
        "summary": T(
            "Professionals die met een gescheiden gezin werken, lopen het risico één ouder te horen en de "
            "andere kwijt te raken. Deze methode beschrijft hoe je beide ouders betrekt, ook als ze niet samen "
            "in een kamer kunnen zitten. Uitgangspunt is meerzijdige partijdigheid: je bent betrokken bij "
            "ieder gezinslid, maar kiest geen kant in de strijd.",
            "Professionals working with a separated family run the risk of hearing one parent and losing the "
            "other. This method describes how to involve both parents, even if they cannot sit in the same "
            "room. The starting point is multi-directional partiality: you are engaged with every family "
            "member, but do not take sides in the fight.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<ul><li>Nodig beide ouders vanaf het begin uit, ook de ouder bij wie het kind minder woont.</li>"
                    "<li>Geef beide ouders dezelfde informatie, op hetzelfde moment.</li>"
                    "<li>Voer zo nodig aparte gesprekken, maar met dezelfde agenda.</li>"
                    "<li>Wees open over wat je met de informatie van de ene ouder doet.</li>"
                    "<li>Praat over ouderschapsafspraken en het kind, niet over de oude relatie.</li></ul>"
                    "<p>Ook een ouder zonder gezag heeft in de regel recht op informatie over belangrijke zaken van "
                    "het kind. Weigeren kan alleen als dat in het belang van het kind is.</p>",
                    "<ul><li>Invite both parents from the start, including the parent the child lives with "
                    "less.</li>"
                    "<li>Give both parents the same information, at the same time.</li>"
                    "<li>Hold separate conversations if needed, but with the same agenda.</li>"
                    "<li>Be open about what you do with the information from one parent.</li>"
                    "<li>Talk about parenting agreements and the child, not about the old relationship.</li></ul>"
                    "<p>A parent without parental authority is, as a rule, also entitled to information about "
                    "important matters concerning the child. Refusal is only possible if it is in the child's "
                    "interest.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T("Pas op voor driehoeken", "Beware of triangles"),
                    "text": T(
                        "<p>Een ouder die zich door de hulpverlener gesteund voelt tegen de andere ouder, kan de strijd "
                        "juist verharden. Merk je dat je één ouder gelijk geeft? Bespreek dat in intervisie.</p>",
                        "<p>A parent who feels supported by the professional against the other parent may harden the "
                        "fight. Do you notice that you are siding with one parent? Discuss it in peer review.</p>",
                    ),
                },
            ),
            ("quote", {"story": "vader-omgang"}),
        ],
        "attachments": [],
    },
    {
        "key": "verklarende-analyse",
        "slug": T("de-verklarende-analyse", "the-explanatory-analysis"),
        "title": T("De verklarende analyse", "The explanatory analysis"),
        "article_type": "methode",
        "target_audience": "professionals",
        "evidence_level": "theoretisch",
        "topics": ["kinderbescherming", "veiligheid"],
        "last_reviewed": "2025-12-01",
        "summary": T(
            "Een verklarende analyse beschrijft hoe de problemen en de krachten in een gezin met elkaar "
            "samenhangen. Ze geeft antwoord op de vraag waarom het gaat zoals het gaat, en vormt zo de basis "
            "voor doelen en hulp. De analyse wordt samen met het gezin gemaakt en bijgesteld als er nieuwe "
            "informatie komt. De expertisepoule bouwt voort op een bestaande analyse.",
            "An explanatory analysis describes how the problems and strengths in a family are connected. It "
            "answers the question of why things are going the way they are, and so forms the basis for goals "
            "and help. The analysis is made together with the family and adjusted when new information comes "
            "in. The expert pool builds on an existing analysis.",
        ),
        "body": [
            (
                "steps",
                {
                    "heading": T("Stappen", "Steps"),
                    "steps": [
                        {
                            "title": T("Verzamel informatie", "Gather information"),
                            "text": T(
                                "Van het gezin, het netwerk en betrokken professionals, over alle leefgebieden.",
                                "From the family, the network and the professionals involved, on all life domains.",
                            ),
                        },
                        {
                            "title": T("Beschrijf zorgen en krachten", "Describe concerns and strengths"),
                            "text": T(
                                "Concreet en in gedrag, niet in labels.",
                                "Concretely and in behaviour, not in labels.",
                            ),
                        },
                        {
                            "title": T("Formuleer verklaringen", "Formulate explanations"),
                            "text": T(
                                "Welke factoren veroorzaken of onderhouden de problemen? Stel hypothesen op.",
                                "Which factors cause or maintain the problems? Set up hypotheses.",
                            ),
                        },
                        {
                            "title": T("Toets met het gezin", "Check with the family"),
                            "text": T(
                                "Herkent het gezin de verklaring? Wat zien zij anders?",
                                "Does the family recognise the explanation? What do they see differently?",
                            ),
                        },
                        {
                            "title": T("Leid doelen en hulp af", "Derive goals and help"),
                            "text": T(
                                "Richt de hulp op de factoren die het meeste verschil maken.",
                                "Aim the help at the factors that make the biggest difference.",
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    "<p>Een goede verklarende analyse voorkomt dat hulpverleners ieder een eigen deel van het "
                    "probleem aanpakken. Bij scheidingen met veel conflict en bij onveiligheid is dat extra "
                    "belangrijk, omdat problemen op verschillende leefgebieden elkaar versterken.</p>",
                    "<p>A good explanatory analysis prevents professionals from each tackling their own part of the "
                    "problem. In separations with a lot of conflict and with unsafety this is extra important, "
                    "because problems in different life domains reinforce each other.</p>",
                ),
            ),
        ],
        "attachments": [],
    },
    {
        "key": "leefgebiedenanalyse",
        "slug": T("analyse-van-leefgebieden", "life-domain-analysis"),
        "title": T("Analyse van leefgebieden", "Life-domain analysis"),
        "article_type": "werkkaart",
        "target_audience": "professionals",
        "evidence_level": "",
        "topics": ["financien", "wonen", "veiligheid"],
        "last_reviewed": "2026-04-14",
        "summary": T(
            "De expertisepoule kijkt naar alle leefgebieden van een gezin: financiën, wonen, zorg, gezin en "
            "werk. Problemen op het ene gebied beïnvloeden vaak het andere. Deze werkkaart helpt om samen met "
            "het gezin en de verwijzer een volledig beeld te maken, met aandacht voor ieder gezinslid, en "
            "daarna prioriteiten te stellen.",
            "The expert pool looks at all life domains of a family: finances, housing, care, family and work. "
            "Problems in one domain often affect another. This work card helps to build a complete picture "
            "together with the family and the referring professional, with attention to every family member, "
            "and then to set priorities.",
        ),
        "body": [
            (
                "table",
                {
                    "caption": T("Leefgebieden en voorbeeldvragen", "Life domains and example questions"),
                    "header": [T("Leefgebied", "Life domain"), T("Voorbeeldvragen", "Example questions")],
                    "rows": [
                        {
                            "cells": [
                                T("Financiën", "Finances"),
                                T(
                                    "Zijn er schulden of achterstanden? Lopen toeslagen en alimentatie?",
                                    "Are there debts or arrears? Are benefits and support being paid?",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Wonen", "Housing"),
                                T(
                                    "Is er een veilige, vaste woonplek? Dreigt uitzetting?",
                                    "Is there a safe, stable home? Is eviction looming?",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Zorg", "Care"),
                                T(
                                    "Zijn er psychische problemen, verslaving of lichamelijke klachten? Welke hulp loopt al?",
                                    "Are there mental health problems, addiction or physical complaints? What help is already in place?",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Gezin", "Family"),
                                T(
                                    "Hoe is de relatie tussen ouders, en met de kinderen? Is het veilig? Wie is het netwerk?",
                                    "What is the relationship between the parents, and with the children? Is it safe? Who is the network?",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Werk", "Work"),
                                T(
                                    "Hebben ouders werk of dagbesteding? Gaan de kinderen naar school?",
                                    "Do the parents have work or daytime activities? Do the children go to school?",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    "<p>Gebruik bestaande informatie, zoals een verklarende analyse of een plan van het lokale team. "
                    "Vraag niet alles opnieuw uit: gezinnen in zorg hebben hun verhaal vaak al vele keren verteld.</p>",
                    "<p>Use existing information, such as an explanatory analysis or a plan from the local team. Do "
                    "not ask everything again: families receiving care have often told their story many times "
                    "already.</p>",
                ),
            ),
            (
                "document",
                {
                    "document": "werkkaart-leefgebieden",
                    "title": T("Werkkaart analyse van leefgebieden", "Work card life-domain analysis"),
                    "description": T(
                        "Om te printen en mee te nemen naar het gesprek met het gezin.",
                        "To print and take to the conversation with the family.",
                    ),
                },
            ),
        ],
        "attachments": ["werkkaart-leefgebieden"],
    },
    {
        "key": "effecten-conflict-ontwikkeling",
        "slug": T("effecten-van-ouderconflict-op-kinderen", "effects-of-parental-conflict-on-children"),
        "title": T(
            "Effecten van ouderconflict op de ontwikkeling van kinderen",
            "Effects of parental conflict on children's development",
        ),
        "article_type": "onderzoek",
        "target_audience": "kinderen",
        "evidence_level": "sterke",
        "topics": ["emoties", "hoog-conflict"],
        "last_reviewed": "2025-08-28",
        "summary": T(
            "Veel onderzoek laat zien dat niet de scheiding zelf, maar vooral aanhoudend en onopgelost "
            "conflict tussen ouders schadelijk is voor kinderen. Kinderen die klem zitten, hebben vaker "
            "emotionele problemen, gedragsproblemen en moeite op school. Beschermende factoren zijn warm "
            "ouderschap, voorspelbaarheid en weinig blootstelling aan ruzie. Deze samenvatting bundelt de "
            "belangrijkste bevindingen.",
            "Much research shows that it is not the separation itself, but mainly persistent and unresolved "
            "conflict between parents that harms children. Children who are caught in the middle more often "
            "have emotional problems, behavioural problems and difficulties at school. Protective factors "
            "are warm parenting, predictability and little exposure to conflict. This summary brings together "
            "the main findings.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<h2>Belangrijkste bevindingen</h2>"
                    "<ul><li>Gemiddeld zijn de verschillen tussen kinderen van gescheiden en niet-gescheiden ouders "
                    "klein; de meeste kinderen passen zich na verloop van tijd goed aan.</li>"
                    "<li>Conflict dat openlijk, vijandig, over het kind en onopgelost is, hangt het sterkst samen met "
                    "problemen.</li>"
                    "<li>Kinderen die als boodschapper of bondgenoot worden gebruikt, lopen het meeste risico.</li>"
                    "<li>Getuige zijn van partnergeweld heeft gevolgen die lijken op die van direct geweld tegen het "
                    "kind.</li></ul>",
                    "<h2>Main findings</h2>"
                    "<ul><li>On average, the differences between children of separated and non-separated parents are "
                    "small; most children adjust well over time.</li>"
                    "<li>Conflict that is open, hostile, about the child and unresolved is most strongly linked to "
                    "problems.</li>"
                    "<li>Children who are used as messengers or allies are most at risk.</li>"
                    "<li>Witnessing intimate partner violence has effects similar to those of direct violence against "
                    "the child.</li></ul>",
                ),
            ),
            (
                "table",
                {
                    "caption": T("Risico- en beschermende factoren", "Risk and protective factors"),
                    "header": [
                        T("Risicofactoren", "Risk factors"),
                        T("Beschermende factoren", "Protective factors"),
                    ],
                    "rows": [
                        {
                            "cells": [
                                T("Aanhoudend, vijandig conflict", "Persistent, hostile conflict"),
                                T(
                                    "Warme, betrokken opvoeding door minstens één ouder",
                                    "Warm, involved parenting by at least one parent",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Kind klem tussen ouders", "Child caught between parents"),
                                T(
                                    "Ouders die het conflict buiten het kind houden",
                                    "Parents who keep the conflict away from the child",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Armoede en veel verhuizingen", "Poverty and frequent moves"),
                                T(
                                    "Stabiele woonsituatie en vaste routines",
                                    "Stable housing and fixed routines",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Psychische problemen van een ouder", "A parent's mental health problems"),
                                T(
                                    "Steun van grootouders, school en vrienden",
                                    "Support from grandparents, school and friends",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Betekenis voor de praktijk", "Meaning for practice"),
                    "text": T(
                        "<p>Richt interventies op het verminderen van conflict waar kinderen bij zijn en op het "
                        "versterken van het ouderschap van elke ouder afzonderlijk. Dat is vaak haalbaarder dan "
                        "ouders tot goede samenwerking te brengen.</p>",
                        "<p>Aim interventions at reducing conflict that children are exposed to and at strengthening "
                        "each parent's parenting separately. That is often more achievable than getting parents to "
                        "cooperate well.</p>",
                    ),
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "mediation-hoog-conflict",
        "slug": T("mediation-bij-hoog-conflict", "mediation-in-high-conflict"),
        "title": T(
            "Mediation bij hoog conflict: wat weten we?", "Mediation in high conflict: what do we know?"
        ),
        "article_type": "onderzoek",
        "target_audience": "ouders",
        "evidence_level": "eerste",
        "topics": ["mediation", "hoog-conflict", "veiligheid"],
        "last_reviewed": "2026-01-29",
        "summary": T(
            "Reguliere mediation werkt goed voor veel ouders, maar bij hoog conflict zijn de resultaten "
            "wisselend. Onderzoek geeft eerste aanwijzingen dat aangepaste vormen, zoals kindgerichte "
            "mediation, co-mediation door twee mediators of pendelmediation, vaker tot duurzame afspraken "
            "leiden. Screening op geweld en machtsongelijkheid vooraf is een voorwaarde.",
            "Regular mediation works well for many parents, but in high conflict the results are mixed. "
            "Research gives first indications that adapted forms, such as child-inclusive mediation, "
            "co-mediation by two mediators or shuttle mediation, more often lead to lasting agreements. "
            "Screening for violence and power imbalance beforehand is a precondition.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Bij hoog conflict stoppen ouders vaker voortijdig met mediation, of komen afspraken tot stand "
                    "die later niet worden nagekomen. Ouders ervaren vaak dat de strijd zich in de mediationkamer "
                    "voortzet.</p>"
                    "<h3>Wat lijkt te helpen</h3>"
                    "<ul><li>een intake met elke ouder apart, inclusief screening op geweld;</li>"
                    "<li>de stem van het kind inbrengen, bijvoorbeeld via een apart kindgesprek;</li>"
                    "<li>kortere, meer gestructureerde bijeenkomsten;</li>"
                    "<li>samenwerking met een therapeut of het expertisepunt naast de mediation.</li></ul>",
                    "<p>In high conflict, parents more often stop mediation early, or reach agreements that are later "
                    "not kept. Parents often experience the fight continuing in the mediation room.</p>"
                    "<h3>What seems to help</h3>"
                    "<ul><li>an intake with each parent separately, including screening for violence;</li>"
                    "<li>bringing in the child's voice, for example through a separate child interview;</li>"
                    "<li>shorter, more structured sessions;</li>"
                    "<li>cooperation with a therapist or the expertise point alongside the mediation.</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T("Geen mediation bij geweld", "No mediation with violence"),
                    "text": T(
                        "<p>Bij partnergeweld, dwingende controle of angst voor de andere ouder is mediation niet "
                        "geschikt. De onderhandelingspositie is dan niet gelijk, en samen in een ruimte zitten kan "
                        "onveilig zijn.</p>",
                        "<p>With intimate partner violence, coercive control or fear of the other parent, mediation is "
                        "not suitable. The negotiating positions are then not equal, and sitting together in one room "
                        "can be unsafe.</p>",
                    ),
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "parallel-ouderschap",
        "slug": T("parallel-ouderschap", "parallel-parenting"),
        "title": T("Parallel ouderschap", "Parallel parenting"),
        "article_type": "methode",
        "target_audience": "ouders",
        "evidence_level": "eerste",
        "topics": ["hoog-conflict", "communicatie", "omgang"],
        "last_reviewed": "2026-03-23",
        "summary": T(
            "Als samen ouderschap steeds uitloopt op ruzie, kan parallel ouderschap de druk verlagen. Ouders "
            "maken gedetailleerde ouderschapsafspraken, hebben zo min mogelijk direct contact en zorgen ieder "
            "in hun eigen huis op hun eigen manier voor het kind. Praktijkervaringen en eerste onderzoek laten "
            "zien dat kinderen hierdoor minder aan conflict worden blootgesteld.",
            "If parenting together keeps ending in arguments, parallel parenting can lower the pressure. "
            "Parents make detailed parenting agreements, have as little direct contact as possible and each "
            "care for the child in their own home in their own way. Practical experience and early research "
            "show that children are exposed to less conflict as a result.",
        ),
        "body": [
            (
                "table",
                {
                    "caption": T(
                        "Samen ouderschap en parallel ouderschap", "Cooperative and parallel parenting"
                    ),
                    "header": [
                        T("Aspect", "Aspect"),
                        T("Samen ouderschap", "Cooperative parenting"),
                        T("Parallel ouderschap", "Parallel parenting"),
                    ],
                    "rows": [
                        {
                            "cells": [
                                T("Contact tussen ouders", "Contact between parents"),
                                T("Regelmatig overleg", "Regular consultation"),
                                T("Alleen het hoognodige, schriftelijk", "Only the essentials, in writing"),
                            ]
                        },
                        {
                            "cells": [
                                T("Afspraken", "Agreements"),
                                T("Globaal, flexibel", "General, flexible"),
                                T(
                                    "Gedetailleerd: tijden, plaatsen, vakanties",
                                    "Detailed: times, places, holidays",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Regels in huis", "House rules"),
                                T("Zoveel mogelijk gelijk", "As similar as possible"),
                                T(
                                    "Ieder eigen regels, zonder kritiek op de ander",
                                    "Each their own rules, without criticising the other",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Overdracht", "Handover"),
                                T("Samen, bij een van de huizen", "Together, at one of the homes"),
                                T("Via school of een neutrale plek", "Through school or a neutral place"),
                            ]
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Zo begeleid je het", "How to support it"),
                    "steps": [
                        {
                            "title": T("Maak de afspraken concreet", "Make the agreements concrete"),
                            "text": T(
                                "Een ouderschapsplan dat zo weinig mogelijk ruimte laat voor discussie.",
                                "A parenting plan that leaves as little room as possible for discussion.",
                            ),
                        },
                        {
                            "title": T("Kies één communicatiekanaal", "Choose one communication channel"),
                            "text": T(
                                "Een schrift, e-mail of app. Berichten kort, informatief, vriendelijk en duidelijk.",
                                "A notebook, e-mail or an app. Messages brief, informative, friendly and firm.",
                            ),
                        },
                        {
                            "title": T("Evalueer na een half jaar", "Evaluate after six months"),
                            "text": T(
                                "Is er meer rust? Dan kan soms stap voor stap meer samenwerking.",
                                "Is there more calm? Then sometimes more cooperation is possible step by step.",
                            ),
                        },
                    ],
                },
            ),
            ("quote", {"story": "vader-parallel-ouderschap"}),
        ],
        "attachments": [],
    },
    {
        "key": "veiligheidsplan",
        "slug": T("een-veiligheidsplan-maken", "making-a-safety-plan"),
        "title": T("Een veiligheidsplan maken met het gezin", "Making a safety plan with the family"),
        "article_type": "methode",
        "target_audience": "ouders",
        "evidence_level": "goede",
        "topics": ["veiligheid"],
        "last_reviewed": "2026-02-17",
        "summary": T(
            "Een veiligheidsplan beschrijft concreet wat gezinsleden doen om onveiligheid te voorkomen en wat "
            "ze doen als het toch misgaat. Het wordt samen met het gezin en het netwerk gemaakt, en ook de "
            "kinderen krijgen een rol die bij hun leeftijd past. Een plan is alleen bruikbaar als het concreet "
            "is en regelmatig wordt bijgesteld. Zeker rond een scheiding verandert het risico snel.",
            "A safety plan describes concretely what family members do to prevent unsafety and what they do "
            "if things go wrong anyway. It is made together with the family and the network, and the children "
            "also get a role that suits their age. A plan is only useful if it is concrete and regularly "
            "updated. Especially around a separation, the risk changes quickly.",
        ),
        "body": [
            (
                "steps",
                {
                    "heading": T("Onderdelen van een veiligheidsplan", "Parts of a safety plan"),
                    "steps": [
                        {
                            "title": T("Wat zijn de zorgen?", "What are the concerns?"),
                            "text": T(
                                "Beschrijf concreet welk gedrag onveilig is, en wanneer het gebeurt.",
                                "Describe concretely which behaviour is unsafe, and when it happens.",
                            ),
                        },
                        {
                            "title": T("Wat moet er anders?", "What needs to change?"),
                            "text": T(
                                "Veiligheidsdoelen in gewone woorden, die het gezin zelf herkent.",
                                "Safety goals in plain words that the family recognises.",
                            ),
                        },
                        {
                            "title": T("Wie doet wat?", "Who does what?"),
                            "text": T(
                                "Afspraken met ouders, netwerk en kinderen, inclusief een noodplan.",
                                "Agreements with parents, network and children, including an emergency plan.",
                            ),
                        },
                        {
                            "title": T("Hoe controleren we het?", "How do we check it?"),
                            "text": T(
                                "Vaste momenten om het plan te bespreken en bij te stellen.",
                                "Fixed moments to discuss and update the plan.",
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    "<p>Betrek het netwerk: mensen die het gezin vertrouwt en die kunnen meekijken of ingrijpen. Een "
                    "plan dat alleen op papier staat bij de hulpverlener, beschermt niemand.</p>"
                    "<p>Maak met kinderen een eigen, eenvoudig plan: waar ga je heen, wie bel je, wat is het "
                    "codewoord? Oefen het, zodat ze het weten als het nodig is.</p>",
                    "<p>Involve the network: people the family trusts and who can keep an eye on things or step in. A "
                    "plan that only exists on paper with the professional protects nobody.</p>"
                    "<p>Make a separate, simple plan with the children: where do you go, whom do you call, what is the "
                    "code word? Practise it, so they know it when it is needed.</p>",
                ),
            ),
            (
                "document",
                {
                    "document": "checklist-veiligheidsplan",
                    "title": T("Checklist veiligheidsplan", "Safety plan checklist"),
                    "description": T(
                        "Acht vragen als basis voor het gesprek met ouders.",
                        "Eight questions as a basis for the conversation with parents.",
                    ),
                },
            ),
        ],
        "attachments": ["checklist-veiligheidsplan"],
    },
    {
        "key": "dwingende-controle",
        "slug": T("dwingende-controle", "coercive-control"),
        "title": T("Dwingende controle (coercive control)", "Coercive control"),
        "article_type": "factsheet",
        "target_audience": "professionals",
        "evidence_level": "",
        "topics": ["veiligheid", "hoog-conflict"],
        "last_reviewed": "2026-04-02",
        "summary": T(
            "Dwingende controle is een patroon waarin een partner de ander stap voor stap zijn vrijheid "
            "afneemt, door isolatie, controle, vernedering en dreiging. Er is niet altijd fysiek geweld, "
            "waardoor het patroon gemakkelijk wordt gemist. Na een scheiding gaat de controle vaak door, "
            "bijvoorbeeld via de kinderen, geld of juridische procedures. Het patroon is een belangrijke "
            "risicofactor voor ernstig geweld.",
            "Coercive control is a pattern in which one partner takes away the other's freedom step by step, "
            "through isolation, monitoring, humiliation and threats. There is not always physical violence, "
            "which is why the pattern is easily missed. After a separation, the control often continues, for "
            "example through the children, money or legal proceedings. The pattern is an important risk factor "
            "for serious violence.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<h2>Kenmerken</h2>"
                    "<ul><li>isoleren van familie en vrienden;</li>"
                    "<li>controleren van telefoon, locatie, geld en kleding;</li>"
                    "<li>vernederen, kleineren en jaloezie;</li>"
                    "<li>dreigen, ook met de kinderen of met zelfdoding;</li>"
                    "<li>regels opleggen en straffen als die worden overtreden.</li></ul>"
                    "<h2>Na de scheiding</h2>"
                    "<p>Let op een ouder die de omgangsregeling gebruikt om controle te houden, steeds nieuwe "
                    "procedures start, betalingen stopzet of de kinderen uitvraagt over de andere ouder. Dit wordt "
                    "soms aangezien voor een gewone vechtscheiding, terwijl het om eenzijdige dominantie gaat.</p>",
                    "<h2>Characteristics</h2>"
                    "<ul><li>isolating from family and friends;</li>"
                    "<li>monitoring phone, location, money and clothing;</li>"
                    "<li>humiliating, belittling and jealousy;</li>"
                    "<li>threatening, including with the children or with suicide;</li>"
                    "<li>imposing rules and punishing when they are broken.</li></ul>"
                    "<h2>After the separation</h2>"
                    "<p>Watch out for a parent who uses the contact arrangement to keep control, keeps starting new "
                    "proceedings, stops payments or questions the children about the other parent. This is sometimes "
                    "mistaken for an ordinary high-conflict divorce, while it is about one-sided domination.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T("Onderscheid conflict en controle", "Distinguish conflict from control"),
                    "text": T(
                        "<p>Bij een wederzijds conflict zijn beide ouders ongeveer even sterk. Bij dwingende controle "
                        "is één ouder bang voor de ander. Dan zijn mediation en gezamenlijke gesprekken niet "
                        "passend, en gaat veiligheid voor.</p>",
                        "<p>In a mutual conflict, both parents are roughly equally strong. With coercive control, one "
                        "parent is afraid of the other. Then mediation and joint conversations are not appropriate, "
                        "and safety comes first.</p>",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": T("Veelgestelde vragen", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T("Hoe vraag ik ernaar?", "How do I ask about it?"),
                            "answer": T(
                                "<p>Spreek elke ouder apart. Vraag bijvoorbeeld: <i>Kun je zelf beslissen met wie je "
                                "afspreekt en waar je geld aan uitgeeft? Ben je weleens bang voor hoe de ander "
                                "reageert?</i></p>",
                                "<p>Speak to each parent separately. Ask for example: <i>Can you decide for yourself whom "
                                "you meet and what you spend your money on? Are you ever afraid of how the other person "
                                "will react?</i></p>",
                            ),
                        },
                    ],
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "stalking-na-scheiding",
        "slug": T("stalking-na-een-scheiding", "stalking-after-a-separation"),
        "title": T("Stalking na een scheiding", "Stalking after a separation"),
        "article_type": "factsheet",
        "target_audience": "ouders",
        "evidence_level": "",
        "topics": ["veiligheid", "juridisch"],
        "last_reviewed": "2025-12-15",
        "summary": T(
            "Stalking (in de wet: belaging) komt vaak voor na het einde van een relatie en is strafbaar. Het "
            "gaat om herhaald, ongewenst contact of toezicht dat iemand angstig maakt: berichten, volgen, "
            "langskomen, of meekijken via apps en trackers. De periode rond en direct na de scheiding is "
            "extra risicovol. Deze factsheet beschrijft signalen en wat professionals en ouders kunnen doen.",
            "Stalking (legally: harassment) often occurs after a relationship ends and is a criminal offence. "
            "It is about repeated, unwanted contact or surveillance that makes someone afraid: messages, "
            "following, turning up, or watching through apps and trackers. The period around and directly "
            "after the separation carries extra risk. This factsheet describes signs and what professionals "
            "and parents can do.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Na een scheiding loopt stalking vaak via de kinderen: overdrachtsmomenten, berichten via de "
                    "kinderen, of een telefoon of tablet die het kind meeneemt. Digitale stalking met spionage-apps "
                    "of gps-trackers komt steeds vaker voor.</p>",
                    "<p>After a separation, stalking often runs through the children: handover moments, messages via "
                    "the children, or a phone or tablet the child takes along. Digital stalking with spy apps or GPS "
                    "trackers is becoming more common.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Advies aan het slachtoffer", "Advice for the victim"),
                    "steps": [
                        {
                            "title": T("Houd een logboek bij", "Keep a log"),
                            "text": T(
                                "Datum, tijd, wat er gebeurde, en bewaar berichten en screenshots.",
                                "Date, time, what happened, and keep messages and screenshots.",
                            ),
                        },
                        {
                            "title": T("Reageer niet", "Do not respond"),
                            "text": T(
                                "Zeg één keer duidelijk dat je geen contact wilt, en reageer daarna niet meer.",
                                "Say clearly once that you do not want contact, and do not respond after that.",
                            ),
                        },
                        {
                            "title": T("Doe aangifte", "Report it to the police"),
                            "text": T(
                                "Stalking is strafbaar. De politie kan ook adviseren over een contact- of gebiedsverbod.",
                                "Stalking is a criminal offence. The police can also advise on a no-contact or area ban.",
                            ),
                        },
                        {
                            "title": T("Maak een veiligheidsplan", "Make a safety plan"),
                            "text": T(
                                "Ook voor de overdracht van de kinderen en voor je telefoon.",
                                "Also for the handover of the children and for your phone.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T("Stalking is een risicofactor", "Stalking is a risk factor"),
                    "text": T(
                        "<p>Stalking na een scheiding hangt samen met een hoger risico op ernstig geweld. Neem het "
                        "altijd serieus en overleg met Veilig Thuis (0800-2000) over een risicotaxatie.</p>",
                        "<p>Stalking after a separation is linked to a higher risk of serious violence. Always take it "
                        "seriously and consult Veilig Thuis (0800-2000) about a risk assessment.</p>",
                    ),
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "risicotaxatie-partnergeweld",
        "slug": T("risicotaxatie-bij-partnergeweld", "risk-assessment-in-intimate-partner-violence"),
        "title": T("Risicotaxatie bij partnergeweld", "Risk assessment in intimate partner violence"),
        "article_type": "methode",
        "target_audience": "professionals",
        "evidence_level": "goede",
        "topics": ["veiligheid"],
        "last_reviewed": "2026-03-02",
        "summary": T(
            "Een gestructureerde risicotaxatie helpt om de kans op herhaling of escalatie van partnergeweld "
            "beter in te schatten dan een oordeel op gevoel. Er zijn goede aanwijzingen dat gestructureerd "
            "professioneel oordeel, waarin vaste risicofactoren worden gecombineerd met de inschatting van de "
            "professional, bruikbare voorspellingen geeft. De eigen inschatting van het slachtoffer telt daarbij "
            "zwaar mee.",
            "A structured risk assessment helps to estimate the chance of repeated or escalating intimate "
            "partner violence better than a judgement based on gut feeling. There are good indications that "
            "structured professional judgement, in which fixed risk factors are combined with the "
            "professional's assessment, gives useful predictions. The victim's own assessment weighs heavily "
            "in this.",
        ),
        "body": [
            (
                "table",
                {
                    "caption": T(
                        "Bekende risicofactoren voor ernstig partnergeweld",
                        "Known risk factors for serious intimate partner violence",
                    ),
                    "header": [T("Factor", "Factor"), T("Toelichting", "Explanation")],
                    "rows": [
                        {
                            "cells": [
                                T("Eerder geweld en escalatie", "Previous violence and escalation"),
                                T(
                                    "Het geweld wordt vaker of ernstiger",
                                    "The violence is becoming more frequent or more severe",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Wurging of verstikking", "Strangulation or suffocation"),
                                T(
                                    "Een sterke voorspeller van dodelijk geweld",
                                    "A strong predictor of lethal violence",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Dreigen met doden", "Threats to kill"),
                                T(
                                    "Ook dreigen met zelfdoding of met de kinderen",
                                    "Also threats of suicide or involving the children",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Scheiding of vertrek", "Separation or leaving"),
                                T(
                                    "Het risico is het hoogst rond en kort na het vertrek",
                                    "The risk is highest around and shortly after leaving",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Stalking en dwingende controle", "Stalking and coercive control"),
                                T(
                                    "Obsessieve jaloezie en het niet accepteren van de scheiding",
                                    "Obsessive jealousy and not accepting the separation",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Toegang tot wapens, middelengebruik", "Access to weapons, substance use"),
                                T(
                                    "Verhogen de kans op ernstig letsel",
                                    "Increase the chance of serious injury",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    "<p>Herhaal de risicotaxatie op momenten van verandering: bij het vertrek, rond een zitting, bij "
                    "een nieuwe partner of als er een contact- of zorgregeling ingaat. Deel de uitkomst met de "
                    "partners die het veiligheidsplan uitvoeren, binnen de regels van de privacywetgeving.</p>",
                    "<p>Repeat the risk assessment at moments of change: when someone leaves, around a hearing, with a "
                    "new partner or when a contact or care arrangement starts. Share the outcome with the partners "
                    "who carry out the safety plan, within the rules of privacy legislation.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T("Een lage score is geen garantie", "A low score is no guarantee"),
                    "text": T(
                        "<p>Geen enkel instrument voorspelt perfect. Zegt het slachtoffer dat het bang is, neem dat dan "
                        "altijd serieus, ook als de score laag is.</p>",
                        "<p>No instrument predicts perfectly. If the victim says they are afraid, always take that "
                        "seriously, even if the score is low.</p>",
                    ),
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "casus-vastgelopen-omgang",
        "slug": T("casus-vastgelopen-omgang", "case-stalled-contact"),
        "title": T(
            "Casus: vastgelopen omgang na jaren procederen", "Case: stalled contact after years of litigation"
        ),
        "article_type": "casus",
        "target_audience": "kinderen",
        "evidence_level": "",
        "topics": ["omgang", "hoog-conflict", "juridisch"],
        "last_reviewed": "2026-04-20",
        "summary": T(
            "Een verzonnen, geanonimiseerde casus over twee kinderen van 6 en 9 jaar die hun vader al tien "
            "maanden niet zagen. Er liepen drie procedures, mediation was twee keer gestopt en er waren zeven "
            "hulpverleners betrokken. De casus laat zien hoe een gezamenlijke intake en het advies van het Hoog "
            "Conflict Platform tot een nieuwe contactregeling leidden, zonder ondertoezichtstelling.",
            "An invented, anonymised case about two children aged 6 and 9 who had not seen their father for "
            "ten months. Three proceedings were under way, mediation had stopped twice and seven professionals "
            "were involved. The case shows how a joint intake and the advice of the High Conflict Panel led to "
            "a new contact arrangement, without a supervision order.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<h2>Situatie</h2>"
                    "<p>Ouders gingen drie jaar geleden uit elkaar. De omgangsregeling uit het ouderschapsplan werd "
                    "steeds minder nagekomen. Moeder maakte zich zorgen over de woede-uitbarstingen van vader; vader "
                    "voelde zich buitengesloten. De oudste vertelde op school dat ze buikpijn kreeg van de "
                    "overdracht. De rechter overwoog de Raad voor de Kinderbescherming om onderzoek te vragen.</p>"
                    "<h2>Aanpak</h2>"
                    "<p>De huisarts meldde het gezin, met toestemming van beide ouders, aan bij het expertisepunt. "
                    "Bij de gezamenlijke intake zaten een jeugdhulpverlener, een mediator en een deskundige uit de "
                    "volwassenenzorg. Het Hoog Conflict Platform adviseerde:</p>"
                    "<ul><li>omgangsbegeleiding, vier maanden lang, met een duidelijk afbouwplan;</li>"
                    "<li>parallel ouderschap met een vaste communicatie-app;</li>"
                    "<li>individuele hulp voor vader bij het omgaan met boosheid;</li>"
                    "<li>een kindercoach voor de oudste, die ook met school afstemde;</li>"
                    "<li>één regisseur vanuit het expertisepunt.</li></ul>",
                    "<h2>Situation</h2>"
                    "<p>The parents separated three years ago. The contact arrangement from the parenting plan was "
                    "kept less and less. Mother was worried about father's outbursts of anger; father felt shut out. "
                    "The eldest said at school that she got stomach aches from the handovers. The court was "
                    "considering asking the Child Protection Board to investigate.</p>"
                    "<h2>Approach</h2>"
                    "<p>The GP referred the family to the expertise point, with the consent of both parents. The "
                    "joint intake was attended by a youth care worker, a mediator and an adult care expert. The High "
                    "Conflict Panel advised:</p>"
                    "<ul><li>supervised contact for four months, with a clear plan for phasing it out;</li>"
                    "<li>parallel parenting with a fixed communication app;</li>"
                    "<li>individual help for father in dealing with anger;</li>"
                    "<li>a children's coach for the eldest, who also liaised with school;</li>"
                    "<li>one coordinator from the expertise point.</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Resultaat na zes maanden", "Result after six months"),
                    "text": T(
                        "<p>De kinderen zien hun vader weer om het weekend, zonder begeleiding. De lopende procedures "
                        "zijn ingetrokken. Het aantal betrokken hulpverleners is teruggebracht van zeven naar drie.</p>",
                        "<p>The children see their father every other weekend again, without supervision. The ongoing "
                        "proceedings have been withdrawn. The number of professionals involved has been reduced from "
                        "seven to three.</p>",
                    ),
                },
            ),
            (
                "paragraph",
                T(
                    "<h3>Lessen</h3>"
                    "<p>Eén plan en één regisseur gaven rust. Door veiligheid en het herstel van contact tegelijk aan "
                    "te pakken, voelden beide ouders zich gehoord.</p>",
                    "<h3>Lessons</h3>"
                    "<p>One plan and one coordinator brought calm. By addressing safety and the restoration of contact "
                    "at the same time, both parents felt heard.</p>",
                ),
            ),
        ],
        "attachments": ["werkkaart-signalen"],
    },
    {
        "key": "casus-expertisepoule-gezin",
        "slug": T("casus-expertisepoule-gezin-met-onveiligheid", "case-expert-pool-family-facing-unsafety"),
        "title": T(
            "Casus: een gezin met onveiligheid in de expertisepoule",
            "Case: a family facing unsafety in the expert pool",
        ),
        "article_type": "casus",
        "target_audience": "jongeren",
        "evidence_level": "",
        "topics": ["veiligheid", "kinderbescherming", "financien", "wonen"],
        "last_reviewed": "2026-05-04",
        "summary": T(
            "Een verzonnen, geanonimiseerde casus over een moeder met een dochter van 14 en een zoon van 4, na "
            "een relatie met huiselijk geweld. Er speelden schulden, een dreigende huisuitzetting en somberheid "
            "bij moeder. De wijkteammedewerker bracht de casus eerst anoniem in en later, met toestemming, "
            "volledig. Een analyse van alle leefgebieden hielp om prioriteiten te stellen, en een "
            "ondertoezichtstelling bleef uit.",
            "An invented, anonymised case about a mother with a 14-year-old daughter and a 4-year-old son, "
            "after a relationship with domestic violence. There were debts, a threatened eviction and low mood "
            "in the mother. The local team worker first brought in the case anonymously and later, with "
            "consent, in full. An analysis of all life domains helped to set priorities, and a supervision "
            "order was avoided.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<h2>Situatie</h2>"
                    "<p>Moeder had een half jaar eerder de relatie beëindigd na jaren van geweld. Ex-partner stuurde "
                    "nog dagelijks berichten. De dochter verzuimde veel van school en zorgde thuis voor haar broertje. "
                    "Er was een huurachterstand van vier maanden.</p>"
                    "<h2>Anoniem meedenken</h2>"
                    "<p>Moeder wilde eerst niet dat er nog meer mensen over haar gezin praatten. De "
                    "wijkteammedewerker besprak de situatie daarom anoniem met de poule, zonder namen, adressen of "
                    "geboortedata. De poule adviseerde om eerst de zorgen over wonen en veiligheid te bespreken, omdat "
                    "moeder die zelf het meest noemde.</p>"
                    "<h2>Met toestemming verder</h2>"
                    "<p>Na twee weken gaf moeder toestemming. Een schuldhulpverlener, een medewerker van de "
                    "vrouwenopvang (ambulant), een GGZ-deskundige en een jeugdbeschermer dachten mee. De dochter "
                    "schreef zelf op wat zij belangrijk vond.</p>",
                    "<h2>Situation</h2>"
                    "<p>Mother had ended the relationship six months earlier after years of violence. The ex-partner "
                    "still sent messages every day. The daughter missed a lot of school and looked after her little "
                    "brother at home. There were four months of rent arrears.</p>"
                    "<h2>Thinking along anonymously</h2>"
                    "<p>At first, mother did not want even more people talking about her family. The local team "
                    "worker therefore discussed the situation anonymously with the pool, without names, addresses or "
                    "dates of birth. The pool advised first discussing the concerns about housing and safety, because "
                    "mother mentioned those most herself.</p>"
                    "<h2>Continuing with consent</h2>"
                    "<p>After two weeks, mother gave her consent. A debt counsellor, a women's shelter worker "
                    "(outreach), a mental health expert and a child protection worker thought along. The daughter "
                    "wrote down herself what mattered to her.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T("Prioriteiten per leefgebied", "Priorities per life domain"),
                    "header": [T("Leefgebied", "Life domain"), T("Doel", "Goal"), T("Wie", "Who")],
                    "rows": [
                        {
                            "cells": [
                                T("Wonen", "Housing"),
                                T(
                                    "Uitzetting voorkomen met een betalingsregeling",
                                    "Prevent eviction with a payment plan",
                                ),
                                T("Schuldhulp en verhuurder", "Debt support and landlord"),
                            ]
                        },
                        {
                            "cells": [
                                T("Gezin", "Family"),
                                T("Veiligheidsplan en contactverbod", "Safety plan and no-contact order"),
                                T("Vrouwenopvang ambulant en politie", "Women's shelter outreach and police"),
                            ]
                        },
                        {
                            "cells": [
                                T("Zorg", "Care"),
                                T(
                                    "Behandeling van de somberheid van moeder",
                                    "Treatment of mother's low mood",
                                ),
                                T("Huisarts en GGZ", "GP and mental health care"),
                            ]
                        },
                        {
                            "cells": [
                                T("Werk en school", "Work and school"),
                                T(
                                    "Dochter weer naar school, zonder zorgtaken",
                                    "Daughter back at school, without caring tasks",
                                ),
                                T("Mentor en leerplicht", "Mentor and school attendance officer"),
                            ]
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Resultaat na vier maanden", "Result after four months"),
                    "text": T(
                        "<p>De huur wordt betaald, er geldt een contactverbod en de dochter gaat weer naar school. De "
                        "hulp bleef vrijwillig en de wijkteammedewerker bleef het aanspreekpunt. Een melding bij de "
                        "Raad voor de Kinderbescherming was niet nodig.</p>",
                        "<p>The rent is being paid, a no-contact order is in place and the daughter is back at school. "
                        "The help stayed voluntary and the local team worker remained the point of contact. A report to "
                        "the Child Protection Board was not needed.</p>",
                    ),
                },
            ),
        ],
        "attachments": ["werkkaart-leefgebieden"],
    },
    {
        "key": "richtlijn-scheiding-jeugdigen",
        "slug": T(
            "richtlijn-scheiding-en-problemen-van-jeugdigen",
            "guideline-separation-and-problems-of-young-people",
        ),
        "title": T(
            "Richtlijn scheiding en problemen van jeugdigen: de kern",
            "Guideline on separation and problems of young people: the essentials",
        ),
        "article_type": "richtlijn",
        "target_audience": "kinderen",
        "evidence_level": "",
        "topics": ["kinderen-betrekken", "hoog-conflict", "ouderschapsplan"],
        "last_reviewed": "2025-07-10",
        "summary": T(
            "Voor jeugdhulp en jeugdbescherming bestaat een landelijke richtlijn over scheiding en problemen "
            "van jeugdigen. Deze pagina vat in eigen woorden samen waar de richtlijn professionals bij helpt: "
            "signaleren, inschatten, beide ouders betrekken, passende hulp kiezen en samenwerken. Raadpleeg "
            "voor de precieze aanbevelingen altijd de actuele versie van de richtlijn zelf.",
            "For youth care and child protection there is a national guideline on separation and problems of "
            "young people. This page summarises in our own words what the guideline helps professionals with: "
            "spotting signs, assessing, involving both parents, choosing suitable help and working together. "
            "For the exact recommendations, always consult the current version of the guideline itself.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<h2>Waar de richtlijn over gaat</h2>"
                    "<ul><li><b>Signaleren:</b> vraag bij elke hulpvraag naar de gezinssituatie en naar een eventuele "
                    "scheiding.</li>"
                    "<li><b>Inschatten:</b> kijk naar de ernst van de problemen van het kind, de mate van conflict en "
                    "de veiligheid.</li>"
                    "<li><b>Beide ouders:</b> informeer en betrek beide ouders, ook de ouder bij wie het kind niet "
                    "woont.</li>"
                    "<li><b>Passende hulp:</b> kies de lichtst mogelijke hulp die past, en schaal op als het conflict "
                    "ernstig of langdurig is.</li>"
                    "<li><b>Samenwerken:</b> stem af met andere betrokkenen, zodat ouders niet van de ene naar de "
                    "andere hulpverlener gaan.</li></ul>",
                    "<h2>What the guideline covers</h2>"
                    "<ul><li><b>Spotting signs:</b> ask about the family situation and any separation with every "
                    "request for help.</li>"
                    "<li><b>Assessing:</b> look at the seriousness of the child's problems, the level of conflict and "
                    "safety.</li>"
                    "<li><b>Both parents:</b> inform and involve both parents, including the parent the child does not "
                    "live with.</li>"
                    "<li><b>Suitable help:</b> choose the lightest suitable help, and scale up if the conflict is "
                    "serious or long-lasting.</li>"
                    "<li><b>Working together:</b> coordinate with others involved, so that parents do not go from one "
                    "professional to the next.</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Samenhang met andere richtlijnen", "Links with other guidelines"),
                    "text": T(
                        "<p>Bij signalen van onveiligheid gelden ook de meldcode en de richtlijn over "
                        "kindermishandeling. De richtlijnen vullen elkaar aan.</p>",
                        "<p>When there are signs of unsafety, the reporting code and the guideline on child abuse also "
                        "apply. The guidelines complement each other.</p>",
                    ),
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "financiele-stress",
        "slug": T("financiele-stress-na-scheiding", "financial-stress-after-separation"),
        "title": T("Financiële stress na een scheiding", "Financial stress after a separation"),
        "article_type": "factsheet",
        "target_audience": "ouders",
        "evidence_level": "eerste",
        "topics": ["financien", "wonen"],
        "last_reviewed": "2025-10-30",
        "summary": T(
            "Na een scheiding daalt het besteedbaar inkomen van veel gezinnen, vooral van de ouder bij wie de "
            "kinderen het meest wonen. Geldzorgen nemen mentale ruimte in beslag en maken het moeilijker om "
            "rustig te blijven in het contact met de andere ouder. Deze factsheet laat zien hoe financiële "
            "stress en ouderconflict elkaar versterken, en hoe professionals vroeg kunnen helpen.",
            "After a separation, the disposable income of many families falls, especially for the parent with "
            "whom the children live most. Money worries take up mental space and make it harder to stay calm "
            "in contact with the other parent. This factsheet shows how financial stress and parental conflict "
            "reinforce each other, and how professionals can help early.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Veelvoorkomende knelpunten:</p>"
                    "<ul><li>toeslagen die opnieuw moeten worden aangevraagd of worden teruggevorderd;</li>"
                    "<li>alimentatie die niet of te laat wordt betaald;</li>"
                    "<li>dubbele woonlasten in de overgangsperiode;</li>"
                    "<li>gezamenlijke schulden waar beide ouders voor aansprakelijk blijven.</li></ul>"
                    "<p>Ruzie over geld is een van de vaakst genoemde aanleidingen voor nieuwe conflicten over de "
                    "kinderen.</p>",
                    "<p>Common bottlenecks:</p>"
                    "<ul><li>benefits that have to be applied for again or are reclaimed;</li>"
                    "<li>support that is not paid or paid late;</li>"
                    "<li>double housing costs during the transition period;</li>"
                    "<li>joint debts for which both parents remain liable.</li></ul>"
                    "<p>Arguments about money are one of the most frequently mentioned triggers for new conflicts about "
                    "the children.</p>",
                ),
            ),
            (
                "steps",
                {
                    "heading": T("Wat kun je als professional doen?", "What can you do as a professional?"),
                    "steps": [
                        {
                            "title": T("Vraag naar geld", "Ask about money"),
                            "text": T(
                                "Ook als de hulpvraag over de kinderen gaat.",
                                "Even if the request for help is about the children.",
                            ),
                        },
                        {
                            "title": T("Verwijs vroeg door", "Refer early"),
                            "text": T(
                                "Naar budgetadvies of schuldhulp van de gemeente, die gratis is.",
                                "To the municipality's budget advice or debt support, which is free.",
                            ),
                        },
                        {
                            "title": T("Check de toeslagen", "Check the benefits"),
                            "text": T(
                                "Wijzigingen in de gezinssituatie moeten snel worden doorgegeven.",
                                "Changes in the family situation must be reported quickly.",
                            ),
                        },
                    ],
                },
            ),
            (
                "services",
                {
                    "heading": T("Financiële hulp in de regio", "Financial help in the region"),
                    "topics": ["financien"],
                    "route": "",
                    "limit": 4,
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "verslaving-en-ouderschap",
        "slug": T("verslaving-en-ouderschap", "addiction-and-parenting"),
        "title": T("Verslaving en ouderschap na een scheiding", "Addiction and parenting after a separation"),
        "article_type": "onderzoek",
        "target_audience": "ouders",
        "evidence_level": "goede",
        "topics": ["veiligheid", "emoties", "omgang"],
        "last_reviewed": "2026-02-25",
        "summary": T(
            "Problematisch gebruik van alcohol, drugs of medicijnen door een ouder vergroot de kans op "
            "onveiligheid, verwaarlozing en onvoorspelbaarheid voor kinderen. Rond een scheiding speelt het "
            "vaak mee in de discussie over de zorgregeling. Onderzoek geeft goede aanwijzingen dat een aanpak "
            "waarin verslavingszorg en jeugdhulp samenwerken, beter werkt dan losse hulp.",
            "Problematic use of alcohol, drugs or medication by a parent increases the chance of unsafety, "
            "neglect and unpredictability for children. Around a separation it often plays a role in the "
            "discussion about the care arrangement. Research gives good indications that an approach in which "
            "addiction care and youth care work together works better than separate help.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Kinderen van ouders met een verslaving lopen meer risico op eigen problemen, maar veel "
                    "kinderen doen het ondanks alles goed. Beschermend zijn een stabiele andere ouder of volwassene, "
                    "begrijpelijke uitleg over de verslaving, en een ouder die hulp accepteert.</p>"
                    "<h3>Bij de zorgregeling</h3>"
                    "<ul><li>Maak afspraken over nuchterheid tijdens de zorgmomenten, en wat er gebeurt als die niet "
                    "worden nagekomen.</li>"
                    "<li>Zorg voor een plan B: wie haalt het kind op als het niet veilig is?</li>"
                    "<li>Betrek de behandelaar van de ouder, met toestemming.</li></ul>",
                    "<p>Children of parents with an addiction are at greater risk of problems of their own, but many "
                    "children do well despite everything. Protective factors are a stable other parent or adult, "
                    "understandable explanations about the addiction, and a parent who accepts help.</p>"
                    "<h3>In the care arrangement</h3>"
                    "<ul><li>Make agreements about sobriety during care time, and about what happens if these are not "
                    "kept.</li>"
                    "<li>Have a plan B: who collects the child if it is not safe?</li>"
                    "<li>Involve the parent's therapist, with consent.</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": T(
                        "Praat met kinderen over de verslaving", "Talk with children about the addiction"
                    ),
                    "text": T(
                        "<p>Kinderen merken veel meer dan volwassenen denken. Een eerlijke, eenvoudige uitleg "
                        "voorkomt dat ze zichzelf de schuld geven of een geheim moeten bewaren.</p>",
                        "<p>Children notice much more than adults think. An honest, simple explanation prevents them "
                        "from blaming themselves or having to keep a secret.</p>",
                    ),
                },
            ),
        ],
        "attachments": [],
    },
    {
        "key": "hechting-en-scheiding",
        "slug": T("hechting-en-scheiding", "attachment-and-separation"),
        "title": T("Hechting en scheiding bij jonge kinderen", "Attachment and separation in young children"),
        "article_type": "onderzoek",
        "target_audience": "kinderen",
        "evidence_level": "",
        "topics": ["omgang", "emoties"],
        "last_reviewed": "2025-09-05",
        "summary": T(
            "Jonge kinderen hechten zich aan de mensen die voor ze zorgen, en kunnen zich aan meerdere "
            "verzorgers tegelijk hechten. Over de vraag hoe vaak en hoe lang jonge kinderen bij elke ouder "
            "kunnen verblijven, bijvoorbeeld of ze al kunnen overnachten, is het onderzoek niet eenduidig. "
            "Deze samenvatting geeft de stand van kennis en principes die in de praktijk houvast bieden.",
            "Young children become attached to the people who care for them, and can be attached to several "
            "carers at the same time. On the question of how often and how long young children can stay with "
            "each parent, for example whether they can already stay overnight, the research is not conclusive. "
            "This summary gives the state of knowledge and principles that offer guidance in practice.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Wat onderzoekers wel breed delen:</p>"
                    "<ul><li>Een veilige hechting groeit door sensitieve, voorspelbare zorg, niet door een precieze "
                    "verdeling van de tijd.</li>"
                    "<li>Jonge kinderen hebben baat bij frequent contact met beide ouders, zodat de band met elk van "
                    "hen kan groeien.</li>"
                    "<li>Hoog conflict tussen ouders verstoort de emotionele veiligheid van jonge kinderen sterk.</li>"
                    "<li>Onrust rond de overdracht is bij peuters normaal en is op zich geen teken van een slechte "
                    "band.</li></ul>",
                    "<p>What researchers do broadly agree on:</p>"
                    "<ul><li>Secure attachment grows through sensitive, predictable care, not through a precise "
                    "division of time.</li>"
                    "<li>Young children benefit from frequent contact with both parents, so that the bond with each of "
                    "them can grow.</li>"
                    "<li>High conflict between parents strongly disrupts young children's emotional safety.</li>"
                    "<li>Unsettled behaviour around handovers is normal in toddlers and is not in itself a sign of a "
                    "poor bond.</li></ul>",
                ),
            ),
            (
                "faq",
                {
                    "heading": T("Vragen uit de praktijk", "Questions from practice"),
                    "items": [
                        {
                            "question": T(
                                "Kan een baby al overnachten bij de andere ouder?",
                                "Can a baby already stay overnight with the other parent?",
                            ),
                            "answer": T(
                                "<p>Dat hangt af van de band die het kind al met die ouder heeft, de sensitiviteit van de "
                                "ouder en de mate van conflict. Een geleidelijke opbouw, afgestemd op het kind, ligt meer "
                                "voor de hand dan een vaste leeftijdsgrens.</p>",
                                "<p>That depends on the bond the child already has with that parent, the parent's "
                                "sensitivity and the level of conflict. A gradual build-up, tailored to the child, makes "
                                "more sense than a fixed age limit.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Wanneer spreken we van een hechtingsprobleem?",
                                "When do we speak of an attachment problem?",
                            ),
                            "answer": T(
                                "<p>Niet elke reactie op een scheiding is een hechtingsprobleem. Laat bij aanhoudende zorgen "
                                "een deskundige op het gebied van hechting meekijken.</p>",
                                "<p>Not every reaction to a separation is an attachment problem. If concerns persist, ask "
                                "an attachment expert to take a look.</p>",
                            ),
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "twee-huizen-warm",
                    "alt_text": T(
                        "Twee huizen in warme rode tinten met gele deuren, verbonden door een pad.",
                        "Two houses in warm red tones with yellow doors, connected by a path.",
                    ),
                    "caption": T(
                        "Voorspelbare zorg in beide huizen is belangrijker dan een precieze verdeling.",
                        "Predictable care in both homes matters more than a precise division.",
                    ),
                },
            ),
        ],
        "attachments": [],
    },
]

STANDARD_PAGES = [
    {
        "purpose": "privacy",  # privacy | accessibility | safe_online | other
        "slug": T("privacy", "privacy"),
        "title": T("Privacyverklaring", "Privacy statement"),
        "intro": T(
            "Op deze website kun je informatie lezen, de Scheidingswijzer invullen en hulp vragen. We gaan "
            "zorgvuldig om met je gegevens. Hier lees je wat we bewaren, waarom, en hoe lang.",
            "On this website you can read information, fill in the separation guide and ask for help. We "
            "handle your data with care. Here you can read what we store, why, and for how long.",
        ),
        "body": [
            (
                "table",
                {
                    "caption": T("Wat we bewaren", "What we store"),
                    "header": [
                        T("Wat", "What"),
                        T("Hoe lang", "How long"),
                        T("Wie kan het zien", "Who can see it"),
                    ],
                    "rows": [
                        {
                            "cells": [
                                T("Antwoorden in de Scheidingswijzer", "Answers in the separation guide"),
                                T(
                                    "Alleen tijdens je bezoek; daarna gewist",
                                    "Only during your visit; deleted afterwards",
                                ),
                                T(
                                    "Niemand; we slaan ze niet op bij je naam",
                                    "Nobody; we do not store them with your name",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T(
                                    "Een aanvraag voor advies of terugbellen",
                                    "A request for advice or a call back",
                                ),
                                T(
                                    "Tot de afgesproken bewaartermijn voorbij is; daarna gewist of geanonimiseerd",
                                    "Until the agreed retention period has passed; then deleted or anonymised",
                                ),
                                T(
                                    "Alleen de intakemedewerkers van jouw regio",
                                    "Only the intake staff of your region",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T("Bezoekcijfers", "Visitor figures"),
                                T(
                                    "Alleen als totalen, zonder gegevens over jou",
                                    "Only as totals, without data about you",
                                ),
                                T("De redactie", "The editorial team"),
                            ]
                        },
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    "<h2>De Scheidingswijzer</h2>"
                    "<p>Je antwoorden blijven alleen tijdens je bezoek bewaard, zodat je terug kunt naar een vorige "
                    "vraag. Sluit je de browser of ben je klaar, dan zijn ze weg. We vragen in de Scheidingswijzer "
                    "nooit naar je naam.</p>"
                    "<h2>Aanvragen</h2>"
                    "<p>Vraag je advies of een terugbelafspraak aan, dan vragen we alleen de gegevens die we nodig "
                    "hebben om je te helpen. We slaan die versleuteld op. Alleen de intakemedewerkers van jouw regio "
                    "kunnen ze zien, en elke keer dat iemand je aanvraag bekijkt of wijzigt, wordt vastgelegd. Na de "
                    "bewaartermijn worden je gegevens verwijderd of zo bewerkt dat ze niet meer naar jou te "
                    "herleiden zijn.</p>"
                    "<h2>Geen tracking</h2>"
                    "<p>We gebruiken geen advertentiecookies en geen cookies van andere partijen. We laden geen "
                    "lettertypen, kaarten of video's van andere websites. Zo weet niemand anders dat je hier bent "
                    "geweest.</p>"
                    "<h2>Je rechten</h2>"
                    "<p>Je mag vragen welke gegevens we van je hebben, en vragen om ze te verbeteren of te "
                    "verwijderen. Neem daarvoor contact op met het expertisepunt van je regio. Ben je het niet eens "
                    "met hoe we met je gegevens omgaan, dan kun je een klacht indienen bij de Autoriteit "
                    "Persoonsgegevens.</p>",
                    "<h2>The separation guide</h2>"
                    "<p>Your answers are only kept during your visit, so that you can go back to a previous question. "
                    "When you close the browser or are finished, they are gone. The separation guide never asks for "
                    "your name.</p>"
                    "<h2>Requests</h2>"
                    "<p>If you ask for advice or a call back, we only ask for the details we need to help you. We "
                    "store them encrypted. Only the intake staff of your region can see them, and every time someone "
                    "views or changes your request, this is recorded. After the retention period, your data is "
                    "deleted or edited so that it can no longer be traced back to you.</p>"
                    "<h2>No tracking</h2>"
                    "<p>We do not use advertising cookies or cookies from other parties. We do not load fonts, maps or "
                    "videos from other websites. That way nobody else knows that you have been here.</p>"
                    "<h2>Your rights</h2>"
                    "<p>You may ask what data we hold about you, and ask for it to be corrected or deleted. To do so, "
                    "contact the expertise point of your region. If you disagree with how we handle your data, you can "
                    "file a complaint with the Dutch Data Protection Authority.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Geen persoonsgegevens in e-mails", "No personal data in e-mails"),
                    "text": T(
                        "<p>Stuur je een aanvraag, dan krijg je alleen een referentienummer per e-mail. Er staat nooit "
                        "inhoud van je aanvraag in de mail.</p>",
                        "<p>If you send a request, you only receive a reference number by e-mail. The e-mail never "
                        "contains the content of your request.</p>",
                    ),
                },
            ),
        ],
    },
    {
        "purpose": "accessibility",
        "slug": T("toegankelijkheid", "accessibility"),
        "title": T("Toegankelijkheidsverklaring", "Accessibility statement"),
        "intro": T(
            "Iedereen moet deze website kunnen gebruiken, ook op een kleine telefoon, met alleen een toetsenbord "
            "of met een schermlezer. Hier lees je hoe toegankelijk de website is, wat we hebben getest en wat nog "
            "niet goed gaat.",
            "Everyone should be able to use this website, also on a small phone, with a keyboard only or with a "
            "screen reader. Here you can read how accessible the website is, what we have tested and what does "
            "not work well yet.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<h2>Verklaring</h2>"
                    "<p>Het expertisepunt van deze regio wil dat de eigen informatie en dienstverlening toegankelijk "
                    "zijn volgens de norm EN 301 549, die de richtlijnen WCAG 2.2 op niveau AA volgt. Deze verklaring "
                    "geldt voor deze hele website: de informatiepagina's, de Scheidingswijzer, de kennisbank, het "
                    "zoeken en de formulieren om hulp te vragen.</p>"
                    "<h2>Nalevingsstatus</h2>"
                    "<p>De status van deze website is <b>C: eerste maatregelen genomen</b>.</p>"
                    "<p>Het officiële model kent vijf statussen. A betekent: volledig onderzocht door een "
                    "onafhankelijke partij en geen afwijkingen. B betekent: volledig onderzocht, met bekende "
                    "afwijkingen en een plan om ze op te lossen. C betekent: er zijn maatregelen genomen, maar de "
                    "website is nog niet volledig onderzocht. D en E betekenen dat er geen maatregelen zijn of geen "
                    "verklaring.</p>"
                    "<p>Wij kiezen eerlijk voor C. Onze eigen tests zijn streng, maar ze zijn geen volledig "
                    "onderzoek door een onafhankelijke partij volgens de methode WCAG-EM. Automatische tests vinden "
                    "ook maar een deel van de problemen. Status B kunnen we pas claimen na zo'n onderzoek.</p>",
                    "<h2>Statement</h2>"
                    "<p>The expertise point of this region wants its own information and services to be accessible "
                    "according to the standard EN 301 549, which follows the WCAG 2.2 guidelines at level AA. This "
                    "statement applies to this whole website: the information pages, the separation guide, the "
                    "knowledge base, search and the forms to ask for help.</p>"
                    "<h2>Compliance status</h2>"
                    "<p>The status of this website is <b>C: first measures taken</b>.</p>"
                    "<p>The official model has five statuses. A means: fully audited by an independent party and no "
                    "deviations. B means: fully audited, with known deviations and a plan to solve them. C means: "
                    "measures have been taken, but the website has not been fully audited yet. D and E mean that "
                    "there are no measures or no statement.</p>"
                    "<p>We honestly choose C. Our own tests are strict, but they are not a full audit by an "
                    "independent party following the WCAG-EM method. Automated tests also find only part of the "
                    "problems. We can only claim status B after such an audit.</p>",
                ),
            ),
            (
                "table",
                {
                    "caption": T("Wat we hebben getest, hoe en wanneer", "What we tested, how and when"),
                    "header": [
                        T("Wat", "What"),
                        T("Hoe", "How"),
                        T("Wanneer", "When"),
                    ],
                    "rows": [
                        {
                            "cells": [
                                T(
                                    "Elke pagina van de website, in het Nederlands en het Engels",
                                    "Every page of the website, in Dutch and in English",
                                ),
                                T(
                                    "Automatisch met axe op de regels van WCAG 2.2 niveau AA, op een scherm van "
                                    "320 en van 390 pixels breed",
                                    "Automatically with axe on the rules of WCAG 2.2 level AA, on a screen 320 and "
                                    "390 pixels wide",
                                ),
                                T(
                                    "Bij elke wijziging van de website; voor het laatst in november 2026",
                                    "With every change to the website; most recently in November 2026",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T(
                                    "Weergave op de telefoon",
                                    "Display on a phone",
                                ),
                                T(
                                    "Geen zijwaarts scrollen, knoppen en links groot genoeg om te tikken, de knop "
                                    "Snel weg bedekt nooit waar je naartoe springt",
                                    "No sideways scrolling, buttons and links large enough to tap, the Quick exit "
                                    "button never covers where you jump to",
                                ),
                                T(
                                    "Bij elke wijziging van de website; voor het laatst in november 2026",
                                    "With every change to the website; most recently in November 2026",
                                ),
                            ]
                        },
                        {
                            "cells": [
                                T(
                                    "De Scheidingswijzer, het zoeken en de formulieren",
                                    "The separation guide, search and the forms",
                                ),
                                T(
                                    "Met alleen een toetsenbord, zonder JavaScript, en met foutmeldingen die zeggen "
                                    "welke vraag het is",
                                    "With a keyboard only, without JavaScript, and with error messages that say "
                                    "which question it is",
                                ),
                                T(
                                    "Bij elke wijziging van de website; voor het laatst in november 2026",
                                    "With every change to the website; most recently in November 2026",
                                ),
                            ]
                        },
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    "<h2>Bekende problemen</h2>"
                    "<ul><li><b>Geen automatisch invullen van naam, telefoon en e-mail.</b> In de formulieren vult "
                    "je browser deze gegevens bewust niet voor je in. Dat wijkt af van WCAG-succescriterium 1.3.5. "
                    "We doen dit voor je veiligheid: op een gedeelde telefoon of computer zou de browser je naam of "
                    "nummer anders onthouden en aan een ander laten zien. Gevolg: je typt deze gegevens zelf. Dit is "
                    "een vaste keuze; we kijken er elk jaar opnieuw naar.</li>"
                    "<li><b>Niet alles is met hulpmiddelen getest.</b> We hebben de website nog niet volledig getest "
                    "met schermlezers en spraakbesturing. Dat doen we in het onafhankelijke onderzoek dat in 2027 "
                    "gepland is.</li>"
                    "<li><b>Sommige downloads zijn eenvoudige tekstbestanden.</b> Ze hebben geen kopjes of opmaak. We "
                    "maken ze beter leesbaar als we ze vernieuwen.</li></ul>"
                    "<h2>Contact bij problemen</h2>"
                    "<p>Lukt iets niet op deze website, of is iets slecht te lezen of te gebruiken? Laat het ons "
                    "weten. Je hoeft je naam niet te noemen. Bij direct gevaar bel je altijd "
                    '<a href="tel:112">112</a>.</p>',
                    "<h2>Known issues</h2>"
                    "<ul><li><b>No automatic filling of name, phone and e-mail.</b> In the forms your browser "
                    "deliberately does not fill in these details for you. This deviates from WCAG success criterion "
                    "1.3.5. We do this for your safety: on a shared phone or computer the browser would otherwise "
                    "remember your name or number and show it to someone else. Consequence: you type these details "
                    "yourself. This is a fixed choice; we look at it again every year.</li>"
                    "<li><b>Not everything has been tested with assistive technology.</b> We have not yet fully tested "
                    "the website with screen readers and voice control. We will do that in the independent audit "
                    "planned for 2027.</li>"
                    "<li><b>Some downloads are simple text files.</b> They have no headings or formatting. We make them "
                    "more readable when we renew them.</li></ul>"
                    "<h2>Contact about problems</h2>"
                    "<p>Does something not work on this website, or is something hard to read or use? Let us know. "
                    "You do not have to give your name. In immediate danger, always call "
                    '<a href="tel:112">112</a>.</p>',
                ),
            ),
            ("channel", {"channel": "email"}),
            ("channel", {"channel": "telefoon"}),
            (
                "steps",
                {
                    "heading": T("Een probleem melden", "Reporting a problem"),
                    "steps": [
                        {
                            "title": T("Vertel ons wat er misgaat", "Tell us what goes wrong"),
                            "text": T(
                                "Welke pagina, wat probeerde je te doen, en welk hulpmiddel gebruik je?",
                                "Which page, what were you trying to do, and which assistive technology do you use?",
                            ),
                        },
                        {
                            "title": T("Neem contact op", "Get in touch"),
                            "link": {"destination": "terugbellen"},
                            "text": T(
                                "Bel of mail het expertisepunt van je regio. Je hoeft je naam niet te noemen.",
                                "Call or e-mail the expertise point of your region. You do not have to give your name.",
                            ),
                        },
                        {
                            "title": T("Je krijgt antwoord", "You get a reply"),
                            "text": T(
                                "Binnen tien werkdagen, met wat we eraan doen. Ben je niet tevreden met het "
                                "antwoord, dan kun je een klacht indienen via de klachtenregeling van het "
                                "expertisepunt.",
                                "Within ten working days, saying what we will do about it. If you are not satisfied "
                                "with the reply, you can make a complaint through the expertise point's complaints "
                                "procedure.",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "purpose": "safe_online",
        "slug": T("veilig-online", "staying-safe-online"),
        "title": T("Veilig online", "Staying safe online"),
        "intro": T(
            "Ben je bang dat iemand kan zien dat je deze website bezoekt? Hier lees je hoe je veiliger kunt "
            "internetten, en wat wel en niet helpt. Bij direct gevaar bel je 112.",
            "Are you afraid that someone can see that you visit this website? Here you can read how to browse "
            "more safely, and what does and does not help. In immediate danger, call 112.",
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": T("Snel weg", "Quick exit"),
                    "text": T(
                        "<p>Klik op de knop <b>Snel weg</b> bovenaan elke pagina, of druk <b>drie keer op Escape</b>. "
                        "Je gaat dan meteen naar een neutrale website. Let op: dit wist je geschiedenis niet.</p>",
                        "<p>Click the <b>Quick exit</b> button at the top of every page, or press <b>Escape three "
                        "times</b>. You will go straight to a neutral website. Note: this does not erase your "
                        "history.</p>",
                    ),
                },
            ),
            (
                "paragraph",
                T(
                    "<h2>Gebruik een veilig apparaat</h2>"
                    "<p>Het veiligst is een computer of telefoon waar de ander niet bij kan. Bijvoorbeeld in de "
                    "bibliotheek, op je werk of bij een vriend of vriendin die je vertrouwt.</p>"
                    "<h2>Een privévenster</h2>"
                    "<p>In een privévenster (ook wel incognito genoemd) onthoudt je browser niet welke pagina's je "
                    "bekijkt. Als je het venster sluit, is dat deel van je geschiedenis weg.</p>"
                    "<h2>Je geschiedenis wissen</h2>"
                    "<p>Je kunt in je browser de geschiedenis van bepaalde pagina's wissen. Dat helpt tegen iemand "
                    "die later in je browser kijkt. Maar het helpt <b>niet</b> tegen:</p>"
                    "<ul><li>spionage-apps of andere software die meekijkt op je apparaat;</li>"
                    "<li>een gedeeld account, bijvoorbeeld als je telefoon gekoppeld is aan een account van de "
                    "ander;</li>"
                    "<li>het modem of de router thuis, die kan bijhouden welke websites zijn bezocht.</li></ul>"
                    "<p>Wis liever alleen de pagina's van deze website, en niet je hele geschiedenis. Een volledig "
                    "lege geschiedenis kan juist opvallen en argwaan wekken.</p>"
                    "<h2>Je telefoon</h2>"
                    "<p>Kijk of locatie delen aanstaat, en met wie. Verander je wachtwoorden op een veilig apparaat. "
                    "Vermoed je dat je telefoon wordt gevolgd? Bespreek dan met een hulpverlener wat je kunt doen, "
                    "want een app plotseling verwijderen kan ook opvallen.</p>",
                    "<h2>Use a safe device</h2>"
                    "<p>The safest option is a computer or phone that the other person cannot access. For example at "
                    "the library, at work or at the home of a friend you trust.</p>"
                    "<h2>A private window</h2>"
                    "<p>In a private window (also called incognito), your browser does not remember which pages you "
                    "view. When you close the window, that part of your history is gone.</p>"
                    "<h2>Clearing your history</h2>"
                    "<p>You can clear the history of certain pages in your browser. That helps against someone who "
                    "later looks in your browser. But it does <b>not</b> help against:</p>"
                    "<ul><li>spy apps or other software watching your device;</li>"
                    "<li>a shared account, for example if your phone is linked to the other person's "
                    "account;</li>"
                    "<li>the modem or router at home, which can keep track of which websites were visited.</li></ul>"
                    "<p>Rather clear only the pages of this website, not your whole history. A completely empty "
                    "history can stand out and raise suspicion.</p>"
                    "<h2>Your phone</h2>"
                    "<p>Check whether location sharing is switched on, and with whom. Change your passwords on a safe "
                    "device. Do you suspect your phone is being tracked? Then discuss with a support worker what you "
                    "can do, because suddenly removing an app can also stand out.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Liever praten?", "Rather talk?"),
                    "text": T(
                        "<p>Bel Veilig Thuis: "
                        '<a href="tel:08002000">0800-2000</a>. Gratis, dag en nacht, en je mag anoniem blijven. '
                        "Let op: het gesprek staat daarna wel in de lijst met recente gesprekken op je telefoon.</p>",
                        "<p>Call Veilig Thuis: "
                        '<a href="tel:08002000">0800-2000</a>. Free, day and night, and you may stay anonymous. '
                        "Note: the call will then appear in the list of recent calls on your phone.</p>",
                    ),
                },
            ),
        ],
    },
]

# The services directory ('sociale kaart') of each region: the page's own texts; the offers
# are the region's services, with a sub-page per municipality.
SERVICES_DIRECTORY_PAGE = {
    "title": T("Sociale kaart: hulp bij jou in de buurt", "Services directory: help near you"),
    "slug": T("sociale-kaart", "services-directory"),
    "intro": T(
        "Alle hulp bij scheiding en veiligheid in de regio op één plek. Kies je gemeente, een "
        "onderwerp of voor wie de hulp is. Bij elke vorm van hulp zie je wat het kost, hoe lang je "
        "wacht en hoe je contact opneemt.",
        "All help with separation and safety in the region in one place. Choose your municipality, a "
        "topic or who the help is for. For each kind of help you see what it costs, how long you wait "
        "and how to get in touch.",
    ),
    "body": [
        (
            "callout",
            {
                "kind": "safety",
                "heading": T("Is het nu niet veilig?", "Is it not safe right now?"),
                "text": T(
                    "<p>Bij direct gevaar bel je 112. Bij geweld of zorgen over veiligheid bel je Veilig "
                    "Thuis: 0800-2000, gratis en dag en nacht.</p>",
                    "<p>In immediate danger, call 112. For violence or worries about safety, call Veilig "
                    "Thuis: 0800-2000, free and day and night.</p>",
                ),
            },
        ),
    ],
}

# The entry to the Scheidingswijzer that opens the guides of the sections.
SELF_ASSESSMENT_ENTRY = (
    "call_to_action",
    {
        "heading": T("Welke hulp past bij jou?", "Which help suits you?"),
        "text": T(
            "Beantwoord een paar vragen over jullie situatie. Het duurt ongeveer vijf minuten, we "
            "vragen niet naar je naam en we bewaren niets.",
            "Answer a few questions about your situation. It takes about five minutes, we do not ask "
            "for your name and we keep nothing.",
        ),
        "label": T("Doe de Scheidingswijzer", "Take the separation guide"),
        "link": {"destination": "scheidingswijzer"},
    },
)

# The parents' section, grouped by the question a parent comes with. Every parents' page is
# in one group (a page in none would be listed under 'Meer onderwerpen').
PARENT_GUIDE = [
    SELF_ASSESSMENT_ENTRY,
    (
        "question",
        {
            "question": T("We gaan uit elkaar", "We are separating"),
            "text": T(
                "Wat moet je regelen voor de kinderen, het geld en het huis?",
                "What do you need to arrange for the children, money and the house?",
            ),
            "pages": [
                "ouderschapsplan",
                "zorgregeling-en-omgang",
                "kinderalimentatie",
                "wie-krijgt-het-huis",
            ],
            "links": [
                {
                    "heading": "",
                    "text": T(
                        "Een informatieavond of cursus in je gemeente?",
                        "An information evening or course in your municipality?",
                    ),
                    "label": T("Bekijk de hulp bij jou in de buurt", "See the help near you"),
                    "link": {"destination": "sociale-kaart"},
                },
            ],
        },
    ),
    (
        "question",
        {
            "question": T("We maken steeds ruzie", "We keep arguing"),
            "text": T(
                "Als praten met de andere ouder niet meer lukt, of de ruzie de kinderen raakt.",
                "When talking with the other parent no longer works, or the arguing affects the children.",
            ),
            "pages": [
                "praten-met-de-andere-ouder",
                "als-het-conflict-escaleert",
                "groepstraining-weer-ruimte",
                "hoog-conflict-platform",
            ],
            "links": [
                {
                    "heading": "",
                    "text": T(
                        "Wil je meedenken met een deskundige?", "Would you like an expert to think along?"
                    ),
                    "label": T("Vraag advies aan", "Ask for advice"),
                    "link": {"destination": "adviesaanvraag"},
                },
            ],
        },
    ),
    (
        "question",
        {
            "question": T("Ik maak me zorgen over de veiligheid", "I am worried about safety"),
            "text": T(
                "Bij direct gevaar bel je 112. Bij geweld of dreiging bel je Veilig Thuis: 0800-2000, gratis "
                "en dag en nacht.",
                "In immediate danger, call 112. For violence or threats, call Veilig Thuis: 0800-2000, free "
                "and day and night.",
            ),
            "pages": ["veiligheid-en-geweld"],
            "links": [],
        },
    ),
    (
        "question",
        {
            "question": T("We komen er samen niet uit", "We cannot agree"),
            "text": T(
                "Iemand die helpt om afspraken te maken, of uitleg over je rechten.",
                "Someone to help you make agreements, or an explanation of your rights.",
            ),
            "pages": ["mediation", "juridisch-spreekuur", "omgangsbegeleiding", "naar-de-rechter"],
            "links": [
                {
                    "heading": "",
                    "text": T("Liever eerst even overleggen?", "Would you rather talk it over first?"),
                    "label": T("Vraag een terugbelafspraak aan", "Request a call back"),
                    "link": {"destination": "terugbellen"},
                },
            ],
        },
    ),
    (
        "question",
        {
            "question": T("Hoe help ik mijn kind?", "How do I help my child?"),
            "text": T(
                "Wat je zegt, wat je kind voelt en wat het nodig heeft.",
                "What to say, what your child feels and what your child needs.",
            ),
            "pages": ["kinderen-vertellen", "gevoelens-van-kinderen"],
            "links": [],
        },
    ),
    (
        "question",
        {
            "question": T("Ons gezin verandert", "Our family is changing"),
            "text": T(
                "Een nieuwe partner, of een van jullie gaat verder weg wonen.",
                "A new partner, or one of you moves further away.",
            ),
            "pages": ["nieuwe-partner", "ouderschap-op-afstand"],
            "links": [],
        },
    ),
]

# The professionals' section: the two requests first; knowledge articles follow under
# 'Meer onderwerpen'.
PROFESSIONAL_GUIDE = [
    (
        "question",
        {
            "question": T(
                "Ik wil meedenken over een gezin", "I would like to think through a family's situation"
            ),
            "text": T(
                "Een consultatie is gratis en kan anoniem. Een deskundige belt je binnen twee werkdagen.",
                "A consultation is free and can be anonymous. An expert calls you within two working days.",
            ),
            "pages": ["consultatie-expertisepunt", "duurzaam-ouderschap"],
            "links": [
                {
                    "heading": "",
                    "text": "",
                    "label": T("Vraag consultatie aan", "Ask for a consultation"),
                    "link": {"destination": "consultatie"},
                },
            ],
        },
    ),
    (
        "question",
        {
            "question": T("Ik wil een gezin aanmelden", "I would like to refer a family"),
            "text": T(
                "Met toestemming van het gezin, of volledig anoniem als die er niet is.",
                "With the family's consent, or fully anonymised if there is none.",
            ),
            "pages": ["casus-inbrengen"],
            "links": [
                {
                    "heading": "",
                    "text": "",
                    "label": T("Breng een casus in", "Bring in a case"),
                    "link": {"destination": "casus"},
                },
            ],
        },
    ),
    (
        "call_to_action",
        {
            "heading": T("Welke route past bij dit gezin?", "Which route suits this family?"),
            "text": T(
                "De Scheidingswijzer kent ook vragen voor professionals. Je vult niets in over het gezin "
                "zelf.",
                "The separation guide also has questions for professionals. You enter nothing about the "
                "family itself.",
            ),
            "label": T("Doe de Scheidingswijzer", "Take the separation guide"),
            "link": {"destination": "scheidingswijzer"},
        },
    ),
]

# Children and young people: the Scheidingswijzer asks them their own, simpler questions.
YOUNG_GUIDE = [
    (
        "call_to_action",
        {
            "heading": T("Wil je weten wie jou kan helpen?", "Do you want to know who can help you?"),
            "text": T(
                "Beantwoord een paar korte vragen. Je hoeft je naam niet te zeggen.",
                "Answer a few short questions. You do not have to give your name.",
            ),
            "label": T("Doe de Scheidingswijzer", "Take the separation guide"),
            "link": {"destination": "scheidingswijzer"},
        },
    ),
]
