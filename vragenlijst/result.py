"""What the result page shows for an outcome: the heading, why, the next actions (each a
link or button to its target: a request form, a tel: link, the municipality's services,
the children's pages), the services and open channels of the region.

The request forms take over the outcome through `vragenlijst.handover`: nothing of it
is in the links. Children get children's actions only (the table guarantees it and the
outcome keeps it), the Kindertelefoon always, and no channel or service meant for adults.
"""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from home.choices import ChannelKind, Route
from home.models import RegionSettings, ServiceOffer
from home.selectors import attach_channels
from vragenlijst import selectors
from vragenlijst.decision_table import ACTIONS, SIGNALS_BY_CODE, ActionKind
from vragenlijst.handover import read_handover
from vragenlijst.questions import Agreements, FamilyConsent, HelpNeed, Role
from vragenlijst.texts import region_settings, texts_for

PARENTING_PLAN_URL_NAME = "ouderschapsplan:start"

# Wagtail hook: a function (request, municipality) -> the URL of that municipality's
# services in the active language, or None. The first URL given is used; without one
# the action points at the services listed on the result page itself.
SERVICES_URL_HOOK = "scheidingswijzer_services_url"
SERVICES_ANCHOR = "#hulp"


def tel_href(number):
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


def url_or_none(name):
    """The URL of a URL name in the active language, or None while it does not exist."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def form_url(form_name):
    """The URL of a request form in `advies`, or None while it does not exist."""
    return url_or_none(f"advies:{form_name}")


def municipality_services_url(request, municipality):
    for hook in hooks.get_hooks(SERVICES_URL_HOOK):
        url = hook(request, municipality)
        if url:
            return url
    return None


class ActionContext:
    """What the actions of one result page are made concrete with."""

    def __init__(self, request, region, *, partner=None, municipality=None, young_sections=(), services=()):
        self.request = request
        self.region = region
        self.partner = partner
        self.municipality = municipality
        self.young_sections = list(young_sections)
        self.services = list(services)

    def phone(self, target):
        """(number, detail) for a phone action's target, or (None, "") when there is none."""
        region = self.region
        if target == "emergency":
            return region.emergency_number, ""
        if target == "veilig_thuis":
            number = region.veilig_thuis_number
            return number, _("%(number)s, gratis en dag en nacht bereikbaar") % {"number": number}
        if target == "kindertelefoon":
            number = region.kindertelefoon_number
            return number, _("%(number)s, gratis, je hoeft je naam niet te zeggen") % {"number": number}
        if target == "expertise_point" and region.contact_phone:
            return region.contact_phone, f"{region.expertise_point_name}: {region.contact_phone}"
        if target == "partner" and self.partner is not None and self.partner.safety_partner_phone:
            partner = self.partner
            return (
                partner.safety_partner_phone,
                f"{partner.safety_partner_name}: {partner.safety_partner_phone}",
            )
        return None, ""

    def concrete(self, code, *, with_forms):
        """The action as the page shows it, or None when it cannot be made concrete (a
        form that does not exist, a number the region has not set, nothing to show)."""
        action = ACTIONS[code]
        item = {
            "code": code,
            "label": action.label,
            "href": "",
            "detail": "",
            "pages": [],
            "kind": action.kind,
        }
        if action.kind == ActionKind.FORM:
            item["href"] = form_url(action.target) if with_forms else None
        elif action.kind == ActionKind.LINK:
            item["href"] = url_or_none(action.target)
        elif action.kind == ActionKind.PHONE:
            number, detail = self.phone(action.target)
            if number:
                item["href"], item["detail"] = tel_href(number), detail
                if number not in str(action.label) and not detail:
                    item["detail"] = number
        elif action.kind == ActionKind.PAGES:
            item["pages"] = self.young_sections
            return item if item["pages"] else None
        elif action.kind == ActionKind.SERVICES:
            item["href"] = (
                municipality_services_url(self.request, self.municipality) if self.municipality else None
            )
            item["href"] = item["href"] or (SERVICES_ANCHOR if self.services else None)
            if self.municipality is not None:
                item["label"] = _("Bekijk de hulp in %(municipality)s") % {
                    "municipality": self.municipality.name
                }
        elif action.kind == ActionKind.TEXT:
            item["detail"] = _(
                "Bel je gemeente en vraag naar het wijkteam of sociaal team. Zij weten welke hulp er "
                "in jouw gemeente is."
            )
            return item
        return item if item["href"] else None


