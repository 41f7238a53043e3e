"""Region-scoped editing: one region's editor can use every admin screen of the regional
snippets and settings for their own region, and none of them for another region's
objects. The URL list comes from the URL configuration (as the intake isolation test
does), so a new snippet screen without a rule here fails the walk."""

import pytest
from django.urls import URLResolver, get_resolver, reverse
from wagtail.models import Page

from home.models import ContactChannel, CrisisTexts, Expert, Municipality, RegionSettings, ServiceOffer
from home.regions import regional_snippet_models
from tests.factories import ContactChannelFactory, ExpertFactory, MunicipalityFactory, ServiceOfferFactory
from tests.factories.advies import editor_of
from tests.factories.regions import small_region

pytestmark = pytest.mark.django_db

SECRET = "Geheim Noorderveen"


@pytest.fixture
def region(db):
    return small_region("Noorderveen")


@pytest.fixture
def other_region(db):
    return small_region("Zuiderkust")


@pytest.fixture
def region_objects(region):
    """One object of each regional snippet in the region, with a name found nowhere else."""
    municipality = MunicipalityFactory(site=region, name=f"{SECRET} gemeente")
    channel = ContactChannelFactory(site=region, name=f"{SECRET} kanaal")
    service = ServiceOfferFactory(site=region, name=f"{SECRET} aanbod", municipalities=[municipality])
    expert = ExpertFactory(site=region, name=f"{SECRET} expert")
    crisis = CrisisTexts.objects.get(site=region, locale__language_code="nl")
    crisis.emergency_label = f"{SECRET} vraag"
    crisis.save()
    return {
        ServiceOffer: service,
        ContactChannel: channel,
        Expert: expert,
        Municipality: municipality,
        CrisisTexts: crisis,
    }


def names_in(namespace):
    found = set()

    def walk(patterns, current):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or current)
            elif current == namespace and pattern.name:
                found.add(pattern.name)

    walk(get_resolver().url_patterns, None)
    return found


def snippet_urls(model, obj):
    """(name, url, has object) for every admin URL of a snippet model and its chooser."""
    label = f"{model._meta.app_label}_{model._meta.model_name}"
    urls = []
    for namespace in (f"wagtailsnippets_{label}", f"wagtailsnippetchoosers_{label}"):
        for name in sorted(names_in(namespace)):
            try:
                urls.append((f"{namespace}:{name}", reverse(f"{namespace}:{name}"), False))
            except Exception:  # noqa: BLE001 (needs the object)
                urls.append(
                    (f"{namespace}:{name}", reverse(f"{namespace}:{name}", kwargs={"pk": obj.pk}), True)
                )
    bulk = reverse("wagtail_bulk_action", args=[model._meta.app_label, model._meta.model_name, "delete"])
    urls.append(("bulk delete", f"{bulk}?id={obj.pk}", True))
    return urls


def is_refused(response):
    final = response.redirect_chain[-1][0] if getattr(response, "redirect_chain", None) else ""
    return response.status_code in (403, 404) or "/admin/login/" in final or final == "/admin/"


def test_the_walk_covers_every_screen(region_objects):
    names = {
        name
        for model in regional_snippet_models()
        for name, _url, _obj in snippet_urls(model, region_objects[model])
    }
    for screen in (
        "list",
        "add",
        "edit",
        "delete",
        "copy",
        "history",
        "usage",
        "inspect",
        "choose",
        "chosen",
    ):
        assert any(name.endswith(f":{screen}") for name in names), screen
    assert {model for model in region_objects} == set(regional_snippet_models())


