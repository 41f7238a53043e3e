"""Controlled vocabularies shared by content, questionnaire, requests and search.

One concept, one name: `Audience` and `Route` are used everywhere (models, decision
table, templates, search facets), with Dutch slugs as stored values.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    PARENTS = "ouders", _("Ouders")
    CHILDREN = "kinderen", _("Kinderen (8-12 jaar)")
    YOUTH = "jongeren", _("Jongeren (12-18 jaar)")
    PROFESSIONALS = "professionals", _("Professionals")


class Route(models.TextChoices):
    """The four outcomes of the Scheidingswijzer; safety is checked first."""

    SAFETY = "veiligheid", _("Veiligheid eerst")
    EXPERTISE_POINT = "expertisepunt", _("Expertisepunt")
    ADVICE = "advies", _("Advies of terugbellen")
    FREE_SERVICES = "vrij-aanbod", _("Vrij toegankelijk aanbod")


class Cost(models.TextChoices):
    FREE = "gratis", _("Gratis")
    SUBSIDISED = "gesubsidieerd", _("Gedeeltelijk vergoed")
    PAID = "betaald", _("Betaald")


class ArticleType(models.TextChoices):
    METHOD = "methode", _("Methode")
    FACTSHEET = "factsheet", _("Factsheet")
    GUIDELINE = "richtlijn", _("Richtlijn")
    WORK_CARD = "werkkaart", _("Werkkaart")
    RESEARCH_SUMMARY = "onderzoek", _("Samenvatting onderzoek")
    CASE_DESCRIPTION = "casus", _("Casusbeschrijving")


class EvidenceLevel(models.TextChoices):
    """Levels in the style of the Dutch youth institute's database of effective interventions."""

    THEORETICAL = "theoretisch", _("Theoretisch goed onderbouwd")
    FIRST = "eerste", _("Eerste aanwijzingen voor effectiviteit")
    GOOD = "goede", _("Goede aanwijzingen voor effectiviteit")
    STRONG = "sterke", _("Sterke aanwijzingen voor effectiviteit")


class ChannelKind(models.TextChoices):
    PHONE = "telefoon", _("Telefoon")
    EMAIL = "e-mail", _("E-mail")
    CHAT = "chat", _("Chat")
    CALL_BACK = "terugbellen", _("Terugbelverzoek")
    WALK_IN = "inloop", _("Inloopspreekuur")
    VIDEO = "video", _("Videogesprek")
    WEB_FORM = "formulier", _("Formulier op deze website")


class Destination(models.TextChoices):
    """Parts of the portal that are no CMS page, as targets of calls to action: content
    links to them by name (`home.selectors.destination_url`), never by a typed URL, so a link
    follows the reader's language and region and survives a changed URL."""

    SCHEIDINGSWIJZER = "scheidingswijzer", _("De Scheidingswijzer")
    ADVICE_FORM = "adviesaanvraag", _("Formulier adviesaanvraag")
    CALL_BACK_FORM = "terugbellen", _("Formulier terugbelverzoek")
    CONSULTATION_FORM = "consultatie", _("Formulier consultatie (professionals)")
    CASE_FORM = "casus", _("Formulier casus inbrengen (professionals)")
    SERVICES_DIRECTORY = "sociale-kaart", _("Sociale kaart van de regio")
    KNOWLEDGE_BASE = "kennisbank", _("Kennisbank voor professionals")
    PARENTING_PLAN = (
        "ouderschapsplan-maken",
        _("Ouderschapsplan maken (de hulp om zelf een plan op te stellen)"),
    )


# The destinations that are request forms (a contact channel of kind 'web form' names one).
FORM_DESTINATIONS = (
    Destination.ADVICE_FORM,
    Destination.CALL_BACK_FORM,
    Destination.CONSULTATION_FORM,
    Destination.CASE_FORM,
)


class Discipline(models.TextChoices):
    YOUTH_CARE = "jeugdhulp", _("Jeugdhulp")
    ADULT_CARE = "volwassenenzorg", _("Volwassenenzorg")
    LAWYER_MEDIATOR = "advocaat-mediator", _("Advocaat / mediator")
    POH_YOUTH = "poh-jeugd", _("POH-Jeugd")
    MENTAL_HEALTH = "ggz", _("GGZ")
    LEGAL = "juridisch", _("Juridisch advies")
    FINANCIAL = "financieel", _("Financieel advies")
    ADDICTION = "verslavingszorg", _("Verslavingszorg")
    ATTACHMENT = "hechting", _("Hechting")
    VEILIG_THUIS = "veilig-thuis", _("Veilig Thuis")
    YOUTH_PROTECTION = "jeugdbescherming", _("Jeugdbescherming")
    WOMENS_SHELTER = "vrouwenopvang", _("Vrouwenopvang")


# The query parameter that narrows a public page to one municipality (the services
# directory, the service-list block): `?gemeente=<slug>`. A public URL: people bookmark it.
MUNICIPALITY_PARAMETER = "gemeente"

# The services directory's filters: `?onderwerp=<topic>&doelgroep=<audience>&route=<route>`.
DIRECTORY_FILTERS = ("onderwerp", "doelgroep", "route")
