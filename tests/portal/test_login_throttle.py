"""Password spraying: one likely password tried on many accounts from many addresses is
stopped like repeated guessing on one account, and the password never lands in the cache."""

import hashlib
import pickle

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, override_settings

from tests.library_internals import locmem_entries

pytestmark = pytest.mark.django_db

SPRAYED = "Voorjaar-Lindeveld-2026"  # what an attacker guesses staff might use


@pytest.fixture
def throttled():
    cache.clear()
    with override_settings(AXES_ENABLED=True):
        yield
    cache.clear()


def raw_cache_entries():
    """Every key and value in the local-memory cache as stored (values pickled)."""
    items, _expiry = locmem_entries(cache)
    return [(key, pickle.loads(value)) for key, value in items.items()]  # noqa: S301 (our own cache)


def test_one_password_over_six_usernames_and_addresses_is_locked(throttled):
    # The sixth account really has this password: without a limit per password, the
    # attacker would get in there.
    users = [f"medewerker{n}" for n in range(1, 7)]
    for username in users[:-1]:
        get_user_model().objects.create_user(username, password="een-heel-ander-lang-wachtwoord")
    get_user_model().objects.create_user(users[-1], password=SPRAYED)

    responses = [
        Client().post(
            "/admin/login/",
            {"username": username, "password": SPRAYED},
            REMOTE_ADDR=f"192.0.2.{n}",
        )
        for n, username in enumerate(users, start=1)
    ]
    assert [response.status_code for response in responses] == [200, 200, 200, 200, 429, 429]
    locked = responses[-1].content.decode()
    assert "Te veel inlogpogingen" in locked and "data-exit-link" in locked

    entries = raw_cache_entries()
    assert entries
    unkeyed_hash = hashlib.sha256(SPRAYED.encode()).hexdigest()
    for key, value in entries:
        stored = f"{key} {value!r}"
        assert SPRAYED not in stored and SPRAYED.lower() not in stored
        assert unkeyed_hash not in stored  # an unkeyed hash is reversed by any word list


def test_a_colleague_with_their_own_password_is_not_blocked_by_spraying(throttled):
    get_user_model().objects.create_user("intaker", password="mijn-eigen-lange-zin-voor-het-werk")
    for n in range(5):
        Client().post(
            "/admin/login/", {"username": f"gok{n}", "password": SPRAYED}, REMOTE_ADDR=f"198.51.100.{n}"
        )
    # A colleague typing their own password is not affected by someone else's spraying.
    response = Client().post(
        "/admin/login/",
        {"username": "intaker", "password": "mijn-eigen-lange-zin-voor-het-werk"},
        REMOTE_ADDR="198.51.100.1",
    )
    assert response.status_code == 302
