import pytest
from django.core.cache import cache

from advies.models import AuditEntry, Request


@pytest.fixture(autouse=True)
def empty_inbox(db):
    """Start from an empty inbox and audit log (the demo adds a few requests), and a fresh
    rate limit (the cache is shared by all tests)."""
    Request.objects.all().delete()
    AuditEntry.objects.all().delete()
    cache.clear()
