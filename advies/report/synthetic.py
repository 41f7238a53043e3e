"""Made-up request history for the demo and the report benchmark: plausible counts and
timelines, and nothing personal at all (every encrypted field stays empty). Written with
bulk_create in batches, so 100,000 requests take seconds, not minutes.

Generated references contain a zero ("G-0L0001234"), which real references never do
(their alphabet has no 0), so generated requests are easy to recognise and remove.
"""

import datetime
import math
import random

from django.db import transaction
from django.utils import timezone

from advies.choices import (
    LegalMeasure,
    LegalMeasureOutcome,
    Outcome,
    Panel,
    ReferralResult,
    RequesterRole,
    RequestKind,
    Status,
)
from advies.models import AgendaItem, ChainPartner, PanelMeeting, Referral, Request
from advies.report.periods import ReportPeriod
from home.choices import ChannelKind, Route
from home.models import Municipality
from vragenlijst.models import ScheidingswijzerTally

GENERATED_MARK = "-0"  # in every generated reference, never in a real one

KIND_WEIGHTS = {
    RequestKind.ADVICE: 40,
    RequestKind.CALL_BACK: 28,
    RequestKind.CONSULTATION: 20,
    RequestKind.CASE: 12,
}
ROUTE_WEIGHTS = {Route.ADVICE: 50, Route.EXPERTISE_POINT: 25, Route.FREE_SERVICES: 15, Route.SAFETY: 10}
CHANNELS = {
    RequestKind.ADVICE: {
        ChannelKind.PHONE: 45,
        ChannelKind.EMAIL: 35,
        ChannelKind.VIDEO: 12,
        ChannelKind.WALK_IN: 8,
    },
    RequestKind.CALL_BACK: {ChannelKind.PHONE: 1},
    RequestKind.CONSULTATION: {ChannelKind.EMAIL: 60, ChannelKind.PHONE: 40},
    RequestKind.CASE: {"": 1},
}
OUTCOMES = {
    RequestKind.ADVICE: {
        Outcome.ADVICE_GIVEN: 60,
        Outcome.REFERRED: 25,
        Outcome.WITHDRAWN: 8,
        Outcome.UNREACHABLE: 7,
    },
    RequestKind.CALL_BACK: {
        Outcome.ADVICE_GIVEN: 55,
        Outcome.REFERRED: 20,
        Outcome.UNREACHABLE: 20,
        Outcome.WITHDRAWN: 5,
    },
    RequestKind.CONSULTATION: {Outcome.ADVICE_GIVEN: 85, Outcome.NOT_FOR_US: 15},
    RequestKind.CASE: {
        Outcome.PANEL_ADVICE: 55,
        Outcome.JOINT_INTAKE: 25,
        Outcome.REFERRED: 15,
        Outcome.WITHDRAWN: 5,
    },
}
MEASURES = {
    LegalMeasure.NONE: 45,
    LegalMeasure.INVESTIGATION: 20,
    LegalMeasure.SUPERVISION: 25,
    LegalMeasure.OUT_OF_HOME: 6,
    LegalMeasure.CUSTODY_ENDED: 4,
}
MEASURE_OUTCOMES = {
    LegalMeasureOutcome.AVOIDED: 32,
    LegalMeasureOutcome.SHORTENED: 18,
    LegalMeasureOutcome.WOUND_DOWN: 14,
    LegalMeasureOutcome.NOT_APPLICABLE: 36,
}
RESULTS = {
    ReferralResult.STARTED: 45,
    ReferralResult.COMPLETED: 22,
    ReferralResult.WAITING_LIST: 10,
    ReferralResult.NOT_STARTED: 13,
    ReferralResult.OPEN: 10,
}
# One partner in each region has help that often does not start: the report's quality signal.
STRUGGLING_PARTNER_RESULTS = {
    ReferralResult.STARTED: 30,
    ReferralResult.COMPLETED: 10,
    ReferralResult.WAITING_LIST: 10,
    ReferralResult.NOT_STARTED: 40,
    ReferralResult.OPEN: 10,
}


def _pick(rng, weights):
    values = list(weights)
    return rng.choices(values, weights=[weights[value] for value in values])[0]


def _days(rng, mean):
    """A waiting time in days: exponential around `mean`, at least a few hours."""
    return datetime.timedelta(days=max(0.1, rng.expovariate(1 / mean)))


