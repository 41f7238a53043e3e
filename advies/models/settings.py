"""Per-region configuration of the intake: retention periods, call-back slots, chain
partners, and which staff group handles which region."""

import datetime

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="clipboard-list")
class IntakeSettings(ClusterableModel, BaseSiteSetting):
    """How long a region keeps requests and when it calls people back."""

    retention_days_after_closing = models.PositiveIntegerField(
        _("bewaartermijn na afsluiten (dagen)"),
        default=365,
        help_text=_("Daarna worden persoonsgegevens en vrije tekst van afgesloten aanvragen gewist."),
    )
    abandoned_after_days = models.PositiveIntegerField(
        _("onbehandelde aanvragen verwijderen na (dagen)"),
        default=180,
        help_text=_(
            "Aanvragen die nooit in behandeling zijn genomen (status 'nieuw') en zo lang niet "
            "zijn aangeraakt, worden helemaal verwijderd."
        ),
    )
    stale_open_after_days = models.PositiveIntegerField(
        _("open aanvragen anonimiseren na (dagen zonder activiteit)"),
        default=730,
        help_text=_(
            "Een aanvraag die nog open staat maar zo lang niet is aangeraakt (geen notitie, "
            "status of andere wijziging), wordt geanonimiseerd: persoonsgegevens en vrije tekst "
            "worden gewist, de cijfers voor de effectrapportage blijven."
        ),
    )
    retention_warning_days = models.PositiveSmallIntegerField(
        _("waarschuwen (dagen van tevoren)"),
        default=30,
        help_text=_(
            "Zo lang van tevoren staat een aanvraag op de lijst 'Wordt binnenkort geanonimiseerd "
            "of verwijderd' in het dashboard en onder Intake > Bewaartermijn."
        ),
    )
    call_back_days_ahead = models.PositiveSmallIntegerField(
        _("terugbelmomenten tonen voor (dagen vooruit)"), default=10
    )
    first_contact_target_days = models.PositiveSmallIntegerField(
        _("streeftermijn eerste contact (dagen)"),
        default=5,
        help_text=_(
            "Een aanvraag zonder eerste contact die langer wacht, staat op het dashboard onder "
            "'Wacht langer dan de streeftermijn'."
        ),
    )
    survey_after_days = models.PositiveSmallIntegerField(
        _("vragenlijst achteraf sturen na (dagen na afsluiten)"),
        default=42,
        help_text=_(
            "Wie bij de aanvraag 'ja' zei op de korte, anonieme vragenlijst achteraf, krijgt zo "
            "lang na het afsluiten een link per e-mail."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("retention_days_after_closing"),
                FieldPanel("abandoned_after_days"),
                FieldPanel("stale_open_after_days"),
                FieldPanel("retention_warning_days"),
            ],
            heading=_("Bewaren"),
        ),
        MultiFieldPanel(
            [FieldPanel("first_contact_target_days"), FieldPanel("survey_after_days")],
            heading=_("Werkwijze van het team"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("call_back_days_ahead"),
                InlinePanel("call_back_slots", label=_("Terugbelmoment"), heading=_("Terugbelmomenten")),
            ],
            heading=_("Terugbellen"),
        ),
    ]

    class Meta:
        verbose_name = _("intake-instellingen")


class CallBackSlot(Orderable):
    """A weekly time window in which the region calls people back, with room for a number
    of calls. A slot on a given date is full when that many requests chose it."""

    WEEKDAYS = [
        (0, _("maandag")),
        (1, _("dinsdag")),
        (2, _("woensdag")),
        (3, _("donderdag")),
        (4, _("vrijdag")),
        (5, _("zaterdag")),
        (6, _("zondag")),
    ]

    settings = ParentalKey(IntakeSettings, on_delete=models.CASCADE, related_name="call_back_slots")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=WEEKDAYS)
    starts = models.TimeField(_("van"), default=datetime.time(9, 0))
    ends = models.TimeField(_("tot"), default=datetime.time(10, 0))
    capacity = models.PositiveSmallIntegerField(_("aantal gesprekken"), default=3)

    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("starts"), FieldPanel("ends"), FieldPanel("capacity")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("terugbelmoment")
        verbose_name_plural = _("terugbelmomenten")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts:%H:%M}-{self.ends:%H:%M}"


class IntakeTeam(models.Model):
    """Links a staff group to the region whose requests its members handle. Every
    back-office view checks this relation, not just menu visibility."""

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="intake_team", verbose_name=_("groep")
    )
    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="intake_teams", verbose_name=_("regio")
    )

    class Meta:
        verbose_name = _("intaketeam")
        verbose_name_plural = _("intaketeams")

    def __str__(self):
        return f"{self.group} ({self.site})"


class ChainPartner(models.Model):
    """An organisation in the region's chain that requests can be referred to."""

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="chain_partners", verbose_name=_("regio")
    )
    name = models.CharField(_("naam"), max_length=150)
    kind = models.CharField(
        _("soort hulp"), max_length=150, blank=True, help_text=_("Bijvoorbeeld 'mediation' of 'GGZ'.")
    )
    active = models.BooleanField(_("actief"), default=True)

    panels = [FieldPanel("site"), FieldPanel("name"), FieldPanel("kind"), FieldPanel("active")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("ketenpartner")
        verbose_name_plural = _("ketenpartners")

    def __str__(self):
        return self.name


class ReportingTeam(models.Model):
    """Links a group to the region whose effect report its members may open (e.g. the
    region's account managers at the commissioning municipalities). Reporting staff see
    aggregates only, never a request."""

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="reporting_team", verbose_name=_("groep")
    )
    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="reporting_teams", verbose_name=_("regio")
    )

    class Meta:
        verbose_name = _("rapportageteam")
        verbose_name_plural = _("rapportageteams")
        permissions = [("view_effect_report", _("Kan de effectrapportage van de eigen regio bekijken"))]

    def __str__(self):
        return f"{self.group} ({self.site})"
