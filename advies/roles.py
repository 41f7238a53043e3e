"""The back-office roles as Django groups: an intake team per region, a reporting team
per region (the effect report only) and the privacy officer. Used by the demo and by
tests; in production an administrator makes the same groups in the Wagtail admin
(Settings > Groups) and links a team to its region."""

from django.contrib.auth.models import Group, Permission

from advies.models import IntakeTeam, ReportingTeam

INTAKE_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("advies", "view_request"),
    ("advies", "change_request"),
    ("advies", "export_request"),
    ("advies", "view_panelmeeting"),
    ("advies", "add_panelmeeting"),
    ("advies", "change_panelmeeting"),
    ("advies", "view_chainpartner"),
    ("advies", "add_chainpartner"),
    ("advies", "change_chainpartner"),
    ("advies", "view_effect_report"),
]
REPORTING_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("advies", "view_effect_report"),
]
PRIVACY_OFFICER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("advies", "view_auditentry"),
]


def _permissions(pairs):
    permissions = []
    for app_label, codename in pairs:
        permissions.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return permissions


def ensure_intake_team(site, group_name):
    """A group whose members handle the requests of `site` (idempotent)."""
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*_permissions(INTAKE_PERMISSIONS))
    IntakeTeam.objects.update_or_create(group=group, defaults={"site": site})
    return group


def ensure_reporting_team(site, group_name):
    """A group whose members may open the effect report of `site` and nothing else
    (idempotent)."""
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*_permissions(REPORTING_PERMISSIONS))
    ReportingTeam.objects.update_or_create(group=group, defaults={"site": site})
    return group


def ensure_privacy_officer_group(group_name="Privacy officer"):
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*_permissions(PRIVACY_OFFICER_PERMISSIONS))
    return group
