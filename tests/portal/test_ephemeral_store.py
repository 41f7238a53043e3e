"""The ephemeral store's contract (portal/ephemeral.py), as the views use it: data readable
only with the browser's own key, gone after the slot's idle timeout whatever the cache
does, and never a failure on a forged or broken cookie or entry."""

import datetime

import pytest
import time_machine
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory

from portal.ephemeral import COOKIE_NAME, EphemeralDataTooLarge, EphemeralStore, Slot


def backend():
    """The default cache backend itself (not Django's proxy to it), to read its raw storage."""
    return caches["default"]


PLAN = Slot("test.plan", idle_timeout=lambda: 600)
NOTE = Slot("test.note", idle_timeout=lambda: 600)
START = datetime.datetime(2026, 5, 4, 12, 0, tzinfo=datetime.UTC)


class Browser:
    """Requests from one browser: it keeps the cookie the store gives it."""

    def __init__(self):
        self.cookies = {}

    def store(self):
        request = RequestFactory().get("/")
        request.COOKIES = dict(self.cookies)
        return EphemeralStore(request)

    def respond(self, store):
        response = store.update_response(HttpResponse())
        for name, morsel in response.cookies.items():
            if morsel["max-age"] == 0:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = morsel.value
        return response


def raw_items():
    """{made cache key: raw stored bytes}, read from the backend's own storage."""
    store = backend()
    kind = type(store).__name__
    if kind == "LocMemCache":
        return dict(store._cache)
    if kind == "RedisCache":
        client = store._cache.get_client(write=False)
        return {key.decode(): client.get(key) for key in client.scan_iter("*")}
    pytest.skip(f"cannot read a {kind} raw")
    return {}


def raw_cache():
    """Every raw value in the cache, concatenated."""
    return b" ".join(value for value in raw_items().values() if value)


def entry_keys(slot):
    """The cache keys (as given to the cache API) of every browser's entry for `slot`."""
    return sorted(key.split(":", 2)[2] for key in raw_items() if key.endswith(f":{slot.name}"))


@pytest.fixture(autouse=True)
def empty_cache():
    backend().clear()


def save(browser, slot, data):
    store = browser.store()
    store.save(slot, data)
    return browser.respond(store)


def test_data_of_tens_of_kilobytes_comes_back_for_the_same_browser_only():
    plan = {"children": [{"age": n % 18, "weekend": "om en om " * 20} for n in range(300)]}
    assert 40_000 < len(str(plan)) < 200_000
    browser = Browser()
    save(browser, PLAN, plan)

    assert browser.store().load(PLAN) == plan
    assert Browser().store().load(PLAN) == {}
    forged = Browser()
    forged.cookies[COOKIE_NAME] = "A" * 43
    assert forged.store().load(PLAN) == {}


def test_the_server_keeps_only_ciphertext_and_not_the_key():
    browser = Browser()
    save(browser, NOTE, {"text": "Geweld of dreiging: Ja"})
    raw = raw_cache()
    assert b"Geweld" not in raw and b"dreiging" not in raw
    assert browser.cookies[COOKIE_NAME].encode() not in raw
    assert len(entry_keys(NOTE)) == 1


def test_the_cookie_lives_with_the_browser_session_only(settings):
    response = save(Browser(), NOTE, {"a": 1})
    cookie = response.cookies[COOKIE_NAME]
    assert cookie["httponly"] is True and cookie["samesite"] == "Lax" and cookie["path"] == "/"
    assert not cookie["max-age"] and not cookie["expires"] and not cookie["secure"]
    assert response["Vary"] == "Cookie"

    settings.SESSION_COOKIE_SECURE = True
    assert save(Browser(), NOTE, {"a": 1}).cookies[COOKIE_NAME]["secure"] is True


def test_nothing_is_written_and_no_cookie_is_set_until_a_view_saves():
    browser = Browser()
    store = browser.store()
    assert store.load(NOTE) == {}
    response = browser.respond(store)
    assert COOKIE_NAME not in response.cookies
    assert entry_keys(NOTE) == []


def test_each_save_renews_the_idle_timeout_and_then_it_is_gone():
    browser = Browser()
    with time_machine.travel(START, tick=False):
        save(browser, NOTE, {"a": 1})
    with time_machine.travel(START + datetime.timedelta(seconds=590), tick=False):
        store = browser.store()
        store.touch(NOTE)
        browser.respond(store)
    with time_machine.travel(START + datetime.timedelta(seconds=1180), tick=False):
        assert browser.store().load(NOTE) == {"a": 1}
    with time_machine.travel(START + datetime.timedelta(seconds=1191), tick=False):
        store = browser.store()
        assert store.load(NOTE) == {}
        assert store.lost(NOTE)  # the browser still has its key: the data expired


def test_data_older_than_its_timeout_is_refused_even_if_the_cache_keeps_it():
    browser = Browser()
    with time_machine.travel(START, tick=False):
        save(browser, NOTE, {"a": 1})
        (key,) = entry_keys(NOTE)
        # A cache that ignores timeouts: the same ciphertext, kept for ever.
        backend().set(key, backend().get(key), None)
    with time_machine.travel(START + datetime.timedelta(seconds=601), tick=False):
        assert browser.store().load(NOTE) == {}


@pytest.mark.parametrize("entry", ["gAAAAAtampered", "", "x" * 5000, 12345, b"bytes", ["list"]])
def test_a_broken_entry_reads_as_nothing(entry):
    browser = Browser()
    save(browser, NOTE, {"a": 1})
    (key,) = entry_keys(NOTE)
    backend().set(key, entry, 600)
    assert browser.store().load(NOTE) == {}


def test_ciphertext_of_one_browser_does_not_open_for_another():
    first, second = Browser(), Browser()
    save(first, NOTE, {"who": "first"})
    save(second, NOTE, {"who": "second"})
    keys = entry_keys(NOTE)
    a, b = backend().get(keys[0]), backend().get(keys[1])
    backend().set(keys[0], b, 600)
    backend().set(keys[1], a, 600)
    assert first.store().load(NOTE) == {} and second.store().load(NOTE) == {}


def test_too_much_data_is_refused_with_a_clear_error():
    with pytest.raises(EphemeralDataTooLarge):
        Browser().store().save(PLAN, {"text": "x" * 600_000})


def test_clear_forgets_every_slot_of_this_browser_and_its_cookie_only():
    browser, other = Browser(), Browser()
    save(browser, PLAN, {"a": 1})
    save(browser, NOTE, {"b": 2})
    save(other, NOTE, {"c": 3})
    key = browser.cookies[COOKIE_NAME]

    store = browser.store()
    store.clear()
    response = browser.respond(store)

    assert response.cookies[COOKIE_NAME]["max-age"] == 0
    again = Browser()
    again.cookies[COOKIE_NAME] = key  # even with the old key, nothing is left
    assert again.store().load(PLAN) == {} and again.store().load(NOTE) == {}
    assert other.store().load(NOTE) == {"c": 3}


def test_a_page_that_does_not_use_the_store_sets_no_cookie(client, lindeveld):
    response = client.get("/nl/", HTTP_HOST=f"{lindeveld.hostname}:{lindeveld.port}")
    assert response.status_code == 200
    assert COOKIE_NAME not in response.cookies