def test_another_regions_editor_gets_nothing_of_this_region(client, region_objects, region, other_region):
    client.force_login(editor_of(other_region))
    counts = {model: model.objects.filter(site=region).count() for model in region_objects}
    for model, obj in region_objects.items():
        for name, url, has_object in snippet_urls(model, obj):
            response = client.get(url, follow=True)
            body = response.content.decode(errors="replace")
            if has_object:
                assert is_refused(response), (name, response.status_code)
            else:
                assert response.status_code == 200, (name, response.status_code)
            assert SECRET not in body, name
            post = client.post(url, {"name": "overschreven", "site": region.pk}, follow=True)
            if has_object:
                assert is_refused(post) or post.status_code == 405, (name, "post", post.status_code)
            assert SECRET not in post.content.decode(errors="replace"), (name, "post")
        assert model.objects.filter(site=region).count() == counts[model], (model, "added or removed")
        assert model.objects.filter(pk=obj.pk, site=region).exists(), (model, "deleted or moved")
        assert str(model.objects.get(pk=obj.pk)) == str(obj), (model, "changed")
    settings_url = reverse("wagtailsettings:edit", args=["home", "regionsettings", region.pk])
    assert is_refused(client.get(settings_url, follow=True))
    client.post(settings_url, {"region_name": "overschreven"})
    assert RegionSettings.for_site(region).region_name != "overschreven"


def test_own_regions_editor_uses_every_screen(client, region_objects, region):
    """The counterpart: the same URLs work for the region's own editor, so the refusals
    above are about the region and not broken screens."""
    client.force_login(editor_of(region))
    for model, obj in region_objects.items():
        for name, url, _has_object in snippet_urls(model, obj):
            if name.endswith((":chosen_multiple", ":create")):
                continue  # need query parameters / a creation form; covered by choose
            response = client.get(url)
            assert response.status_code in (200, 302), (name, response.status_code)
            if response.status_code == 302:
                assert "/login/" not in response["Location"] and response["Location"] != "/admin/", name
        listing = client.get(reverse(f"wagtailsnippets_home_{model._meta.model_name}:list")).content.decode()
        assert str(obj) in listing, model
    response = client.get(reverse("wagtailsettings:edit", args=["home", "regionsettings", region.pk]))
    assert response.status_code == 200


def test_an_editor_edits_only_their_regions_pages(client, region, other_region):
    client.force_login(editor_of(other_region))
    region_page = Page.objects.get(pk=region.root_page_id).get_children().first()
    for view in ("edit", "delete", "unpublish"):
        response = client.get(reverse(f"wagtailadmin_pages:{view}", args=[region_page.pk]), follow=True)
        assert is_refused(response), view
    other_page = Page.objects.get(pk=other_region.root_page_id).get_children().first()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[other_page.pk])).status_code == 200


def test_another_regions_municipality_is_refused_on_a_service(admin_client, region, other_region):
    service = ServiceOffer.objects.filter(site=region, locale__language_code="nl").first()
    elsewhere = Municipality.objects.filter(site=other_region).first()
    url = reverse("wagtailsnippets_home_serviceoffer:edit", args=[service.pk])
    form = admin_client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields}
    data = {key: value for key, value in data.items() if value is not None}
    data["municipalities"] = [elsewhere.pk]
    data["topics"] = [topic.pk for topic in service.topics.all()]
    data["channels"] = [channel.pk for channel in service.channels.all()]
    data["audiences"] = list(service.audiences)
    data["routes"] = list(service.routes)
    response = admin_client.post(url, data)
    assert response.status_code == 200, "the form is shown again with an error"
    assert "andere regio" in response.content.decode()
    service.refresh_from_db()
    assert elsewhere not in service.municipalities.all()


def test_checkbox_lists_show_the_objects_region_and_language_only(admin_client, region, other_region):
    service = ServiceOffer.objects.filter(site=region, locale__language_code="nl").first()
    form = admin_client.get(reverse("wagtailsnippets_home_serviceoffer:edit", args=[service.pk])).context[
        "form"
    ]
    municipalities = set(form.fields["municipalities"].queryset)
    assert municipalities == set(Municipality.objects.filter(site=region))
    channels = list(form.fields["channels"].queryset)
    assert channels and {(c.site_id, c.locale.language_code) for c in channels} == {(region.pk, "nl")}
    topics = list(form.fields["topics"].queryset)
    assert topics and {t.locale.language_code for t in topics} == {"nl"}
    names = [channel.name for channel in channels]
    assert len(names) == len(set(names)), f"a channel listed twice: {names}"
