"""Where the Scheidingswijzer keeps a visitor's answers: one slot of the ephemeral store
(`portal.ephemeral`), encrypted in the cache with the key only in the visitor's browser,
gone after `idle_timeout()` seconds without activity, or at once when the visitor stops.
Nothing of it is in the session or the database.

The slot holds a dict with at most these parts:

    "wizard_scheidingswijzer": formtools' data (the answers per step) while answering
    "outcome":                 the finished questionnaire's `Outcome.as_data()`
    "handover":                what a request form may take over, once (`vragenlijst.handover`)
"""

from django.conf import settings

from portal.ephemeral import Slot
from portal.wizard_storage import EphemeralWizardStorage as BaseEphemeralWizardStorage

OUTCOME_KEY = "outcome"
HANDOVER_KEY = "handover"


def idle_timeout():
    """Seconds without activity after which the answers are gone (default 20 minutes)."""
    return int(getattr(settings, "VRAGENLIJST_IDLE_TIMEOUT", 20 * 60))


SCHEIDINGSWIJZER = Slot("scheidingswijzer", idle_timeout=idle_timeout)


def questionnaire_data(request) -> dict:
    """This visitor's questionnaire data for this request ({} when there is none)."""
    return request.ephemeral.load(SCHEIDINGSWIJZER)


def save_questionnaire_data(request, data) -> None:
    request.ephemeral.save(SCHEIDINGSWIJZER, data)


def forget_questionnaire(request) -> None:
    """Delete the answers, the outcome and the hand-over (the browser keeps its cookie)."""
    request.ephemeral.delete(SCHEIDINGSWIJZER)


def lost_to_timeout(request) -> bool:
    """Whether the browser still holds its ephemeral key but had no questionnaire data at
    the start of this request: it expired (or was wiped) while the browser stayed open."""
    return request.ephemeral.lost(SCHEIDINGSWIJZER)


class EphemeralWizardStorage(BaseEphemeralWizardStorage):
    """The Scheidingswijzer's wizard data in its slot (see `portal.wizard_storage`)."""

    slot = SCHEIDINGSWIJZER
