"""A small region as an editor meets it, made in a test's own transaction: far less than a
demo region, but every kind of regional object, in Dutch and English where editors see both."""

from django.utils import translation
from wagtail.models import Locale

from home.models import CrisisTexts
from tests.factories.content import (
    ContactChannelFactory,
    MunicipalityFactory,
    ServiceOfferFactory,
    TopicFactory,
)
from tests.factories.search import make_region


def small_region(name):
    """make_region's site (a Dutch home page with parents' and professionals' sections,
    region settings) with its crisis texts, one municipality, and a contact channel and a
    service offer in Dutch and in English (the service on a topic, the channel and the
    municipality)."""
    site = make_region(name)
    dutch, english = (Locale.objects.get(language_code=code) for code in ("nl", "en"))
    with translation.override("nl"):
        CrisisTexts.defaults(site=site, locale=dutch).save()
    municipality = MunicipalityFactory(site=site, name=f"{name}stad")
    channel = ContactChannelFactory(site=site, name=f"Telefoon {name}")
    topic = TopicFactory()
    service = ServiceOfferFactory(
        site=site, name=f"Aanbod {name}", municipalities=[municipality], topics=[topic]
    )
    service.channels.set([channel])
    service.save()
    for source in (topic, channel, service):
        copy = source.copy_for_translation(english)
        copy.save()
    return site
