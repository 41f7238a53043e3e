"""Spam and abuse defences without third parties: a honeypot field, a minimum time
between showing and sending a form (a signed timestamp), and rate limits per client
(django-ratelimit on the Django cache).

Two limits: accepted submissions (`ADVIES_SUBMIT_RATE`, 20 an hour), which a person
correcting a form several times never reaches, because a submission with errors does not
count; and every POST (`ADVIES_ATTEMPT_RATE`, 200 an hour), so a flood of invalid posts is
refused too."""

import time

from django.conf import settings
from django.core import signing
from django_ratelimit.core import get_usage, is_ratelimited

SALT = "advies.form-started"
MAX_FORM_AGE_SECONDS = 24 * 60 * 60


def min_fill_seconds():
    return getattr(settings, "ADVIES_MIN_FILL_SECONDS", 3)


def started_token(at=None):
    """A signed 'the form was shown at' stamp for the hidden field."""
    return signing.dumps(at if at is not None else time.time(), salt=SALT)


def seconds_since_started(token):
    """Seconds since the form was shown, or None when the stamp is missing, forged or too old."""
    try:
        started = signing.loads(token or "", salt=SALT, max_age=MAX_FORM_AGE_SECONDS)
        return time.time() - float(started)
    except (signing.BadSignature, TypeError, ValueError):
        return None


SUBMISSIONS = "advies.public-forms"
ATTEMPTS = "advies.public-form-attempts"


def _submission_usage(request, *, increment):
    """The 'ip' key is the client address behind the trusted proxies: RATELIMIT_IP_META_KEY
    names `portal.client_address.client_address`."""
    return get_usage(
        request,
        group=SUBMISSIONS,
        key="ip",
        rate=getattr(settings, "ADVIES_SUBMIT_RATE", "20/h"),
        method="POST",
        increment=increment,
    )


def is_over_limit(request):
    """Whether this client may not send now: it has had its accepted submissions for this
    period, or it has posted far too often (this POST is counted as an attempt). Counts
    no submission: that is `count_submission`, once a request is saved."""
    too_many_attempts = is_ratelimited(
        request,
        group=ATTEMPTS,
        key="ip",
        rate=getattr(settings, "ADVIES_ATTEMPT_RATE", "200/h"),
        method="POST",
        increment=True,
    )
    usage = _submission_usage(request, increment=False)
    if usage is None:  # the cache failed and RATELIMIT_FAIL_OPEN is set
        return too_many_attempts
    return too_many_attempts or usage["should_limit"] or usage["count"] >= usage["limit"]


def count_submission(request):
    """Counts an accepted submission against the client's limit."""
    _submission_usage(request, increment=True)
