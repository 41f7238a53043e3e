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
from formtools.wizard.storage.base import BaseStorage

from portal.ephemeral import Slot

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


class EphemeralWizardStorage(BaseStorage):
    """django-formtools storage in a slot of the ephemeral store instead of the session.

    Like formtools' SessionStorage, but the wizard's data is one part of the slot's dict
    (key: formtools' prefix, "wizard_<prefix>"), and it is written back once per
    response, which also renews the idle timeout. A wizard without answers is removed
    from the slot (and an empty slot from the cache). No file uploads."""

    slot: Slot = SCHEIDINGSWIJZER

    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.slot_data = request.ephemeral.load(self.slot)
        if not isinstance(self.slot_data.get(self.prefix), dict):
            self.init_data()

    def _get_data(self):
        return self.slot_data[self.prefix]

    def _set_data(self, value):
        self.slot_data[self.prefix] = value

    data = property(_get_data, _set_data)

    def has_answers(self):
        return bool(self.data.get(self.step_data_key))

    def update_response(self, response):
        super().update_response(response)
        if not self.has_answers() and not self.data.get(self.extra_data_key):
            self.slot_data.pop(self.prefix, None)
        self.request.ephemeral.save(self.slot, self.slot_data)
