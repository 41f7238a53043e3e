"""Where the builder keeps a parent's answers while they work: one slot of the ephemeral
store (`portal.ephemeral`), encrypted in the cache with the key only in the parent's
browser, gone after the same idle timeout as the Scheidingswijzer, or at once when they
stop. Nothing of it is in the session or the database; the plan the parents keep is the
file they download (`ouderschapsplan.plan_file`) or the page they print.

The slot holds formtools' data under "wizard_ouderschapsplan": the answers per step, and
in `extra_data` what was counted for the anonymous tallies (so each is counted once per
plan) and a notice to show once.
"""

from django.conf import settings

from portal.ephemeral import Slot
from portal.wizard_storage import EphemeralWizardStorage

WIZARD_PREFIX = "ouderschapsplan"
DATA_KEY = f"wizard_{WIZARD_PREFIX}"


def idle_timeout():
    """Seconds without activity after which the answers are gone: the Scheidingswijzer's."""
    return int(getattr(settings, "VRAGENLIJST_IDLE_TIMEOUT", 20 * 60))


PLAN = Slot("ouderschapsplan", idle_timeout=idle_timeout)


class PlanWizardStorage(EphemeralWizardStorage):
    slot = PLAN


def wizard_data(request) -> dict:
    """formtools' data of this browser's plan ({} when there is none)."""
    data = request.ephemeral.load(PLAN).get(DATA_KEY)
    return data if isinstance(data, dict) else {}


def save_wizard_data(request, data) -> None:
    request.ephemeral.save(PLAN, {DATA_KEY: data} if data else {})


def forget_plan(request) -> None:
    """Delete the answers (the browser keeps its cookie for other slots)."""
    request.ephemeral.delete(PLAN)


def lost_to_timeout(request) -> bool:
    """Whether the browser holds its ephemeral key but the plan was gone at the start of this
    request: it expired or was wiped while the browser stayed open (or, rarely, this browser
    never started a plan but used the Scheidingswijzer)."""
    return request.ephemeral.lost(PLAN)
