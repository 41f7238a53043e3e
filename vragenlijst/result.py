"""What the result page shows for an outcome: the route, why, the services and open
channels of the region, and the next actions (links to the request forms, which take
over the outcome through `vragenlijst.handover`: nothing of it is in the links)."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from home.choices import Route
from home.models import RegionSettings
from home.selectors import attach_channels
from vragenlijst import selectors
from vragenlijst.decision_table import ACTIONS, SIGNALS_BY_CODE
from vragenlijst.handover import read_handover
from vragenlijst.questions import FamilyConsent, Role


def tel_href(number):
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


def form_url(form_name):
    """The URL of a request form in `advies`, or None while it does not exist."""
    try:
        return reverse(f"advies:{form_name}")
    except NoReverseMatch:
        return None


def next_actions(rule, region, *, with_forms, young_sections):
    """The rule's next actions made concrete: links, phone numbers, pages.

    Actions that cannot be made concrete are left out (a form that does not exist yet,
    a phone number the region has not set). If that leaves none of the rule's request
    forms, the expertise point's phone number stands in for them.
    """
    codes = list(rule.actions)
    actions = _concrete_actions(codes, region, with_forms=with_forms, young_sections=young_sections)
    wanted_forms = any(ACTIONS[code].form for code in codes)
    linked_forms = any(ACTIONS[item["code"]].form for item in actions)
    if wanted_forms and not linked_forms and "bel-expertisepunt" not in codes:
        actions += _concrete_actions(
            ["bel-expertisepunt"], region, with_forms=with_forms, young_sections=young_sections
        )
    return actions


def _concrete_actions(codes, region, *, with_forms, young_sections):
    actions = []
    for code in codes:
        action = ACTIONS[code]
        item = {"code": code, "label": action.label, "href": "", "detail": "", "pages": []}
        if action.form:
            item["href"] = form_url(action.form) if with_forms else None
            if not item["href"]:
                continue
        elif code == "bel-112":
            item["href"] = tel_href(region.emergency_number)
            if region.emergency_number not in str(action.label):
                item["detail"] = region.emergency_number
        elif code == "bel-veilig-thuis":
            item.update(
                href=tel_href(region.veilig_thuis_number),
                detail=_("%(number)s, gratis en dag en nacht bereikbaar")
                % {"number": region.veilig_thuis_number},
            )
        elif code == "bel-kindertelefoon":
            item.update(
                href=tel_href(region.kindertelefoon_number),
                detail=_("%(number)s, gratis, je hoeft je naam niet te zeggen")
                % {"number": region.kindertelefoon_number},
            )
        elif code == "bel-expertisepunt":
            if not region.contact_phone:
                continue
            item.update(
                href=tel_href(region.contact_phone),
                detail=f"{region.expertise_point_name}: {region.contact_phone}",
            )
        elif code == "kinderpaginas":
            if not young_sections:
                continue
            item["pages"] = young_sections
        elif code == "eigen-gemeente":
            item["detail"] = _(
                "Bel je gemeente en vraag naar het wijkteam of sociaal team. Zij weten welke hulp er "
                "in jouw gemeente is."
            )
        actions.append(item)
    return actions


def result_context(request, site, outcome):
    region = RegionSettings.for_request(request)
    rule = outcome.decision_rule
    municipality = selectors.municipality_by_slug(site, outcome.municipality)
    young_sections = []
    if rule is not None and "kinderpaginas" in rule.actions:
        young_sections = selectors.sections_for_audiences(request, outcome.audiences)
    # Children are never asked for personal data, so they get no request forms.
    with_forms = outcome.role != Role.CHILD
    actions = (
        next_actions(rule, region, with_forms=with_forms, young_sections=young_sections)
        if rule is not None
        else []
    )
    return {
        "outcome": outcome,
        "route": outcome.route,
        "route_label": Route(outcome.route).label,
        "rule": rule,
        "because": [SIGNALS_BY_CODE[code] for code in outcome.signals if code in SIGNALS_BY_CODE],
        "region": region,
        "municipality": municipality,
        "is_child": outcome.role == Role.CHILD,
        "without_consent": outcome.role == Role.PROFESSIONAL
        and outcome.family_consent in (FamilyConsent.NO, FamilyConsent.NOT_ASKED),
        "services": attach_channels(
            request, selectors.services_for_outcome(site, outcome, municipality=municipality)
        ),
        "open_channels": selectors.open_channels(request),
        "actions": actions,
        # Only while the hand-over is there: after a request is sent the forms start empty.
        "offers_forms": any(ACTIONS[action["code"]].form for action in actions)
        and read_handover(request) is not None,
    }
