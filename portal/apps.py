from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Project configuration and cross-cutting plumbing.

    Settings, URL wiring, WSGI/ASGI entry points, security headers, error pages, the
    shared base templates' static assets, and task and cache configuration live here.
    No domain models: content belongs in `home`, the questionnaire in `vragenlijst`,
    requests and personal data in `advies`, search in `search`.
    """

    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from portal import checks  # noqa: F401 (registers the system and deployment checks)
