"""Per-region settings: each region is a Wagtail Site with its own name, numbers and inbox."""

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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

        from home import cache_tokens, process_cache

        attribute = cls.get_cache_attr_name()
        if hasattr(request, attribute):
            return getattr(request, attribute)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)

        def load():
            # `home.sites.prefill` may have brought them along with the Site just now.
            loaded = getattr(request, "_loaded_region_settings", None)
            return loaded if loaded is not None and loaded.site_id == site.pk else cls.for_site(site)

        kept = process_cache.remember(
            request, ("region-settings", site.pk), cache_tokens.for_region(site.pk), load
        )
        region_settings = copy.copy(kept)
        region_settings._request = request
        setattr(request, attribute, region_settings)
        return region_settings
