"""Factories for tests (wagtail-factories and factory_boy). Each builds valid objects in
the Dutch source locale of the demo regions unless told otherwise."""

from tests.factories.content import (  # noqa: F401
    AudienceSectionPageFactory,
    ChildTopicPageFactory,
    ContactChannelFactory,
    ExperienceStoryFactory,
    ExpertFactory,
    KnowledgeArticlePageFactory,
    MunicipalityFactory,
    OpeningHoursFactory,
    OptionPageFactory,
    ServiceOfferFactory,
    StandardPageFactory,
    TopicFactory,
    TopicPageFactory,
)
