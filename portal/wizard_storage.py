"""django-formtools storage in a slot of the ephemeral store (`portal.ephemeral`) instead of
the session, for the public wizards (the Scheidingswijzer, the parenting-plan builder).

Like formtools' SessionStorage, but the wizard's data is one part of the slot's dict (key:
formtools' prefix, "wizard_<prefix>"), and it is written back once per response, which
also renews the slot's idle timeout. A wizard without answers is removed from the slot
(and an empty slot from the cache). No file uploads: a wizard that needs a file reads it
in its own view and keeps nothing of the file itself.
"""

from formtools.wizard.storage.base import BaseStorage

from portal.ephemeral import Slot


class EphemeralWizardStorage(BaseStorage):
    """Subclass with `slot` set to the wizard's `Slot`."""

    slot: Slot

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
