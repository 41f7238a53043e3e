from django.apps import AppConfig


class AdviesConfig(AppConfig):
    """Requests from the public and professionals, and the back office that handles them.

    Advice requests, call backs, consultation questions and case submissions; consent
    and anonymisation; staff triage, workflow, panel meetings and referrals in the
    Wagtail admin; encryption at rest, audit log, retention, notifications and the
    yearly effect report. This is the only app that stores personal data.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "advies"
    verbose_name = "Advies en intake"
