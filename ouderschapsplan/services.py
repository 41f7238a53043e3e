"""Writes of the builder: only the anonymous counters (`PlanTally`)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from ouderschapsplan.models import PlanTally

COUNTERS = ("started", "completed", "downloaded")


def first_of_month(day=None):
    return (day or timezone.localdate()).replace(day=1)


def record(counter, *, site, day=None):
    """Add one to a counter of the region's month: an atomic UPDATE, or the row created
    when it is missing (a concurrent insert loses on the unique constraint and updates)."""
    if counter not in COUNTERS:
        raise ValueError(counter)
    key = {"site": site, "month": first_of_month(day)}
    if PlanTally.objects.filter(**key).update(**{counter: F(counter) + 1}):
        return
    try:
        with transaction.atomic():
            PlanTally.objects.create(**key, **{counter: 1})
    except IntegrityError:
        PlanTally.objects.filter(**key).update(**{counter: F(counter) + 1})
