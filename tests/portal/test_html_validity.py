"""Every page type and state of the public site is valid HTML: the W3C Nu HTML Checker
(vnu, `scripts/html-checker/fetch`) reports no error.

The pages are rendered with Django's test client, as a browser without JavaScript gets them:
one page of every CMS page type in both regions and both languages; the site search and the
knowledge base (results, no results, a filter chosen), every request form empty, sent empty
and its confirmation, the answer pages, a 404 and the CSRF refusal, and the other region's
search and a form; every Scheidingswijzer step sent empty on the path of every role, the
check page and every role's result; every step of the parenting-plan builder sent empty
(shown where it has no required question), and the plan. A step sent empty is the step as
shown plus its error summary and messages, so it stands for both states. The pages are
written to one directory and checked in ONE run of the checker (one JVM start, a few
seconds), so every error of every page is in one assertion message."""

import json
import subprocess
from collections import defaultdict

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import BasePage
from tests.advies.helpers import advice_data
from tests.ouderschapsplan import journey as plan_journey
from tests.services import html_checker_command
from tests.vragenlijst import journey as guide_journey

pytestmark = [pytest.mark.django_db, pytest.mark.requires_service("html_checker")]

LANGUAGES = ("nl", "en")
FORMS = ("adviesaanvraag", "terugbellen", "consultatie", "casus")


class Pages:
    """Rendered pages by name; a page is only kept with the status it should have."""

    def __init__(self):
        self.html = {}

    def add(self, name, response, status=200):
        assert response.status_code == status, (name, response.status_code)
        assert name not in self.html, name
        self.html[name] = response.content.decode()
        return response


def client_for(site, **kwargs):
    return Client(HTTP_HOST=f"{site.hostname}:{site.port}", **kwargs)


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def cms_page_types(pages, site):
    client = client_for(site)
    for language in LANGUAGES:
        home = site.root_page.get_translation(Locale.objects.get(language_code=language))
        seen = set()
        for page in home.get_descendants(inclusive=True).live().specific().order_by("path"):
            if isinstance(page, BasePage) and type(page) not in seen:
                seen.add(type(page))
                pages.add(
                    f"{site.hostname} {language} {type(page).__name__}", client.get(page.get_url_parts()[2])
                )
    return seen


def searches(pages, site):
    client = client_for(site)
    for language in LANGUAGES:
        where = f"{site.hostname} {language}"
        site_search, knowledge = url("search:site", language), url("search:knowledge", language)
        pages.add(f"{where} search empty", client.get(site_search))
        pages.add(f"{where} search results", client.get(site_search, {"q": "ouderschapsplan"}))
        pages.add(f"{where} search no results", client.get(site_search, {"q": "qwxzvbnm"}))
        pages.add(f"{where} knowledge base", client.get(knowledge))
        pages.add(f"{where} knowledge base results", client.get(knowledge, {"q": "ouderschapsplan"}))
        pages.add(f"{where} knowledge base no results", client.get(knowledge, {"q": "qwxzvbnm"}))
        pages.add(
            f"{where} knowledge base filtered",
            client.get(knowledge, {"q": "ouderschapsplan", "doelgroep": "ouders"}),
        )


def request_forms(pages, site):
    for language in LANGUAGES:
        client = client_for(site)
        where = f"{site.hostname} {language}"
        for form in FORMS:
            path = url(f"advies:{form}", language)
            pages.add(f"{where} form {form}", client.get(path))
            pages.add(f"{where} form {form} (errors)", client.post(path, {}), status=400)
        path = url("advies:adviesaanvraag", language)
        pages.add(f"{where} form confirmation", client.post(path, advice_data(), follow=True))
        answer = url("advies:antwoord", language)
        pages.add(f"{where} answer by reference", client.get(answer))
        pages.add(
            f"{where} answer by reference (errors)", client.post(answer, {"reference": "x"}), status=400
        )
        pages.add(f"{where} answer link unknown", client.get(f"{answer}onbekend-kenmerk/"), status=404)
        refused = client_for(site, enforce_csrf_checks=True).post(path, advice_data())
        pages.add(f"{where} csrf refusal", refused, status=403)
        pages.add(f"{where} 404", client.get(f"/{language}/bestaat-niet/"), status=404)


def other_region(pages, site):
    client = client_for(site)
    for language in LANGUAGES:
        where = f"{site.hostname} {language}"
        pages.add(
            f"{where} search results", client.get(url("search:site", language), {"q": "ouderschapsplan"})
        )
        path = url("advies:adviesaanvraag", language)
        pages.add(f"{where} form adviesaanvraag (errors)", client.post(path, {}), status=400)


