import socket
import threading
import uuid

import pytest
from django.test import override_settings
from wagtail.models import Site

from home.choices import Audience
from search import engine
from tests.factories.search import make_region, section_of


@pytest.fixture
def without_engine(settings):
    """The embedded default: no ELASTICSEARCH_URL, search answers from the database."""
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def professionals(lindeveld):
    return section_of(lindeveld, Audience.PROFESSIONALS)


@pytest.fixture
def parents(lindeveld):
    return section_of(lindeveld, Audience.PARENTS)


@pytest.fixture
def other_region(db):
    yield make_region("Zuiderhaven")
    # The site is rolled back with the test; Wagtail's cached site list must forget it too.
    Site.clear_site_root_paths_cache()


@pytest.fixture(scope="module")
def engine_indices(request, demo, django_db_blocker):
    """Elasticsearch indices of their own for one test module: a unique prefix under the
    configured one, built from the database entries, deleted afterwards."""
    from django.conf import settings

    from search import services
    from tests.services import service_problem, services_required

    problem = service_problem("elasticsearch")
    if problem:
        message = f"required service 'elasticsearch' is unavailable: {problem}"
        if services_required(request.config):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    # A failure an earlier module left in the circuit breaker is not this module's.
    engine.reset_failures()
    prefix = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-t{uuid.uuid4().hex[:8]}"
    override = override_settings(ELASTICSEARCH_INDEX_PREFIX=prefix)
    override.enable()
    try:
        with django_db_blocker.unblock():
            for language in engine.languages():
                services.rebuild_engine_index(language)
        yield prefix
    finally:
        engine.reset_failures()
        for name in engine.indices_with_prefix(prefix):
            engine.drop_index(name)
        override.disable()


class HangingServer:
    """A TCP server on loopback that accepts connections and never answers."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.connections = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self):
        while not self.stopped.is_set():
            try:
                connection, _address = self.sock.accept()
            except OSError:
                continue
            self.connections.append(connection)

    def close(self):
        self.stopped.set()
        self.thread.join(timeout=2)
        for connection in self.connections:
            connection.close()
        self.sock.close()


@pytest.fixture
def hanging_server():
    server = HangingServer()
    yield server
    server.close()


def closed_port_url():
    """A loopback URL where nothing listens (port 1 is never served here)."""
    return "http://127.0.0.1:1"