def next_actions(codes, context, *, with_forms):
    """The actions made concrete, in order; those that cannot be are left out. If that
    leaves none of the request forms that were wanted, the expertise point's phone
    number stands in for them."""
    actions = [item for code in codes if (item := context.concrete(code, with_forms=with_forms))]
    wanted_forms = any(ACTIONS[code].form for code in codes)
    linked_forms = any(ACTIONS[item["code"]].form for item in actions)
    if wanted_forms and not linked_forms and "bel-expertisepunt" not in codes:
        stand_in = context.concrete("bel-expertisepunt", with_forms=with_forms)
        if stand_in:
            actions.append(stand_in)
    return actions


def parenting_plan_action(outcome):
    """'Make a parenting plan' for parents who still need agreements about the children, on
    the routes of advice and free services (not where safety or the expertise point comes
    first), or None. The builder is another app: linked by URL name, left out without it."""
    if outcome.role != Role.PARENT or outcome.route not in (Route.ADVICE, Route.FREE_SERVICES):
        return None
    answers = dict(outcome.summary)
    needs_agreements = set(answers.get("agreements", ())) & {
        Agreements.NONE,
        Agreements.IN_PROGRESS,
        Agreements.NOT_WORKING,
    } or set(answers.get("help_needs", ())) & {HelpNeed.PARENTING_PLAN, HelpNeed.CONTACT_ARRANGEMENT}
    if not needs_agreements:
        return None
    try:
        href = reverse(PARENTING_PLAN_URL_NAME)
    except NoReverseMatch:
        return None
    return {
        "code": "ouderschapsplan-maken",
        "label": _("Maak zelf jullie ouderschapsplan"),
        "href": href,
        "detail": _("Stap voor stap, alleen of samen, gratis. Er wordt niets bewaard."),
        "pages": [],
    }


def children_services(request, site, outcome):
    """The services the region's editors chose for children, for this child's age group,
    in the active language (matched by translation key)."""
    chosen = region_settings(site).children_services.values_list("translation_key", flat=True)
    offers = ServiceOffer.objects.filter(
        site=site, translation_key__in=chosen, locale__language_code=request.LANGUAGE_CODE
    )
    offers = [
        offer
        for offer in offers.prefetch_related("channels")
        if set(outcome.audiences) & set(offer.audiences)
    ]
    return offers


def shows_channels(outcome):
    """The region's channels are listed, except for children (the expertise point's lines,
    e-mail and call back are for adults; the Kindertelefoon is theirs), outside the region
    (the national numbers are shown instead) and in acute danger (112 first, nothing else)."""
    rule = outcome.decision_rule
    return not (outcome.role == Role.CHILD or outcome.outside_region or (rule and rule.variant == "acuut"))


def result_context(request, site, outcome):
    region = RegionSettings.for_request(request)
    texts = texts_for(request, site)
    rule = outcome.decision_rule
    is_child = outcome.role == Role.CHILD
    municipality = selectors.municipality_by_slug(site, outcome.municipality)
    if is_child:
        services = children_services(request, site, outcome) if outcome.route == Route.FREE_SERVICES else []
    else:
        services = selectors.services_for_outcome(site, outcome, municipality=municipality)
    services = attach_channels(request, services)
    codes = list(outcome.actions) if rule is not None else []
    young_sections = []
    if "kinderpaginas" in codes:
        young_sections = selectors.sections_for_audiences(request, outcome.audiences)
    context = ActionContext(
        request,
        region,
        partner=region_settings(site) if "bel-veiligheidspartner" in codes else None,
        municipality=municipality,
        young_sections=young_sections,
        services=services,
    )
    # Children are never asked for personal data, so they get no request forms.
    actions = next_actions(codes, context, with_forms=not is_child)
    # Only while the hand-over is there: after a request is sent the forms start empty.
    offers_forms = (
        any(ACTIONS[action["code"]].form for action in actions) and read_handover(request) is not None
    )
    plan_action = parenting_plan_action(outcome)
    if plan_action is not None:
        actions = [*actions, plan_action]
    return {
        "outcome": outcome,
        "route": outcome.route,
        "route_label": Route(outcome.route).label,
        "heading": texts.heading(rule) if rule is not None else Route(outcome.route).label,
        "reason": texts.reason(rule) if rule is not None else "",
        "rule": rule,
        "because": [SIGNALS_BY_CODE[code] for code in outcome.signals if code in SIGNALS_BY_CODE],
        "region": region,
        "municipality": municipality,
        "is_child": is_child,
        "without_consent": outcome.role == Role.PROFESSIONAL
        and outcome.family_consent in (FamilyConsent.NO, FamilyConsent.NOT_ASKED),
        "services": services,
        "shows_channels": shows_channels(outcome),
        "open_channels": selectors.open_channels(request) if shows_channels(outcome) else [],
        "call_back_url": form_url("terugbellen"),
        "call_back_kind": ChannelKind.CALL_BACK,
        "actions": actions,
        "offers_forms": offers_forms,
    }
