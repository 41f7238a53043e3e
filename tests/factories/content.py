import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from home.choices import ArticleType, Audience, ChannelKind, Cost, Route
from home.models import ContactChannel, KnowledgeArticlePage, Municipality, ServiceOffer, Topic, TopicPage


def dutch():
    return Locale.objects.get(language_code="nl")


class MunicipalityFactory(DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Testgemeente {n}")
    slug = factory.Sequence(lambda n: f"testgemeente-{n}")


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic

    locale = factory.LazyFunction(dutch)
    name = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.Sequence(lambda n: f"onderwerp-{n}")


class ContactChannelFactory(DjangoModelFactory):
    class Meta:
        model = ContactChannel

    locale = factory.LazyFunction(dutch)
    name = factory.Sequence(lambda n: f"Kanaal {n}")
    kind = ChannelKind.PHONE
    value = "0800-5550000"


class ServiceOfferFactory(DjangoModelFactory):
    class Meta:
        model = ServiceOffer
        skip_postgeneration_save = True

    locale = factory.LazyFunction(dutch)
    name = factory.Sequence(lambda n: f"Aanbod {n}")
    provider = "Testaanbieder (fictief)"
    summary = "Een test-aanbod."
    audiences = [Audience.PARENTS]
    routes = [Route.FREE_SERVICES]
    cost = Cost.FREE

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class TopicPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TopicPage

    title = factory.Sequence(lambda n: f"Onderwerppagina {n}")
    summary = "Het korte antwoord."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Tekst.</p>"}])


class KnowledgeArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = KnowledgeArticlePage

    title = factory.Sequence(lambda n: f"Kennisartikel {n}")
    article_type = ArticleType.FACTSHEET
    summary = "Samenvatting."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Tekst.</p>"}])
    last_reviewed = datetime.date(2026, 1, 15)
