"""Named personas (vragenlijst/personas.py) walk the whole Scheidingswijzer over HTTP, in
their own region and language, and get what their situation needs: the route, the
heading they read, the first thing offered to do (a link or button to its target), the
signals named in "why", and nothing that is not for them.

Each persona also checks its path: the steps it is asked are exactly the steps listed
for it (every answer leads to the next listed step).
"""

from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation
from wagtail.models import Site

from home.models import RegionSettings
from tests.vragenlijst.journey import finish, url
from vragenlijst.decision_table import ACTIONS, RULES, SIGNALS_BY_CODE
from vragenlijst.personas import PERSONAS, REGIONS

FORM_ACTIONS = {"adviesaanvraag", "terugbellen", "consultatie", "casus"}
PHONE_NUMBERS = {"bel-112": "112", "bel-veilig-thuis": "08002000", "bel-kindertelefoon": "08000432"}


def region_client(region):
    site = Site.objects.get(hostname=f"{region}.localhost")
    return Client(HTTP_HOST=f"{site.hostname}:{site.port}"), site


def next_actions(soup):
    return soup.select("ul.next-actions > li")


def digits(href):
    return "".join(ch for ch in href if ch.isdigit())


def expected_href(code, persona, site):
    """Where the persona's first action must lead, worked out from the region's data."""
    if code in FORM_ACTIONS:
        return url(f"advies:{code}", persona.language)
    if code in PHONE_NUMBERS:
        return "tel:" + PHONE_NUMBERS[code]
    if code == "bel-expertisepunt":
        return "tel:" + digits(RegionSettings.for_site(site).contact_phone)
    return None


def assert_first_action(persona, site, client, soup):
    items = next_actions(soup)
    assert items, "no next actions"
    first = items[0]
    link = first.find("a")
    code = persona.first_action
    wanted = expected_href(code, persona, site)
    if wanted is not None:
        assert link is not None and link["href"] == wanted, (code, str(first))
    elif code == "aanbod-gemeente":
        # The municipality's services: on this page, or a page of their own.
        assert link is not None, str(first)
        if link["href"].startswith("#"):
            assert soup.find(id=link["href"][1:]) is not None, link["href"]
            assert soup.find(id=link["href"][1:]).select(".service-card"), "no services listed"
        else:
            assert client.get(link["href"]).status_code == 200
    elif code == "kinderpaginas":
        assert first.select("a[href]"), str(first)
    elif code == "eigen-gemeente":
        with translation.override(persona.language):
            assert str(ACTIONS[code].label) in first.get_text(), str(first)
    else:
        raise AssertionError(f"no expectation for first action {code!r}")


def assert_not_offered(persona, soup):
    """Nothing of `not_offered` in the result (the site's header and footer are not the result)."""
    main = soup.find("main")
    hrefs = [a["href"] for a in main.select("a[href]")]
    shown = str(main) + main.get_text()
    for item in persona.not_offered:
        if item in FORM_ACTIONS:
            form = url(f"advies:{item}", persona.language)
            assert form not in hrefs, f"offers the {item} form"
        else:
            assert item not in shown, f"offers {item!r}"


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name for p in PERSONAS])
def test_persona_gets_what_their_situation_needs(persona):
    client, site = region_client(persona.region)
    assert RegionSettings.for_site(site).focus == REGIONS[persona.region]["focus"]

    response = finish(client, list(persona.steps), language=persona.language)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == url("vragenlijst:result", persona.language)
    outcome = response.context["outcome"]
    assert (outcome.route, outcome.rule) == (persona.route, persona.rule)
    page = response.content.decode()
    soup = BeautifulSoup(page, "html.parser")
    main = soup.find("main")
    assert main.find("h1").get_text(" ", strip=True) == persona.heading
    assert_first_action(persona, site, client, soup)
    assert_not_offered(persona, soup)
    because = " ".join(li.get_text(" ", strip=True) for li in soup.select(".result__because li"))
    with translation.override(persona.language):
        for code in persona.because:
            assert str(SIGNALS_BY_CODE[code].description) in because, code
    for text in persona.shows:  # words on the page, or a link target in it
        assert text in main.get_text() or text in page, text
    if persona.role == "kind":
        # Every child result: the Kindertelefoon as a link, no request form in the result
        # (the site's footer lists the region's channels, web forms included).
        assert soup.select('main a[href="tel:08000432"]'), "no Kindertelefoon link"
        assert not [
            h for h in (a["href"] for a in soup.select("main a[href]")) if "/advies/" in h or "/advice/" in h
        ]


def test_there_are_at_least_sixty_personas_over_every_role_region_and_language():
    assert len({persona.name for persona in PERSONAS}) == len(PERSONAS) >= 60
    groups = Counter(persona.group.split(" (")[0] for persona in PERSONAS)
    assert set(groups) == {"ouder", "kind 8-12", "jongere 12-18", "professional", "familielid"}
    assert min(groups.values()) >= 6
    assert len({p.group for p in PERSONAS if p.group.startswith("professional")}) >= 5
    assert {(p.region, p.language) for p in PERSONAS} == {
        (region, language) for region in REGIONS for language in ("nl", "en")
    }


def test_every_rule_is_reached_by_a_persona():
    assert {persona.rule for persona in PERSONAS} == {rule.code for rule in RULES}
