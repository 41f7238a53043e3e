"""A minimum password length with its message in Dutch.

Workaround: Django 5.2 changed the msgid of MinimumLengthValidator's error to
"... at least %d characters." while its Dutch catalog still translates the older
"%(min_length)d" form, so the Wagtail admin showed this one message in English on a Dutch
page. Delete this module when Django's Dutch catalog has the new msgid
(check: the error in `manage.py shell` with translation.activate("nl")).
"""

from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils.translation import ngettext

STAFF_MIN_LENGTH = 12


class StaffPasswordLengthValidator(MinimumLengthValidator):
    def __init__(self, min_length=STAFF_MIN_LENGTH):
        super().__init__(min_length)

    def get_error_message(self):
        return ngettext(
            "Dit wachtwoord is te kort: gebruik minstens %(min_length)d teken.",
            "Dit wachtwoord is te kort: gebruik minstens %(min_length)d tekens. Een zin van een paar "
            "losse woorden is lang genoeg en makkelijk te onthouden.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Je wachtwoord moet minstens %(min_length)d teken lang zijn.",
            "Je wachtwoord moet minstens %(min_length)d tekens lang zijn.",
            self.min_length,
        ) % {"min_length": self.min_length}
