"""Controlled vocabularies of requests and their handling. Stored values are Dutch slugs,
labels are Dutch msgids (translated in locale/en)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import ChannelKind


class RequestKind(models.TextChoices):
    ADVICE = "adviesaanvraag", _("Adviesaanvraag")
    CALL_BACK = "terugbelverzoek", _("Terugbelverzoek")
    CONSULTATION = "consultatievraag", _("Consultatievraag")
    CASE = "casus", _("Casus")


class Status(models.TextChoices):
    """The workflow of a request; allowed moves are in `advies.workflow`."""

    NEW = "nieuw", _("Nieuw")
    IN_INTAKE = "in-intake", _("In intake")
    IN_PANEL = "in-panel", _("Besproken in panel of poule")
    ADVISED = "advies-verwijzing", _("Advies gegeven / doorverwezen")
    MONITORING = "monitoring", _("Monitoring")
    CLOSED = "afgesloten", _("Afgesloten")


# How a parent or family member prefers to be contacted: a subset of the channel kinds.
CONTACT_CHANNELS = [
    (ChannelKind.PHONE.value, ChannelKind.PHONE.label),
    (ChannelKind.EMAIL.value, ChannelKind.EMAIL.label),
    (ChannelKind.VIDEO.value, ChannelKind.VIDEO.label),
    (ChannelKind.WALK_IN.value, ChannelKind.WALK_IN.label),
]


class RequesterRole(models.TextChoices):
    PARENT = "ouder", _("Ouder")
    FAMILY_MEMBER = "familielid", _("Familielid")
    PROFESSIONAL = "professional", _("Professional")


class Panel(models.TextChoices):
    HIGH_CONFLICT = "hoog-conflict-platform", _("Hoog Conflict Platform")
    EXPERT_POOL = "expertisepoule", _("Expertisepoule")


class LifeDomain(models.TextChoices):
    FINANCES = "financien", _("Financiën")
    HOUSING = "wonen", _("Wonen")
    CARE = "zorg", _("Zorg en gezondheid")
    FAMILY = "gezin", _("Gezin en relaties")
    WORK = "werk", _("Werk en dagbesteding")


class DomainAssessment(models.TextChoices):
    NO_CONCERN = "geen-zorgen", _("Geen zorgen")
    SOME_CONCERN = "zorgen", _("Enige zorgen")
    SERIOUS_CONCERN = "ernstige-zorgen", _("Ernstige zorgen")
    UNKNOWN = "onbekend", _("Weet ik niet")


class FamilyRole(models.TextChoices):
    MOTHER = "moeder", _("Moeder")
    FATHER = "vader", _("Vader")
    PARENT = "ouder", _("Ouder")
    STEP_PARENT = "stiefouder", _("Stiefouder of nieuwe partner")
    CHILD = "kind", _("Kind")
    GRANDPARENT = "grootouder", _("Grootouder")
    OTHER = "anders", _("Ander gezinslid")


class LegalMeasure(models.TextChoices):
    NONE = "geen", _("Geen maatregel")
    INVESTIGATION = "raadsonderzoek", _("Onderzoek door de Raad voor de Kinderbescherming")
    SUPERVISION = "ondertoezichtstelling", _("Ondertoezichtstelling (OTS)")
    OUT_OF_HOME = "uithuisplaatsing", _("Uithuisplaatsing")
    CUSTODY_ENDED = "gezagsbeeindiging", _("Gezagsbeëindigende maatregel (voogdij)")
    OTHER = "anders", _("Anders")


class ConsentMethod(models.TextChoices):
    VERBAL = "mondeling", _("Mondeling")
    WRITTEN = "schriftelijk", _("Schriftelijk (op papier)")
    DIGITAL = "digitaal", _("Digitaal (e-mail of formulier)")


class Outcome(models.TextChoices):
    """How a request ended, for the closing step and the yearly effect report."""

    ADVICE_GIVEN = "advies-gegeven", _("Advies gegeven")
    REFERRED = "doorverwezen", _("Doorverwezen naar ketenpartner")
    JOINT_INTAKE = "gezamenlijke-intake", _("Na gezamenlijke intake opgepakt")
    PANEL_ADVICE = "panel-advies", _("Advies van panel of poule")
    WITHDRAWN = "ingetrokken", _("Ingetrokken door aanvrager")
    UNREACHABLE = "onbereikbaar", _("Aanvrager niet bereikbaar")
    NOT_FOR_US = "niet-passend", _("Past niet bij het expertisepunt")


class LegalMeasureOutcome(models.TextChoices):
    AVOIDED = "voorkomen", _("Maatregel voorkomen")
    SHORTENED = "verkort", _("Maatregel verkort")
    WOUND_DOWN = "afgebouwd", _("Maatregel afgebouwd")
    NOT_APPLICABLE = "niet-van-toepassing", _("Niet van toepassing")


class ReferralResult(models.TextChoices):
    OPEN = "open", _("Nog niet bekend")
    STARTED = "gestart", _("Hulp gestart")
    WAITING_LIST = "wachtlijst", _("Op de wachtlijst")
    NOT_STARTED = "niet-gestart", _("Hulp niet gestart")
    COMPLETED = "afgerond", _("Hulp afgerond")


class AuditAction(models.TextChoices):
    CREATE = "aangemaakt", _("Aangemaakt")
    VIEW = "bekeken", _("Bekeken")
    CHANGE = "gewijzigd", _("Gewijzigd")
    EXPORT = "geexporteerd", _("Geëxporteerd")
    ANONYMISE = "geanonimiseerd", _("Geanonimiseerd")
    DELETE = "verwijderd", _("Verwijderd")
    LIST = "lijst-bekeken", _("Lijst bekeken")


class AuditResult(models.TextChoices):
    OK = "ok", _("Gelukt")
    DENIED = "geweigerd", _("Geweigerd")
    REFUSED = "niet-toegestaan", _("Niet toegestaan door regels")


class RetentionRule(models.TextChoices):
    """Why retention anonymises or deletes a request (periods in the intake settings)."""

    CLOSED = "afgesloten", _("Afgesloten en de bewaartermijn is voorbij")
    STALE = "open-zonder-activiteit", _("Open, maar lang niet aangeraakt")
    ABANDONED = "onbehandeld", _("Nooit in behandeling genomen")


class MailKind(models.TextChoices):
    CONFIRMATION = "bevestiging", _("Bevestiging aan aanvrager")
    INTAKE_NOTIFICATION = "melding-intake", _("Melding aan intaketeam")
    ANSWER = "antwoord", _("Antwoord klaar voor aanvrager")
    READING_CODE = "leescode", _("Code om het antwoord te lezen")
    SURVEY = "terugblik", _("Uitnodiging vragenlijst achteraf")


class AnswerKind(models.TextChoices):
    """What staff send back to the person who asked (read on the portal, never mailed)."""

    PICKED_UP = "opgepakt", _("We hebben uw aanvraag opgepakt")
    ADVICE = "advies", _("Advies")
    PANEL_ADVICE = "advies-panel", _("Advies van panel of poule")


class SurveyFit(models.TextChoices):
    YES = "ja", _("Ja")
    PARTLY = "deels", _("Een beetje")
    NO = "nee", _("Nee")
    UNKNOWN = "weet-niet", _("Weet ik niet")


class SurveyConflict(models.TextChoices):
    LESS = "minder", _("Minder")
    SAME = "gelijk", _("Even veel")
    MORE = "meer", _("Meer")
    NOT_APPLICABLE = "niet-van-toepassing", _("Er was geen conflict")
    UNKNOWN = "weet-niet", _("Weet ik niet")


class SurveyChildren(models.TextChoices):
    BETTER = "beter", _("Beter")
    SAME = "hetzelfde", _("Hetzelfde")
    WORSE = "slechter", _("Slechter")
    UNKNOWN = "weet-niet", _("Weet ik niet")


class SurveyRecommend(models.TextChoices):
    YES = "ja", _("Ja")
    MAYBE = "misschien", _("Misschien")
    NO = "nee", _("Nee")


class DeliveryStatus(models.TextChoices):
    PENDING = "wachtend", _("Wacht op verzending")
    SENT = "verzonden", _("Verzonden")
