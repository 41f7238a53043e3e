"""Meetings of the high-conflict panel and the expert pool, with advice per case."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from advies.choices import Panel
from advies.fields import EncryptedTextField


class PanelMeeting(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="panel_meetings", verbose_name=_("regio")
    )
    panel = models.CharField(_("panel of poule"), max_length=30, choices=Panel.choices)
    date = models.DateField(_("datum"))
    members = models.ManyToManyField(
        "home.Expert", blank=True, related_name="panel_meetings", verbose_name=_("deelnemers")
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("overleg panel of poule")
        verbose_name_plural = _("overleggen panel en poule")

    def __str__(self):
        return f"{self.get_panel_display()} {self.date:%d-%m-%Y}"


class AgendaItem(models.Model):
    """A case on a meeting's agenda and the advice the panel or pool gave on it."""

    meeting = models.ForeignKey(PanelMeeting, on_delete=models.CASCADE, related_name="agenda_items")
    request = models.ForeignKey(
        "advies.Request", on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("aanvraag")
    )
    advice = EncryptedTextField(_("advies"), blank=True)
    advice_recorded_at = models.DateTimeField(_("advies vastgelegd"), null=True, blank=True)

    ENCRYPTED_FIELDS = ("advice",)

    class Meta:
        ordering = ["meeting__date", "pk"]
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")
        constraints = [models.UniqueConstraint(fields=["meeting", "request"], name="unique_case_per_meeting")]

    def __str__(self):
        return f"{self.meeting}: {self.request.reference}"
