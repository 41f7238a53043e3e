"""Each private library API we use (portal/library_internals.py, tests/library_internals.py)
still does what its entry relies on, on the installed versions: a library upgrade that
renames or drops one fails here, in CI, instead of silently in production (a private
attribute set on a request that nothing reads any more does not raise).

Checked by behaviour where that needs no database; by the library's source where the
behaviour needs a whole request cycle.
"""

import inspect
import pickle

from csp.middleware import CSPMiddleware
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.db import transaction as atomic_module
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.signals import post_save
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from formtools.wizard.views import WizardView
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail import blocks
from wagtail.api.v2 import filters as api_filters
from wagtail.contrib.settings import models as settings_models
from wagtail.models import Page, Site

from portal import library_internals
from tests import library_internals as test_internals


@override_settings(ALLOWED_HOSTS=["portal.example"])
def test_raw_host_reads_a_host_django_would_refuse():
    request = RequestFactory().get("/", HTTP_HOST="elsewhere.example")
    assert library_internals.raw_host(request) == "elsewhere.example"


def test_loaded_relation_gives_what_was_loaded_and_none_otherwise():
    permission, content_type = Permission(), ContentType(app_label="home", model="topic")
    assert library_internals.loaded_relation(permission, "content_type") is None
    permission.content_type = content_type
    assert library_internals.loaded_relation(permission, "content_type") is content_type


def test_wagtail_takes_the_site_given_to_the_request():
    request, site = RequestFactory().get("/"), Site(hostname="given.example")
    assert not library_internals.has_request_site(request)
    library_internals.set_request_site(request, site)
    assert library_internals.has_request_site(request)
    assert Site.find_for_request(request) is site


def test_wagtail_takes_the_site_root_paths_given_to_the_request():
    request, paths = RequestFactory().get("/"), ["given"]
    assert not library_internals.has_request_site_root_paths(request)
    library_internals.set_request_site_root_paths(request, paths)
    assert library_internals.has_request_site_root_paths(request)
    assert Page.__new__(Page)._get_site_root_paths(request) is paths  # (Page() would query)


def test_wagtail_builds_urls_from_the_relevant_root_paths_the_shim_installs():
    """Wagtail still has both methods, its URL building calls the installed one, and the
    list of root paths comes from where Wagtail keeps it."""
    request, paths = RequestFactory().get("/"), ["given"]
    library_internals.set_request_site_root_paths(request, paths)
    page = Page.__new__(Page)
    assert library_internals.site_root_paths_for(page, request) is paths
    original = Page._get_relevant_site_root_paths
    called = []

    def relevant(page, cache_object=None):
        called.append(cache_object)
        return ()

    try:
        library_internals.replace_relevant_site_root_paths(relevant)
        page.url_path = "/home/"
        assert page.get_url_parts(request) is None  # no site holds the page
        assert called == [request]
    finally:
        Page._get_relevant_site_root_paths = original


def test_the_redis_backend_internals_our_client_reuse_builds_on():
    """portal.redis_cache overrides `RedisCacheClient.get_client` with Django's own pool
    helpers and client class, and swaps its client class in through `_class`."""
    from django.core.cache.backends.redis import RedisCacheClient

    from portal.redis_cache import RedisCache, ReusingRedisCacheClient

    for name in ("_get_connection_pool_index", "_get_connection_pool", "get_client"):
        assert callable(getattr(RedisCacheClient, name)), name
    client = RedisCache("redis://127.0.0.1:1/0", {})._cache
    assert isinstance(client, ReusingRedisCacheClient)
    assert client._client is not None
    assert client.get_client() is client.get_client()  # one client kept, not one per call


def test_wagtail_takes_the_route_given_to_the_request():
    request, route = RequestFactory().get("/some/page/"), ("the page", [], {})
    assert not library_internals.has_request_route(request)
    library_internals.set_request_route(request, route)
    assert library_internals.has_request_route(request)
    assert Page.route_for_request(request, "/some/page/") is route


