"""The family's voice: a short anonymous survey some weeks after a request was closed.

Before it is sent, an invitation belongs to its request and holds the e-mail address
(encrypted), nothing else. When it is sent the address moves into the mail delivery
(wiped once delivered) and the invitation lets go of the request: it keeps only a hash
of its link and the categories the answers may carry (region, kind, route, outcome).
An answer is stored with those categories and the month, and the invitation is deleted,
so no answer can be traced back to a request.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from advies.choices import (
    Outcome,
    RequestKind,
    SurveyChildren,
    SurveyConflict,
    SurveyFit,
    SurveyRecommend,
)
from advies.fields import EncryptedTextField
from home.choices import Route


class SurveyInvitation(models.Model):
    request = models.OneToOneField(
        "advies.Request",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="survey_invitation",
        verbose_name=_("aanvraag"),
        help_text=_("Alleen tot de uitnodiging is verstuurd."),
    )
    email = EncryptedTextField(_("e-mail"), blank=True)
    due_on = models.DateField(_("versturen op"), null=True, blank=True, db_index=True)
    # Once sent: no request, no address; what an answer may carry.
    link_hash = models.CharField(_("link (hash)"), max_length=64, blank=True, db_index=True)
    site = models.ForeignKey(
        "wagtailcore.Site",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("regio"),
    )
    kind = models.CharField(_("soort"), max_length=20, choices=RequestKind.choices, blank=True)
    route = models.CharField(_("route"), max_length=20, choices=Route.choices, blank=True)
    outcome = models.CharField(_("uitkomst"), max_length=30, choices=Outcome.choices, blank=True)
    expires_on = models.DateField(_("te beantwoorden tot"), null=True, blank=True)

    ENCRYPTED_FIELDS = ("email",)

    class Meta:
        verbose_name = _("uitnodiging vragenlijst achteraf")
        verbose_name_plural = _("uitnodigingen vragenlijst achteraf")

    def __str__(self):
        return str(self.pk)


class SurveyResponse(models.Model):
    """One anonymous answer to the survey: the categories and month only, no request."""

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", verbose_name=_("regio")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=RequestKind.choices)
    route = models.CharField(_("route"), max_length=20, choices=Route.choices, blank=True)
    outcome = models.CharField(_("uitkomst"), max_length=30, choices=Outcome.choices, blank=True)
    month = models.DateField(_("maand"), db_index=True)
    help_fitted = models.CharField(_("paste de hulp?"), max_length=20, choices=SurveyFit.choices)
    conflict = models.CharField(_("conflict nu"), max_length=20, choices=SurveyConflict.choices)
    children = models.CharField(_("met de kinderen"), max_length=20, choices=SurveyChildren.choices)
    recommend = models.CharField(_("aanraden?"), max_length=20, choices=SurveyRecommend.choices)

    class Meta:
        verbose_name = _("antwoord vragenlijst achteraf")
        verbose_name_plural = _("antwoorden vragenlijst achteraf")

    def __str__(self):
        return f"{self.site_id} {self.month:%Y-%m}"
