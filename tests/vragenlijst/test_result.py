"""The result page: route, reason, the municipality's services, open channels and next
actions, with the hand-over to the request forms (nothing of it in the links)."""

import re
from html import unescape

import pytest
from django.test import Client

from home.choices import Audience, Route
from home.models import Municipality, RegionSettings, Topic
from home.models.settings import RegionFocus
from tests.factories import ContactChannelFactory, ServiceOfferFactory, TopicFactory
from tests.vragenlijst.journey import (
    SAFE,
    child_steps,
    finish,
    handover_of,
    parent_steps,
    professional_steps,
    stored_questionnaire,
)
from vragenlijst.outcome import Outcome
from vragenlijst.selectors import services_for_outcome

pytestmark = pytest.mark.django_db

WITH_ADVIES_FORMS = "tests.vragenlijst.advies_urls"
WITHOUT_ADVIES_FORMS = "tests.vragenlijst.no_advies_urls"


def offer(**kwargs):
    """A service offer with its municipalities and topics saved (they are parental
    many-to-many relations, which ServiceOfferFactory only sets in memory)."""
    service = ServiceOfferFactory(**kwargs)
    service.save()
    return service


def form_links(page, language="nl"):
    """Every link to a stand-in request form, as written in the page."""
    return {unescape(href) for href in re.findall(rf'href="(/{language}/advies-test/[^"]*)"', page)}


def test_services_of_the_route_municipality_audience_and_ages(lindeveld):
    eikendaal = Municipality.objects.get(site=lindeveld, slug="eikendaal")
    molenbroek = Municipality.objects.get(site=lindeveld, slug="molenbroek")
    in_eikendaal = offer(site=lindeveld, name="Inloopavond", municipalities=[eikendaal])
    region_wide = offer(site=lindeveld, name="Regionale infolijn")
    elsewhere = offer(site=lindeveld, name="Alleen in Molenbroek", municipalities=[molenbroek])
    teens_only = offer(site=lindeveld, name="Tienergroep", min_child_age=12, max_child_age=17)
    other_route = offer(site=lindeveld, name="Expertisepunt-intake", routes=[Route.EXPERTISE_POINT])
    for_professionals = offer(site=lindeveld, name="Intervisie", audiences=[Audience.PROFESSIONALS])
    outcome = Outcome(
        route=Route.FREE_SERVICES,
        rule="samenwerkende-ouders",
        role="ouder",
        site_id=lindeveld.pk,
        municipality="eikendaal",
        child_age_groups=("4-7",),
        audiences=(Audience.PARENTS,),
    )

    services = services_for_outcome(lindeveld, outcome, municipality=eikendaal, limit=None)

    assert {in_eikendaal, region_wide} <= set(services)
    assert not {elsewhere, teens_only, other_route, for_professionals} & set(services)


def test_services_on_the_chosen_topics_come_first(lindeveld_client, lindeveld):
    eikendaal = Municipality.objects.get(site=lindeveld, slug="eikendaal")
    legal = TopicFactory(slug="juridisch")
    on_topic = offer(
        site=lindeveld, name="Zzz juridisch spreekuur", municipalities=[eikendaal], topics=[legal]
    )
    offer(site=lindeveld, name="Aaa inloopavond", municipalities=[eikendaal], waiting_weeks=0)
    line = ContactChannelFactory(site=lindeveld, name="Spreekuurlijn juridisch", value="0800-5551234")
    on_topic.channels.add(line)
    on_topic.save()  # a parental relation is written with its parent

    response = finish(lindeveld_client, parent_steps(needs=("juridisch",), child_ages=("4-7",)))

    assert response.context["route"] == Route.FREE_SERVICES
    services = response.context["services"]
    on_topic_keys = set(Topic.objects.filter(slug="juridisch").values_list("translation_key", flat=True))
    matches = [any(t.translation_key in on_topic_keys for t in s.topics.all()) for s in services]
    assert on_topic in services
    assert matches == sorted(matches, reverse=True)  # every match before every non-match
    assert 0 < len(services) <= 6
    assert "Hulp in Eikendaal" in response.content.decode()
    # Each service card says how to reach the service.
    assert next(s for s in services if s == on_topic).channel_list == [line]
    assert "tel:08005551234" in response.content.decode()


def test_open_channels_are_listed_closed_ones_not(lindeveld_client, lindeveld):
    always = ContactChannelFactory(site=lindeveld, name="Dag-en-nachtlijn", always_open=True)
    never = ContactChannelFactory(site=lindeveld, name="Lijn zonder openingstijden")

    response = finish(lindeveld_client, parent_steps())

    assert always in response.context["open_channels"]
    assert never not in response.context["open_channels"]


def test_reason_and_route_are_shown_in_plain_words(lindeveld_client):
    response = finish(lindeveld_client, parent_steps(talk="geen-contact"))
    page = response.content.decode()
    assert "Waarom dit advies" in page
    assert "Expertisepunt" in page
    assert "De ouders hebben geen contact." in page


