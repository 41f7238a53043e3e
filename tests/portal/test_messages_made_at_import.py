"""Messages with values that forms make when their module is imported are translated when
they are shown, in the language of that request. On the old main they were translated once,
at import, in whichever language was active then: in a running server the language of its
first request, so after an English first request Dutch visitors of the survey were told
"Choose an answer", and in CI the survey test failed whenever an English test had imported
the module first on its worker."""

import pytest
from django.utils import translation

from advies.admin_forms import NoteForm
from advies.report.forms import ReportForm
from advies.survey_views import SurveyForm

CASES = [
    (
        lambda: SurveyForm.base_fields["help_fitted"].error_messages["required"],
        "Kies een antwoord bij ‘Paste de hulp bij wat u nodig had?’.",
        "Choose an answer for ‘Did the help fit what you needed?’.",
    ),
    (lambda: NoteForm.base_fields["text"].help_text, "Ten hoogste", "At most"),
    (lambda: dict(ReportForm.base_fields["kwartaal"].choices)[2], "2e kwartaal", "Quarter 2"),
]


@pytest.mark.parametrize(
    ("message", "dutch", "english"), CASES, ids=["survey", "staff-note", "report-quarter"]
)
def test_a_message_made_at_import_is_in_the_language_it_is_shown_in(message, dutch, english):
    for language, expected in (("en", english), ("nl", dutch), ("en", english)):
        with translation.override(language):
            assert str(message()).startswith(expected), (language, str(message()))
