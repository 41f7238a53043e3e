"""Spam and abuse defences without third parties: a honeypot field, a minimum time
between showing and sending a form (a signed timestamp), and a rate limit per client
(django-ratelimit on the Django cache)."""

import time

from django.conf import settings
from django.core import signing
from django_ratelimit.core import is_ratelimited

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


def is_over_limit(request):
    """Counts this POST and tells whether the client is over the submission rate. The 'ip' key
    is the client address behind the trusted proxies: RATELIMIT_IP_META_KEY names
    `portal.client_address.client_address`."""
    return is_ratelimited(
        request,
        group="advies.public-forms",
        key="ip",
        rate=getattr(settings, "ADVIES_SUBMIT_RATE", "20/h"),
        method="POST",
        increment=True,
    )
