"""Page-cache hits answered in front of Django (`portal.wsgi`, `home.page_cache.PageCacheHits`):
a visitor's repeated view of a page comes straight from the stored response, with every
header it was stored with and without a query; anything else reaches Django untouched, and
a change is never hidden by the front layer."""

import pytest
from django.core.signals import request_started
from django.test import RequestFactory

from home import page_cache
from tests.conftest import host_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


class Django:
    """Stands in for Django's application behind the layer: notes what reaches it."""

    def __init__(self):
        self.seen = []

    def __call__(self, environ, start_response):
        self.seen.append((environ["REQUEST_METHOD"], environ["PATH_INFO"]))
        start_response("204 No Content", [("X-Answered-By", "django")])
        return [b""]


@pytest.fixture
def django_app():
    return Django()


@pytest.fixture
def front(django_app, lindeveld):
    """front(path, method="GET", **environ) -> (status, headers, body) through the layer."""
    layer = page_cache.PageCacheHits(django_app)
    factory = RequestFactory()

    def call(path, method="GET", **extra):
        extra.setdefault("HTTP_HOST", host_of(lindeveld))
        environ = getattr(factory, method.lower())(path, **extra).environ
        answer = {}

        def start_response(status, headers, exc_info=None):
            answer["status"], answer["headers"] = status, headers

        body = b"".join(layer(environ, start_response))
        return answer["status"], dict(answer["headers"]), body

    return call


def test_a_stored_page_is_answered_in_front_of_django_whole(
    get_page, front, django_app, django_assert_num_queries
):
    stored = get_page("/nl/")
    assert stored["X-Page-Cache"] == "miss"
    started = []
    request_started.connect(started.append)
    try:
        with django_assert_num_queries(0):
            status, headers, body = front("/nl/")
    finally:
        request_started.disconnect(started.append)
    assert django_app.seen == [] and started == []
    assert status == "200 OK"
    assert body == stored.content
    assert b"data-exit-link" in body  # the exit button comes with the stored page
    assert headers["X-Page-Cache"] == "hit"
    for name in ("Content-Security-Policy", "X-Frame-Options", "Content-Type", "Referrer-Policy"):
        assert headers[name] == stored[name], name
    assert "Set-Cookie" not in headers


def test_a_published_change_is_never_hidden_by_the_front_layer(get_page, front, django_app, home_nl):
    get_page("/nl/")
    assert front("/nl/")[1]["X-Page-Cache"] == "hit"
    home_nl.save_revision().publish()
    status, headers, _body = front("/nl/")
    assert headers.get("X-Answered-By") == "django", "an entry older than the publish was served"
    assert django_app.seen == [("GET", "/nl/")]


@pytest.mark.parametrize(
    ("path", "method", "extra"),
    [
        ("/nl/", "GET", {"HTTP_COOKIE": "sessionid=abc"}),  # a visitor with a session: Django decides
        ("/nl/", "POST", {}),
        ("/nl/", "HEAD", {}),
        ("/nl/?utm_source=nieuwsbrief", "GET", {}),  # a query the pages are not cached for
        ("/nl/?gemeente=a&gemeente=b", "GET", {}),
        ("/nl/", "GET", {"HTTP_HOST": "elders.example"}),  # another host: never Lindeveld's entry
        ("/nl/", "GET", {"HTTP_HOST": "lindeveld.localhost:8000\r\nX-Evil: 1"}),  # a forged header
        ("/admin/", "GET", {}),
        ("/static/portal.css", "GET", {}),
    ],
)
def test_what_the_front_layer_must_not_answer_goes_to_django(
    get_page, front, django_app, path, method, extra
):
    get_page("/nl/")
    status, headers, _body = front(path, method, **extra)
    assert status == "204 No Content" and headers["X-Answered-By"] == "django"
    assert len(django_app.seen) == 1


def test_a_host_django_refuses_reaches_django_for_its_400(settings, get_page, front, django_app):
    get_page("/nl/")
    settings.ALLOWED_HOSTS = ["kustmeren.localhost"]
    status, headers, _body = front("/nl/")
    assert headers["X-Answered-By"] == "django"


def test_an_unreachable_cache_hands_the_request_to_django(get_page, front, django_app, monkeypatch):
    get_page("/nl/")

    def unreachable(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(type(page_cache.page_cache()), "get_many", unreachable)
    status, headers, _body = front("/nl/")
    assert headers["X-Answered-By"] == "django"


def test_gunicorns_application_is_django_behind_the_front_layer():
    from django.core.handlers.wsgi import WSGIHandler

    from portal import wsgi

    assert isinstance(wsgi.application, page_cache.PageCacheHits)
    assert isinstance(wsgi.application.application, WSGIHandler)
