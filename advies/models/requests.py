"""Requests from the public and professionals, and what the back office records on them.

Everything a person typed, and every way to reach them, is an encrypted field. Plain
columns hold only categories and timestamps, so the yearly effect report can aggregate
cheaply: kind, channel, route, municipality, received / first contact / advice or
referral / closed, panel cases, legal measure and its outcome, referrals and results.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advies.choices import (
    CONTACT_CHANNELS,
    DeliveryStatus,
    LegalMeasure,
    LegalMeasureOutcome,
    MailKind,
    Outcome,
    Panel,
    ReferralResult,
    RequesterRole,
    RequestKind,
    Status,
)
from advies.fields import EncryptedJSONField, EncryptedTextField
from home.choices import Route

# No 0/O, 1/I/L: references are read out over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference(kind=None):
    """A random reference, 'XXXX-XXXX'. It says nothing about the request: not its kind
    (a subject line 'K-...' would tell a housemate that a professional brought in a case),
    region or order. `kind` is accepted for older callers and ignored."""
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{body[:4]}-{body[4:]}"


class RequestQuerySet(models.QuerySet):
    def in_regions(self, sites):
        return self.filter(site__in=sites)

    def open(self):
        return self.exclude(status=Status.CLOSED)

    def waiting(self):
        """Open requests nobody has contacted yet: the person who asked is still waiting."""
        return self.open().filter(first_contact_at__isnull=True)


class Request(models.Model):
    """One request: an advice request, call back, consultation question or case."""

    reference = models.CharField(_("referentienummer"), max_length=20, unique=True, editable=False)
    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.PROTECT, related_name="advies_requests", verbose_name=_("regio")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=RequestKind.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    language = models.CharField(_("taal"), max_length=5, default="nl")

    # Categories (not personal): what the effect report counts.
    requester_role = models.CharField(_("aanvrager"), max_length=20, choices=RequesterRole.choices)
    municipality = models.ForeignKey(
        "home.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="advies_requests",
        verbose_name=_("gemeente"),
    )
    route = models.CharField(
        _("route uit de Scheidingswijzer"), max_length=20, choices=Route.choices, blank=True
    )
    topics = models.JSONField(_("onderwerpen"), default=list, blank=True)
    preferred_channel = models.CharField(
        _("voorkeurskanaal"), max_length=20, choices=CONTACT_CHANNELS, blank=True
    )
    panel = models.CharField(_("panel of poule"), max_length=30, choices=Panel.choices, blank=True)
    family_consent = models.BooleanField(_("toestemming gezin"), null=True, blank=True)
    legal_measure = models.CharField(
        _("juridische maatregel bij aanmelding"), max_length=30, choices=LegalMeasure.choices, blank=True
    )
    safety_signal = models.BooleanField(
        _("veiligheidssignaal"),
        default=False,
        help_text=_("Route 'veiligheid' uit de Scheidingswijzer of een casus voor de expertisepoule."),
    )
    call_back_slot = models.ForeignKey(
        "advies.CallBackSlot",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
        verbose_name=_("terugbelmoment"),
    )
    call_back_date = models.DateField(_("terugbeldatum"), null=True, blank=True)

    # Timeline.
    received_at = models.DateTimeField(_("ontvangen"), default=timezone.now, db_index=True)
    first_contact_at = models.DateTimeField(_("eerste contact"), null=True, blank=True)
    advice_or_referral_at = models.DateTimeField(_("advies of verwijzing"), null=True, blank=True)
    closed_at = models.DateTimeField(_("afgesloten"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("laatste activiteit"), default=timezone.now)
    anonymised_at = models.DateTimeField(_("geanonimiseerd"), null=True, blank=True)

    # Handling.
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_advies_requests",
        verbose_name=_("behandelaar"),
    )
    joint_intake = models.BooleanField(_("gezamenlijke intake"), null=True, blank=True)
    joint_intake_partners = models.ManyToManyField(
        "advies.ChainPartner", blank=True, related_name="joint_intakes", verbose_name=_("partners bij intake")
    )
    joint_intake_decided_at = models.DateTimeField(_("besluit gezamenlijke intake"), null=True, blank=True)
    next_follow_up_on = models.DateField(
        _("volgende opvolging"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("De vroegste opvolgdatum van de verwijzingen zonder eindresultaat."),
    )
    outcome = models.CharField(_("uitkomst"), max_length=30, choices=Outcome.choices, blank=True)
    legal_measure_outcome = models.CharField(
        _("effect op maatregel"), max_length=30, choices=LegalMeasureOutcome.choices, blank=True
    )

    # Personal data and free text: encrypted.
    contact_name = EncryptedTextField(_("naam of roepnaam"), blank=True)
    contact_phone = EncryptedTextField(_("telefoon"), blank=True)
    contact_email = EncryptedTextField(_("e-mail"), blank=True)
    question = EncryptedTextField(_("vraag"), blank=True)
    details = EncryptedJSONField(_("overige antwoorden"))
    questionnaire_summary = EncryptedTextField(_("samenvatting Scheidingswijzer"), blank=True)
    closing_note = EncryptedTextField(_("toelichting bij afsluiten"), blank=True)

    objects = RequestQuerySet.as_manager()

    ENCRYPTED_FIELDS = (
        "contact_name",
        "contact_phone",
        "contact_email",
        "question",
        "details",
        "questionnaire_summary",
        "closing_note",
    )

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("aanvraag")
        verbose_name_plural = _("aanvragen")
        permissions = [
            ("export_request", _("Kan een aanvraag exporteren (inzageverzoek)")),
            (
                "export_request_text",
                _("Kan vrije tekst en contactgegevens mee-exporteren in een lijst van aanvragen"),
            ),
        ]
        indexes = [models.Index(fields=["site", "status", "received_at"])]

    def __str__(self):
        return f"{self.reference} ({self.get_kind_display()})"

    @property
    def is_anonymised(self):
        return self.anonymised_at is not None

    @property
    def is_closed(self):
        return self.status == Status.CLOSED

    @property
    def is_read_only(self):
        """Closed or anonymised: staff read it, nobody changes it (services refuse too)."""
        return self.is_closed or self.is_anonymised


class RequestNote(models.Model):
    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("auteur"),
    )
    created_at = models.DateTimeField(_("datum"), default=timezone.now)
    text = EncryptedTextField(_("notitie"))

    ENCRYPTED_FIELDS = ("text",)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")

    def __str__(self):
        return f"{self.request.reference} {self.created_at:%Y-%m-%d %H:%M}"


class Referral(models.Model):
    """A referral to a chain partner, followed up on a date with a result.

    `note` is what was written when referring; it is never changed afterwards. Every
    result recorded later is a `ReferralFollowUp` of its own (who, when, result, note).
    `result`, `result_recorded_at` and `follow_up_on` hold the latest of those, as plain
    columns for the follow-up list and the effect report.
    """

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="referrals")
    partner = models.ForeignKey(
        "advies.ChainPartner",
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("ketenpartner"),
    )
    referred_on = models.DateField(_("verwezen op"), default=timezone.localdate)
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("verwezen door"),
    )
    follow_up_on = models.DateField(_("opvolgen op"))
    result = models.CharField(
        _("resultaat"), max_length=20, choices=ReferralResult.choices, default=ReferralResult.OPEN
    )
    result_recorded_at = models.DateTimeField(_("resultaat vastgelegd"), null=True, blank=True)
    note = EncryptedTextField(_("toelichting"), blank=True)

    ENCRYPTED_FIELDS = ("note",)

    class Meta:
        ordering = ["follow_up_on"]
        verbose_name = _("verwijzing")
        verbose_name_plural = _("verwijzingen")

    def __str__(self):
        return f"{self.request.reference} → {self.partner}"


class ReferralFollowUp(models.Model):
    """One recorded follow-up of a referral: the result then, a new follow-up date if one
    was set, and a note; by whom and when. Entries are only added, never changed."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="follow_ups")
    recorded_at = models.DateTimeField(_("vastgelegd"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    result = models.CharField(_("resultaat"), max_length=20, choices=ReferralResult.choices)
    follow_up_on = models.DateField(_("nieuwe opvolgdatum"), null=True, blank=True)
    note = EncryptedTextField(_("toelichting"), blank=True)

    ENCRYPTED_FIELDS = ("note",)

    class Meta:
        ordering = ["recorded_at", "pk"]
        verbose_name = _("opvolging verwijzing")
        verbose_name_plural = _("opvolgingen verwijzing")

    def __str__(self):
        return f"{self.referral} {self.recorded_at:%Y-%m-%d %H:%M}"


class MailDelivery(models.Model):
    """One e-mail to send about a request (reference number only, never content).

    Saved in the submission's transaction; a background task sends it and, while the
    mail server fails, tries again with growing pauses. `manage.py deliver_pending_mail`
    sends whatever is due, so nothing is lost even if a task never ran.
    """

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="mail_deliveries")
    kind = models.CharField(_("soort"), max_length=20, choices=MailKind.choices)
    recipient = EncryptedTextField(_("ontvanger"), blank=True)
    secret = EncryptedTextField(
        _("link of code"),
        blank=True,
        help_text=_("Wat alleen in deze e-mail mag staan (een leeslink of code); gewist na verzenden."),
    )
    language = models.CharField(max_length=5, default="nl")
    status = models.CharField(
        _("status"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(_("volgende poging"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("verzonden"), null=True, blank=True)
    last_error = models.CharField(_("laatste fout"), max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    ENCRYPTED_FIELDS = ("recipient", "secret")

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("e-mailbericht")
        verbose_name_plural = _("e-mailberichten")

    def __str__(self):
        return f"{self.request.reference} {self.get_kind_display()}"
