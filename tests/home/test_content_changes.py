"""One list of content changes for the page cache and the search index (`home.content_changes`):
whatever the search index syncs for, the page cache purges for, and each change is announced
once, with what happened to the object."""

import pytest
from wagtail.models import Page, PageViewRestriction

from home import content_changes, page_cache
from home.content_changes import Change
from home.models import CrisisTexts, HomePage
from search import signals as search_signals
from tests.factories.content import MunicipalityFactory, ServiceOfferFactory, TopicFactory, TopicPageFactory


@pytest.fixture
def heard(monkeypatch):
    """What each listener did: the content changes announced, the page cache's purges and the
    search index's syncs (recorded instead of run)."""
    record = {"changes": [], "purges": [], "syncs": []}

    def listener(sender, instance, change, **kwargs):
        record["changes"].append((type(instance).__name__, change))

    content_changes.content_changed.connect(listener, dispatch_uid="test-recorder")
    monkeypatch.setattr(
        page_cache, "purge_after_commit", lambda affected=None: record["purges"].append(affected)
    )
    # A deletion is judged before the rows go and purged once committed.
    monkeypatch.setattr(page_cache, "purge", lambda affected=None: record["purges"].append(affected))
    monkeypatch.setattr(
        search_signals, "_enqueue", lambda task, *args, **kwargs: record["syncs"].append(task.name)
    )
    yield record
    content_changes.content_changed.disconnect(dispatch_uid="test-recorder")


def _home(site):
    return HomePage.objects.get(pk=site.root_page_id)


def _clear(record):
    for value in record.values():
        value.clear()


def test_a_page_is_heard_when_published_moved_restricted_unpublished_and_deleted(
    lindeveld, heard, django_capture_on_commit_callbacks
):
    home = _home(lindeveld)
    page = TopicPageFactory(parent=home, title="Wisselen van huis")
    other = TopicPageFactory(parent=home, title="Een andere plek")
    _clear(heard)

    page.save_revision().publish()
    assert ("TopicPage", Change.PUBLISHED) in heard["changes"]
    assert heard["purges"] and "sync_pages" in heard["syncs"]

    _clear(heard)
    page.move(other, pos="last-child")
    assert ("Page", Change.MOVED) in heard["changes"]  # Wagtail sends the page, not the specific
    assert heard["purges"] and "sync_pages" in heard["syncs"]

    for step in (
        lambda: PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN),
        lambda: PageViewRestriction.objects.filter(page=page).get().delete(),
        lambda: Page.objects.get(pk=page.pk).specific.unpublish(),
        lambda: Page.objects.get(pk=page.pk).delete(),
    ):
        _clear(heard)
        with django_capture_on_commit_callbacks(execute=True):
            step()
        assert heard["changes"], "no change announced"
        assert heard["syncs"], f"the search index did not hear {heard['changes']}"
        assert any(heard["purges"]), f"the page cache purged nothing for {heard['changes']}"


def test_a_service_offer_and_its_relations_are_heard_by_both(lindeveld, heard):
    municipality = MunicipalityFactory(site=lindeveld)
    offer = ServiceOfferFactory(site=lindeveld)
    assert ("ServiceOffer", Change.SAVED) in heard["changes"]
    assert "sync_service_offers" in heard["syncs"]

    # From the offer's side (the editor's form: modelcluster writes the relation on save).
    _clear(heard)
    offer.municipalities.add(municipality)
    offer.save()
    assert heard["changes"] == [
        ("ServiceOffer", Change.SAVED),
        ("ServiceOffer", Change.RELATION_CHANGING),
        ("ServiceOffer", Change.RELATION_CHANGED),
    ]
    assert heard["syncs"].count("sync_service_offers") == 2  # saved, and its municipalities
    assert len(heard["purges"]) == 3  # saved, what it showed before the relation and after

    # From the municipality's side: the offer is what changed.
    _clear(heard)
    municipality.service_offers.remove(offer)
    assert heard["changes"] == [
        ("ServiceOffer", Change.RELATION_CHANGING),
        ("ServiceOffer", Change.RELATION_CHANGED),
    ]
    assert heard["syncs"] == ["sync_service_offers"]
    assert len(heard["purges"]) == 2

    _clear(heard)
    offer.delete()
    assert ("ServiceOffer", Change.DELETING) in heard["changes"]
    assert ("ServiceOffer", Change.DELETED) in heard["changes"]
    assert "sync_service_offers" in heard["syncs"]


def test_a_topic_is_heard_by_both(db, heard):
    TopicFactory()
    assert ("Topic", Change.SAVED) in heard["changes"]
    assert "sync_topic" in heard["syncs"] and heard["purges"]


def test_crisis_texts_purge_their_region_like_other_region_data(lindeveld, heard):
    texts = CrisisTexts.objects.filter(site=lindeveld).first() or CrisisTexts(site=lindeveld)
    texts.emergency_label = "Spoed"
    texts.save()
    assert ("CrisisTexts", Change.SAVED) in heard["changes"]
    # (Its translations are kept in step and saved too: each purges the same region.)
    assert heard["purges"] and all(affected.site_ids == {lindeveld.pk} for affected in heard["purges"])
    assert not any(affected.everything or affected.page_keys for affected in heard["purges"])
    assert heard["syncs"] == []  # no crisis text is in the search index


def test_every_model_the_search_index_syncs_for_has_a_purge_rule():
    watched = {model._meta.label for model in content_changes.watched_models()}
    assert {"home.ServiceOffer", "home.Topic", "wagtailcore.PageViewRestriction"} <= watched
