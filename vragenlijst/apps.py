from django.apps import AppConfig


class VragenlijstConfig(AppConfig):
    """The Scheidingswijzer: the guided self-assessment.

    Wizard steps (django-formtools), the versioned decision table that turns answers
    into exactly one route (safety first), the result page with services and channels,
    the one-time hand-over to the request forms, and anonymous outcome statistics.
    Answers live only briefly in the ephemeral store (encrypted, the key in the browser);
    nothing personal is stored.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "vragenlijst"
    verbose_name = "Scheidingswijzer"

    def ready(self):
        from vragenlijst import checks  # noqa: F401 (registers the decision table check)
