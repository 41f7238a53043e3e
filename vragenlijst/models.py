"""The Scheidingswijzer's data: anonymous statistics, editable texts, region settings.

Anonymous statistics of the Scheidingswijzer for the yearly report.

Only counters: per region, municipality, month and route, how many questionnaires were
started and completed. No session id, IP address, user agent, time of day or answer is
stored. A start is counted when the first question is answered, before the municipality
and the route are known, so rows that count starts have no municipality and an empty
route; completions are counted with both.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Locale, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import Route


class ScheidingswijzerTally(models.Model):
    """Anonymous monthly counts of the Scheidingswijzer per region (starts) and per
    municipality and route (completions), for the effect report. Nothing about a person."""

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
                fields=["site", "municipality", "month", "route"], name="unique_scheidingswijzer_tally"
            ),
        ]
        indexes = [models.Index(fields=["site", "month"], name="vragenlijst_tally_site_month")]

    def __str__(self):
        return f"{self.site} {self.month:%Y-%m} {self.route or '-'}"


def question_choices():
    """Every question of the Scheidingswijzer, for the editors' help texts."""
    from vragenlijst.steps import STEPS

    return [
        (name, f"{step.slug}: {field.label or name}")
        for step in STEPS
        for name, field in step.form.base_fields.items()
    ]


def rule_choices():
    """Every rule of the decision table, for the editors' result texts."""
    from vragenlijst.decision_table import RULES

    return [(rule.code, f"{rule.code}: {rule.title}") for rule in RULES]


class QuestionHelpBlock(blocks.StructBlock):
    question = blocks.ChoiceBlock(choices=question_choices, label=_("vraag"))
    help_text = blocks.TextBlock(
        label=_("hulptekst"), help_text=_("Staat onder de vraag. Kort, taalniveau B1.")
    )

    class Meta:
        icon = "help"
        label = _("hulptekst bij een vraag")


class RuleTextBlock(blocks.StructBlock):
    rule = blocks.ChoiceBlock(choices=rule_choices, label=_("regel van de beslistabel"))
    heading = blocks.CharBlock(
        label=_("kop van de uitkomst"),
        required=False,
        max_length=120,
        help_text=_("Leeg: de kop uit de code."),
    )
    reason = blocks.TextBlock(
        label=_("waarom dit advies"),
        required=False,
        help_text=_("Leeg: de tekst uit de code. De route zelf verandert niet; die staat in de beslistabel."),
    )

    class Meta:
        icon = "list-ol"
        label = _("tekst bij een uitkomst")


class ScheidingswijzerTexts(RevisionMixin, TranslatableMixin, models.Model):
    """What editors write for a region's Scheidingswijzer, in each language: the start
    page's introduction, help texts under questions, and the heading and reason of each
    outcome. Anything left empty is the text from the code (translated). Which question
    is asked and which route an answer gives stay in the code (the versioned decision
    table); texts are keyed by question name and rule code. Every save in the admin is a
    revision (history, compare, revert). Read through `vragenlijst.texts.texts_for`."""

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", verbose_name=_("regio")
    )
    intro = models.TextField(
        _("introductie"),
        blank=True,
        help_text=_(
            "Bovenaan de startpagina. Leeg: de standaardtekst. De duur en de privacy staan er altijd bij."
        ),
    )
    help_texts = StreamField(
        [("vraag", QuestionHelpBlock())], blank=True, verbose_name=_("hulpteksten bij vragen")
    )
    result_texts = StreamField(
        [("uitkomst", RuleTextBlock())], blank=True, verbose_name=_("teksten bij uitkomsten")
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("intro"),
        FieldPanel("help_texts"),
        FieldPanel("result_texts"),
    ]
    translatable_fields = [
        SynchronizedField("site"),
        TranslatableField("intro"),
        TranslatableField("help_texts"),
        TranslatableField("result_texts"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("teksten Scheidingswijzer")
        verbose_name_plural = _("teksten Scheidingswijzer")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale"], name="one_questionnaire_text_per_region_and_language"
            ),
        ]

    def __str__(self):
        return f"{self.site.site_name or self.site.hostname} ({self.locale.get_display_name()})"


class ScheidingswijzerSettingsForm(WagtailAdminModelForm):
    """Only the region's own services, in the source language, can be chosen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("children_services")
        if field is not None and self.instance.site_id:
            field.queryset = field.queryset.filter(
                site_id=self.instance.site_id, locale=Locale.get_default()
            ).order_by("name")


@register_setting(icon="list-ol")
class ScheidingswijzerSettings(BaseSiteSetting):
    """Region data the Scheidingswijzer's results need besides `home.RegionSettings`."""

    safety_partner_name = models.CharField(
        _("veiligheidspartner"),
        max_length=150,
        blank=True,
        help_text=_(
            "Voor regio's zonder eigen expertisepoule: de organisatie die met professionals meedenkt over "
            "gezinnen met onveiligheid, naast Veilig Thuis. Een eigennaam; hij wordt niet vertaald."
        ),
    )
    safety_partner_phone = models.CharField(_("telefoon veiligheidspartner"), max_length=20, blank=True)
    children_services = models.ManyToManyField(
        "home.ServiceOffer",
        blank=True,
        related_name="+",
        verbose_name=_("aanbod voor kinderen en jongeren"),
        help_text=_(
            "Wat kinderen en jongeren in hun uitkomst zien, zoals een kindergroep. Geen cursussen voor "
            "ouders en niets waarvoor een kind zich zelf moet aanmelden met gegevens."
        ),
    )

    base_form_class = ScheidingswijzerSettingsForm
    panels = [
        MultiFieldPanel(
            [FieldPanel("safety_partner_name"), FieldPanel("safety_partner_phone")],
            heading=_("Onveiligheid in regio's zonder expertisepoule"),
        ),
        FieldPanel("children_services", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        verbose_name = _("Scheidingswijzer-instellingen")
