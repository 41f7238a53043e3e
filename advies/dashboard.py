"""The intake team's day on the Wagtail dashboard: one panel per region the user works
for (member of its intake team), only for intake staff. Each figure links into the inbox
with the filter that gives exactly those requests.

Queries per region: one for all counts, one for the next meetings, one for their agenda;
whatever the number of requests.
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from advies import access, admin_inbox, selectors
from advies.choices import Status
from advies.models import AgendaItem, PanelMeeting, Request


@dataclass
class Figure:
    label: str
    count: int
    url: str
    urgent: bool = False


def team_regions(user):
    """The regions whose intake team `user` belongs to (administrators who are in no team
    get no team dashboard: they run the installation, not a region's inbox)."""
    if not access.can_view_requests(user):
        return []
    return list(
        Site.objects.filter(intake_teams__group__user=user).distinct().order_by("site_name", "hostname")
    )


def inbox_url(site, **params):
    return reverse("aanvragen:index") + "?" + urlencode({"site": site.pk, **params})


def day_figures(user, site, *, now=None):
    """The counts of the team's day in `site`, each with its inbox link."""
    now = now or timezone.now()
    target = selectors.region_intake_settings(site).first_contact_target_days
    counts = Request.objects.filter(site=site).aggregate(
        new_today=Count("pk", filter=admin_inbox.saved_view_condition(admin_inbox.NEW_TODAY, user, now=now)),
        safety=Count("pk", filter=Q(status__in=_open(), safety_signal=True)),
        follow_up=Count(
            "pk", filter=admin_inbox.saved_view_condition(admin_inbox.FOLLOW_UP_DUE, user, now=now)
        ),
        mine=Count("pk", filter=admin_inbox.saved_view_condition(admin_inbox.MINE, user, now=now)),
        too_long=Count("pk", filter=admin_inbox.waiting_too_long([site.pk], now=now)),
    )
    return [
        Figure(_("Nieuw vandaag"), counts["new_today"], inbox_url(site, weergave=admin_inbox.NEW_TODAY)),
        Figure(
            _("Open met een veiligheidssignaal (veiligheid eerst)"),
            counts["safety"],
            inbox_url(site, weergave=admin_inbox.SAFETY_FIRST),
            urgent=bool(counts["safety"]),
        ),
        Figure(
            _("Opvolging vandaag of eerder"),
            counts["follow_up"],
            inbox_url(site, weergave=admin_inbox.FOLLOW_UP_DUE),
        ),
        Figure(_("Mijn open aanvragen"), counts["mine"], inbox_url(site, weergave=admin_inbox.MINE)),
        Figure(
            _("Wacht langer dan %(days)s dagen op eerste contact") % {"days": target},
            counts["too_long"],
            inbox_url(site, weergave=admin_inbox.WAITING_TOO_LONG),
            urgent=bool(counts["too_long"]),
        ),
    ]


def _open():
    return [status for status in Status.values if status != Status.CLOSED]


def next_meetings(site, *, today=None):
    """The next meeting of each panel of the region (today or later), with its agenda."""
    today = today or timezone.localdate()
    upcoming = list(PanelMeeting.objects.filter(site=site, date__gte=today).order_by("date", "pk")[:10])
    meetings = {}
    for meeting in upcoming:
        meetings.setdefault(meeting.panel, meeting)
    chosen = sorted(meetings.values(), key=lambda meeting: meeting.date)
    items = AgendaItem.objects.filter(meeting__in=chosen).select_related("request").order_by("pk")
    agenda = {}
    for item in items:
        agenda.setdefault(item.meeting_id, []).append(item)
    return [(meeting, agenda.get(meeting.pk, [])) for meeting in chosen]


class TeamDayPanel(Component):
    """The dashboard panel of one region's intake team."""

    name = "intake_team_day"
    order = 90  # before the retention warnings and Wagtail's own panels
    template_name = "advies/admin/dashboard_panel.html"

    def __init__(self, user, site):
        self.user = user
        self.site = site

    def get_context_data(self, parent_context):
        return {
            "site": self.site,
            "figures": day_figures(self.user, self.site),
            "meetings": next_meetings(self.site),
            "inbox_url": inbox_url(self.site),
            "new_meeting_url": reverse("overleggen:add"),
        }


def add_team_panels(request, panels):
    """`construct_homepage_panels`: the team's day, per region, for intake staff only."""
    for site in team_regions(request.user):
        panels.append(TeamDayPanel(request.user, site))
