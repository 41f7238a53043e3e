"""Which region (Wagtail Site) an object belongs to, and which regions a user may edit.

Regional objects are the snippets with a `site` foreign key (services, contact channels,
experts, municipalities, crisis texts), the per-site settings and the pages in a
region's tree (the Dutch tree and its English translation). Their permissions are
Wagtail's own: a global model permission counts for every region, a
`GroupSitePermission` (group + site + permission) for one region only, read through the
`SitePermissionPolicy` registered for each regional snippet in `home/wagtail_hooks.py`.
Topics, experience stories, images and documents are shared by all regions.
"""

from functools import cache

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

ANY_ACTION = ("add", "change", "delete", "view")

# app_label.ModelName of the snippets that belong to one region (a `site` foreign key).
REGIONAL_SNIPPETS = (
    "home.ServiceOffer",
    "home.ContactChannel",
    "home.Expert",
    "home.Municipality",
    "home.CrisisTexts",
)


@cache
def regional_snippet_models():
    return tuple(apps.get_model(label) for label in REGIONAL_SNIPPETS)


def is_regional(model):
    return model in regional_snippet_models() or _is_site_setting(model)


def _is_site_setting(model):
    from wagtail.contrib.settings.models import BaseSiteSetting

    return issubclass(model, BaseSiteSetting)


def site_ids_for(user, model, actions=ANY_ACTION):
    """Ids of the regions in which `user` may do any of `actions` on `model`."""
    policy = policy_registry.get_by_type(model)
    if hasattr(policy, "sites_user_has_any_permission_for"):
        return set(policy.sites_user_has_any_permission_for(user, actions).values_list("pk", flat=True))
    if policy.user_has_any_permission(user, actions):
        return set(Site.objects.values_list("pk", flat=True))
    return set()


def editable_page_site_ids(user):
    """Ids of the regions in which `user` may edit at least one page."""
    if not (user.is_authenticated and user.is_active):
        return set()
    if user.is_superuser:
        return set(Site.objects.values_list("pk", flat=True))
    policy = policy_registry.get_by_type(Page)
    explorable = policy.explorable_instances(user).filter(depth=2)
    homes = region_home_pages()
    return {homes[page.translation_key] for page in explorable if page.translation_key in homes}


def editor_site_ids(user):
    """Every region in which `user` edits something: pages, regional snippets or settings."""
    ids = editable_page_site_ids(user)
    for model in regional_snippet_models():
        ids |= site_ids_for(user, model)
    return ids


# ---- the region of a page ----------------------------------------------------------------


def region_home_pages():
    """{translation_key of a region's home page: site id}; the home page of each language
    shares the translation key of the site's root page."""
    return {
        key: site_id
        for site_id, key in Site.objects.values_list("pk", "root_page__translation_key")
        if key is not None
    }


def site_id_of_page(page, parent=None):
    """The region a page (saved or not) belongs to, judged by the home page above it; for
    a page not yet in the tree, by `parent`. None outside every region."""
    path = getattr(page, "path", "") or getattr(parent, "path", "")
    if len(path) < 2 * Page.steplen:
        return None
    home_key = Page.objects.filter(path=path[: 2 * Page.steplen]).values_list("translation_key", flat=True)
    return region_home_pages().get(next(iter(home_key), None))


def pages_in_sites_q(site_ids):
    """A filter for the pages in the trees (every language) of the regions `site_ids`."""
    home_paths = Page.objects.filter(
        depth=2,
        translation_key__in=Site.objects.filter(pk__in=site_ids).values("root_page__translation_key"),
    ).values_list("path", flat=True)
    condition = Q(pk__in=[])
    for path in home_paths:
        condition |= Q(path__startswith=path)
    return condition


def site_ids_of_pages(page_ids):
    """{page id: site id} for the given pages (two queries)."""
    homes = dict(Page.objects.filter(depth=2).values_list("path", "translation_key"))
    regions = region_home_pages()
    result = {}
    for pk, path in Page.objects.filter(pk__in=page_ids).values_list("pk", "path"):
        result[pk] = regions.get(homes.get(path[: 2 * Page.steplen]))
    return result
