from home.models.pages import (  # noqa: F401
    ArticleAttachment,
    AudienceSectionPage,
    BasePage,
    ChildTopicPage,
    HomePage,
    KnowledgeArticlePage,
    OptionPage,
    RelatedPage,
    ServicesDirectoryPage,
    StandardPage,
    TopicPage,
)
from home.models.settings import CrisisTexts, RegionFocus, RegionSettings  # noqa: F401
from home.models.snippets import (  # noqa: F401
    ContactChannel,
    ExperienceStory,
    Expert,
    Municipality,
    OpeningHours,
    ServiceOffer,
    Topic,
)
