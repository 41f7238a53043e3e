"""Writes of the Scheidingswijzer: only the anonymous counters."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from vragenlijst.models import ScheidingswijzerTally


def first_of_month(day=None):
    return (day or timezone.localdate()).replace(day=1)


def _increment(counter, *, site, municipality, route, day):
    """Add one to a counter with an atomic UPDATE; create the row when it is missing.

    Two requests that both find no row race to create it; the loser's insert fails on
    the unique constraint and it falls back to the update. (Rows without a municipality
    can be duplicated under that race on databases that treat NULLs as distinct; the
    report sums over rows, so counts stay right.)
    """
    key = {"site": site, "municipality": municipality, "month": first_of_month(day), "route": route}
    if ScheidingswijzerTally.objects.filter(**key).update(**{counter: F(counter) + 1}):
        return
    try:
        with transaction.atomic():
            ScheidingswijzerTally.objects.create(**key, **{counter: 1})
    except IntegrityError:
        ScheidingswijzerTally.objects.filter(**key).update(**{counter: F(counter) + 1})


def record_started(*, site, day=None):
    """Someone answered the first question."""
    _increment("started", site=site, municipality=None, route="", day=day)


def record_completed(*, site, municipality, route, day=None):
    """Someone reached a result. `municipality` is None outside the region or when not asked."""
    _increment("completed", site=site, municipality=municipality, route=route, day=day)
