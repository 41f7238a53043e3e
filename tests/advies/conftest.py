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


@pytest.fixture
def second_region(db, lindeveld):
    """Kustmeren where the demo has it; otherwise a second region made for the test."""
    from wagtail.models import Site

    site = Site.objects.filter(hostname="kustmeren.localhost").first()
    if site is None:
        site = Site.objects.create(
            hostname="tweede-regio.localhost", port=8000, root_page=lindeveld.root_page
        )
    return site
