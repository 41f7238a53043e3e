import pytest


@pytest.fixture
def lindeveld_client(client, lindeveld):
    """A test client on the Lindeveld region (the demo's default site)."""
    client.defaults["HTTP_HOST"] = f"{lindeveld.hostname}:{lindeveld.port}"
    return client
