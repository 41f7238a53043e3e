"""RSS and Atom feeds of new knowledge articles, per region and language."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home import selectors
from home.models import KnowledgeArticlePage, RegionSettings

FEED_LENGTH = 20


@dataclass
class RegionFeed:
    home: object
    region_name: str
    link: str


class KnowledgeArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        home = selectors.region_home(request)
        if home is None:
            raise Http404
        region = RegionSettings.for_request(request)
        return RegionFeed(
            home=home,
            region_name=region.expertise_point_name or region.region_name,
            link=home.get_url(request),
        )

    def title(self, feed):
        return _("Nieuwe kennisartikelen van %(name)s") % {"name": feed.region_name}

    def description(self, feed):
        return _("Methodes, factsheets, richtlijnen en werkkaarten voor professionals.")

    subtitle = description

    def link(self, feed):
        return feed.link

    def items(self, feed):
        return KnowledgeArticlePage.latest_in(feed.home, FEED_LENGTH)

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.full_url

    def item_guid(self, article):
        return article.full_url

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at or article.first_published_at

    def item_categories(self, article):
        return [article.get_article_type_display()]


class KnowledgeArticleAtomFeed(KnowledgeArticleFeed):
    feed_type = Atom1Feed
