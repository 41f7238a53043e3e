"""Links from CMS pages into other apps, resolved defensively.

The Scheidingswijzer lives in the `vragenlijst` app at the URL name in
`settings.SELF_ASSESSMENT_URL_NAME` ("vragenlijst:start"). Content must keep working
while that app is absent or renamed, so a missing URL gives None, never an error.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse

DEFAULT_SELF_ASSESSMENT_URL_NAME = "vragenlijst:start"


def self_assessment_url():
    """The Scheidingswijzer's start in the active language, or None if it is not installed."""
    name = getattr(settings, "SELF_ASSESSMENT_URL_NAME", DEFAULT_SELF_ASSESSMENT_URL_NAME)
    if not name:
        return None
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


DEFAULT_PARENTING_PLAN_URL_NAME = "ouderschapsplan:start"


def parenting_plan_url():
    """The parenting-plan builder's start in the active language, or None if it is not installed."""
    name = getattr(settings, "PARENTING_PLAN_URL_NAME", DEFAULT_PARENTING_PLAN_URL_NAME)
    if not name:
        return None
    try:
        return reverse(name)
    except NoReverseMatch:
        return None
