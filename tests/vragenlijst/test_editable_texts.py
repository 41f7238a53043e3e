"""Editors word the Scheidingswijzer in the CMS: the start page's introduction, help texts
under questions and the heading and reason of each outcome, per region and language. The
route stays what the decision table says; an empty text is the code's."""

import pytest
from wagtail.models import Locale

from tests.vragenlijst.journey import finish, parent_steps, step_url, url, walk
from vragenlijst.decision_table import RULES_BY_CODE
from vragenlijst.models import ScheidingswijzerSettings, ScheidingswijzerTexts

pytestmark = pytest.mark.django_db


def edit(texts, *, intro="", help_texts=(), result_texts=()):
    texts.intro = intro
    texts.help_texts = [("vraag", {"question": name, "help_text": text}) for name, text in help_texts]
    texts.result_texts = [
        ("uitkomst", {"rule": rule, "heading": heading, "reason": reason})
        for rule, heading, reason in result_texts
    ]
    texts.save()


@pytest.fixture
def dutch_texts(lindeveld):
    return ScheidingswijzerTexts.objects.get(site=lindeveld, locale__language_code="nl")


def test_the_demo_has_texts_in_both_languages_for_both_regions(lindeveld, kustmeren):
    for site in (lindeveld, kustmeren):
        languages = set(
            ScheidingswijzerTexts.objects.filter(site=site).values_list("locale__language_code", flat=True)
        )
        assert languages == {"nl", "en"}, site
    english = ScheidingswijzerTexts.objects.get(site=lindeveld, locale__language_code="en")
    assert english.intro.startswith("A few short questions")


def test_what_an_editor_writes_is_what_the_visitor_reads(lindeveld_client, dutch_texts):
    edit(
        dutch_texts,
        intro="Vijf vragen en je weet waar je terechtkunt.",
        help_texts=[("stage", "Kies wat nu het meest klopt.")],
        result_texts=[("samenwerkende-ouders", "Fijn dat het samen lukt", "Samen regelen lukt jullie goed.")],
    )

    assert (
        "Vijf vragen en je weet waar je terechtkunt."
        in lindeveld_client.get(url("vragenlijst:start")).content.decode()
    )
    steps = parent_steps(help_form="informatie")
    walk(lindeveld_client, steps[:3])
    assert "Kies wat nu het meest klopt." in lindeveld_client.get(step_url("situatie")).content.decode()
    response = finish(lindeveld_client, steps[3:])  # the first three are answered
    page = response.content.decode()
    assert response.context["outcome"].rule == "samenwerkende-ouders"  # the route is the table's
    assert '<h1 id="result-title">Fijn dat het samen lukt</h1>' in page
    assert "Samen regelen lukt jullie goed." in page


def test_an_empty_text_is_the_codes_and_the_english_reader_gets_the_english_text(
    lindeveld_client, dutch_texts
):
    edit(dutch_texts, intro="", result_texts=[("ouder-vraag", "", "")])
    page = lindeveld_client.get(url("vragenlijst:start")).content.decode()
    assert "Beantwoord een paar korte vragen over jouw situatie." in page

    page = lindeveld_client.get(url("vragenlijst:start", "en")).content.decode()
    assert "A few short questions about your situation. Then you see which help in Lindeveld" in page
    assert "Een paar korte vragen" not in page


def test_a_region_without_texts_gets_the_codes(lindeveld_client, lindeveld):
    ScheidingswijzerTexts.objects.filter(site=lindeveld).delete()
    response = finish(lindeveld_client, parent_steps(help_form="vraag"))
    rule = RULES_BY_CODE["ouder-vraag"]
    assert response.context["heading"] == rule.heading
    assert str(rule.reason) in response.content.decode()


def test_texts_for_a_rule_the_table_no_longer_has_are_ignored(lindeveld_client, dutch_texts):
    edit(dutch_texts, result_texts=[("regel-die-niet-meer-bestaat", "Oude kop", "Oude reden")])
    page = finish(lindeveld_client, parent_steps(help_form="vraag")).content.decode()
    assert "Oude kop" not in page and "Oude reden" not in page


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(username="beheer", password="x" * 16)
    client.force_login(user)
    return client


def test_editors_find_the_texts_and_settings_in_the_admin(admin_client, lindeveld, dutch_texts):
    listing = admin_client.get("/admin/snippets/vragenlijst/scheidingswijzertexts/")
    assert listing.status_code == 200
    edit_page = admin_client.get(f"/admin/snippets/vragenlijst/scheidingswijzertexts/edit/{dutch_texts.pk}/")
    assert edit_page.status_code == 200
    assert "Hulpteksten bij vragen" in edit_page.content.decode()
    settings_page = admin_client.get(f"/admin/settings/vragenlijst/scheidingswijzersettings/{lindeveld.pk}/")
    assert settings_page.status_code == 200
    page = settings_page.content.decode()
    assert "Veiligheidsteam Lindeveld" in page
    # Only this region's own services, in Dutch, can be chosen for children.
    assert "Kindergroep Stevig in twee huizen" in page
    assert "Kindergroep De Vuurtoren" not in page and "Children&#x27;s group" not in page


def test_the_safety_partner_and_childrens_services_are_region_data(lindeveld, kustmeren):
    lindeveld_settings = ScheidingswijzerSettings.for_site(lindeveld)
    assert (lindeveld_settings.safety_partner_name, lindeveld_settings.safety_partner_phone) == (
        "Veiligheidsteam Lindeveld",
        "0800-5550103",
    )
    dutch = Locale.objects.get(language_code="nl")
    assert set(lindeveld_settings.children_services.values_list("locale", flat=True)) == {dutch.pk}
    assert ScheidingswijzerSettings.for_site(kustmeren).safety_partner_name == ""  # it has a pool


def test_an_edit_in_the_admin_is_a_revision_and_reaches_the_visitor(
    admin_client, lindeveld_client, dutch_texts
):
    response = admin_client.post(
        f"/admin/snippets/vragenlijst/scheidingswijzertexts/edit/{dutch_texts.pk}/",
        {
            "site": dutch_texts.site_id,
            "intro": "Een paar vragen, dan weet je meer.",
            "help_texts-count": "0",
            "result_texts-count": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    dutch_texts.refresh_from_db()
    revision = dutch_texts.latest_revision
    assert revision is not None and revision.content["intro"] == "Een paar vragen, dan weet je meer."
    assert (
        "Een paar vragen, dan weet je meer."
        in lindeveld_client.get(url("vragenlijst:start")).content.decode()
    )
    history = admin_client.get(f"/admin/snippets/vragenlijst/scheidingswijzertexts/history/{dutch_texts.pk}/")
    assert history.status_code == 200