def test_wagtail_site_settings_keep_the_request_where_the_shim_puts_it():
    for_request = inspect.getsource(settings_models.BaseSiteSetting.for_request)
    assert "site_settings._request = request" in for_request
    assert 'getattr(self, "_request", None)' in inspect.getsource(settings_models)
    setting = settings_models.BaseSiteSetting.__new__(settings_models.BaseSiteSetting)
    request = RequestFactory().get("/")
    library_internals.attach_request_to_setting(setting, request)
    assert setting._request is request


def test_the_wagtail_api_marks_child_of_where_the_shim_carries_it():
    assert "queryset._filtered_by_child_of = parent_page" in inspect.getsource(api_filters.ChildOfFilter)
    assert 'hasattr(queryset, "_filtered_by_child_of")' in inspect.getsource(api_filters.DescendantOfFilter)
    marked, copy = Page.objects.none(), Page.objects.none()
    marked._filtered_by_child_of = parent = "the parent page"
    assert library_internals.keep_child_of_mark(marked, copy)._filtered_by_child_of is parent


def test_list_items_are_read_in_both_storage_formats():
    block = blocks.ListBlock(blocks.CharBlock())
    assert library_internals.list_item_value(block, {"type": "item", "value": "new", "id": "1"}) == "new"
    assert library_internals.list_item_value(block, "old") == "old"


def test_search_indexing_on_save_is_paused_and_connected_again():
    """Disconnecting returns whether the handler was connected (Django's public API)."""

    def connected():
        was = post_save.disconnect(post_save_signal_handler, sender=Page)
        if was:
            post_save.connect(post_save_signal_handler, sender=Page)
        return was

    assert connected()
    with library_internals.search_index_updates_paused():
        assert not connected()
    assert connected()


def test_formtools_caches_are_the_ones_the_shim_forgets():
    assert "self._resolved_form_list" in inspect.getsource(WizardView.get_form_list)
    assert "self._cache_signature" in inspect.getsource(WizardView.get_form_list)
    assert "_cleaned_data_cache_" in inspect.getsource(WizardView.get_cleaned_data_for_step)
    wizard = WizardView()
    wizard._resolved_form_list, wizard._cache_signature = {}, ()
    wizard._cleaned_data_cache_role, wizard.kept = {}, "not a cache"
    library_internals.forget_wizard_caches(wizard)
    assert vars(wizard) == {"kept": "not a cache"}


def test_django_csp_applies_the_extended_policy():
    request, response = RequestFactory().get("/admin/"), HttpResponse()
    library_internals.extend_csp(
        response, update={"img-src": ["blob:"]}, replace={"frame-ancestors": ["'self'"]}
    )
    middleware = CSPMiddleware(lambda request: response)
    middleware.process_request(request)
    policy = middleware.process_response(request, response)["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    assert "blob:" in directives["img-src"]
    assert directives["frame-ancestors"] == ["'self'"]


# ---- the test suite's own (tests/library_internals.py) ----------------------------------------


def test_the_on_commit_queue_and_savepoints_are_where_the_browser_tests_read_them():
    """What `transaction.on_commit` appends to and where a savepoint's id is kept (read from
    Django's source: doing it needs a transaction, and this module needs no database)."""
    on_commit = inspect.getsource(BaseDatabaseWrapper.on_commit)
    assert "self.run_on_commit.append((set(self.savepoint_ids), func, robust))" in on_commit
    assert "connection.savepoint_ids.append(sid)" in inspect.getsource(atomic_module.Atomic.__enter__)
    assert test_internals.queued_on_commit(connection) is connection.run_on_commit
    assert test_internals.open_savepoints(connection) is connection.savepoint_ids


def test_locmem_entries_are_what_the_cache_stores():
    cache = LocMemCache("library-internals-test", {"TIMEOUT": 60})
    cache.set("key", "value")
    items, expiry = test_internals.locmem_entries(cache)
    (made_key,) = items
    assert made_key.endswith(":key") and pickle.loads(items[made_key]) == "value"  # noqa: S301 (just written)
    assert expiry[made_key] > 0


def test_the_redis_cache_gives_its_client():
    """redis-py connects on the first command only: no server is needed to get the client."""
    import redis
    from django.core.cache.backends.redis import RedisCache

    cache = RedisCache("redis://127.0.0.1:1/0", {})
    assert isinstance(test_internals.redis_client(cache), redis.Redis)
