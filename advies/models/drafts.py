"""Text typed in a back-office form that arrived after the staff member's session ended.

Kept so that nothing typed is lost on the way through the login page: encrypted, bound
to the browser that sent it (only a hash of the random key in that browser's cookie is
stored), for a short time, and deleted when it is shown again. See `advies.drafts`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advies.fields import EncryptedJSONField


class Draft(models.Model):
    key_hash = models.CharField(_("sleutel (hash)"), max_length=64, db_index=True)
    path = models.CharField(_("formulier"), max_length=200)
    request = models.ForeignKey(
        "advies.Request", on_delete=models.CASCADE, related_name="drafts", verbose_name=_("aanvraag")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("auteur"),
        help_text=_("Wie in deze browser het laatst was ingelogd; alleen die krijgt het concept terug."),
    )
    data = EncryptedJSONField(_("ingevulde velden"))
    created_at = models.DateTimeField(_("bewaard"), default=timezone.now)
    expires_at = models.DateTimeField(_("verloopt"), db_index=True)

    ENCRYPTED_FIELDS = ("data",)

    class Meta:
        verbose_name = _("concept")
        verbose_name_plural = _("concepten")
        constraints = [models.UniqueConstraint(fields=["key_hash", "path"], name="one_draft_per_form")]

    def __str__(self):
        return f"{self.path} ({self.created_at:%Y-%m-%d %H:%M})"
