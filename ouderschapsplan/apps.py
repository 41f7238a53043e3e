from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OuderschapsplanConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "ouderschapsplan"
    verbose_name = _("Ouderschapsplan maken")
