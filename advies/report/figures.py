"""The raw figures of the effect report: counts and lead times per region and period,
computed with aggregate queries (about a dozen per period, whatever the number of
requests). Only plain category and timestamp columns are read, never an encrypted field,
and nothing leaves this module but counts and durations.

Which requests count where:

- *Requests* by kind, month, municipality, route and channel: received in the period.
- *Lead times*: for each milestone (first contact, advice or referral, closed) the
  requests that reached it in the period, measured from receipt; median and 90th
  percentile. A period's figures so stay the same once the period is over.
- *Outcomes and effect on legal measures*: requests (cases) closed in the period.
- *Panel and pool*: cases received, discussed at a meeting held in the period (each case
  once per panel), and closed in the period.
- *Referrals*: referred in the period, by chain partner and result; a referral still
  without result whose follow-up date has passed (before `today`) is overdue.
- *Scheidingswijzer*: the anonymous monthly tallies of the months overlapping the
  period (they count per month, so a custom range covers its months entirely).
- *Ouderschapsplan maken*: likewise, plans started, completed and downloaded per month
  (`ouderschapsplan.PlanTally`, per region only).

Percentiles: on PostgreSQL `percentile_cont` in the database (one query per milestone);
elsewhere (SQLite, the embedded default) the durations alone are read in order and
interpolated the same way. The benchmark target (scripts/benchmarks/report.py) is
for PostgreSQL.
"""

import math
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import (
    Aggregate,
    BooleanField,
    Case,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    Sum,
    Value,
    When,
)
from django.db.models.functions import TruncMonth
from django.utils import timezone

from advies.choices import ReferralResult, RequestKind
from advies.models import AgendaItem, Referral, Request
from ouderschapsplan.selectors import tallies_by_month as parenting_plan_tallies
from vragenlijst.models import ScheidingswijzerTally

MILESTONES = ("first_contact_at", "advice_or_referral_at", "closed_at")
OVERDUE = "overdue"  # referral column: still open and its follow-up date has passed
OPEN_PLANNED = "planned"  # still open, follow-up date still to come


@dataclass
class LeadTime:
    count: int
    median_seconds: float | None
    p90_seconds: float | None


@dataclass
class Figures:
    """Everything counted for one region (and optionally one municipality) and period.
    Keys are stored values (kind slugs, municipality ids, ...); None or "" = not known."""

    requests_by_month: dict = field(default_factory=dict)  # (month date, kind) -> n
    requests_by_municipality: dict = field(default_factory=dict)  # (municipality id, kind) -> n
    requests_by_route: dict = field(default_factory=dict)  # (route, kind) -> n
    requests_by_channel: dict = field(default_factory=dict)  # (channel, kind) -> n
    lead_times: dict = field(default_factory=dict)  # milestone -> LeadTime
    outcomes: dict = field(default_factory=dict)  # (outcome, kind) -> n
    cases_received: dict = field(default_factory=dict)  # panel -> n
    cases_discussed: dict = field(default_factory=dict)  # panel -> n
    cases_closed: dict = field(default_factory=dict)  # (panel, legal measure outcome) -> n
    referrals: dict = field(default_factory=dict)  # (partner id, result or OVERDUE/OPEN_PLANNED) -> n
    questionnaires_completed: dict = field(default_factory=dict)  # (municipality id, route) -> n
    questionnaires_by_month: dict = field(default_factory=dict)  # month date -> (started, completed)
    parenting_plans_by_month: dict = field(default_factory=dict)  # month -> (started, completed, downloaded)


