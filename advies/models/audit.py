"""The audit log of personal data: who did what to which request, with what result, from
where and when. Never the content itself."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advies.choices import AuditAction, AuditResult


class AuditEntry(models.Model):
    created_at = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gebruiker"),
    )
    actor_name = models.CharField(_("gebruikersnaam"), max_length=150, blank=True)
    action = models.CharField(_("handeling"), max_length=20, choices=AuditAction.choices)
    object_type = models.CharField(_("soort object"), max_length=40)
    object_reference = models.CharField(_("object"), max_length=40, blank=True)
    site = models.ForeignKey(
        "wagtailcore.Site",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("regio"),
    )
    result = models.CharField(
        _("resultaat"), max_length=20, choices=AuditResult.choices, default=AuditResult.OK
    )
    detail = models.CharField(
        _("omschrijving"), max_length=200, blank=True, help_text=_("Welk onderdeel, nooit de inhoud.")
    )
    origin = models.CharField(_("herkomst"), max_length=100, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditlog")

    def __str__(self):
        return (
            f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name or '-'} {self.action} {self.object_reference}"
        )
