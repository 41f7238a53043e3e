from django.urls import reverse
from django.utils import translation


def search(client, scope="knowledge", language="nl", **params):
    """GET a search page; returns (response, results)."""
    with translation.override(language):
        url = reverse(f"search:{scope}")
    response = client.get(url, params)
    assert response.status_code == 200
    return response, response.context["results"]


def titles(results):
    return [hit.title for hit in results.hits]


def facet_counts(results, name):
    for facet in results.facets:
        if facet.name == name:
            return {value.value: value.count for value in facet.values}
    return {}
