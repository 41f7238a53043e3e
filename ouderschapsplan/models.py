"""What the builder keeps in the database: the explanations editors write, and counters.

Nothing of a plan is ever stored here. `PlanTally` counts per region and month how many
plans were started, completed and downloaded: no session id, address, time of day,
municipality or answer.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

AGE_GROUPS = (
    ("0-3", _("0 tot 4 jaar")),
    ("4-7", _("4 tot 8 jaar")),
    ("8-11", _("8 tot 12 jaar")),
    ("12-17", _("12 tot 18 jaar")),
)


def guidance_keys():
    """What a guidance text can belong to: each step, and the tips per age of the children."""
    from ouderschapsplan.steps import STEPS

    keys = [(step.slug, _("Stap: %(title)s") % {"title": step.title}) for step in STEPS]
    keys += [
        (f"tips-{value}", _("Tips voor kinderen van %(ages)s") % {"ages": label})
        for value, label in AGE_GROUPS
    ]
    return keys


class StepGuidance(TranslatableMixin, models.Model):
    """The explanation and example shown with a step of the builder (or the tips for
    talking with children of one age group), written by editors at B1."""

    key = models.CharField(
        _("hoort bij"),
        max_length=30,
        choices=guidance_keys,
        help_text=_("De stap van 'Ouderschapsplan maken' waar deze uitleg staat."),
    )
    explanation = models.TextField(
        _("uitleg"),
        max_length=1200,
        help_text=_("Kort en in eenvoudige woorden (B1). Een witregel begint een nieuwe alinea."),
    )
    example = models.TextField(
        _("voorbeeld"),
        max_length=800,
        blank=True,
        help_text=_(
            "Een voorbeeld van een afspraak, zoals ouders die opschrijven. Bij tips: wat je kunt zeggen."
        ),
    )
    link_text = models.CharField(_("tekst van de link"), max_length=150, blank=True)
    link_url = models.URLField(
        _("adres van de link"),
        blank=True,
        help_text=_("Meer lezen elders, bijvoorbeeld de officiële rekenregels voor kinderalimentatie."),
    )

    panels = [
        FieldPanel("key"),
        FieldPanel("explanation"),
        FieldPanel("example"),
        MultiFieldPanel([FieldPanel("link_text"), FieldPanel("link_url")], heading=_("Meer lezen")),
    ]
    translatable_fields = [
        SynchronizedField("key"),
        TranslatableField("explanation"),
        TranslatableField("example"),
        TranslatableField("link_text"),
        SynchronizedField("link_url"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["key"]
        verbose_name = _("uitleg ouderschapsplan")
        verbose_name_plural = _("uitleg ouderschapsplan")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="unique_step_guidance_per_locale"),
        ]

    def __str__(self):
        return self.get_key_display()

    def paragraphs(self):
        return [part.strip() for part in self.explanation.split("\n\n") if part.strip()]


class PlanTally(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("regio"),
    )
    month = models.DateField(_("maand"), help_text=_("De eerste dag van de maand."))
    started = models.PositiveIntegerField(_("gestart"), default=0)
    completed = models.PositiveIntegerField(_("afgerond"), default=0)
    downloaded = models.PositiveIntegerField(_("gedownload"), default=0)

    class Meta:
        verbose_name = _("telling ouderschapsplan")
        verbose_name_plural = _("tellingen ouderschapsplan")
        ordering = ["site", "month"]
        constraints = [
            models.UniqueConstraint(fields=["site", "month"], name="unique_plan_tally"),
        ]

    def __str__(self):
        return f"{self.site} {self.month:%Y-%m}"