def _generated(site=None):
    requests = Request.objects.filter(reference__contains=GENERATED_MARK)
    return requests if site is None else requests.filter(site=site)


def has_generated_history(site):
    return _generated(site).exists()


def generate_history(
    site,
    *,
    start,
    end,
    count,
    tag,
    main_panel=Panel.HIGH_CONFLICT,
    seed=1,
    now=None,
    batch_size=5000,
    progress=None,
):
    """Generate `count` requests received between the dates `start` and `end` (inclusive)
    in `site`, with their timeline as far as it lies before `now`, referrals, panel
    meetings and the Scheidingswijzer tallies of those months. `tag` (one letter, not a
    digit) keeps references unique across regions. Returns the number of requests made."""
    rng = random.Random(f"{seed}-{site.pk}-{tag}")  # noqa: S311 (made-up figures, not secrets)
    now = now or timezone.now()
    zone = timezone.get_current_timezone()
    municipalities = list(Municipality.objects.filter(site=site).order_by("name"))
    partners = list(ChainPartner.objects.filter(site=site).order_by("name"))
    other_panel = Panel.EXPERT_POOL if main_panel == Panel.HIGH_CONFLICT else Panel.HIGH_CONFLICT
    span_days = (end - start).days + 1
    made = 0
    with transaction.atomic():
        meetings = _meetings(site, start, min(end, timezone.localdate(now)), main_panel, other_panel)
        while made < count:
            size = min(batch_size, count - made)
            requests = [
                _request(
                    rng,
                    site,
                    zone,
                    start,
                    span_days,
                    now,
                    municipalities,
                    main_panel,
                    other_panel,
                    tag,
                    made + n,
                )
                for n in range(size)
            ]
            Request.objects.bulk_create(requests, batch_size=1000)
            _follow_up(rng, requests, partners, meetings, now)
            made += size
            if progress:
                progress(made)
        _tallies(rng, site, start, end, count, municipalities)
    return made


def _request(rng, site, zone, start, span_days, now, municipalities, main_panel, other_panel, tag, number):
    kind = _pick(rng, KIND_WEIGHTS)
    day = start + datetime.timedelta(days=rng.randrange(span_days))
    received = timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(rng.randint(8, 20), rng.randrange(60))), zone
    )
    professional = kind in (RequestKind.CONSULTATION, RequestKind.CASE)
    request = Request(
        reference=f"G{GENERATED_MARK}{tag}{number:07d}",
        site=site,
        kind=kind,
        requester_role=RequesterRole.PROFESSIONAL
        if professional
        else (RequesterRole.PARENT if rng.random() < 0.9 else RequesterRole.FAMILY_MEMBER),
        municipality=rng.choice(municipalities) if municipalities and rng.random() < 0.95 else None,
        route=_pick(rng, ROUTE_WEIGHTS) if not professional and rng.random() < 0.6 else "",
        preferred_channel=_pick(rng, CHANNELS[kind]),
        received_at=received,
    )
    if kind == RequestKind.CASE:
        request.panel = main_panel if rng.random() < 0.85 else other_panel
        request.family_consent = rng.random() < 0.7
        request.legal_measure = _pick(rng, MEASURES)
    request.safety_signal = request.route == Route.SAFETY or request.panel == Panel.EXPERT_POOL
    moments = [received]
    first_contact = received + _days(rng, 2.5)
    advice = first_contact + _days(rng, 12 if kind == RequestKind.CASE else 6)
    closed = advice + _days(rng, 45 if kind == RequestKind.CASE else 20)
    status = Status.NEW
    if first_contact < now:
        request.first_contact_at, status = first_contact, Status.IN_INTAKE
        moments.append(first_contact)
        if advice < now and rng.random() < 0.93:
            request.advice_or_referral_at, status = advice, Status.ADVISED
            moments.append(advice)
            if closed < now:
                request.closed_at, status = closed, Status.CLOSED
                moments.append(closed)
                request.outcome = _pick(rng, OUTCOMES[kind])
                if kind == RequestKind.CASE:
                    request.legal_measure_outcome = _pick(rng, MEASURE_OUTCOMES)
            elif rng.random() < 0.5:
                status = Status.MONITORING
        elif advice < now:  # closed early without advice (withdrawn or unreachable)
            request.closed_at, status = advice, Status.CLOSED
            request.outcome = rng.choice([Outcome.WITHDRAWN, Outcome.UNREACHABLE])
            if kind == RequestKind.CASE:
                request.legal_measure_outcome = LegalMeasureOutcome.NOT_APPLICABLE
            moments.append(advice)
    request.status = status
    request.last_activity_at = max(moments)
    return request


