"""The two invented demo regions. Names of places, organisations and people are fictional."""

from home.demo.content.shared import PARENT_GUIDE, PROFESSIONAL_GUIDE, YOUNG_GUIDE
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
            "intro": T(
                "Ga je uit elkaar, of ben je al gescheiden? Hier vind je uitleg over ouderschap na een "
                "scheiding, hulp bij jou in de buurt en het Expertisepunt Scheiding Lindeveld. Voor ouders, "
                "kinderen, jongeren en professionals in Eikendaal, Molenbroek, Hazelrode en Sterrenwaard.",
                "Are you separating, or are you already separated? Here you will find information about "
                "parenting after a separation, help near you and the Lindeveld Separation Expertise Point. For "
                "parents, children, young people and professionals in Eikendaal, Molenbroek, Hazelrode and "
                "Sterrenwaard.",
            ),
            "body": [
                (
                    "steps",
                    {
                        "heading": T("Welke hulp past bij jou?", "Which help suits you?"),
                        "steps": [
                            {
                                "title": T("Doe de Scheidingswijzer", "Take the separation guide"),
                                "link": {"destination": "scheidingswijzer"},
                                "text": T(
                                    "Een paar vragen over je situatie. Het duurt ongeveer vijf minuten en we vragen niet naar je naam.",
                                    "A few questions about your situation. It takes about five minutes and we do not ask for your name.",
                                ),
                            },
                            {
                                "title": T(
                                    "Lees waarom dit advies bij je past", "Read why this advice suits you"
                                ),
                                "text": T(
                                    "Je ziet welke route bij je past en waarom.",
                                    "You see which route suits you and why.",
                                ),
                            },
                            {
                                "title": T("Kies hulp bij jou in de buurt", "Choose help near you"),
                                "link": {"destination": "sociale-kaart"},
                                "text": T(
                                    "Van een informatieavond tot een gesprek met het expertisepunt.",
                                    "From an information evening to a conversation with the expertise point.",
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "heading": T("Loopt de scheiding vast?", "Is the separation getting stuck?"),
                        "text": T(
                            "<p>Het Expertisepunt Scheiding Lindeveld helpt als gewone hulp niet genoeg is. Bijvoorbeeld "
                            "als er rechtszaken lopen, mediation is mislukt of je kind klem zit. Een eerste gesprek is "
                            "<b>gratis</b>.</p>",
                            "<p>The Lindeveld Separation Expertise Point helps when ordinary help is not enough. For "
                            "example when court cases are running, mediation has failed or your child is caught in the "
                            "middle. A first conversation is <b>free</b>.</p>",
                        ),
                    },
                ),
                ("channel", {"channel": "telefoon"}),
            ],
        },
        "sections": {
            "ouders": {
                "title": T("Ouders", "Parents"),
                "slug": T("ouders", "parents"),
                "intro": T(
                    "Informatie voor ouders die uit elkaar gaan of al gescheiden zijn. Eerst het korte "
                    "antwoord, daarna meer uitleg. Over het ouderschapsplan, de zorgregeling, geld, wonen en "
                    "wat je kunt doen als het conflict blijft.",
                    "Information for parents who are separating or already separated. First the short "
                    "answer, then more explanation. About the parenting plan, the care arrangement, money, "
                    "housing and what you can do if the conflict continues.",
                ),
                "guide": PARENT_GUIDE,
            },
            "kinderen": {
                "title": T("Kinderen", "Children"),
                "slug": T("kinderen", "children"),
                "intro": T(
                    "Gaan je ouders uit elkaar? Hier lees je wat er gebeurt. En wat je kunt doen als je "
                    "verdrietig of boos bent. Het is nooit jouw schuld.",
                    "Are your parents splitting up? Here you can read what happens. And what you can do "
                    "if you are sad or angry. It is never your fault.",
                ),
                "guide": YOUNG_GUIDE,
            },
            "jongeren": {
                "title": T("Jongeren", "Young people"),
                "slug": T("jongeren", "young-people"),
                "intro": T(
                    "Voor jongeren van 12 tot 18 met gescheiden ouders. Over je mening geven bij de "
                    "rechter, waar je woont, ruzie thuis en online, en waar je terechtkunt als het niet "
                    "veilig is.",
                    "For young people aged 12 to 18 with separated parents. About giving your views to the "
                    "judge, where you live, arguments at home and online, and where you can go if it is "
                    "not safe.",
                ),
                "guide": YOUNG_GUIDE,
            },
            "professionals": {
                "title": T("Professionals", "Professionals"),
                "slug": T("professionals", "professionals"),
                "intro": T(
                    "Voor wijkteams, huisartsen en POH-Jeugd, scholen, jeugdhulp, advocaten en "
                    "mediators. Zoek in de kennisbank, vraag consultatie aan of breng een casus in bij "
                    "het expertisepunt en het Hoog Conflict Platform.",
                    "For local teams, GPs and youth mental health nurses, schools, youth care, lawyers "
                    "and mediators. Search the knowledge base, ask for a consultation or bring a case "
                    "to the expertise point and the High Conflict Panel.",
                ),
                "guide": PROFESSIONAL_GUIDE,
            },
        },
        "channels": [
            {
                "key": "telefoon",
                "name": T("Telefonisch spreekuur", "Telephone consultation hours"),
                "kind": "telefoon",
                "value": "0800-5550101",
                "description": T(
                    "Bel gratis met een medewerker van het expertisepunt voor advies of een eerste gesprek. Op "
                    "donderdagavond zijn we ook bereikbaar.",
                    "Call an expertise point staff member free of charge for advice or a first conversation. We "
                    "can also be reached on Thursday evenings.",
                ),
                "always_open": False,
                # (weekday 0=Monday, "HH:MM" opens, "HH:MM" closes)
                "hours": [
                    (0, "09:00", "17:00"),
                    (1, "09:00", "17:00"),
                    (2, "09:00", "17:00"),
                    (3, "09:00", "17:00"),
                    (3, "19:00", "21:00"),
                    (4, "09:00", "13:00"),
                ],
            },
            {
                "key": "email",
                "name": T("E-mail", "E-mail"),
                "kind": "e-mail",
                "value": "advies@lindeveld.example",
                "description": T(
                    "Stel je vraag per e-mail. Je krijgt binnen twee werkdagen antwoord. Zet geen gevoelige "
                    "gegevens in je mail; we bellen je terug als dat nodig is.",
                    "Ask your question by e-mail. You will get an answer within two working days. Do not put "
                    "sensitive details in your e-mail; we will call you back if needed.",
                ),
                "always_open": False,
                "hours": [
                    (0, "09:00", "17:00"),
                    (1, "09:00", "17:00"),
                    (2, "09:00", "17:00"),
                    (3, "09:00", "17:00"),
                    (4, "09:00", "17:00"),
                ],
            },
            {
                "key": "chat",
                "name": T("Chat met het expertisepunt", "Chat with the expertise point"),
                "kind": "chat",
                "value": "https://lindeveld.example/chat",
                "description": T(
                    "Anoniem chatten met een medewerker. Handig als bellen niet goed uitkomt of niet veilig "
                    "voelt.",
                    "Chat anonymously with a staff member. Useful if calling is not convenient or does not feel "
                    "safe.",
                ),
                "always_open": False,
                "hours": [(0, "13:00", "17:00"), (2, "13:00", "17:00"), (3, "19:00", "22:00")],
            },
            {
                "key": "terugbellen",
                "name": T("Terugbelverzoek", "Call-back request"),
                "kind": "terugbellen",
                "value": "",
                "web_form": "terugbellen",  # links to the call-back form, in the reader's language
                "description": T(
                    "Laat je telefoonnummer en een moment achter. Je kunt het verzoek altijd doen; we bellen "
                    "binnen twee werkdagen terug op het tijdstip dat jij kiest.",
                    "Leave your phone number and a time. You can make the request at any time; we call back "
                    "within two working days at the time you choose.",
                ),
                "always_open": True,
                "hours": [],
            },
            {
                "key": "inloop",
                "name": T("Inloopspreekuur Eikendaal", "Walk-in hours Eikendaal"),
                "kind": "inloop",
                "value": "Wijkcentrum De Linde, Kerkplein 4, Eikendaal",
                "description": T(
                    "Loop zonder afspraak binnen voor een vraag over scheiding, geld of recht. Op dinsdag is ook "
                    "het juridisch spreekuur aanwezig.",
                    "Drop in without an appointment with a question about separation, money or legal matters. On "
                    "Tuesdays the legal advice desk is also there.",
                ),
                "always_open": False,
                "hours": [(1, "13:30", "16:30"), (4, "09:30", "12:00")],
            },
            {
                "key": "video",
                "name": T("Videogesprek op afspraak", "Video call by appointment"),
                "kind": "video",
                "value": "https://lindeveld.example/video",
                "description": T(
                    "Een adviesgesprek via een beveiligde videoverbinding, zonder dat je iets hoeft te "
                    "installeren. Maak eerst een afspraak via de telefoon of het terugbelverzoek.",
                    "An advice conversation via a secure video connection, without having to install anything. "
                    "First make an appointment by phone or through the call-back request.",
                ),
                "always_open": False,
                "hours": [(1, "09:00", "17:00"), (3, "09:00", "17:00")],
            },
        ],
        "services": [
            {
                "name": T(
                    "Informatieavond Uit elkaar, hoe nu verder?", "Information evening Separating, what now?"
                ),
                "provider": T("Welzijn Eikendaal (fictief)", "Eikendaal Community Services (fictional)"),
                "summary": T(
                    "Een avond voor ouders die gaan scheiden of net gescheiden zijn. Je hoort wat er allemaal "
                    "geregeld moet worden, van ouderschapsplan tot alimentatie, en hoe je je kinderen erbij kunt "
                    "betrekken. Je kunt vragen stellen aan een mediator en een jeugdhulpverlener. Je hoeft niets "
                    "over jezelf te vertellen.",
                    "An evening for parents who are about to separate or have just separated. You hear what needs "
                    "to be arranged, from the parenting plan to child support, and how you can involve your "
                    "children. You can ask questions to a mediator and a youth care worker. You do not have to say "
                    "anything about yourself.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Eikendaal", "Molenbroek"],  # empty list = whole region
                "topics": ["ouderschapsplan", "kinderen-betrekken"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T("Oudercursus Samen ouder blijven", "Parenting course Still Parents Together"),
                "provider": T(
                    "Opvoedsteunpunt Molenbroek (fictief)", "Molenbroek Parenting Support (fictional)"
                ),
                "summary": T(
                    "Vier bijeenkomsten in een kleine groep over ouderschap na de scheiding. Je oefent met rustig "
                    "communiceren, afspraken maken en omgaan met de gevoelens van je kind. Je kunt alleen komen of "
                    "samen met de andere ouder.",
                    "Four sessions in a small group about parenting after separation. You practise calm "
                    "communication, making agreements and dealing with your child's feelings. You can come alone "
                    "or together with the other parent.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gesubsidieerd",
                "cost_note": T(
                    "Eigen bijdrage van 25 euro voor de hele cursus; met een minimuminkomen gratis.",
                    "Personal contribution of 25 euros for the whole course; free with a minimum income.",
                ),
                "waiting_weeks": 2,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Molenbroek", "Hazelrode"],
                "topics": ["communicatie", "ouderschapsplan", "emoties"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T("Kindergroep Stevig in twee huizen", "Children's group Strong in two homes"),
                "provider": T("Jeugdpraktijk Hazelrode (fictief)", "Hazelrode Youth Practice (fictional)"),
                "summary": T(
                    "Een groep voor kinderen van 8 tot 12 jaar met gescheiden ouders. In acht middagen praten, "
                    "spelen en tekenen ze over wat ze meemaken. Ze merken dat ze niet de enige zijn. Ouders "
                    "krijgen een begin- en een eindgesprek.",
                    "A group for children aged 8 to 12 with separated parents. Over eight afternoons they talk, "
                    "play and draw about what they are going through. They notice that they are not the only one. "
                    "Parents have an opening and a closing conversation.",
                ),
                "audiences": ["kinderen", "ouders"],
                "min_child_age": 8,
                "max_child_age": 12,
                "cost": "gratis",
                "cost_note": T(
                    "Beide ouders met gezag geven toestemming.", "Both parents with authority give consent."
                ),
                "waiting_weeks": 6,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Hazelrode", "Sterrenwaard"],
                "topics": ["emoties", "kinderen-betrekken"],
                "channels": ["telefoon"],
            },
            {
                "name": T("Groepstraining Weer Ruimte", "Group course Room to Breathe"),
                "provider": T(
                    "GGZ Lindeveld, afdeling jeugd en gezin (fictief)",
                    "Lindeveld Mental Health, youth and family department (fictional)",
                ),
                "summary": T(
                    "Groepstraining voor ouders in een vastgelopen scheidingsconflict, met tegelijk een eigen "
                    "groep voor hun kinderen van 8 tot 16 jaar. Acht avonden, om de week. Beide ouders doen mee, "
                    "elk in dezelfde oudergroep met andere ouderparen.",
                    "Group course for parents in a stuck separation conflict, with a separate group at the same "
                    "time for their children aged 8 to 16. Eight evenings, every other week. Both parents take "
                    "part, each in the same parents' group with other pairs of parents.",
                ),
                "audiences": ["ouders", "kinderen", "jongeren"],
                "min_child_age": 8,
                "max_child_age": 16,
                "cost": "gratis",
                "cost_note": T(
                    "Betaald door de gemeenten in de regio.", "Paid for by the municipalities in the region."
                ),
                "waiting_weeks": 6,
                "routes": ["vrij-aanbod", "expertisepunt"],
                "municipalities": [],
                "topics": ["hoog-conflict", "communicatie", "kinderen-betrekken"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T("Juridisch en financieel spreekuur", "Legal and financial advice desk"),
                "provider": T("Rechtswinkel Sterrenwaard (fictief)", "Sterrenwaard Law Shop (fictional)"),
                "summary": T(
                    "Gratis uitleg over je rechten en plichten bij een scheiding: gezag, omgang, alimentatie, het "
                    "huis en schulden. Een juridisch medewerker en een budgetcoach kijken mee naar je situatie en "
                    "vertellen of je recht hebt op een advocaat met korting.",
                    "Free explanations of your rights and obligations in a separation: parental authority, contact, "
                    "support, the house and debts. A legal adviser and a budget coach look at your situation with "
                    "you and tell you whether you are entitled to a lawyer at a reduced rate.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Sterrenwaard", "Eikendaal"],
                "topics": ["juridisch", "financien", "wonen"],
                "channels": ["inloop", "telefoon"],
            },
            {
                "name": T("Mediation bij scheiding", "Separation mediation"),
                "provider": T(
                    "Mediationpraktijk De Brug (fictief)", "De Brug Mediation Practice (fictional)"
                ),
                "summary": T(
                    "Een erkende mediator helpt jullie samen afspraken te maken over de kinderen, geld en het huis. "
                    "De mediator schrijft het ouderschapsplan en het convenant. Voor de start is er met ieder apart "
                    "een kort gesprek, ook om te kijken of mediation veilig is.",
                    "An accredited mediator helps you make agreements together about the children, money and the "
                    "house. The mediator writes the parenting plan and the settlement agreement. Before starting, "
                    "there is a short conversation with each of you separately, also to check whether mediation is "
                    "safe.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "betaald",
                "cost_note": T(
                    "Uurtarief; met een laag inkomen betaal je alleen een eigen bijdrage.",
                    "Hourly rate; with a low income you only pay a personal contribution.",
                ),
                "waiting_weeks": 2,
                "routes": ["vrij-aanbod"],
                "municipalities": [],
                "topics": ["mediation", "ouderschapsplan", "financien"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T(
                    "Adviesgesprek met het expertisepunt", "Advice conversation with the expertise point"
                ),
                "provider": T(
                    "Expertisepunt Scheiding Lindeveld (fictief)",
                    "Lindeveld Separation Expertise Point (fictional)",
                ),
                "summary": T(
                    "Een gesprek met een deskundige van het expertisepunt over jouw vraag. Bijvoorbeeld over de "
                    "zorgregeling, moeizaam contact met de andere ouder of zorgen over je kind. Samen kijk je welke "
                    "hulp past. Telefonisch, via video of op een locatie in je gemeente.",
                    "A conversation with an expert from the expertise point about your question. For example about "
                    "the care arrangement, difficult contact with the other parent or worries about your child. "
                    "Together you look at which help fits. By phone, by video or at a location in your "
                    "municipality.",
                ),
                "audiences": ["ouders", "jongeren"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["advies"],
                "municipalities": [],
                "topics": ["omgang", "communicatie", "hoog-conflict"],
                "channels": ["telefoon", "video", "chat"],
            },
            {
                "name": T("Terugbelafspraak", "Call-back appointment"),
                "provider": T(
                    "Expertisepunt Scheiding Lindeveld (fictief)",
                    "Lindeveld Separation Expertise Point (fictional)",
                ),
                "summary": T(
                    "Liever gebeld worden op een moment dat jou uitkomt? Laat een terugbelverzoek achter. Je kiest "
                    "zelf de dag en het tijdvak, en of we ons mogen voorstellen als we bellen.",
                    "Would you rather be called at a time that suits you? Leave a call-back request. You choose the "
                    "day and the time slot yourself, and whether we may introduce ourselves when we call.",
                ),
                "audiences": ["ouders", "professionals"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["advies"],
                "municipalities": [],
                "topics": ["omgang", "ouderschapsplan", "communicatie"],
                "channels": ["terugbellen", "telefoon"],
            },
            {
                "name": T("Gezamenlijke intake", "Joint intake"),
                "provider": T(
                    "Expertisepunt Scheiding Lindeveld (fictief)",
                    "Lindeveld Separation Expertise Point (fictional)",
                ),
                "summary": T(
                    "Bij een vastgelopen scheiding praten meerdere deskundigen tegelijk met de ouders, bijvoorbeeld "
                    "iemand uit de jeugdhulp, de volwassenenzorg en een mediator. Zo hoef je je verhaal maar één "
                    "keer te vertellen. Daarna komt er één plan met één regisseur.",
                    "In a stuck separation, several experts talk with the parents at the same time, for example "
                    "someone from youth care, adult care and a mediator. That way you only have to tell your story "
                    "once. Then there is one plan with one coordinator.",
                ),
                "audiences": ["ouders", "professionals"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 2,
                "routes": ["expertisepunt"],
                "municipalities": [],
                "topics": ["hoog-conflict", "kinderbescherming", "omgang"],
                "channels": ["telefoon", "terugbellen"],
            },
            {
                "name": T("Hoog Conflict Platform", "High Conflict Panel"),
                "provider": T(
                    "Expertisepunt Scheiding Lindeveld (fictief)",
                    "Lindeveld Separation Expertise Point (fictional)",
                ),
                "summary": T(
                    "Een multidisciplinair panel van ervaren deskundigen dat elke twee weken bijeenkomt en advies "
                    "geeft bij vastgelopen scheidingen. Casussen komen alleen via het expertisepunt op de agenda, "
                    "met toestemming van de ouders of volledig anoniem.",
                    "A multidisciplinary panel of experienced experts that meets every two weeks and gives advice on "
                    "stuck separations. Cases only reach the agenda through the expertise point, with the parents' "
                    "consent or fully anonymised.",
                ),
                "audiences": ["ouders", "professionals"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": None,
                "routes": ["expertisepunt"],
                "municipalities": [],
                "topics": ["hoog-conflict", "kinderbescherming"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T("Omgangshuis Lindeveld", "Lindeveld Contact Centre"),
                "provider": T(
                    "Stichting Kind in Contact (fictief)", "Child in Contact Foundation (fictional)"
                ),
                "summary": T(
                    "Begeleide omgang op een neutrale, kindvriendelijke plek. Een begeleider is erbij, helpt waar "
                    "nodig en bespreekt na afloop met beide ouders hoe het ging. Het doel is om in drie tot zes "
                    "maanden toe te werken naar contact zonder begeleiding.",
                    "Supervised contact at a neutral, child-friendly place. A supervisor is present, helps where "
                    "needed and discusses afterwards with both parents how it went. The goal is to work towards "
                    "contact without supervision within three to six months.",
                ),
                "audiences": ["ouders", "kinderen"],
                "min_child_age": 0,
                "max_child_age": 16,
                "cost": "gratis",
                "cost_note": T(
                    "Via een verwijzing van het wijkteam of een uitspraak van de rechter.",
                    "Through a referral from the local team or a court decision.",
                ),
                "waiting_weeks": 6,
                "routes": ["advies", "expertisepunt"],
                "municipalities": ["Molenbroek", "Sterrenwaard"],
                "topics": ["omgang", "hoog-conflict"],
                "channels": ["telefoon"],
            },
            {
                "name": T("Opvang De Haven", "De Haven shelter"),
                "provider": T("Vrouwenopvang Lindeveld (fictief)", "Lindeveld Women's Shelter (fictional)"),
                "summary": T(
                    "Een veilige, geheime plek voor vrouwen en hun kinderen die thuis niet veilig zijn. Er is ook "
                    "opvang voor mannen via een partnerorganisatie. Je krijgt hulp bij je veiligheid, wonen, geld "
                    "en het verwerken van wat er is gebeurd. Aanmelden kan dag en nacht via Veilig Thuis of de "
                    "politie.",
                    "A safe, secret place for women and their children who are not safe at home. There is also "
                    "shelter for men through a partner organisation. You get help with your safety, housing, money "
                    "and coming to terms with what happened. You can be referred day and night through Veilig Thuis "
                    "or the police.",
                ),
                "audiences": ["ouders", "kinderen", "jongeren"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["veiligheid"],
                "municipalities": [],
                "topics": ["veiligheid", "wonen"],
                "channels": ["telefoon"],
            },
            {
                "name": T("Steun bij je veiligheidsplan", "Support with your safety plan"),
                "provider": T(
                    "Ambulant team Veilig Verder (fictief)", "Safe Onward outreach team (fictional)"
                ),
                "summary": T(
                    "Een hulpverlener komt bij je thuis of spreekt je op een veilige plek af. Samen maak je een "
                    "veiligheidsplan voor jou en je kinderen, en regel je wat nodig is rond omgang, school en "
                    "wonen. Ook als je (nog) bij je partner woont.",
                    "A support worker visits you at home or meets you in a safe place. Together you make a safety "
                    "plan for you and your children, and arrange what is needed around contact, school and "
                    "housing. Also if you (still) live with your partner.",
                ),
                "audiences": ["ouders", "jongeren"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["veiligheid"],
                "municipalities": ["Eikendaal", "Hazelrode"],
                "topics": ["veiligheid"],
                "channels": ["telefoon", "chat"],
            },
            {
                "name": T("Training Grip op boosheid", "Training Getting a grip on anger"),
                "provider": T(
                    "Forensische poli Lindeveld (fictief)", "Lindeveld Forensic Outpatient Clinic (fictional)"
                ),
                "summary": T(
                    "Hulp voor mensen die geweld gebruiken of bang zijn dat ze dat gaan doen. In individuele "
                    "gesprekken en een groepstraining leer je spanning eerder herkennen en anders reageren. Met "
                    "aandacht voor je rol als ouder.",
                    "Help for people who use violence or are afraid they will. In individual conversations and a "
                    "group training you learn to recognise tension earlier and react differently. With attention "
                    "to your role as a parent.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gesubsidieerd",
                "cost_note": T(
                    "Meestal vergoed via de zorgverzekering of de gemeente.",
                    "Usually covered by health insurance or the municipality.",
                ),
                "waiting_weeks": None,
                "routes": ["veiligheid"],
                "municipalities": ["Molenbroek", "Sterrenwaard"],
                "topics": ["veiligheid", "emoties"],
                "channels": ["telefoon"],
            },
        ],
        "experts": [
            {
                "name": "Demi Verhoef",
                "discipline": "jeugdhulp",
                "organisation": T("Jeugdhulp Lindeveld (fictief)", "Lindeveld Youth Care (fictional)"),
                "bio": T(
                    "Gezinshulpverlener met vijftien jaar ervaring in gezinnen na een scheiding. Demi werkt vanuit "
                    "het perspectief van het kind en zoekt naar wat ouders nog wel samen kunnen. Zij leidt ook de "
                    "kindergroepen in de regio.",
                    "Family support worker with fifteen years of experience with families after separation. Demi "
                    "works from the child's perspective and looks for what parents can still do together. She also "
                    "leads the children's groups in the region.",
                ),
            },
            {
                "name": "Marco Tjalsma",
                "discipline": "ggz",
                "organisation": T("GGZ Lindeveld (fictief)", "Lindeveld Mental Health (fictional)"),
                "bio": T(
                    "Kinder- en jeugdpsycholoog, gespecialiseerd in kinderen die klem zitten tussen ouders en in "
                    "contactweigering. Marco is voorzitter van het Hoog Conflict Platform en geeft de groepstraining "
                    "Weer Ruimte.",
                    "Child and youth psychologist, specialised in children caught between parents and in contact "
                    "refusal. Marco chairs the High Conflict Panel and teaches the Room to Breathe group course.",
                ),
            },
            {
                "name": "Ruud Zandvliet",
                "discipline": "volwassenenzorg",
                "organisation": T(
                    "Centrum Volwassenenzorg Molenbroek (fictief)", "Molenbroek Adult Care Centre (fictional)"
                ),
                "bio": T(
                    "Maatschappelijk werker in de volwassenenzorg. Ruud helpt ouders die door stress, "
                    "persoonlijkheidsproblematiek of rouw over de relatie moeilijk uit de strijd komen, en zorgt "
                    "dat de hulp aan ouders en kinderen op elkaar aansluit.",
                    "Social worker in adult care. Ruud helps parents who find it hard to leave the fight because of "
                    "stress, personality problems or grief over the relationship, and makes sure that help for "
                    "parents and children fits together.",
                ),
            },
            {
                "name": "Ilse Brakenhoff",
                "discipline": "advocaat-mediator",
                "organisation": T("Brakenhoff Familierecht (fictief)", "Brakenhoff Family Law (fictional)"),
                "bio": T(
                    "Familierechtadvocaat en erkend mediator. Ilse werkt al jaren met ouders in hoog conflict en "
                    "gelooft in afspraken die ouders zelf maken. Ze denkt in het platform mee over juridische "
                    "stappen die de-escaleren in plaats van verharden.",
                    "Family lawyer and accredited mediator. Ilse has worked for years with parents in high conflict "
                    "and believes in agreements that parents make themselves. In the panel she helps think about "
                    "legal steps that de-escalate rather than harden.",
                ),
            },
            {
                "name": "Samir Bouzerda",
                "discipline": "advocaat-mediator",
                "organisation": T(
                    "Mediationpraktijk De Brug (fictief)", "De Brug Mediation Practice (fictional)"
                ),
                "bio": T(
                    "Mediator gespecialiseerd in kindgerichte mediation en co-mediation. Samir betrekt kinderen via "
                    "een apart kindgesprek en werkt bij veel spanning met aparte gesprekken.",
                    "Mediator specialised in child-inclusive mediation and co-mediation. Samir involves children "
                    "through a separate child interview and works with separate sessions when there is a lot of "
                    "tension.",
                ),
            },
            {
                "name": "Fenna Oudshoorn",
                "discipline": "poh-jeugd",
                "organisation": T(
                    "Huisartsenpraktijk Hazelrode (fictief)", "Hazelrode GP Practice (fictional)"
                ),
                "bio": T(
                    "Praktijkondersteuner jeugd bij de huisarts. Fenna ziet kinderen met buikpijn, slaapproblemen of "
                    "somberheid rond een scheiding, en verwijst op tijd naar het expertisepunt.",
                    "Youth mental health nurse at the GP practice. Fenna sees children with stomach aches, sleeping "
                    "problems or low mood around a separation, and refers them to the expertise point in time.",
                ),
            },
            {
                "name": "Wendelien Kroes",
                "discipline": "juridisch",
                "organisation": T("Rechtswinkel Sterrenwaard (fictief)", "Sterrenwaard Law Shop (fictional)"),
                "bio": T(
                    "Juridisch adviseur personen- en familierecht. Wendelien legt ouders en professionals in gewone "
                    "woorden uit hoe gezag, omgang en procedures werken.",
                    "Legal adviser in family law. Wendelien explains to parents and professionals in plain words how "
                    "parental authority, contact and proceedings work.",
                ),
            },
            {
                "name": "Hidde van Arkel",
                "discipline": "financieel",
                "organisation": T(
                    "Budgetcoaching Lindeveld (fictief)", "Lindeveld Budget Coaching (fictional)"
                ),
                "bio": T(
                    "Financieel adviseur en budgetcoach. Hidde helpt ouders met een overzicht van inkomsten, schulden "
                    "en toeslagen na de scheiding, zodat geld minder vaak aanleiding is voor nieuwe ruzie.",
                    "Financial adviser and budget coach. Hidde helps parents get an overview of income, debts and "
                    "benefits after the separation, so that money is less often a trigger for new arguments.",
                ),
            },
            {
                "name": "Yara Mesbahi",
                "discipline": "jeugdbescherming",
                "organisation": T(
                    "Jeugdbescherming Lindeveld (fictief)", "Lindeveld Child Protection (fictional)"
                ),
                "bio": T(
                    "Jeugdbeschermer met ervaring in ondertoezichtstellingen bij scheidingsconflicten. Yara denkt in "
                    "het platform mee over hoe een maatregel kan worden voorkomen of verkort.",
                    "Child protection worker with experience in supervision orders in separation conflicts. In the "
                    "panel, Yara helps think about how a measure can be prevented or shortened.",
                ),
            },
            {
                "name": "Tessa Hoogkamp",
                "discipline": "hechting",
                "organisation": T(
                    "Praktijk Jonge Kind Eikendaal (fictief)",
                    "Eikendaal Early Childhood Practice (fictional)",
                ),
                "bio": T(
                    "Orthopedagoog gespecialiseerd in hechting bij jonge kinderen. Tessa adviseert over zorgregelingen "
                    "voor baby's en peuters en over het geleidelijk opbouwen van contact.",
                    "Educational psychologist specialised in attachment in young children. Tessa advises on care "
                    "arrangements for babies and toddlers and on gradually building up contact.",
                ),
            },
            {
                "name": "Kees Ommering",
                "discipline": "verslavingszorg",
                "organisation": T(
                    "Verslavingszorg Lindeveld (fictief)", "Lindeveld Addiction Care (fictional)"
                ),
                "bio": T(
                    "Behandelaar in de verslavingszorg met aandacht voor ouderschap. Kees helpt bij afspraken over "
                    "nuchterheid en veiligheid in de zorgregeling.",
                    "Addiction care therapist with a focus on parenting. Kees helps with agreements about sobriety and "
                    "safety in the care arrangement.",
                ),
            },
        ],
        # keys from shared.KNOWLEDGE_ARTICLES shown in this region (at least 15)
        "knowledge_articles": [
            "signalen-vechtscheiding",
            "jeugdbeschermingsketen",
            "meldcode-vijf-stappen",
            "loyaliteitsconflicten",
            "ouderverstoting-debat",
            "gesprekstechnieken-kinderen",
            "werken-met-beide-ouders",
            "verklarende-analyse",
            "effecten-conflict-ontwikkeling",
            "mediation-hoog-conflict",
            "parallel-ouderschap",
            "veiligheidsplan",
            "dwingende-controle",
            "casus-vastgelopen-omgang",
            "richtlijn-scheiding-jeugdigen",
            "financiele-stress",
            "hechting-en-scheiding",
        ],
    },
    {
        "key": "kustmeren",
        "hostname": "kustmeren.localhost",
        "is_default_site": False,
        "settings": {
            "region_name": "Regio Kustmeren",
            "expertise_point_name": "Expertisepoule Veilig Opgroeien Kustmeren",
            "focus": "expertisepoule",
            "contact_phone": "0800-5550202",  # invented
            "intake_email": "intake@kustmeren.example",
        },
        "municipalities": ["Zilverstrand", "Duinwijk", "Meerhaven", "Rietvoorde"],
        "home": {
            "title": T(
                "Scheiden en veilig opgroeien in regio Kustmeren",
                "Separation and growing up safely in the Kustmeren region",
            ),
            "intro": T(
                "Informatie en hulp bij scheiding en onveiligheid thuis, voor ouders, kinderen, jongeren en "
                "professionals in Zilverstrand, Duinwijk, Meerhaven en Rietvoorde. De Expertisepoule Veilig "
                "Opgroeien denkt mee met gezinnen en hun hulpverleners als het thuis niet veilig is.",
                "Information and help with separation and unsafety at home, for parents, children, young people "
                "and professionals in Zilverstrand, Duinwijk, Meerhaven and Rietvoorde. The Safe Growing Up "
                "Expert Pool thinks along with families and their professionals when home is not safe.",
            ),
            "body": [
                (
                    "callout",
                    {
                        "kind": "safety",
                        "heading": T("Veiligheid gaat voor", "Safety comes first"),
                        "text": T(
                            "<p>Ben je in direct gevaar? Bel <b>112</b>. Maak je je zorgen over geweld thuis? Bel Veilig "
                            'Thuis: <a href="tel:08002000">0800-2000</a>, gratis en dag en nacht.</p>',
                            "<p>Are you in immediate danger? Call <b>112</b>. Are you worried about violence at home? Call "
                            'Veilig Thuis: <a href="tel:08002000">0800-2000</a>, free and day and night.</p>',
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "heading": T("Welke hulp past bij jou?", "Which help suits you?"),
                        "steps": [
                            {
                                "title": T("Doe de Scheidingswijzer", "Take the separation guide"),
                                "link": {"destination": "scheidingswijzer"},
                                "text": T(
                                    "Beantwoord een paar vragen. Vragen over veiligheid komen eerst, en je mag altijd 'weet ik niet' kiezen.",
                                    "Answer a few questions. Questions about safety come first, and you can always choose 'I don't know'.",
                                ),
                            },
                            {
                                "title": T("Bekijk je route", "See your route"),
                                "text": T(
                                    "Je leest waarom dit advies bij je past.",
                                    "You read why this advice suits you.",
                                ),
                            },
                            {
                                "title": T("Neem contact op op jouw manier", "Get in touch your way"),
                                "link": {"destination": "terugbellen"},
                                "text": T(
                                    "Bellen, chatten, mailen of teruggebeld worden.",
                                    "Call, chat, e-mail or be called back.",
                                ),
                            },
                        ],
                    },
                ),
                ("channel", {"channel": "telefoon"}),
            ],
        },
        "sections": {
            "ouders": {
                "title": T("Ouders", "Parents"),
                "slug": T("ouders", "parents"),
                "intro": T(
                    "Voor ouders die uit elkaar gaan of gescheiden zijn, en voor ouders die zich thuis niet "
                    "veilig voelen. Lees over afspraken voor je kinderen, geld en wonen, en over hulp bij "
                    "spanning, dreiging of geweld.",
                    "For parents who are separating or separated, and for parents who do not feel safe at "
                    "home. Read about agreements for your children, money and housing, and about help with "
                    "tension, threats or violence.",
                ),
                "guide": PARENT_GUIDE,
            },
            "kinderen": {
                "title": T("Kinderen", "Children"),
                "slug": T("kinderen", "children"),
                "intro": T(
                    "Hier lees je over scheiden en over ruzie thuis. Je leest wat je kunt doen en met wie "
                    "je kunt praten. Het is nooit jouw schuld.",
                    "Here you can read about parents splitting up and about arguments at home. You read what "
                    "you can do and who you can talk to. It is never your fault.",
                ),
                "guide": YOUNG_GUIDE,
            },
            "jongeren": {
                "title": T("Jongeren", "Young people"),
                "slug": T("jongeren", "young-people"),
                "intro": T(
                    "Voor jongeren van 12 tot 18. Over je mening geven, waar je woont, en wat je kunt doen "
                    "als het thuis niet veilig is. Je mag altijd anoniem hulp vragen.",
                    "For young people aged 12 to 18. About giving your views, where you live, and what you "
                    "can do when home is not safe. You can always ask for help anonymously.",
                ),
                "guide": YOUNG_GUIDE,
            },
            "professionals": {
                "title": T("Professionals", "Professionals"),
                "slug": T("professionals", "professionals"),
                "intro": T(
                    "Voor professionals van lokale teams, Veilig Thuis, jeugdbescherming, "
                    "vrouwenopvang, huisartsen en scholen. Breng een gezin in bij de expertisepoule, "
                    "met toestemming of anoniem, en vind kennis over veiligheid en scheiding.",
                    "For professionals from local teams, Veilig Thuis, child protection, women's "
                    "shelters, GPs and schools. Bring a family to the expert pool, with consent or "
                    "anonymously, and find knowledge about safety and separation.",
                ),
                "guide": PROFESSIONAL_GUIDE,
            },
        },
        "channels": [
            {
                "key": "telefoon",
                "name": T("Telefoon Expertisepoule", "Expert pool telephone"),
                "kind": "telefoon",
                "value": "0800-5550202",
                "description": T(
                    "Gratis bellen voor advies, een oriënterend gesprek over een gezin of een vraag over "
                    "veiligheid. Op dinsdagavond is er een avondspreekuur.",
                    "Call free of charge for advice, an orienting conversation about a family or a question about "
                    "safety. On Tuesday evenings there are evening hours.",
                ),
                "always_open": False,
                "hours": [
                    (0, "08:30", "17:00"),
                    (1, "08:30", "17:00"),
                    (1, "19:00", "21:00"),
                    (2, "08:30", "17:00"),
                    (3, "08:30", "17:00"),
                    (4, "08:30", "17:00"),
                ],
            },
            {
                "key": "email",
                "name": T("E-mail", "E-mail"),
                "kind": "e-mail",
                "value": "advies@kustmeren.example",
                "description": T(
                    "Voor vragen die niet dringend zijn. Antwoord binnen twee werkdagen. Professionals: zet geen "
                    "namen of andere herleidbare gegevens in de mail.",
                    "For questions that are not urgent. Reply within two working days. Professionals: do not put "
                    "names or other identifying details in the e-mail.",
                ),
                "always_open": False,
                "hours": [
                    (0, "08:30", "17:00"),
                    (1, "08:30", "17:00"),
                    (2, "08:30", "17:00"),
                    (3, "08:30", "17:00"),
                    (4, "08:30", "17:00"),
                ],
            },
            {
                "key": "chat",
                "name": T("Anoniem chatten", "Anonymous chat"),
                "kind": "chat",
                "value": "https://kustmeren.example/chat",
                "description": T(
                    "Chat zonder je naam te noemen. Ook 's avonds, voor als bellen thuis niet veilig voelt.",
                    "Chat without giving your name. Also in the evening, for when calling from home does not feel "
                    "safe.",
                ),
                "always_open": False,
                "hours": [
                    (0, "19:00", "22:00"),
                    (2, "19:00", "22:00"),
                    (3, "14:00", "17:00"),
                    (5, "10:00", "14:00"),
                ],
            },
            {
                "key": "terugbellen",
                "name": T("Terugbelverzoek", "Call-back request"),
                "kind": "terugbellen",
                "value": "",
                "web_form": "terugbellen",  # links to the call-back form, in the reader's language
                "description": T(
                    "Kies zelf wanneer we mogen bellen, en of we een bericht mogen inspreken. Het verzoek kun je "
                    "altijd achterlaten.",
                    "Choose when we may call, and whether we may leave a message. You can leave the request at any "
                    "time.",
                ),
                "always_open": True,
                "hours": [],
            },
            {
                "key": "inloop",
                "name": T("Inloop Meerhaven", "Walk-in Meerhaven"),
                "kind": "inloop",
                "value": "Gezondheidscentrum Het Anker, Havenkade 12, Meerhaven",
                "description": T(
                    "Binnenlopen zonder afspraak voor een vraag over scheiding, veiligheid, geld of recht. Niemand "
                    "hoeft te weten waarvoor je komt: in hetzelfde gebouw zitten ook de huisarts en de "
                    "fysiotherapeut.",
                    "Drop in without an appointment with a question about separation, safety, money or legal "
                    "matters. Nobody needs to know why you are there: the GP and the physiotherapist are in the same "
                    "building.",
                ),
                "always_open": False,
                "hours": [(2, "09:00", "12:00"), (3, "13:00", "16:00")],
            },
            {
                "key": "video",
                "name": T("Videogesprek", "Video call"),
                "kind": "video",
                "value": "https://kustmeren.example/video",
                "description": T(
                    "Op afspraak, via een beveiligde verbinding. Handig voor professionals die een casus willen "
                    "bespreken, of voor ouders die niet kunnen reizen.",
                    "By appointment, via a secure connection. Useful for professionals who want to discuss a case, "
                    "or for parents who cannot travel.",
                ),
                "always_open": False,
                "hours": [(0, "09:00", "16:00"), (3, "09:00", "16:00")],
            },
        ],
        "services": [
            {
                "name": T(
                    "Informatiebijeenkomst Scheiden met zorg", "Information session Separating with care"
                ),
                "provider": T("Welzijn Duinwijk (fictief)", "Duinwijk Community Services (fictional)"),
                "summary": T(
                    "Een bijeenkomst van twee uur over wat er komt kijken bij een scheiding: afspraken over de "
                    "kinderen, geld, wonen en de rechtbank. Met aandacht voor wat je kunt doen als er spanning of "
                    "dreiging is. Je hoeft niets over jezelf te vertellen.",
                    "A two-hour session on what a separation involves: agreements about the children, money, "
                    "housing and the court. With attention to what you can do if there is tension or threat. You do "
                    "not have to say anything about yourself.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Duinwijk", "Zilverstrand"],
                "topics": ["ouderschapsplan", "financien", "juridisch"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T("Oudercursus Ouders op twee adressen", "Parenting course Parents at two addresses"),
                "provider": T("Opvoedwinkel Meerhaven (fictief)", "Meerhaven Parenting Shop (fictional)"),
                "summary": T(
                    "Vijf avonden in een kleine groep voor gescheiden ouders. Over communiceren met de andere "
                    "ouder, rust in twee huizen en wat je kind nodig heeft. De andere ouder volgt de cursus in een "
                    "andere groep, als jullie dat willen.",
                    "Five evenings in a small group for separated parents. About communicating with the other "
                    "parent, calm in two homes and what your child needs. The other parent takes the course in a "
                    "different group, if you both want that.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gesubsidieerd",
                "cost_note": T(
                    "Eigen bijdrage 20 euro; gratis met een minimuminkomen.",
                    "Personal contribution 20 euros; free with a minimum income.",
                ),
                "waiting_weeks": 2,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Meerhaven", "Rietvoorde"],
                "topics": ["communicatie", "emoties", "ouderschapsplan"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T("Kindergroep De Vuurtoren", "Children's group The Lighthouse"),
                "provider": T("Jeugdteam Zilverstrand (fictief)", "Zilverstrand Youth Team (fictional)"),
                "summary": T(
                    "Een groep voor kinderen van 8 tot 12 jaar van gescheiden ouders, of die thuis ruzie of geweld "
                    "hebben meegemaakt. Tien middagen met spel, tekenen en praten. Kinderen leren wat ze kunnen doen "
                    "als het thuis spannend wordt.",
                    "A group for children aged 8 to 12 with separated parents, or who have experienced arguments or "
                    "violence at home. Ten afternoons with games, drawing and talking. Children learn what they can "
                    "do when things get tense at home.",
                ),
                "audiences": ["kinderen", "ouders"],
                "min_child_age": 8,
                "max_child_age": 12,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 6,
                "routes": ["vrij-aanbod", "veiligheid"],
                "municipalities": ["Zilverstrand", "Meerhaven"],
                "topics": ["emoties", "kinderen-betrekken", "veiligheid"],
                "channels": ["telefoon"],
            },
            {
                "name": T("Jongerengroep Eigen Koers", "Youth group Own Course"),
                "provider": T("Jeugdhulp Kustmeren (fictief)", "Kustmeren Youth Care (fictional)"),
                "summary": T(
                    "Een groep voor jongeren van 12 tot 17 jaar die thuis geweld hebben meegemaakt of klem zitten "
                    "tussen hun ouders. Zes bijeenkomsten over gevoelens, grenzen, relaties en je eigen plan. Je "
                    "hoeft niet te vertellen wat je niet wilt.",
                    "A group for young people aged 12 to 17 who have experienced violence at home or are caught "
                    "between their parents. Six sessions on feelings, boundaries, relationships and your own plan. "
                    "You do not have to share what you do not want to.",
                ),
                "audiences": ["jongeren"],
                "min_child_age": 12,
                "max_child_age": 17,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": None,
                "routes": ["vrij-aanbod", "veiligheid"],
                "municipalities": [],
                "topics": ["veiligheid", "emoties"],
                "channels": ["chat", "telefoon"],
            },
            {
                "name": T("Juridisch spreekuur Kustmeren", "Kustmeren legal advice desk"),
                "provider": T("Rechtswinkel Meerhaven (fictief)", "Meerhaven Law Shop (fictional)"),
                "summary": T(
                    "Gratis juridisch advies over scheiding, gezag, omgang, alimentatie en huur. Ook over een "
                    "contactverbod, aangifte of wat je kunt doen als de andere ouder de kinderen niet terugbrengt.",
                    "Free legal advice on separation, parental authority, contact, support and rent. Also about a "
                    "no-contact order, reporting to the police or what you can do if the other parent does not "
                    "bring the children back.",
                ),
                "audiences": ["ouders", "jongeren"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["vrij-aanbod"],
                "municipalities": ["Meerhaven", "Rietvoorde", "Duinwijk"],
                "topics": ["juridisch", "financien", "wonen"],
                "channels": ["inloop", "telefoon"],
            },
            {
                "name": T("Mediation met gemeentelijke bijdrage", "Mediation with municipal contribution"),
                "provider": T("Mediators Kustmeren (fictief)", "Kustmeren Mediators (fictional)"),
                "summary": T(
                    "Mediation voor ouders die samen afspraken willen maken over de kinderen en de verdeling. Elke "
                    "mediation begint met een apart gesprek met iedere ouder, waarin de mediator ook vraagt naar "
                    "veiligheid. Is er geweld of dreiging, dan verwijst de mediator door.",
                    "Mediation for parents who want to make agreements together about the children and the "
                    "division of assets. Every mediation starts with a separate conversation with each parent, in "
                    "which the mediator also asks about safety. If there is violence or threat, the mediator refers "
                    "you elsewhere.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gesubsidieerd",
                "cost_note": T(
                    "De gemeente betaalt de eerste twee gesprekken.",
                    "The municipality pays for the first two sessions.",
                ),
                "waiting_weeks": 2,
                "routes": ["vrij-aanbod"],
                "municipalities": [],
                "topics": ["mediation", "ouderschapsplan", "omgang"],
                "channels": ["telefoon", "email"],
            },
            {
                "name": T("Adviesgesprek", "Advice conversation"),
                "provider": T(
                    "Expertisepoule Veilig Opgroeien Kustmeren (fictief)",
                    "Kustmeren Safe Growing Up Expert Pool (fictional)",
                ),
                "summary": T(
                    "Een gesprek met een deskundige over je situatie: zorgen over de omgang, spanning met de andere "
                    "ouder of twijfel over de veiligheid. Je krijgt advies over de volgende stap. Telefonisch, via "
                    "chat of video, of op de inloop.",
                    "A conversation with an expert about your situation: worries about contact, tension with the "
                    "other parent or doubts about safety. You get advice on the next step. By phone, chat or video, "
                    "or at the walk-in hours.",
                ),
                "audiences": ["ouders", "jongeren"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["advies"],
                "municipalities": [],
                "topics": ["omgang", "communicatie", "veiligheid"],
                "channels": ["telefoon", "chat", "video", "inloop"],
            },
            {
                "name": T("Teruggebeld worden", "Being called back"),
                "provider": T(
                    "Expertisepoule Veilig Opgroeien Kustmeren (fictief)",
                    "Kustmeren Safe Growing Up Expert Pool (fictional)",
                ),
                "summary": T(
                    "Laat weten wanneer we je veilig kunnen bellen. Je kiest zelf of we ons mogen voorstellen of "
                    "een bericht mogen inspreken. Zo bepaal jij wie er iets van merkt.",
                    "Let us know when we can safely call you. You choose whether we may introduce ourselves or leave "
                    "a message. That way you decide who notices anything.",
                ),
                "audiences": ["ouders", "professionals"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["advies"],
                "municipalities": [],
                "topics": ["omgang", "veiligheid", "communicatie"],
                "channels": ["terugbellen"],
            },
            {
                "name": T("Casus inbrengen bij de expertisepoule", "Bringing a case to the expert pool"),
                "provider": T(
                    "Expertisepoule Veilig Opgroeien Kustmeren (fictief)",
                    "Kustmeren Safe Growing Up Expert Pool (fictional)",
                ),
                "summary": T(
                    "Voor professionals van lokale teams en andere organisaties. Na een oriënterend gesprek breng "
                    "je een gezin in. Experts uit onder meer Veilig Thuis, jeugdbescherming, vrouwenopvang, GGZ en "
                    "verslavingszorg analyseren alle leefgebieden en stellen met het gezin en jou doelen en "
                    "prioriteiten. Zonder toestemming van het gezin alleen volledig anoniem.",
                    "For professionals from local teams and other organisations. After an orienting conversation "
                    "you bring in a family. Experts from, among others, Veilig Thuis, child protection, women's "
                    "shelters, mental health care and addiction care analyse all life domains and set goals and "
                    "priorities with the family and you. Without the family's consent, fully anonymised only.",
                ),
                "audiences": ["professionals"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 2,
                "routes": ["expertisepunt", "veiligheid"],
                "municipalities": [],
                "topics": ["veiligheid", "kinderbescherming", "financien", "wonen"],
                "channels": ["telefoon", "video", "email"],
            },
            {
                "name": T("Gezamenlijke intake bij onveiligheid", "Joint intake in case of unsafety"),
                "provider": T(
                    "Expertisepoule Veilig Opgroeien Kustmeren (fictief)",
                    "Kustmeren Safe Growing Up Expert Pool (fictional)",
                ),
                "summary": T(
                    "Een gesprek met het gezin, de verwijzer en twee of drie experts tegelijk. Het gezin houdt de "
                    "regie en de verwijzer blijft het aanspreekpunt. Het doel is een plan dat een maatregel van de "
                    "kinderrechter voorkomt, verkort of helpt afbouwen.",
                    "A conversation with the family, the referring professional and two or three experts at the same "
                    "time. The family stays in control and the referring professional remains the point of contact. "
                    "The aim is a plan that prevents, shortens or helps wind down a measure by the juvenile court.",
                ),
                "audiences": ["ouders", "professionals"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": None,
                "routes": ["expertisepunt"],
                "municipalities": [],
                "topics": ["kinderbescherming", "veiligheid", "hoog-conflict"],
                "channels": ["telefoon", "terugbellen"],
            },
            {
                "name": T("Opvang Het Baken", "Het Baken shelter"),
                "provider": T("Stichting Veilige Kust (fictief)", "Safe Coast Foundation (fictional)"),
                "summary": T(
                    "Opvang op een geheim adres voor vrouwen, mannen en kinderen die thuis niet veilig zijn. Daarnaast "
                    "ambulante hulp voor wie thuis blijft wonen. Met hulp bij veiligheid, wonen, geld en de "
                    "verwerking voor ouders en kinderen. Aanmelden via Veilig Thuis of de politie, dag en nacht.",
                    "Shelter at a secret address for women, men and children who are not safe at home. In addition, "
                    "outreach help for those who stay at home. With help with safety, housing, money and coming to "
                    "terms with events for parents and children. Referral via Veilig Thuis or the police, day and "
                    "night.",
                ),
                "audiences": ["ouders", "kinderen", "jongeren"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["veiligheid"],
                "municipalities": [],
                "topics": ["veiligheid", "wonen"],
                "channels": ["telefoon"],
            },
            {
                "name": T("Veiligheidsplan op maat", "Tailored safety plan"),
                "provider": T(
                    "Ambulant team Thuis Veilig Kustmeren (fictief)",
                    "Kustmeren Safe at Home outreach team (fictional)",
                ),
                "summary": T(
                    "Samen met een hulpverlener en mensen uit je netwerk maak je een veiligheidsplan, ook voor de "
                    "kinderen. Daarna kijkt de hulpverlener een paar maanden mee of het plan werkt, en past het aan "
                    "bij veranderingen zoals een verhuizing of een nieuwe zorgregeling.",
                    "Together with a support worker and people from your network, you make a safety plan, also for "
                    "the children. After that, the support worker checks for a few months whether the plan works, "
                    "and adjusts it to changes such as a move or a new care arrangement.",
                ),
                "audiences": ["ouders", "jongeren"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "gratis",
                "cost_note": T("", ""),
                "waiting_weeks": 0,
                "routes": ["veiligheid"],
                "municipalities": ["Zilverstrand", "Rietvoorde"],
                "topics": ["veiligheid"],
                "channels": ["telefoon", "chat"],
            },
            {
                "name": T("Training Anders Kiezen", "Training Choosing Differently"),
                "provider": T(
                    "Poli Geweld en Relaties Duinwijk (fictief)",
                    "Duinwijk Violence and Relationships Clinic (fictional)",
                ),
                "summary": T(
                    "Voor mensen die thuis geweld gebruiken, dreigen of controleren. Je leert wat je gedrag doet met "
                    "je partner en je kinderen, en hoe je het anders kunt doen. Individueel en in een groep, ook als "
                    "je verplicht bent om te komen.",
                    "For people who use violence, threats or control at home. You learn what your behaviour does to "
                    "your partner and your children, and how you can do things differently. Individually and in a "
                    "group, also if you are required to attend.",
                ),
                "audiences": ["ouders"],
                "min_child_age": None,
                "max_child_age": None,
                "cost": "betaald",
                "cost_note": T(
                    "Vaak vergoed door de zorgverzekering; soms betaalt de gemeente.",
                    "Often covered by health insurance; sometimes the municipality pays.",
                ),
                "waiting_weeks": 6,
                "routes": ["veiligheid"],
                "municipalities": ["Duinwijk", "Meerhaven"],
                "topics": ["veiligheid", "emoties"],
                "channels": ["telefoon"],
            },
            {
                "name": T("Omgangsbegeleiding De Overstap", "Supervised contact De Overstap"),
                "provider": T("Stichting De Overstap (fictief)", "De Overstap Foundation (fictional)"),
                "summary": T(
                    "Begeleide omgang en begeleide overdracht op een veilige plek, bijvoorbeeld als er eerder geweld "
                    "was of als ouders elkaar niet kunnen ontmoeten. Ouders komen en gaan op verschillende tijden. "
                    "Het doel is veilig contact tussen kind en ouder.",
                    "Supervised contact and supervised handovers at a safe place, for example when there has been "
                    "violence or when parents cannot meet each other. Parents arrive and leave at different times. "
                    "The goal is safe contact between child and parent.",
                ),
                "audiences": ["ouders", "kinderen"],
                "min_child_age": 0,
                "max_child_age": 14,
                "cost": "gratis",
                "cost_note": T(
                    "Na verwijzing door het lokale team of de rechter.",
                    "After referral by the local team or the court.",
                ),
                "waiting_weeks": 6,
                "routes": ["advies", "veiligheid"],
                "municipalities": ["Rietvoorde", "Duinwijk", "Zilverstrand"],
                "topics": ["omgang", "veiligheid"],
                "channels": ["telefoon", "email"],
            },
        ],
        "experts": [
            {
                "name": "Anouk Dijkmeijer",
                "discipline": "veilig-thuis",
                "organisation": T(
                    "Veilig Thuis, regioteam Kustmeren (fictief)",
                    "Veilig Thuis, Kustmeren regional team (fictional)",
                ),
                "bio": T(
                    "Aandachtsfunctionaris en consulent bij Veilig Thuis. Anouk adviseert professionals over de "
                    "meldcode en over de vraag wanneer een melding nodig is, en brengt in de poule kennis in over "
                    "risicotaxatie.",
                    "Safeguarding officer and consultant at Veilig Thuis. Anouk advises professionals on the "
                    "reporting code and on when a report is needed, and brings knowledge about risk assessment to the "
                    "pool.",
                ),
            },
            {
                "name": "Lotte Spaargaren",
                "discipline": "vrouwenopvang",
                "organisation": T("Stichting Veilige Kust (fictief)", "Safe Coast Foundation (fictional)"),
                "bio": T(
                    "Ambulant hulpverlener in de vrouwenopvang. Lotte werkt met moeders en vaders na partnergeweld en "
                    "weet veel van dwingende controle, stalking en veiligheidsplannen.",
                    "Outreach worker at the women's shelter. Lotte works with mothers and fathers after intimate "
                    "partner violence and knows a lot about coercive control, stalking and safety plans.",
                ),
            },
            {
                "name": "Gijs Terpstra",
                "discipline": "jeugdbescherming",
                "organisation": T("Jeugdbescherming Kust (fictief)", "Coast Child Protection (fictional)"),
                "bio": T(
                    "Jeugdbeschermer en gedragswetenschapper. Gijs denkt mee over hoe een ondertoezichtstelling kan "
                    "worden voorkomen of afgebouwd, en wat daarvoor in het vrijwillig kader nodig is.",
                    "Child protection worker and behavioural scientist. Gijs helps think about how a supervision "
                    "order can be prevented or wound down, and what is needed for that in a voluntary setting.",
                ),
            },
            {
                "name": "Mirjam Otten",
                "discipline": "jeugdhulp",
                "organisation": T("Jeugdhulp Kustmeren (fictief)", "Kustmeren Youth Care (fictional)"),
                "bio": T(
                    "Gezinstherapeut met ervaring in gezinnen waar kinderen geweld hebben meegemaakt. Mirjam helpt "
                    "kinderen hun verhaal te vertellen en ouders om daar goed op te reageren.",
                    "Family therapist with experience in families where children have experienced violence. Mirjam "
                    "helps children tell their story and parents respond to it well.",
                ),
            },
            {
                "name": "Bram Heijnekamp",
                "discipline": "verslavingszorg",
                "organisation": T(
                    "Verslavingszorg Noordkust (fictief)", "North Coast Addiction Care (fictional)"
                ),
                "bio": T(
                    "Verslavingsarts. Bram adviseert over alcohol- en drugsgebruik van ouders, de risico's voor "
                    "kinderen en hoe behandeling en opvoedhulp op elkaar kunnen aansluiten.",
                    "Addiction physician. Bram advises on parents' alcohol and drug use, the risks for children and "
                    "how treatment and parenting support can fit together.",
                ),
            },
            {
                "name": "Priya Ramdin",
                "discipline": "hechting",
                "organisation": T(
                    "Centrum Jong Kind Meerhaven (fictief)", "Meerhaven Young Child Centre (fictional)"
                ),
                "bio": T(
                    "Kinderpsycholoog gespecialiseerd in hechting en trauma bij jonge kinderen. Priya adviseert over "
                    "omgang met jonge kinderen na huiselijk geweld.",
                    "Child psychologist specialised in attachment and trauma in young children. Priya advises on "
                    "contact arrangements for young children after domestic violence.",
                ),
            },
            {
                "name": "Jelmer Postma",
                "discipline": "ggz",
                "organisation": T("GGZ Kust (fictief)", "Coast Mental Health (fictional)"),
                "bio": T(
                    "GZ-psycholoog in de volwassenen-GGZ. Jelmer richt zich op ouders met psychische problemen en op "
                    "de vraag hoe behandeling kan bijdragen aan veilig ouderschap.",
                    "Healthcare psychologist in adult mental health care. Jelmer focuses on parents with mental "
                    "health problems and on how treatment can contribute to safe parenting.",
                ),
            },
            {
                "name": "Esra Yıldırım",
                "discipline": "volwassenenzorg",
                "organisation": T("Lokaal team Rietvoorde (fictief)", "Rietvoorde Local Team (fictional)"),
                "bio": T(
                    "Maatschappelijk werker in het lokale team. Esra brengt de praktijk van de wijk in: wat een gezin "
                    "al heeft geprobeerd, welk netwerk er is en wat haalbaar is.",
                    "Social worker in the local team. Esra brings in neighbourhood practice: what a family has already "
                    "tried, what network there is and what is feasible.",
                ),
            },
            {
                "name": "Nadia Bennani",
                "discipline": "financieel",
                "organisation": T("Schuldhulp Kustmeren (fictief)", "Kustmeren Debt Support (fictional)"),
                "bio": T(
                    "Schuldhulpverlener. Nadia ziet hoe geldzorgen en onveiligheid elkaar versterken, bijvoorbeeld bij "
                    "financiële controle door een ex-partner, en helpt snel rust te brengen in de financiën.",
                    "Debt counsellor. Nadia sees how money worries and unsafety reinforce each other, for example with "
                    "financial control by an ex-partner, and helps bring calm to the finances quickly.",
                ),
            },
            {
                "name": "Roosmarijn Klaver",
                "discipline": "poh-jeugd",
                "organisation": T(
                    "Huisartsenpraktijk Duinwijk (fictief)", "Duinwijk GP Practice (fictional)"
                ),
                "bio": T(
                    "Praktijkondersteuner jeugd. Roosmarijn signaleert onveiligheid vaak als eerste, via klachten van "
                    "kinderen, en weet hoe je daar als huisartsenpraktijk over in gesprek gaat.",
                    "Youth mental health nurse at a GP practice. Roosmarijn often spots unsafety first, through "
                    "children's complaints, and knows how a GP practice can start a conversation about it.",
                ),
            },
            {
                "name": "Thijmen Oosterbroek",
                "discipline": "juridisch",
                "organisation": T("Rechtswinkel Meerhaven (fictief)", "Meerhaven Law Shop (fictional)"),
                "bio": T(
                    "Jurist familierecht. Thijmen adviseert over gezag, omgang, contactverboden en de rol van de "
                    "rechter bij onveiligheid.",
                    "Family law specialist. Thijmen advises on parental authority, contact, no-contact orders and the "
                    "role of the court in cases of unsafety.",
                ),
            },
            {
                "name": "Maartje Haverkamp",
                "discipline": "advocaat-mediator",
                "organisation": T("Mediators Kustmeren (fictief)", "Kustmeren Mediators (fictional)"),
                "bio": T(
                    "Advocaat en mediator. Maartje screent bij elke mediation op geweld en machtsongelijkheid, en "
                    "adviseert de poule wanneer mediation wel of juist niet verantwoord is.",
                    "Lawyer and mediator. Maartje screens every mediation for violence and power imbalance, and "
                    "advises the pool on when mediation is or is not responsible.",
                ),
            },
        ],
        "knowledge_articles": [
            "meldcode-vijf-stappen",
            "jeugdbeschermingsketen",
            "verklarende-analyse",
            "leefgebiedenanalyse",
            "veiligheidsplan",
            "dwingende-controle",
            "stalking-na-scheiding",
            "risicotaxatie-partnergeweld",
            "casus-expertisepoule-gezin",
            "verslaving-en-ouderschap",
            "financiele-stress",
            "hechting-en-scheiding",
            "gesprekstechnieken-kinderen",
            "effecten-conflict-ontwikkeling",
            "signalen-vechtscheiding",
            "mediation-hoog-conflict",
            "loyaliteitsconflicten",
        ],
    },
]
