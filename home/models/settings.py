"""Per-region settings: each region is a Wagtail Site with its own name, numbers and inbox,
and its crisis texts in each language."""

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.forms import RegionalModelForm
from home.translations import SyncedTranslationsMixin
from portal import library_internals


class RegionFocus(models.TextChoices):
    COMPLEX_DIVORCE = "complexe-scheiding", _("Expertisepunt complexe scheiding met Hoog Conflict Platform")
    SAFETY_POOL = "expertisepoule", _("Expertisepoule voor gezinnen met onveiligheid")


@register_setting(icon="site")
class RegionSettings(BaseSiteSetting):
    region_name = models.CharField(_("naam van de regio"), max_length=100)
    expertise_point_name = models.CharField(
        _("naam van het expertisepunt"),
        max_length=150,
        help_text=_("Zoals bewoners het kennen, bijvoorbeeld 'Expertisepunt Scheiding Lindeveld'."),
    )
    focus = models.CharField(
        _("opzet"),
        max_length=30,
        choices=RegionFocus.choices,
        default=RegionFocus.COMPLEX_DIVORCE,
    )
    emergency_number = models.CharField(_("alarmnummer"), max_length=20, default="112")
    veilig_thuis_number = models.CharField(_("Veilig Thuis"), max_length=20, default="0800-2000")
    kindertelefoon_number = models.CharField(_("Kindertelefoon"), max_length=20, default="0800-0432")
    contact_phone = models.CharField(_("telefoon expertisepunt"), max_length=20, blank=True)
    intake_email = models.EmailField(
        _("e-mail intaketeam"),
        blank=True,
        help_text=_("Krijgt een melding (alleen met referentienummer) bij elke nieuwe aanvraag."),
    )
    exit_url = models.URLField(
        _("adres achter de knop 'Snel weg'"),
        default="https://www.knmi.nl/",
        help_text=_("Een neutrale website. De knop vervangt de huidige pagina in de geschiedenis."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacyverklaring"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("toegankelijkheidsverklaring"),
    )
    safe_online_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("veilig online"),
    )

    # The statement pages must be pages of this region (home/forms.py).
    base_form_class = RegionalModelForm

    panels = [
        MultiFieldPanel(
            [FieldPanel("region_name"), FieldPanel("expertise_point_name"), FieldPanel("focus")],
            heading=_("Regio"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("emergency_number"),
                FieldPanel("veilig_thuis_number"),
                FieldPanel("kindertelefoon_number"),
                FieldPanel("contact_phone"),
                FieldPanel("intake_email"),
            ],
            heading=_("Nummers en contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("exit_url"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("safe_online_page"),
            ],
            heading=_("Veiligheid en verklaringen"),
        ),
    ]

    class Meta:
        verbose_name = _("regio-instellingen")

    def __str__(self):
        return self.region_name or str(self.site)

    @classmethod
    def for_request(cls, request):
        """Wagtail's `for_request`, but kept by a warm process while the region's tokens hold
        (every page shows these settings); each request gets its own copy of the object."""
        from wagtail.models import Site

        from home import cache_tokens, process_cache, sites

        attribute = cls.get_cache_attr_name()
        if hasattr(request, attribute):
            return getattr(request, attribute)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)

        def load():
            # `home.sites.prefill` may have brought them along with the Site just now.
            loaded = sites.loaded_region_settings(request, site)
            return loaded if loaded is not None else cls.for_site(site)

        kept = process_cache.remember(
            request, ("region-settings", site.pk), cache_tokens.for_region(site.pk), load
        )
        region_settings = copy.copy(kept)
        library_internals.attach_request_to_setting(region_settings, request)
        setattr(request, attribute, region_settings)
        return region_settings


# The texts of the crisis numbers as the site shows them when a region has not written its
# own (and for a language without a translation). Dutch source strings, English in locale/.
CRISIS_TEXT_DEFAULTS = {
    "emergency_label": _("Acuut gevaar?"),
    "emergency_action": _("Bel"),
    "veilig_thuis_label": _("Geweld of onveilig thuis?"),
    "veilig_thuis_name": _("Veilig Thuis"),
    "veilig_thuis_note": _("(gratis, dag en nacht)"),
    "kindertelefoon_label": _("Kind of jongere?"),
    "kindertelefoon_name": _("Kindertelefoon"),
    "children_heading": _("Wil je met iemand praten?"),
    "children_text": _("Bel de Kindertelefoon. Het is gratis. Je hoeft je naam niet te zeggen."),
}


class CrisisTexts(SyncedTranslationsMixin, TranslatableMixin, models.Model):
    """How a region names its crisis numbers, in each language: the crisis bar on every
    page and the Kindertelefoon box on the children's pages. The numbers themselves are
    region settings (`RegionSettings`), the same in every language. Read through
    `home.selectors.crisis_lines` (the template context `crisis`)."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="crisis_texts",
        verbose_name=_("regio"),
    )
    emergency_label = models.CharField(
        _("vraag bij het alarmnummer"), max_length=80, help_text=_("Bijvoorbeeld 'Acuut gevaar?'.")
    )
    emergency_action = models.CharField(_("werkwoord voor het alarmnummer"), max_length=30)
    veilig_thuis_label = models.CharField(_("vraag bij Veilig Thuis"), max_length=80)
    veilig_thuis_name = models.CharField(_("naam Veilig Thuis"), max_length=60)
    veilig_thuis_note = models.CharField(
        _("toelichting Veilig Thuis"),
        max_length=80,
        blank=True,
        help_text=_("Bijvoorbeeld 'gratis, dag en nacht'."),
    )
    kindertelefoon_label = models.CharField(_("vraag bij de Kindertelefoon"), max_length=80)
    kindertelefoon_name = models.CharField(_("naam Kindertelefoon"), max_length=60)
    children_heading = models.CharField(
        _("kop voor kinderen"),
        max_length=80,
        help_text=_("Boven het Kindertelefoon-blok op pagina's voor kinderen."),
    )
    children_text = models.CharField(_("tekst voor kinderen"), max_length=200)

    base_form_class = RegionalModelForm

    panels = [
        FieldPanel("site"),
        MultiFieldPanel(
            [FieldPanel("emergency_label"), FieldPanel("emergency_action")], heading=_("Alarmnummer")
        ),
        MultiFieldPanel(
            [
                FieldPanel("veilig_thuis_label"),
                FieldPanel("veilig_thuis_name"),
                FieldPanel("veilig_thuis_note"),
            ],
            heading=_("Veilig Thuis"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("kindertelefoon_label"),
                FieldPanel("kindertelefoon_name"),
                FieldPanel("children_heading"),
                FieldPanel("children_text"),
            ],
            heading=_("Kindertelefoon"),
        ),
    ]
    translatable_fields = [SynchronizedField("site")] + [
        TranslatableField(name) for name in CRISIS_TEXT_DEFAULTS
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("crisisteksten")
        verbose_name_plural = _("crisisteksten")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale"], name="one_crisis_text_per_region_and_language"
            ),
        ]

    def __str__(self):
        return f"{self.site.site_name or self.site.hostname} ({self.locale.get_display_name()})"

    @classmethod
    def defaults(cls, **kwargs):
        """Unsaved texts from the code's defaults, in the active language."""
        return cls(**{name: str(text) for name, text in CRISIS_TEXT_DEFAULTS.items()}, **kwargs)
