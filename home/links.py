"""Links from CMS content into other parts of the portal, resolved defensively.

Content names its targets (`home.choices.Destination`): the Scheidingswijzer, the four
request forms of `advies`, the knowledge base and the region's services directory. Each resolves here, in the
active language, to the URL of the moment: the Scheidingswijzer at the URL name in
`settings.SELF_ASSESSMENT_URL_NAME` ("vragenlijst:start"), the forms at their URL names,
the directory at the region's `ServicesDirectoryPage`. Content must keep working while an
app is absent or renamed, so a target that does not resolve gives None, never an error,
and the call to action that needs it is left out.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from home.choices import Destination

DEFAULT_SELF_ASSESSMENT_URL_NAME = "vragenlijst:start"

# URL names of the destinations that are Django views (home imports neither advies nor search).
URL_NAMES = {
    Destination.ADVICE_FORM: "advies:adviesaanvraag",
    Destination.CALL_BACK_FORM: "advies:terugbellen",
    Destination.CONSULTATION_FORM: "advies:consultatie",
    Destination.CASE_FORM: "advies:casus",
    Destination.KNOWLEDGE_BASE: "search:knowledge",
}

# What a contact channel of kind 'web form' says as its link.
FORM_LINK_TEXTS = {
    Destination.ADVICE_FORM: _("Vraag advies aan via het formulier"),
    Destination.CALL_BACK_FORM: _("Vraag een terugbelafspraak aan via het formulier"),
    Destination.CONSULTATION_FORM: _("Vraag consultatie aan via het formulier"),
    Destination.CASE_FORM: _("Breng een casus in via het formulier"),
}


def self_assessment_url():
    """The Scheidingswijzer's start in the active language, or None if it is not installed."""
    name = getattr(settings, "SELF_ASSESSMENT_URL_NAME", DEFAULT_SELF_ASSESSMENT_URL_NAME)
    return _reversed(name)


def _reversed(name):
    if not name:
        return None
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def destination_url(destination, request=None, page=None):
    """The URL of a destination in the active language (and, for the services directory,
    the request's region, in the language of `page` when given), or None when it does not
    resolve."""
    if destination == Destination.SELF_ASSESSMENT:
        return self_assessment_url()
    if destination == Destination.PARENTING_PLAN:
        return parenting_plan_url()
    if destination == Destination.SERVICES_DIRECTORY:
        from home import selectors

        directory = selectors.services_directory(request, page)
        return directory.get_url(request) if directory is not None else None
    return _reversed(URL_NAMES.get(destination))


DEFAULT_PARENTING_PLAN_URL_NAME = "ouderschapsplan:start"


def parenting_plan_url():
    """The parenting-plan builder's start in the active language, or None if it is not installed."""
    return _reversed(getattr(settings, "PARENTING_PLAN_URL_NAME", DEFAULT_PARENTING_PLAN_URL_NAME))