def compute(site, period, *, municipality=None, today=None):
    """The figures of `site` in `period` (a ReportPeriod), for one municipality if given."""
    today = today or timezone.localdate()
    start, until = period.bounds()
    requests = Request.objects.filter(site=site)
    if municipality is not None:
        requests = requests.filter(municipality=municipality)
    received = requests.filter(received_at__gte=start, received_at__lt=until)
    closed = requests.filter(closed_at__gte=start, closed_at__lt=until)
    figures = Figures()

    by_month = received.annotate(month=TruncMonth("received_at")).values("month", "kind")
    for row in by_month.annotate(n=Count("pk")).order_by():
        month = timezone.localtime(row["month"]).date() if hasattr(row["month"], "hour") else row["month"]
        figures.requests_by_month[(month, row["kind"])] = row["n"]
    for column, target in (
        ("municipality_id", figures.requests_by_municipality),
        ("route", figures.requests_by_route),
        ("preferred_channel", figures.requests_by_channel),
    ):
        for row in received.values(column, "kind").annotate(n=Count("pk")).order_by():
            target[(row[column], row["kind"])] = row["n"]

    for milestone in MILESTONES:
        reached = requests.filter(**{f"{milestone}__gte": start, f"{milestone}__lt": until})
        figures.lead_times[milestone] = lead_time(reached, milestone)

    for row in closed.values("outcome", "kind").annotate(n=Count("pk")).order_by():
        figures.outcomes[(row["outcome"], row["kind"])] = row["n"]
    for row in received.filter(kind=RequestKind.CASE).values("panel").annotate(n=Count("pk")).order_by():
        figures.cases_received[row["panel"]] = row["n"]
    closed_cases = closed.filter(kind=RequestKind.CASE).values("panel", "legal_measure_outcome")
    for row in closed_cases.annotate(n=Count("pk")).order_by():
        figures.cases_closed[(row["panel"], row["legal_measure_outcome"])] = row["n"]
    discussed = AgendaItem.objects.filter(
        meeting__site=site, meeting__date__gte=period.start, meeting__date__lte=period.end
    )
    if municipality is not None:
        discussed = discussed.filter(request__municipality=municipality)
    for row in discussed.values("meeting__panel").annotate(n=Count("request", distinct=True)).order_by():
        figures.cases_discussed[row["meeting__panel"]] = row["n"]

    referrals = Referral.objects.filter(
        request__site=site, referred_on__gte=period.start, referred_on__lte=period.end
    )
    if municipality is not None:
        referrals = referrals.filter(request__municipality=municipality)
    referrals = referrals.annotate(
        overdue=Case(
            When(result=ReferralResult.OPEN, follow_up_on__lt=today, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )
    for row in referrals.values("partner_id", "result", "overdue").annotate(n=Count("pk")).order_by():
        column = row["result"]
        if column == ReferralResult.OPEN:
            column = OVERDUE if row["overdue"] else OPEN_PLANNED
        key = (row["partner_id"], column)
        figures.referrals[key] = figures.referrals.get(key, 0) + row["n"]

    tallies = ScheidingswijzerTally.objects.filter(site=site, month__in=period.months())
    completions = tallies if municipality is None else tallies.filter(municipality=municipality)
    for row in (
        completions.filter(completed__gt=0)
        .values("municipality_id", "route")
        .annotate(n=Sum("completed"))
        .order_by()
    ):
        figures.questionnaires_completed[(row["municipality_id"], row["route"])] = row["n"]
    monthly = tallies if municipality is None else completions
    for row in (
        monthly.values("month").annotate(started=Sum("started"), completed=Sum("completed")).order_by()
    ):
        figures.questionnaires_by_month[row["month"]] = (row["started"] or 0, row["completed"] or 0)
    # The parenting-plan builder counts per region and month only (no municipality).
    figures.parenting_plans_by_month = parenting_plan_tallies(site, period.months())
    return figures


# ---- lead times ----------------------------------------------------------------------------


class PercentileOfDuration(Aggregate):
    """PostgreSQL: percentile_cont(fraction) of a duration, in seconds."""

    function = "percentile_cont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM %(expressions)s))"
    output_field = FloatField()

    def __init__(self, expression, fraction, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


def _duration(milestone):
    return ExpressionWrapper(F(milestone) - F("received_at"), output_field=DurationField())


def lead_time(requests, milestone):
    """Count, median and 90th percentile (seconds) of receipt -> `milestone` over
    `requests` (which all reached it)."""
    if connection.vendor == "postgresql":
        result = requests.aggregate(
            n=Count("pk"),
            p50=PercentileOfDuration(_duration(milestone), 0.5),
            p90=PercentileOfDuration(_duration(milestone), 0.9),
        )
        return LeadTime(result["n"], result["p50"], result["p90"])
    durations = [
        value.total_seconds()
        for value in requests.annotate(duration=_duration(milestone))
        .order_by("duration")
        .values_list("duration", flat=True)
    ]
    return LeadTime(len(durations), percentile(durations, 0.5), percentile(durations, 0.9))


def percentile(ordered, fraction):
    """Linear interpolation between closest ranks, as PostgreSQL's percentile_cont."""
    if not ordered:
        return None
    position = fraction * (len(ordered) - 1)
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)
