"""Demo explanations, examples and tips of the builder, in Dutch and English (idempotent).

Editors change them in the admin (menu Ouderschapsplan); the English versions are made
through wagtail-localize, as a translator would, like the rest of the demo content.
Facts follow Dutch family law in 2026; all examples are invented.
"""

from home.demo.text import T
from ouderschapsplan.models import StepGuidance

# The official calculation rules for child support are published by the Dutch judiciary.
CALCULATION_RULES_URL = "https://www.rechtspraak.nl/Onderwerpen/Alimentatie"

GUIDANCE = [
    {
        "key": "gezin",
        "explanation": T(
            "Een ouderschapsplan gaat over jullie kinderen: hoe jullie na de scheiding samen voor ze "
            "zorgen. Eerst een paar vragen over jullie gezin.\n\n"
            "Vul je het alleen in? Dan wordt het een voorstel. Bespreek het daarna met de andere ouder.",
            "A parenting plan is about your children: how you will care for them together after the "
            "separation. First a few questions about your family.\n\n"
            "Are you filling it in on your own? Then it becomes a proposal. Discuss it with the other "
            "parent afterwards.",
        ),
        "example": T(
            "Sanne en Dirk hebben twee kinderen, Mila (9) en Bram (6). Ze vullen het plan samen in, "
            "aan de keukentafel.",
            "Sanne and Dirk have two children, Mila (9) and Bram (6). They fill in the plan together, "
            "at the kitchen table.",
        ),
    },
    {
        "key": "kinderen",
        "explanation": T(
            "Kinderen hebben recht om mee te praten over afspraken die over hen gaan. Dat betekent niet "
            "dat zij beslissen. Jullie beslissen, maar jullie luisteren naar wat zij belangrijk vinden.\n\n"
            "In het plan staat hoe jullie de kinderen hebben betrokken. De rechter leest dat.",
            "Children have the right to have a say in agreements about them. That does not mean they "
            "decide. You decide, but you listen to what matters to them.\n\n"
            "The plan states how you involved the children. The court reads this.",
        ),
        "example": T(
            "We hebben samen met Mila en Bram gepraat. Mila wil haar zwemles houden. Bram wil zijn "
            "knuffel in beide huizen. Daar hebben we rekening mee gehouden.",
            "We talked with Mila and Bram together. Mila wants to keep her swimming lessons. Bram wants "
            "his cuddly toy in both homes. We took that into account.",
        ),
    },
    {
        "key": "zorgregeling",
        "explanation": T(
            "De zorgregeling zegt wanneer de kinderen bij wie zijn. Er is geen beste rooster. Kijk naar "
            "de leeftijd van de kinderen, de afstand tussen jullie huizen, school en jullie werk.\n\n"
            "Kleine kinderen hebben vaak baat bij korte periodes zonder een ouder. Oudere kinderen "
            "willen vaak meer rust en hun eigen plannen.",
            "The care arrangement says when the children are with whom. There is no best schedule. "
            "Look at the children's ages, the distance between your homes, school and your work.\n\n"
            "Young children often do well with short periods away from a parent. Older children often "
            "want more calm and their own plans.",
        ),
        "example": T(
            "We kiezen 2-2-5-5. Maandag en dinsdag zijn de kinderen bij Sanne, woensdag en donderdag "
            "bij Dirk. De weekenden wisselen.",
            "We choose 2-2-5-5. On Monday and Tuesday the children are with Sanne, on Wednesday and "
            "Thursday with Dirk. The weekends alternate.",
        ),
    },
    {
        "key": "weekrooster",
        "explanation": T(
            "Dit is jullie gewone rooster van twee weken. Kies voor elke nacht bij wie de kinderen "
            "slapen. Het rooster begint met het patroon dat je koos; je kunt elke dag aanpassen.",
            "This is your normal two-week schedule. For each night, choose who the children sleep with. "
            "The schedule starts from the pattern you chose; you can change any day.",
        ),
        "example": T(
            "Op woensdagmiddag haalt Dirk de kinderen uit school. Bram slaapt op vrijdag soms bij opa en "
            "oma; dat spreken we per keer af.",
            "On Wednesday afternoon Dirk picks the children up from school. Bram sometimes sleeps at his "
            "grandparents' on Friday; we agree on that each time.",
        ),
    },
    {
        "key": "vakanties",
        "explanation": T(
            "In vakanties en op feestdagen gaat het gewone rooster vaak niet door. Spreek het vooraf af, "
            "dan hoeven jullie er niet elk jaar over te praten.",
            "During holidays and on special days the normal schedule often stops. Agree on it in "
            "advance, so you do not have to discuss it every year.",
        ),
        "example": T(
            "In de even jaren is de kerstvakantie bij Sanne, in de oneven jaren bij Dirk. Op hun "
            "verjaardag zien de kinderen allebei hun ouders.",
            "In even years the Christmas holiday is with Sanne, in odd years with Dirk. On their "
            "birthday the children see both parents.",
        ),
    },
    {
        "key": "wisselen",
        "explanation": T(
            "Het wisselen van huis is voor kinderen vaak het moeilijkste moment. Maak het rustig en "
            "voorspelbaar. Spreek ook af wat je doet als een plan verandert.",
            "Moving between homes is often the hardest moment for children. Keep it calm and "
            "predictable. Also agree on what you do when a plan changes.",
        ),
        "example": T(
            "Wie de kinderen heeft, brengt ze naar school. De ander haalt ze op. Willen we ruilen, dan "
            "vragen we het een week van tevoren.",
            "Whoever has the children takes them to school. The other parent picks them up. If we want "
            "to swap, we ask a week in advance.",
        ),
    },
    {
        "key": "informeren",
        "explanation": T(
            "Hebben jullie allebei gezag? Dan nemen jullie grote beslissingen samen, zoals over school, "
            "een medische behandeling of verhuizen. En jullie vertellen elkaar wat belangrijk is.\n\n"
            "Kies een manier van contact die rustig blijft. Laat de kinderen geen boodschappen doorgeven.",
            "Do you both have parental authority? Then you take big decisions together, such as about "
            "school, medical treatment or moving house. And you tell each other what matters.\n\n"
            "Choose a way of keeping in touch that stays calm. Do not let the children pass on messages.",
        ),
        "example": T(
            "Elke zondagavond sturen we elkaar een kort bericht over de week. Ouderavonden doen we samen.",
            "Every Sunday evening we send each other a short message about the week. We go to parents' "
            "evenings together.",
        ),
    },
    {
        "key": "kosten",
        "explanation": T(
            "Jullie betalen allebei mee aan de kosten van de kinderen, naar wat je kunt betalen. Hoeveel "
            "kinderalimentatie redelijk is, rekenen rechters uit met vaste rekenregels: de normen van de "
            "Expertgroep Alimentatienormen.\n\n"
            "Wij rekenen het hier niet voor jullie uit. Een mediator, een advocaat of de juridische hulp "
            "in de regio kan dat wel. Spreek ook af wie wat betaalt, zoals kleding en sport.",
            "You both contribute to the costs of the children, according to what you can afford. Courts "
            "work out how much child support is reasonable with fixed calculation rules: the standards "
            "of the Expert Group on Maintenance Standards.\n\n"
            "We do not calculate it for you here. A mediator, a lawyer or the legal help in the region "
            "can. Also agree on who pays what, such as clothes and sport.",
        ),
        "example": T(
            "Dirk betaalt 210 euro per kind per maand aan Sanne. Het bedrag gaat elk jaar omhoog met de "
            "indexering. Zwemles betalen we samen.",
            "Dirk pays Sanne 210 euros per child per month. The amount goes up every year with the "
            "indexation. We share the cost of swimming lessons.",
        ),
        "link_text": T(
            "De rekenregels voor kinderalimentatie (de Rechtspraak)",
            "The calculation rules for child support (the Dutch judiciary, in Dutch)",
        ),
        "link_url": CALCULATION_RULES_URL,
    },
    {
        "key": "onderdelen",
        "explanation": T(
            "De wet vraagt alleen de vorige onderdelen. Veel ouders spreken meer af, zodat er later "
            "minder ruzie over komt. Kies wat bij jullie past.",
            "The law only asks for the previous parts. Many parents agree on more, so there is less to "
            "argue about later. Choose what suits you.",
        ),
    },
    {
        "key": "school",
        "explanation": T(
            "Spreek af hoe jullie een school kiezen en wie de opvang regelt als je zelf niet kunt.",
            "Agree on how you choose a school and who arranges childcare when you cannot look after the "
            "children yourself.",
        ),
        "example": T(
            "We kijken samen naar middelbare scholen en kiezen samen met Mila.",
            "We look at secondary schools together and choose together with Mila.",
        ),
    },
    {
        "key": "waarden",
        "explanation": T(
            "Jullie hoeven thuis niet alles hetzelfde te doen. Het helpt kinderen wel als jullie de grote "
            "lijnen delen en niet slecht praten over de regels van de ander.",
            "You do not have to do everything the same at home. It does help children if you share the "
            "broad lines and do not speak badly of the other parent's rules.",
        ),
        "example": T(
            "Op schooldagen gaan de kinderen in beide huizen om half acht naar bed.",
            "On school days the children go to bed at half past seven in both homes.",
        ),
    },
    {
        "key": "familie",
        "explanation": T(
            "Opa's, oma's, ooms en tantes blijven belangrijk voor kinderen, van beide kanten.",
            "Grandparents, uncles and aunts stay important to children, on both sides.",
        ),
        "example": T(
            "De kinderen gaan in de herfstvakantie een dag naar oma Lies, ook als het de week van Dirk is.",
            "The children spend a day with grandma Lies in the autumn holiday, even in Dirk's week.",
        ),
    },
    {
        "key": "media",
        "explanation": T(
            "Een telefoon, games en sociale media geven vaak discussie. Spreek af wat voor beide huizen "
            "geldt, en dat de kinderen de andere ouder kunnen bereiken.",
            "A phone, games and social media often cause discussion. Agree on what applies in both "
            "homes, and that the children can reach the other parent.",
        ),
        "example": T(
            "Mila krijgt een eigen telefoon als ze naar de middelbare school gaat. Foto's van de kinderen "
            "zetten we alleen online als we het allebei goed vinden.",
            "Mila gets her own phone when she starts secondary school. We only post photos of the "
            "children online if we both agree.",
        ),
    },
    {
        "key": "onenigheid",
        "explanation": T(
            "Ook met een goed plan zijn jullie het soms niet eens. Spreek af wat je dan doet, voordat het "
            "misgaat. Probeer eerst mediation, voordat je naar de rechter gaat.\n\n"
            "Is er geweld of ben je bang voor de andere ouder? Dan is mediation niet geschikt. Bel Veilig "
            "Thuis: 0800-2000.",
            "Even with a good plan you will sometimes disagree. Agree on what you will do then, before "
            "things go wrong. Try mediation first, before going to court.\n\n"
            "Is there violence, or are you afraid of the other parent? Then mediation is not suitable. "
            "Call Veilig Thuis: 0800-2000.",
        ),
        "example": T(
            "Als we er na twee gesprekken niet uitkomen, maken we een afspraak bij een mediator.",
            "If we cannot agree after two conversations, we make an appointment with a mediator.",
        ),
    },
    {
        "key": "evaluatie",
        "explanation": T(
            "Kinderen worden ouder en jullie leven verandert. Spreek af wanneer jullie het plan samen "
            "opnieuw bekijken. Download je bestand, dan kun je het plan later hier aanpassen.",
            "Children grow older and your lives change. Agree on when you will look at the plan together "
            "again. Download your file, so you can change the plan here later.",
        ),
        "example": T(
            "Elk jaar in september bekijken we het plan. Als Bram naar de middelbare school gaat, praat "
            "hij mee.",
            "Every year in September we look at the plan. When Bram starts secondary school, he joins "
            "the conversation.",
        ),
    },
    {
        "key": "tips-0-3",
        "explanation": T(
            "Baby's en peuters begrijpen het nieuws nog niet, maar voelen spanning wel. Houd vaste "
            "gewoontes: eten, slapen, een knuffel die meegaat.",
            "Babies and toddlers do not understand the news yet, but they do feel tension. Keep fixed "
            "routines: meals, sleep, a cuddly toy that goes along.",
        ),
        "example": T(
            "Vandaag slaap je bij papa. Morgen haal ik je weer op.",
            "Today you sleep at Daddy's. Tomorrow I will pick you up again.",
        ),
    },
    {
        "key": "tips-4-7",
        "explanation": T(
            "Jonge kinderen denken soms dat het hun schuld is. Zeg duidelijk dat het dat niet is. Vertel "
            "het samen, in korte woorden, en vertel wat er voor hen hetzelfde blijft.",
            "Young children sometimes think it is their fault. Say clearly that it is not. Tell them "
            "together, in few words, and tell them what stays the same for them.",
        ),
        "example": T(
            "Papa en mama gaan in twee huizen wonen. Dat is niet jouw schuld. We blijven allebei voor je "
            "zorgen.",
            "Daddy and Mummy are going to live in two houses. That is not your fault. We will both keep "
            "looking after you.",
        ),
    },
    {
        "key": "tips-8-11",
        "explanation": T(
            "Kinderen van deze leeftijd willen weten wat er gaat veranderen: school, vrienden, sport. "
            "Vraag wat zij belangrijk vinden, maar laat ze niet kiezen tussen jullie.",
            "Children of this age want to know what will change: school, friends, sport. Ask what "
            "matters to them, but do not let them choose between you.",
        ),
        "example": T(
            "Wat vind jij belangrijk als je in twee huizen woont? Wij beslissen, maar we willen het echt "
            "weten.",
            "What matters to you when you live in two homes? We decide, but we really want to know.",
        ),
    },
    {
        "key": "tips-12-17",
        "explanation": T(
            "Tieners willen meepraten en hebben hun eigen plannen. Neem hun mening serieus. Ze kunnen ook "
            "met iemand anders praten, zoals een kindbehartiger, of de Kindertelefoon bellen: 0800-0432.",
            "Teenagers want a say and have their own plans. Take their views seriously. They can also "
            "talk to someone else, such as a child's advocate, or call the Kindertelefoon: 0800-0432.",
        ),
        "example": T(
            "We willen dat het rooster ook voor jou werkt. Wat zou je anders willen?",
            "We want the schedule to work for you too. What would you like to be different?",
        ),
    },
]


def build_demo(*, port=8000, report=print):
    from home.demo.builder import SOURCE, DemoBuilder

    builder = DemoBuilder(port=port, report=report)
    builder.ensure_locales()
    source = builder.locales[SOURCE]
    created = 0
    for data in GUIDANCE:
        guidance = StepGuidance.objects.filter(locale=source, key=data["key"]).first()
        if guidance is None:
            guidance = StepGuidance.objects.create(
                locale=source,
                key=data["key"],
                explanation=data["explanation"].nl,
                example=data["example"].nl if "example" in data else "",
                link_text=data["link_text"].nl if "link_text" in data else "",
                link_url=data.get("link_url", ""),
            )
            created += 1
        builder.translate(
            guidance, {name: data[name] for name in ("explanation", "example", "link_text") if name in data}
        )
    report(f"Ouderschapsplan: {len(GUIDANCE)} explanations in Dutch and English ({created} new).")
