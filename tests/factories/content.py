import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from home.choices import ArticleType, Audience, ChannelKind, Cost, Discipline, Route
from home.models import (
    AudienceSectionPage,
    ChildTopicPage,
    ContactChannel,
    ExperienceStory,
    Expert,
    KnowledgeArticlePage,
    Municipality,
    OpeningHours,
    OptionPage,
    ServiceOffer,
    StandardPage,
    Topic,
    TopicPage,
)


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

    @factory.post_generation
    def commit_relations(self, create, extracted, **kwargs):
        # Parental many-to-many relations are only written to the database on save.
        if create:
            self.save()


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


class AudienceSectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AudienceSectionPage

    title = factory.Sequence(lambda n: f"Doelgroep {n}")
    audience_choice = Audience.PARENTS
    intro = "Voor wie deze pagina is."


class OptionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OptionPage

    title = factory.Sequence(lambda n: f"Mogelijkheid {n}")
    summary = "Wat deze mogelijkheid is."
    why_it_fits = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Waarom.</p>"}])
    not_suitable_when = "Bij geweld of dreiging."


class ChildTopicPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ChildTopicPage

    title = factory.Sequence(lambda n: f"Kinderpagina {n}")
    summary = "Het is niet jouw schuld."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Korte zinnen.</p>"}])


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standaardpagina {n}")
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Tekst.</p>"}])


class ExpertFactory(DjangoModelFactory):
    class Meta:
        model = Expert

    locale = factory.LazyFunction(dutch)
    name = factory.Sequence(lambda n: f"Expert {n}")
    discipline = Discipline.YOUTH_CARE
    organisation = "Testorganisatie (fictief)"
    bio = "Werkt al jaren met gezinnen."


class ExperienceStoryFactory(DjangoModelFactory):
    class Meta:
        model = ExperienceStory

    locale = factory.LazyFunction(dutch)
    title = factory.Sequence(lambda n: f"Verhaal {n}")
    quote = "Het hielp ons om weer samen te praten."
    teller = "vader van een kind"
    audience = Audience.PARENTS
    consent_recorded = True
    consent_note = "Schriftelijk, door de redactie vastgelegd."


class OpeningHoursFactory(DjangoModelFactory):
    class Meta:
        model = OpeningHours

    weekday = 0
    opens = datetime.time(9, 0)
    closes = datetime.time(17, 0)
