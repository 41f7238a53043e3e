"""Language-prefixed URLs of the content app besides the CMS pages themselves."""

from django.urls import path

from home.feeds import KnowledgeArticleAtomFeed, KnowledgeArticleFeed

urlpatterns = [
    path("feeds/kennisartikelen/", KnowledgeArticleFeed(), name="knowledge_feed_rss"),
    path("feeds/kennisartikelen/atom/", KnowledgeArticleAtomFeed(), name="knowledge_feed_atom"),
]
