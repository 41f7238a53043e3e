"""The hand-over: how a finished Scheidingswijzer prefills a request form in `advies`.

Contract (version 2), owned by `vragenlijst`:

    read_handover(request) -> dict | None
    handover_used(request) -> None

When the result is made, the hand-over is stored with the outcome in the visitor's own
slot of the ephemeral store (`vragenlijst.storage`), and the result page links to the
forms with plain URLs (URL names "advies:adviesaanvraag", "advies:terugbellen",
"advies:consultatie", "advies:casus"). No secret travels in a URL: the hand-over is read
through the browser's own ephemeral cookie, so another browser gets nothing, and it is
gone when the visitor stops, after the idle timeout, and once it has been used.

`read_handover` returns None when this browser has no (valid) hand-over; otherwise:

    {
        "v": 2,
        "route": "veiligheid" | "expertisepunt" | "advies" | "vrij-aanbod",  # home.choices.Route
        "role": "ouder" | "professional" | "familielid",   # children get no request forms
        "municipality": "<Municipality.slug>" or "",      # "" when unknown or outside the region
        "site_id": <int>,                                 # the Wagtail Site (region) of the outcome
        "summary": ["Praten met de andere ouder: Bijna niet: ...", ...],  # in the active language
        "topics": ["ouderschapsplan", ...],               # home.Topic slugs (questions.HELP_NEED_TOPICS)
        "child_age_groups": ["4-7", "8-11", ...],         # inclusive year ranges (ChildAgeGroup)
        "family_consent": "ja" | "nee" | "nog-niet" | "", # professionals only; "" otherwise
    }

Nothing in it identifies a person: only answers chosen from fixed lists. The summary is
kept as question and answer codes and written out in the language of the request that
reads it, so a visitor on /en/ reads (and sends) it in English. The form must still check
`site_id` against the request's site.

`handover_used` removes it: the form calls it after its first successful submission
from this browser (not on an error re-render, which keeps everything that was posted).
"""

from home.choices import Route
from vragenlijst.outcome import summary_statements
from vragenlijst.questions import ChildAgeGroup, FamilyConsent, Role
from vragenlijst.storage import HANDOVER_KEY, questionnaire_data, save_questionnaire_data

HANDOVER_VERSION = 2
MAX_LIST_ITEMS = 40
MAX_TEXT_LENGTH = 300


def handover_payload(outcome) -> dict:
    """What the forms may take over from `outcome`, as it is stored."""
    return {
        "v": HANDOVER_VERSION,
        "route": str(outcome.route),
        "role": str(outcome.role),
        "municipality": outcome.municipality or "",
        "site_id": int(outcome.site_id),
        "summary": [[question, list(values)] for question, values in outcome.summary],
        "topics": [str(topic) for topic in outcome.topics],
        "child_age_groups": [str(group) for group in outcome.child_age_groups],
        "family_consent": outcome.family_consent or "",
    }


def read_handover(request):
    """This browser's hand-over (see the module docstring), or None."""
    stored = questionnaire_data(request).get(HANDOVER_KEY)
    try:
        return _validated(stored)
    except (KeyError, TypeError, ValueError):
        return None


def handover_used(request) -> None:
    """The hand-over has done its job: the same browser gets empty forms from now on."""
    data = questionnaire_data(request)
    if HANDOVER_KEY in data:
        del data[HANDOVER_KEY]
        save_questionnaire_data(request, data)


def _strings(value, allowed=None):
    if not isinstance(value, list) or len(value) > MAX_LIST_ITEMS:
        raise ValueError
    if not all(isinstance(item, str) and len(item) <= MAX_TEXT_LENGTH for item in value):
        raise ValueError
    if allowed is not None and not set(value) <= allowed:
        raise ValueError
    return list(value)


def _summary(value):
    if not isinstance(value, list) or len(value) > MAX_LIST_ITEMS:
        raise ValueError
    pairs = [(question, tuple(_strings(values))) for question, values in value]
    if not all(isinstance(question, str) for question, _values in pairs):
        raise ValueError
    return summary_statements(pairs)


def _validated(payload):
    if not isinstance(payload, dict) or payload.get("v") != HANDOVER_VERSION:
        return None
    route, role = payload["route"], payload["role"]
    municipality, site_id = payload["municipality"], payload["site_id"]
    consent = payload["family_consent"]
    if route not in Route.values or role not in Role.values:
        return None
    if not isinstance(municipality, str) or len(municipality) > 100:
        return None
    if not isinstance(site_id, int) or isinstance(site_id, bool):
        return None
    if consent not in ("", *FamilyConsent.values):
        return None
    return {
        "v": HANDOVER_VERSION,
        "route": route,
        "role": role,
        "municipality": municipality,
        "site_id": site_id,
        "summary": _summary(payload["summary"]),
        "topics": _strings(payload["topics"]),
        "child_age_groups": _strings(payload["child_age_groups"], set(ChildAgeGroup.values)),
        "family_consent": consent,
    }
