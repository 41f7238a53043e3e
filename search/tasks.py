"""Background tasks that keep the search index in step with the CMS.

Enqueued by `search.signals`; they run in-process in development and tests (the immediate
backend) and in the task worker in production, so editors never wait on the engine.
Arguments are plain ids, so a task can run long after the request that caused it.
"""

import contextlib
import logging

from django_tasks import task

from search import index_health, services

logger = logging.getLogger(__name__)


@task()
def sync_pages(page_ids: list[int], include_descendants: bool = False) -> None:
    if include_descendants:
        services.sync_page_trees(page_ids)
    else:
        services.sync_pages(page_ids)
    services.sync_offers_of_pages(page_ids)


@task()
def sync_service_offers(offer_ids: list[int]) -> None:
    services.sync_service_offers(offer_ids)


@task()
def sync_topic(translation_key: str) -> None:
    services.sync_topic(translation_key)


@task()
def repair_index() -> None:
    """Compares the engine's index with the database entries and repairs what differs
    (`search.repair`); enqueued by the first search after an engine failure, and run on a
    schedule by `manage.py repair_search_index`."""
    from search import engine, repair

    # Still down: the index stays marked dirty and the next search asks again.
    with contextlib.suppress(engine.EngineUnavailable):
        repair.repair()


def request_repair():
    """Asks for a repair, at most once per SEARCH_ENGINE_RETRY_AFTER seconds: as a task (run
    at once by the immediate backend, by the worker otherwise)."""
    if not index_health.claim_repair():
        return
    try:
        repair_index.enqueue()
    except Exception:
        logger.exception("Could not enqueue the search index repair")
