"""A small, hand-countable request history for the effect report tests.

Year 2023 in one region (dates local time); every figure below is worked out by hand in
tests/advies/test_effect_report.py:

- A: 12 advice requests, Eikendaal, route 'advies', phone, received 10 March 10:00;
  first contact after 1 day, advice after 3, closed after 10 (advice given).
  5 of them referred to partner Two on 13 March, follow-up 3 April, no result yet.
- B: 6 call-back requests, Eikendaal, phone, received 10 March; first contact after 2 days.
- C: 7 advice requests, Hazelrode, route 'expertisepunt', e-mail, received 10 May;
  first contact after 4 days, referral after 8, closed after 20 (referred). 11 referrals
  to partner One on 18 May (4 requests twice): 6 help started, 5 help not started.
- D: 5 cases, Hazelrode, high-conflict panel, received 10 June; first contact after 1
  day, advice after 10, closed after 30 (panel advice): measure avoided 3, shortened 1,
  wound down 1. All 5 discussed at a panel meeting on 20 June.
- E: 2 consultation questions, Eikendaal, e-mail, received 10 July; first contact after 1 day.
- 2022: 10 advice requests, Eikendaal, received 10 March 2022 (nothing else).
- Scheidingswijzer tallies: March 2023 started 20, Eikendaal/advies completed 7;
  May 2023 started 9, Hazelrode/expertisepunt completed 3.
"""

import datetime

from django.utils import timezone

from advies.choices import LegalMeasureOutcome, Outcome, Panel, ReferralResult, RequestKind, Status
from advies.models import AgendaItem, PanelMeeting, Referral
from home.models import Municipality
from tests.factories.advies import ChainPartnerFactory, RequestFactory
from vragenlijst.models import ScheidingswijzerTally

TODAY = datetime.date(2024, 6, 1)


def at(year, month, day, hour=10):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, 0))


def days(n):
    return datetime.timedelta(days=n)


def build_history(site):
    eikendaal = Municipality.objects.get(site=site, slug="eikendaal")
    hazelrode = Municipality.objects.get(site=site, slug="hazelrode")
    partner_one = ChainPartnerFactory(site=site, name="Partner Eén (fictief)")
    partner_two = ChainPartnerFactory(site=site, name="Partner Twee (fictief)")
    ScheidingswijzerTally.objects.filter(site=site).delete()
    PanelMeeting.objects.filter(site=site).delete()

    def requests(count, **fields):
        return [RequestFactory(site=site, **fields) for _n in range(count)]

    received = at(2023, 3, 10)
    group_a = requests(
        12,
        kind=RequestKind.ADVICE,
        municipality=eikendaal,
        route="advies",
        preferred_channel="telefoon",
        received_at=received,
        first_contact_at=received + days(1),
        advice_or_referral_at=received + days(3),
        closed_at=received + days(10),
        status=Status.CLOSED,
        outcome=Outcome.ADVICE_GIVEN,
    )
    for request in group_a[:5]:
        Referral.objects.create(
            request=request,
            partner=partner_two,
            referred_on=datetime.date(2023, 3, 13),
            follow_up_on=datetime.date(2023, 4, 3),
            result=ReferralResult.OPEN,
        )
    requests(
        6,
        kind=RequestKind.CALL_BACK,
        municipality=eikendaal,
        preferred_channel="telefoon",
        received_at=received,
        first_contact_at=received + days(2),
        status=Status.IN_INTAKE,
    )
    received = at(2023, 5, 10)
    group_c = requests(
        7,
        kind=RequestKind.ADVICE,
        municipality=hazelrode,
        route="expertisepunt",
        preferred_channel="e-mail",
        received_at=received,
        first_contact_at=received + days(4),
        advice_or_referral_at=received + days(8),
        closed_at=received + days(20),
        status=Status.CLOSED,
        outcome=Outcome.REFERRED,
    )
    results = [ReferralResult.STARTED] * 6 + [ReferralResult.NOT_STARTED] * 5
    targets = group_c + group_c[:4]
    for request, result in zip(targets, results, strict=True):
        Referral.objects.create(
            request=request,
            partner=partner_one,
            referred_on=datetime.date(2023, 5, 18),
            follow_up_on=datetime.date(2023, 6, 8),
            result=result,
        )
    received = at(2023, 6, 10)
    measures = [LegalMeasureOutcome.AVOIDED] * 3 + [
        LegalMeasureOutcome.SHORTENED,
        LegalMeasureOutcome.WOUND_DOWN,
    ]
    meeting = PanelMeeting.objects.create(
        site=site, panel=Panel.HIGH_CONFLICT, date=datetime.date(2023, 6, 20)
    )
    for measure in measures:
        case = RequestFactory(
            site=site,
            kind=RequestKind.CASE,
            municipality=hazelrode,
            panel=Panel.HIGH_CONFLICT,
            legal_measure="ondertoezichtstelling",
            received_at=received,
            first_contact_at=received + days(1),
            advice_or_referral_at=received + days(10),
            closed_at=received + days(30),
            status=Status.CLOSED,
            outcome=Outcome.PANEL_ADVICE,
            legal_measure_outcome=measure,
        )
        AgendaItem.objects.create(meeting=meeting, request=case)
    received = at(2023, 7, 10)
    requests(
        2,
        kind=RequestKind.CONSULTATION,
        municipality=eikendaal,
        preferred_channel="e-mail",
        received_at=received,
        first_contact_at=received + days(1),
        status=Status.IN_INTAKE,
    )
    requests(10, kind=RequestKind.ADVICE, municipality=eikendaal, received_at=at(2022, 3, 10))
    for month, started in ((datetime.date(2023, 3, 1), 20), (datetime.date(2023, 5, 1), 9)):
        ScheidingswijzerTally.objects.create(site=site, month=month, started=started)
    ScheidingswijzerTally.objects.create(
        site=site, municipality=eikendaal, month=datetime.date(2023, 3, 1), route="advies", completed=7
    )
    ScheidingswijzerTally.objects.create(
        site=site, municipality=hazelrode, month=datetime.date(2023, 5, 1), route="expertisepunt", completed=3
    )
    return {
        "eikendaal": eikendaal,
        "hazelrode": hazelrode,
        "partner_one": partner_one,
        "partner_two": partner_two,
    }