@pytest.mark.urls(WITH_ADVIES_FORMS)
def test_next_actions_link_to_the_forms_with_no_secret_and_hand_over_no_personal_data(
    lindeveld_client, lindeveld
):
    response = finish(
        lindeveld_client,
        parent_steps(talk="soms-moeilijk", court="een", needs=("omgang",), child_ages=("0-3", "8-11")),
    )
    page = response.content.decode()

    # Plain links: nothing in a URL (browser history, access logs) carries the answers.
    assert form_links(page) == {"/nl/advies-test/aanvraag/", "/nl/advies-test/terugbellen/"}
    assert "token=" not in page
    assert "een samenvatting van je antwoorden er al in" in page
    payload = handover_of(lindeveld_client)
    assert payload["v"] == 2
    assert payload["route"] == Route.ADVICE
    assert payload["role"] == "ouder"
    assert payload["municipality"] == "eikendaal"
    assert payload["site_id"] == lindeveld.pk
    assert payload["topics"] == ["omgang"]
    assert payload["child_age_groups"] == ["0-3", "8-11"]
    assert "Rechtszaken: Ja, er loopt een zaak" in payload["summary"]
    # The hand-over is this browser's: another one has none.
    assert handover_of(Client()) is None


@pytest.mark.urls(WITH_ADVIES_FORMS)
def test_the_summary_is_in_the_visitors_language(lindeveld_client):
    response = finish(lindeveld_client, parent_steps(help_form="vraag"), language="en")
    assert form_links(response.content.decode(), "en")
    assert "Kind of help: I have a question and want advice" in handover_of(lindeveld_client, "en")["summary"]
    assert "Soort hulp: Ik heb een vraag en wil advies" in handover_of(lindeveld_client, "nl")["summary"]


@pytest.mark.urls(WITH_ADVIES_FORMS)
def test_professional_in_an_expert_pool_region_is_sent_to_bring_in_the_case(lindeveld_client, lindeveld):
    RegionSettings.objects.filter(site=lindeveld).update(focus=RegionFocus.SAFETY_POOL)

    response = finish(lindeveld_client, professional_steps(safety={**SAFE, "violence": "ja"}, consent="nee"))

    page = response.content.decode()
    assert response.context["route"] == Route.SAFETY
    assert "/nl/advies-test/casus/" in form_links(page)
    assert "Veilig Thuis" in page
    assert "Zonder toestemming van het gezin" in page
    assert handover_of(lindeveld_client)["family_consent"] == "nee"


@pytest.mark.urls(WITH_ADVIES_FORMS)
def test_children_get_childrens_help_and_no_forms(lindeveld_client):
    response = finish(lindeveld_client, child_steps())
    page = response.content.decode()
    # The result itself (the site's footer lists the region's channels, web forms included).
    result = page.split("<main", 1)[1].split("</main>", 1)[0]
    assert form_links(result) == set()
    assert "outcome" in stored_questionnaire(lindeveld_client)
    assert handover_of(lindeveld_client) is None  # nothing to hand over to a form
    assert "Kindertelefoon" in page
    assert "Hier kun je terecht" in page


@pytest.mark.urls(WITHOUT_ADVIES_FORMS)
def test_without_the_forms_the_expertise_point_phone_stands_in(lindeveld_client, lindeveld):
    response = finish(lindeveld_client, parent_steps(help_form="gesprek"))
    region = RegionSettings.for_site(lindeveld)
    assert "advies-test" not in response.content.decode()
    codes = [action["code"] for action in response.context["actions"]]
    assert "bel-expertisepunt" in codes
    assert not {"adviesaanvraag", "terugbellen"} & set(codes)
    assert region.contact_phone in response.content.decode()


def test_acute_danger_shows_112_first(lindeveld_client):
    response = finish(
        lindeveld_client, [("wie", {"role": "ouder"}), ("veiligheid", {**SAFE, "acute_danger": "ja"})]
    )
    actions = response.context["actions"]
    assert actions[0]["code"] == "bel-112"
    assert actions[0]["href"] == "tel:112"


def test_outside_the_region_shows_national_numbers_and_no_local_services(lindeveld_client, lindeveld):
    offer(site=lindeveld, name="Regionale infolijn", routes=[Route.ADVICE])
    response = finish(
        lindeveld_client,
        [
            step
            for step in parent_steps(municipality="anders")
            if step[0] in ("wie", "veiligheid", "gemeente", "controleren")
        ],
    )
    page = response.content.decode()
    assert response.context["services"] == []
    assert "Landelijke nummers" in page
    assert "0800-0432" in page


def test_the_result_page_has_a_print_stylesheet(lindeveld_client):
    page = finish(lindeveld_client, parent_steps()).content.decode()
    assert "vragenlijst/vragenlijst.css" in page
    assert "data-print" in page


def test_no_result_without_a_finished_questionnaire(lindeveld_client):
    assert lindeveld_client.get("/nl/scheidingswijzer/uitkomst/")["Location"] == "/nl/scheidingswijzer/"


def test_a_result_of_another_region_is_not_shown(lindeveld_client, lindeveld):
    from wagtail.models import Site

    finish(lindeveld_client, parent_steps())
    other = Site.objects.create(hostname="elders.localhost", port=8000, root_page=lindeveld.root_page)
    lindeveld_client.defaults["HTTP_HOST"] = "elders.localhost:8000"
    assert lindeveld_client.get("/nl/scheidingswijzer/uitkomst/")["Location"] == "/nl/scheidingswijzer/"
    assert other.pk != lindeveld.pk


@pytest.mark.urls(WITH_ADVIES_FORMS)
def test_help_needs_are_handed_over_as_topic_slugs(lindeveld_client):
    finish(lindeveld_client, parent_steps(needs=("geld-en-wonen", "kinderen", "steun")))
    assert handover_of(lindeveld_client)["topics"] == ["financien", "wonen", "kinderen-betrekken", "emoties"]
