"""What one region's editor reads about the other region: nothing in the site history or on
the dashboard; choosers open on the region's own objects in the source language; a page
of another region cannot be linked."""

import re

import pytest
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import Page

from home.models import Expert, ServiceOffer, Topic, TopicPage
from tests.factories import ExpertFactory
from tests.factories.advies import editor_of
from tests.home.admin_forms import admin_form_data

pytestmark = pytest.mark.django_db


def chosen_pks(body, model):
    return {int(pk) for pk in re.findall(rf"/admin/snippets/choose/home/{model}/chosen/(\d+)/", body)}


def test_site_history_shows_each_editor_their_own_region(client, lindeveld, kustmeren):
    lindeveld_editor, kustmeren_editor = editor_of(lindeveld), editor_of(kustmeren)
    lindeveld_service = ServiceOffer.objects.filter(site=lindeveld, locale__language_code="nl").first()
    kustmeren_service = ServiceOffer.objects.filter(site=kustmeren, locale__language_code="nl").first()
    lindeveld_service.name = "Lindeveldse gespreksgroep voor ouders"
    lindeveld_service.save()
    log(lindeveld_service, "wagtail.edit", user=lindeveld_editor)
    kustmeren_service.name = "Kustmeerse ouderavond"
    kustmeren_service.save()
    log(kustmeren_service, "wagtail.edit", user=kustmeren_editor)
    gone = ExpertFactory(site=lindeveld, name="Vertrokken Lindeveldse deskundige")
    log(gone, "wagtail.delete", user=lindeveld_editor)
    gone.delete()

    client.force_login(kustmeren_editor)
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Kustmeerse ouderavond" in history
    assert "Lindeveldse gespreksgroep" not in history
    assert "Vertrokken Lindeveldse deskundige" not in history, "a deleted object keeps its region"
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Kustmeerse ouderavond" in dashboard and "Lindeveldse gespreksgroep" not in dashboard

    client.force_login(lindeveld_editor)
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Lindeveldse gespreksgroep" in history
    assert "Vertrokken Lindeveldse deskundige" in history
    assert "Kustmeerse ouderavond" not in history


def test_the_service_chooser_opens_on_the_regions_dutch_services(client, lindeveld, kustmeren):
    client.force_login(editor_of(lindeveld))
    url = reverse("wagtailsnippetchoosers_home_serviceoffer:choose")
    listed = ServiceOffer.objects.filter(pk__in=chosen_pks(client.get(url).content.decode(), "serviceoffer"))
    assert listed.exists()
    assert {(offer.site_id, offer.locale.language_code) for offer in listed} == {(lindeveld.pk, "nl")}
    names = [offer.name for offer in listed]
    assert len(names) == len(set(names)), f"a service listed twice: {names}"
    english = chosen_pks(client.get(url, {"locale": "en"}).content.decode(), "serviceoffer")
    assert english and set(
        ServiceOffer.objects.filter(pk__in=english).values_list("locale__language_code", flat=True)
    ) == {"en"}, "another language can still be chosen on purpose"


@pytest.mark.usefixtures("demo")  # reads the demo content
def test_the_shared_topic_chooser_opens_on_dutch_topics(admin_client):
    body = admin_client.get(reverse("wagtailsnippetchoosers_home_topic:choose")).content.decode()
    listed = Topic.objects.filter(pk__in=chosen_pks(body, "topic"))
    assert listed.exists()
    assert set(listed.values_list("locale__language_code", flat=True)) == {"nl"}


def test_the_page_chooser_of_a_regions_editor_offers_its_own_pages_only(client, lindeveld, kustmeren):
    client.force_login(editor_of(lindeveld))
    kustmeren_home = Page.objects.get(pk=kustmeren.root_page_id)
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[kustmeren_home.pk]))
    assert response.status_code == 404 or kustmeren_home.get_children().first().title not in (
        response.content.decode()
    )


def test_a_related_page_of_another_region_is_refused(admin_client, lindeveld, kustmeren):
    home = Page.objects.get(pk=lindeveld.root_page_id)
    page = TopicPage.objects.filter(locale__language_code="nl").descendant_of(home).first()
    elsewhere = TopicPage.objects.filter(locale__language_code="nl").descendant_of(
        Page.objects.get(pk=kustmeren.root_page_id)
    )[0]
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = admin_form_data(admin_client.get(url).content.decode(), page)
    index = int(data["related_pages-TOTAL_FORMS"])
    data["related_pages-TOTAL_FORMS"] = str(index + 1)
    data.update(
        {
            f"related_pages-{index}-target": str(elsewhere.pk),
            f"related_pages-{index}-id": "",
            f"related_pages-{index}-ORDER": str(index + 1),
            f"related_pages-{index}-DELETE": "",
        }
    )
    before = page.related_pages.count()
    response = admin_client.post(url, data)
    assert response.status_code == 200, "the form comes back with the error"
    assert "andere regio" in response.content.decode()
    page.refresh_from_db()
    assert page.related_pages.count() == before
    assert not page.get_latest_revision_as_object().related_pages.filter(target=elsewhere).exists()


def test_an_expert_cannot_be_moved_to_a_region_the_editor_does_not_edit(client, lindeveld, kustmeren):
    expert = ExpertFactory(site=lindeveld, name="Lindeveldse mediator")
    client.force_login(editor_of(lindeveld))
    url = reverse("wagtailsnippets_home_expert:edit", args=[expert.pk])
    form = client.get(url).context["form"]
    assert set(form.fields["site"].queryset) == {lindeveld}
    data = {name: form[name].value() for name in form.fields}
    data = {key: value for key, value in data.items() if value is not None}
    data["site"] = kustmeren.pk
    client.post(url, data)
    assert Expert.objects.get(pk=expert.pk).site_id == lindeveld.pk
