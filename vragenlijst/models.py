"""Anonymous statistics of the Scheidingswijzer for the yearly report.

Only counters: per region, municipality, month and route, how many questionnaires were
started and completed. No session id, IP address, user agent, time of day or answer is
stored. A start is counted when the first question is answered, before the municipality
and the route are known, so rows that count starts have no municipality and an empty
route; completions are counted with both.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import Route


class QuestionnaireTally(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("regio"),
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemeente"),
        help_text=_("Leeg bij starts en bij mensen van buiten de regio of zonder gemeente."),
    )
    month = models.DateField(_("maand"), help_text=_("De eerste dag van de maand."))
    route = models.CharField(_("route"), max_length=20, choices=Route.choices, blank=True)
    started = models.PositiveIntegerField(_("gestart"), default=0)
    completed = models.PositiveIntegerField(_("afgerond"), default=0)

    class Meta:
        verbose_name = _("telling Scheidingswijzer")
        verbose_name_plural = _("tellingen Scheidingswijzer")
        ordering = ["site", "month", "route"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "municipality", "month", "route"], name="unique_questionnaire_tally"
            ),
        ]
        indexes = [models.Index(fields=["site", "month"], name="vragenlijst_tally_site_month")]

    def __str__(self):
        return f"{self.site} {self.month:%Y-%m} {self.route or '-'}"
