"""Whether the engine's index may have missed writes (`IndexHealth`), for the engine, the
indexing services and the search pages alike; the repair itself is `search.repair`.

Its own module, beneath both: the engine marks the index dirty when a write fails, and the
repair uses the engine, so neither imports the other for this.
"""

import datetime
import logging

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from search.models import IndexHealth

logger = logging.getLogger(__name__)


def mark_dirty(reason):
    """Records that the engine may have missed writes (never raises)."""
    try:
        IndexHealth.current()
        IndexHealth.objects.filter(pk=1, dirty_since__isnull=True).update(dirty_since=timezone.now())
        IndexHealth.objects.filter(pk=1).update(last_error=str(reason)[:500])
    except DatabaseError:
        logger.exception("Could not record that the search index needs a repair")


def pending():
    """Whether the engine's index may be stale (one primary-key query)."""
    return IndexHealth.objects.filter(pk=1, dirty_since__isnull=False).exists()


def claim_repair():
    """Whether this caller may ask for a repair now: true at most once per
    SEARCH_ENGINE_RETRY_AFTER seconds across processes (one conditional update)."""
    now = timezone.now()
    wait = datetime.timedelta(seconds=float(settings.SEARCH_ENGINE_RETRY_AFTER))
    claimed = IndexHealth.objects.filter(pk=1, dirty_since__isnull=False).exclude(
        repair_requested_at__gt=now - wait
    )
    return bool(claimed.update(repair_requested_at=now))
