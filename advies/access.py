"""Who may see which requests: the object-level rules every back-office view, export and
service applies (menu visibility alone protects nothing).

- Intake staff: members of a group linked to a region by an `IntakeTeam`, with the
  model permissions on requests; they see only that region's requests.
- Superusers: every region (they administer the installation).
- Editors and everyone else: no requests at all.
- Privacy officers: the `advies.view_auditentry` permission; they read the audit log.
- Reporting staff: members of a group linked to a region by a `ReportingTeam`, with the
  `advies.view_effect_report` permission; they open that region's effect report (only
  aggregates) and nothing else of `advies`. Intake staff with the same permission may
  open their own region's report too.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Site


def region_ids(user):
    """Ids of the regions whose requests `user` may handle (empty for non-staff)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return set(Site.objects.values_list("pk", flat=True))
    cache = getattr(user, "_advies_region_ids", None)
    if cache is None:
        cache = set(Site.objects.filter(intake_teams__group__user=user).values_list("pk", flat=True))
        user._advies_region_ids = cache
    return cache


def regions(user):
    return Site.objects.filter(pk__in=region_ids(user)).order_by("hostname")


def can_view_requests(user):
    return bool(region_ids(user)) and user.has_perm("advies.view_request")


def can_change_requests(user):
    return bool(region_ids(user)) and user.has_perm("advies.change_request")


def can_export_requests(user):
    return bool(region_ids(user)) and user.has_perm("advies.export_request")


def can_export_request_text(user):
    """May ask for a list export with contact details and free text (a right of its own)."""
    return can_view_requests(user) and user.has_perm("advies.export_request_text")


def can_read_audit_log(user):
    return user.is_authenticated and user.is_active and user.has_perm("advies.view_auditentry")


def may_handle(user, site_id, *, change=False):
    allowed = can_change_requests(user) if change else can_view_requests(user)
    return allowed and site_id in region_ids(user)


def ensure_may_handle(user, site_id, *, change=False):
    if not may_handle(user, site_id, change=change):
        raise PermissionDenied


def report_region_ids(user):
    """Ids of the regions whose effect report `user` may open."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return set(Site.objects.values_list("pk", flat=True))
    if not user.has_perm("advies.view_effect_report"):
        return set()
    cache = getattr(user, "_advies_report_region_ids", None)
    if cache is None:
        reporting = Site.objects.filter(reporting_teams__group__user=user).values_list("pk", flat=True)
        cache = set(reporting) | region_ids(user)
        user._advies_report_region_ids = cache
    return cache


def report_regions(user):
    return Site.objects.filter(pk__in=report_region_ids(user)).order_by("hostname")


def can_view_reports(user):
    return bool(report_region_ids(user))


def ensure_may_view_report(user, site_id):
    if site_id not in report_region_ids(user):
        raise PermissionDenied
