"""The answer back to the person who asked, and the codes that open it.

An answer is read on the portal, never in an e-mail: the e-mail carries the reference
and a link. The link alone opens nothing; the reader also gives a code, either one
mailed to the request's own e-mail address (one use, a quarter of an hour) or the
reading code shown on the confirmation page (one use too: reading gives a new one).
Only hashes of links and codes are stored. See `advies.answers`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advies.choices import AnswerKind
from advies.fields import EncryptedTextField


class Answer(models.Model):
    """What staff sent back: advice, the panel's advice, or 'we picked this up'."""

    request = models.ForeignKey(
        "advies.Request", on_delete=models.CASCADE, related_name="answers", verbose_name=_("aanvraag")
    )
    kind = models.CharField(_("soort antwoord"), max_length=20, choices=AnswerKind.choices)
    text = EncryptedTextField(_("antwoord"), blank=True)
    call_on = models.DateField(_("wij bellen op"), null=True, blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("geschreven door"),
    )
    sent_at = models.DateTimeField(_("verstuurd"), default=timezone.now)
    expires_at = models.DateTimeField(_("te lezen tot"), db_index=True)
    link_hash = models.CharField(_("leeslink (hash)"), max_length=64, unique=True)
    first_read_at = models.DateTimeField(_("eerst gelezen"), null=True, blank=True)
    read_count = models.PositiveIntegerField(_("keer gelezen"), default=0)
    receipt_confirmed_at = models.DateTimeField(_("ontvangst bevestigd"), null=True, blank=True)

    ENCRYPTED_FIELDS = ("text",)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("antwoord aan aanvrager")
        verbose_name_plural = _("antwoorden aan aanvragers")

    def __str__(self):
        return f"{self.request.reference} {self.get_kind_display()} {self.sent_at:%Y-%m-%d}"

    def is_readable(self, now=None):
        return bool(self.text or self.call_on) and self.expires_at > (now or timezone.now())


class ReadingKey(models.Model):
    """Per request: the hash of the current reading code (shown on the confirmation page,
    renewed at each use), and the count of wrong codes that locks reading for a while."""

    request = models.OneToOneField(
        "advies.Request", on_delete=models.CASCADE, related_name="reading_key", verbose_name=_("aanvraag")
    )
    code_hash = models.CharField(_("leescode (hash)"), max_length=64, blank=True)
    failures = models.PositiveSmallIntegerField(_("foute codes op rij"), default=0)
    locked_until = models.DateTimeField(_("geblokkeerd tot"), null=True, blank=True)

    class Meta:
        verbose_name = _("leessleutel")
        verbose_name_plural = _("leessleutels")

    def __str__(self):
        return self.request.reference


class MailedCode(models.Model):
    """A one-time code mailed to the request's own e-mail address to open its answers."""

    request = models.ForeignKey(
        "advies.Request", on_delete=models.CASCADE, related_name="mailed_codes", verbose_name=_("aanvraag")
    )
    code_hash = models.CharField(_("code (hash)"), max_length=64)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    expires_at = models.DateTimeField(_("geldig tot"), db_index=True)
    used_at = models.DateTimeField(_("gebruikt"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("code per e-mail")
        verbose_name_plural = _("codes per e-mail")

    def __str__(self):
        return f"{self.request.reference} {self.created_at:%Y-%m-%d %H:%M}"
