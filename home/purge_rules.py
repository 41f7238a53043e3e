"""What a content change affects: the one place that says which pages show what.

Every rule answers "after this change, which pages may look different?" with an
`Affected`: every page of some regions, the pages with some translation keys (a
translation key names a page in all its languages, so no rule has to think about
translations), the list of regions itself (host names, home pages and their
translations: Wagtail's site root paths), or everything. The page cache and the data
kept in memory between requests purge exactly that (`home.cache_tokens`). The models and
relations named here (`RULES`, `RELATIONS`) are also the ones whose changes
`home.content_changes` announces, to the page cache and the search index alike.

The rules, by what changed:

- a page (published, unpublished, moved, deleted, a view restriction added or removed):
  the page and its descendants (their URLs and breadcrumbs), its ancestors (a section
  lists its children, the home page the newest knowledge articles), its siblings (the
  section menu), the pages that link to it or pick it as related (Wagtail's reference
  index), and the pages of its region on the same topics (they list it when nothing is
  picked). After a move, the same around its old place. The home page and the pages
  right below it (audience sections in the header, statement pages in the footer) show
  on every page: their region, and for a home page the list of regions too.
- region data shown in the header or footer of every page, or in every service list:
  contact channels and their opening hours, region settings, crisis texts,
  municipalities: the region.
- a service offer: the pages that pick it, the pages of its region on its topics (topic
  pages list the services on their topics, and so do service list blocks, by the block's
  topics or the page's), and its region's services directory (with its municipality
  sub-pages). A change of its topics is seen before and after.
- a topic: the pages tagged with it, the pages whose blocks choose it, and the services
  directories (their topic filter).
- an expert: the option pages that show them.
- an experience story, a document or an image: the pages whose content refers to it.
- a region (Wagtail Site) or a language (Locale): everything.

Rules read the database as it is when they run; a deletion is judged just before the
rows go (`pre_delete`), while they can still be followed.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex, Site

STEP = Page.steplen


@dataclass
class Affected:
    """What may look different after a change. `page_keys` are translation keys (str)."""

    everything: bool = False
    sites: bool = False
    site_ids: set = field(default_factory=set)
    page_keys: set = field(default_factory=set)

    def __or__(self, other):
        return Affected(
            everything=self.everything or other.everything,
            sites=self.sites or other.sites,
            site_ids=self.site_ids | other.site_ids,
            page_keys=self.page_keys | other.page_keys,
        )

    def __bool__(self):
        return self.everything or self.sites or bool(self.site_ids) or bool(self.page_keys)


def everything():
    return Affected(everything=True)


# ---- helpers: regions, trees, references ------------------------------------------------------


def _home_path(path):
    return path[: 2 * STEP]


def regions_of_paths(paths):
    """Ids of the regions (Sites) whose tree, in any language, holds these page paths."""
    home_paths = {_home_path(path) for path in paths if len(path) >= 2 * STEP}
    if not home_paths:
        return set()
    home_keys = Page.objects.filter(path__in=home_paths).values("translation_key")
    return set(Site.objects.filter(root_page__translation_key__in=home_keys).values_list("pk", flat=True))


def in_regions(site_ids):
    """A condition on pages: in the tree of one of these regions, in any language."""
    home_keys = Site.objects.filter(pk__in=site_ids).values("root_page__translation_key")
    condition = Q(pk__in=[])
    for path in Page.objects.filter(depth=2, translation_key__in=home_keys).values_list("path", flat=True):
        condition |= Q(path__startswith=path)
    return condition


def _base_model(model):
    parents = model._meta.get_parent_list()
    return parents[-1] if parents else model


def referring_pages(model, pks):
    """A condition on pages: their content refers to one of these objects (Wagtail's
    reference index: chooser blocks, rich-text links, related pages, attachments)."""
    pks = [str(pk) for pk in pks]
    if not pks:
        return Q(pk__in=[])
    page_ids = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(_base_model(model)),
        to_object_id__in=pks,
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    return Q(pk__in=[int(page_id) for page_id in page_ids])


def _pages_with_topics():
    return [
        apps.get_model(label) for label in ("home.TopicPage", "home.OptionPage", "home.KnowledgeArticlePage")
    ]


def tagged_with(topic_keys):
    """A condition on pages: tagged with a topic of one of these translation keys."""
    condition = Q(pk__in=[])
    if not topic_keys:
        return condition
    for model in _pages_with_topics():
        links = model.topics.through.objects.filter(topic__translation_key__in=topic_keys)
        condition |= Q(pk__in=links.values(f"{model._meta.model_name}_id"))
    return condition


def _topic_keys_of_pages(page_ids):
    keys = set()
    for model in _pages_with_topics():
        links = model.topics.through.objects.filter(**{f"{model._meta.model_name}_id__in": page_ids})
        keys |= set(links.values_list("topic__translation_key", flat=True))
    return keys


def directory_pages():
    """A condition on pages: the services directories (they list every offer of their
    region and the topics as filters; their regions' condition narrows them)."""
    return Q(servicesdirectorypage__isnull=False)


def _translation_pks(instance):
    """Primary keys of an object and of all its translations."""
    key = getattr(instance, "translation_key", None)
    if key is None:
        return [instance.pk]
    return list(type(instance)._default_manager.filter(translation_key=key).values_list("pk", flat=True))


def _page_keys(condition):
    return {str(key) for key in Page.objects.filter(condition).values_list("translation_key", flat=True)}


# ---- pages ------------------------------------------------------------------------------------


def page_changed(page, *, previous_parent=None):
    """A page was published, unpublished, deleted or restricted, or moved (away from
    `previous_parent`). See the module docstring."""
    depth = page.depth
    parent_paths = {page.path[:-STEP]}
    if previous_parent is not None:
        depth = min(depth, previous_parent.depth + 1)
        parent_paths.add(previous_parent.path)
    if depth <= 1:
        return everything()
    regions = regions_of_paths([page.path, *parent_paths])
    if depth == 2:
        return Affected(sites=True, site_ids=regions)
    if depth == 3:
        return Affected(site_ids=regions)

    ancestor_paths = {
        path[: level * STEP] for path in parent_paths for level in range(2, len(path) // STEP + 1)
    }
    shows_it = Q(path__in=ancestor_paths) | Q(path__startswith=page.path)
    for parent_path in parent_paths:
        shows_it |= Q(path__startswith=parent_path, depth=len(parent_path) // STEP + 1)
    translations = _translation_pks(page)
    shows_it |= referring_pages(Page, translations)
    topic_keys = _topic_keys_of_pages(translations)
    if topic_keys:
        shows_it |= tagged_with(topic_keys) & in_regions(regions)
    return Affected(page_keys=_page_keys(shows_it) | {str(page.translation_key)})


def page_restriction_changed(restriction):
    return page_changed(restriction.page)


def page_part_changed(part):
    """A row that belongs to one page (a related page, an attachment): that page."""
    page = part.page
    return Affected(page_keys={str(page.translation_key)})


# ---- region data and snippets -------------------------------------------------------------------


def region_data_changed(instance):
    """Shown in the header or footer of every page of its region, or in every service list."""
    return Affected(site_ids={instance.site_id})


def opening_hours_changed(hours):
    from home.models import ContactChannel

    site_id = ContactChannel.objects.filter(pk=hours.channel_id).values_list("site_id", flat=True).first()
    return Affected(site_ids={site_id} if site_id else set())


def service_offer_changed(offer):
    from home.models import OptionPage, ServiceOffer, TopicPage

    offer_key = offer.translation_key
    picked = Q(
        pk__in=TopicPage.related_services.through.objects.filter(
            serviceoffer__translation_key=offer_key
        ).values("topicpage_id")
    ) | Q(
        pk__in=OptionPage.services.through.objects.filter(serviceoffer__translation_key=offer_key).values(
            "optionpage_id"
        )
    )
    topic_links = ServiceOffer.topics.through.objects.filter(serviceoffer__translation_key=offer_key)
    topic_keys = set(topic_links.values_list("topic__translation_key", flat=True))
    shows_it = picked | (directory_pages() & in_regions({offer.site_id}))
    if topic_keys:
        from home.models import Topic

        topic_pks = Topic.objects.filter(translation_key__in=topic_keys).values_list("pk", flat=True)
        shows_it |= (tagged_with(topic_keys) | referring_pages(Topic, topic_pks)) & in_regions(
            {offer.site_id}
        )
    return Affected(page_keys=_page_keys(shows_it))


def topic_changed(topic):
    from home.models import Topic

    return Affected(
        page_keys=_page_keys(
            tagged_with({topic.translation_key})
            | referring_pages(Topic, _translation_pks(topic))
            | directory_pages()
        )
    )


def expert_changed(expert):
    from home.models import OptionPage

    links = OptionPage.experts.through.objects.filter(expert__translation_key=expert.translation_key)
    return Affected(page_keys=_page_keys(Q(pk__in=links.values("optionpage_id"))))


def referred_object_changed(instance):
    """An object pages choose in their content: the pages that refer to it."""
    return Affected(page_keys=_page_keys(referring_pages(type(instance), _translation_pks(instance))))


def site_changed(instance):
    return everything()


# model label -> rule. A change to an object of any other model affects no page.
RULES = {
    "home.ContactChannel": region_data_changed,
    "home.OpeningHours": opening_hours_changed,
    "home.RegionSettings": region_data_changed,
    "home.CrisisTexts": region_data_changed,
    "home.Municipality": region_data_changed,
    "home.ServiceOffer": service_offer_changed,
    "home.Topic": topic_changed,
    "home.Expert": expert_changed,
    "home.ExperienceStory": referred_object_changed,
    "home.RelatedPage": page_part_changed,
    "home.ArticleAttachment": page_part_changed,
    "wagtaildocs.Document": referred_object_changed,
    "wagtailimages.Image": referred_object_changed,
    "wagtailcore.PageViewRestriction": page_restriction_changed,
    "wagtailcore.Site": site_changed,
    "wagtailcore.Locale": site_changed,
}

# Many-to-many relations whose change is judged like a change of the object holding them.
RELATIONS = [
    ("home.ServiceOffer", "topics"),
    ("home.ServiceOffer", "municipalities"),
    ("home.ServiceOffer", "channels"),
    ("home.TopicPage", "topics"),
    ("home.OptionPage", "topics"),
    ("home.KnowledgeArticlePage", "topics"),
]


def rule_for(model):
    return RULES.get(model._meta.label)


def object_changed(instance):
    """What a saved or deleted object affects: a page by the page rule, anything else by
    its model's rule (nothing for a model without one)."""
    if isinstance(instance, Page):
        return page_changed(instance)
    rule = rule_for(type(instance))
    return rule(instance) if rule is not None else Affected()


def affected_page_ids(affected):
    """Ids of the pages an `Affected` names, in every language (None: every page)."""
    if affected.everything:
        return None
    condition = Q(translation_key__in=affected.page_keys)
    if affected.site_ids:
        condition |= in_regions(affected.site_ids)
    return set(Page.objects.filter(condition).values_list("pk", flat=True))