GUIDE_PATHS = {
    "ouder": guide_journey.parent_steps,
    "professional": guide_journey.professional_steps,
    "familielid": guide_journey.family_member_steps,
    "kind": guide_journey.child_steps,
}


def questionnaire(pages, site):
    """Every role's path: each step sent empty once (the step as shown, with its error
    summary and messages), the check page, each role's result."""
    for language in LANGUAGES:
        where = f"{site.hostname} {language} scheidingswijzer"
        pages.add(f"{where} start", client_for(site).get(url("vragenlijst:start", language)))
        seen = set()
        for role, steps in GUIDE_PATHS.items():
            client = client_for(site)
            for step, answers in steps():
                step_path = guide_journey.step_url(step, language)
                if step not in seen:  # a step sent empty: the step with its error summary
                    seen.add(step)
                    if step == "controleren":
                        pages.add(f"{where} {step}", client.get(step_path))
                    else:
                        empty = client.post(step_path, guide_journey.step_post_data(step, {}))
                        pages.add(f"{where} {step} (errors)", empty)
                response = guide_journey.answer(client, step, answers, language)
                assert response.status_code == 302, (role, step, guide_journey._errors(response))
            pages.add(f"{where} result {role}", client.get(response["Location"], follow=True))
        pages.add(f"{where} expired", client_for(site).get(url("vragenlijst:expired", language)))


def parenting_plan(pages, site):
    for language in LANGUAGES:
        where = f"{site.hostname} {language} ouderschapsplan"
        client = client_for(site)
        pages.add(f"{where} start", client.get(plan_journey.base_url(language)))
        for step, answers in plan_journey.full_plan():
            path = plan_journey.step_url(step, language)
            empty = client.post(path, plan_journey.step_post_data(step, {}))
            if empty.status_code == 200:  # the step with its error summary
                pages.add(f"{where} {step} (errors)", empty)
            else:  # its questions are all optional: sent empty, it moves on
                pages.add(f"{where} {step}", client.get(path))
            response = plan_journey.answer(client, step, answers, language)
            assert response.status_code == 302, (step, plan_journey.errors(response))
        pages.add(f"{where} plan", client.get(plan_journey.plan_url(language)))
        pages.add(
            f"{where} upload (errors)", client.post(url("ouderschapsplan:upload", language)), status=400
        )
        pages.add(f"{where} expired", client.get(url("ouderschapsplan:expired", language)))


def check(directory, pages):
    """{page name: [error, ...]} from one run of the checker over every page."""
    files = {}
    for number, (name, html) in enumerate(sorted(pages.items())):
        path = directory / f"page-{number:03}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = name
    run = subprocess.run(  # noqa: S603 (a fixed command on files we wrote)
        [
            *html_checker_command(),
            "--errors-only",
            "--format",
            "json",
            *map(str, sorted(directory.iterdir())),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The checker writes its JSON report to stderr and exits 1 when it found errors.
    report = json.loads(run.stderr or run.stdout)
    errors = defaultdict(list)
    for message in report["messages"]:
        name = files.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url"))
        errors[name].append(
            f"line {message.get('lastLine')}: {message['message']} [{message.get('extract', '')}]"
        )
    return dict(errors)


def test_every_page_type_and_state_is_valid_html(tmp_path):
    pages = Pages()
    page_types = set()
    for site in Site.objects.order_by("hostname"):
        page_types |= cms_page_types(pages, site)
    # The states are the same templates in every region: all of them in one region, and a
    # search and a form with the other region's own options (municipalities, channels).
    lindeveld = Site.objects.get(is_default_site=True)
    searches(pages, lindeveld)
    request_forms(pages, lindeveld)
    other_region(pages, Site.objects.exclude(pk=lindeveld.pk).get())
    questionnaire(pages, lindeveld)
    parenting_plan(pages, lindeveld)
    assert len(page_types) >= 7, page_types
    assert len(pages.html) >= 150, len(pages.html)  # 154 when written: none left out unseen
    errors = check(tmp_path, pages.html)
    summary = "\n".join(f"{len(found):3} {name}" for name, found in sorted(errors.items()))
    details = "\n".join(f"--- {name}\n" + "\n".join(found) for name, found in sorted(errors.items()))
    total = sum(map(len, errors.values()))
    assert not errors, f"{total} errors on {len(errors)} of {len(pages.html)} pages:\n{summary}\n{details}"
