"""The demo shows everything editors can use: every block of the content pages and every
kind of snippet, in both regions and both languages."""

import pytest
from wagtail.models import Locale, Page

from home.blocks import BodyBlock
from home.models import ContactChannel, ExperienceStory, Expert, Municipality, ServiceOffer, Topic

pytestmark = pytest.mark.django_db

STREAM_FIELDS = ("body", "why_it_fits", "deepening", "next_steps")


def block_types_under(home):
    used = set()
    for page in Page.objects.live().descendant_of(home, inclusive=True).specific():
        for name in STREAM_FIELDS:
            for block in getattr(page, name, None) or []:
                used.add(block.block_type)
    return used


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.parametrize("hostname", ["lindeveld.localhost", "kustmeren.localhost"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_block_is_used(hostname, language):
    from wagtail.models import Site

    site = Site.objects.get(hostname=hostname)
    home = site.root_page.get_translation(Locale.objects.get(language_code=language))
    assert block_types_under(home) >= set(BodyBlock.base_blocks), set(
        BodyBlock.base_blocks
    ) - block_types_under(home)


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.parametrize("hostname", ["lindeveld.localhost", "kustmeren.localhost"])
def test_every_snippet_kind_is_used_in_both_languages(hostname):
    from wagtail.models import Site

    site = Site.objects.get(hostname=hostname)
    assert Municipality.objects.filter(site=site).exists()
    for model in (ContactChannel, ServiceOffer, Expert):
        for language in ("nl", "en"):
            assert model.objects.filter(site=site, locale__language_code=language).exists(), (model, language)
    for model in (Topic, ExperienceStory):
        for language in ("nl", "en"):
            assert model.objects.filter(locale__language_code=language).exists(), (model, language)
