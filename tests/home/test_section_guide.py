"""The parents' section guides a parent by the question they come with, the Scheidingswijzer
first, in both regions and both languages; no page of the section gets lost on the way."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site

from home.choices import Audience
from home.models import AudienceSectionPage
from tests.conftest import KUSTMEREN_HOST, LINDEVELD_HOST, host_of

pytestmark = pytest.mark.django_db

QUESTIONS = {
    "nl": ("We gaan uit elkaar", "We maken steeds ruzie", "Ik maak me zorgen over de veiligheid"),
    "en": ("We are separating", "We keep arguing", "I am worried about safety"),
}


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.parametrize("hostname", [LINDEVELD_HOST, KUSTMEREN_HOST])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_parents_section_is_grouped_by_question_with_the_scheidingswijzer_first(
    client, hostname, language
):
    site = Site.objects.get(hostname=hostname)
    home = site.root_page.get_translation(Locale.objects.get(language_code=language))
    section = AudienceSectionPage.objects.child_of(home).get(audience_choice=Audience.PARENTS)
    html = client.get(section.get_url_parts()[2], HTTP_HOST=host_of(site)).content.decode()
    guide = html.split('<div class="section-guide">', 1)[1]
    with translation.override(language):
        questionnaire = reverse(settings.SCHEIDINGSWIJZER_URL_NAME)
    first_link = re.search(r'<a [^>]*href="([^"]+)"', guide).group(1)
    assert first_link == questionnaire, f"the guide starts with {first_link}, not the Scheidingswijzer"

    questions = [
        re.sub(r"<[^>]+>", "", q).strip()
        for q in re.findall(r'question-group__question"[^>]*>(.*?)</h2>', guide)
    ]
    for wanted in QUESTIONS[language]:
        assert any(q.startswith(wanted) for q in questions), (wanted, questions)

    # Every page of the section can still be found from it, in a group or under 'more'.
    linked = set(re.findall(r'href="([^"]+)"', html))
    for child in section.get_children().live().specific():
        assert child.get_url_parts()[2] in linked, f"{child.title} is not reachable from its section"