def _meetings(site, start, end, main_panel, other_panel):
    """A meeting of the main panel every two weeks and of the other one every month."""
    meetings = []
    day = start
    while day <= end:
        meetings.append(PanelMeeting(site=site, panel=main_panel, date=day))
        if day.day <= 14:
            meetings.append(PanelMeeting(site=site, panel=other_panel, date=day))
        day += datetime.timedelta(days=14)
    PanelMeeting.objects.bulk_create(meetings)
    by_panel = {}
    for meeting in PanelMeeting.objects.filter(site=site, date__gte=start, date__lte=end).order_by("date"):
        by_panel.setdefault(meeting.panel, []).append(meeting)
    return by_panel


def _follow_up(rng, requests, partners, meetings, now):
    today = timezone.localdate(now)
    referrals, items = [], []
    struggling = partners[1] if len(partners) > 1 else None
    for request in requests:
        if request.advice_or_referral_at is None:
            continue
        if partners and (request.outcome == Outcome.REFERRED or rng.random() < 0.3):
            for _n in range(1 if rng.random() < 0.85 else 2):
                partner = rng.choice(partners)
                referred = timezone.localdate(request.advice_or_referral_at)
                follow_up = referred + datetime.timedelta(days=21)
                weights = STRUGGLING_PARTNER_RESULTS if partner == struggling else RESULTS
                result = _pick(rng, weights) if follow_up < today else ReferralResult.OPEN
                if result == ReferralResult.OPEN and follow_up < today and rng.random() < 0.5:
                    result = ReferralResult.STARTED
                referrals.append(
                    Referral(
                        request=request,
                        partner=partner,
                        referred_on=referred,
                        follow_up_on=follow_up,
                        result=result,
                        result_recorded_at=None
                        if result == ReferralResult.OPEN
                        else request.advice_or_referral_at + datetime.timedelta(days=21),
                    )
                )
        if request.kind == RequestKind.CASE and request.panel in meetings and rng.random() < 0.8:
            contact_day = timezone.localdate(request.first_contact_at)
            meeting = next((m for m in meetings[request.panel] if m.date >= contact_day), None)
            if meeting is not None and meeting.date <= today:
                items.append(AgendaItem(meeting=meeting, request=request, advice_recorded_at=None))
    Referral.objects.bulk_create(referrals, batch_size=1000)
    AgendaItem.objects.bulk_create(items, batch_size=1000, ignore_conflicts=True)
    following = {}
    for referral in referrals:
        if referral.result in (ReferralResult.OPEN, ReferralResult.WAITING_LIST):
            current = following.get(referral.request)
            following[referral.request] = min(current or referral.follow_up_on, referral.follow_up_on)
    for request, day in following.items():
        request.next_follow_up_on = day
    Request.objects.bulk_update(list(following), ["next_follow_up_on"], batch_size=1000)


def _tallies(rng, site, start, end, count, municipalities):
    """Scheidingswijzer counts per month: about three completions per request, more starts."""
    months = ReportPeriod(start, end).months()
    per_month = 3 * count / max(1, len(months))
    places = [*municipalities, None]
    rows = []
    for month in months:
        completed_total = 0
        for place in places:
            share = 0.04 if place is None else 0.96 / max(1, len(municipalities))
            for route, weight in ROUTE_WEIGHTS.items():
                completed = _poisson(rng, per_month * share * weight / 100)
                completed_total += completed
                if completed:
                    rows.append(
                        ScheidingswijzerTally(
                            site=site, municipality=place, month=month, route=route, completed=completed
                        )
                    )
        started = completed_total + _poisson(rng, completed_total * 0.6)
        rows.append(
            ScheidingswijzerTally(site=site, municipality=None, month=month, route="", started=started)
        )
    ScheidingswijzerTally.objects.bulk_create(rows, ignore_conflicts=True)


def _poisson(rng, mean):
    """A Poisson draw (Knuth for small means, normal approximation for large ones)."""
    if mean <= 0:
        return 0
    if mean > 50:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def delete_generated(site=None):
    """Remove generated requests (and what hangs on them); returns how many."""
    generated = _generated(site)
    count = generated.count()
    generated.delete()
    return count
