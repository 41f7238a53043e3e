"""Editor groups per region, made of Wagtail's own permission records. Used by the demo and
the tests; in production an administrator makes the same in Settings > Groups: page
permissions on the region's home pages (both languages), "Rechten per regio" for the
regional snippets, the region's settings ticked under its settings panel, and 'view' for
the shared topics and stories.

A regional editor:
- edits, publishes, translates and deletes pages in the region's tree (Dutch and English);
- adds, changes, deletes and views the region's services, channels, experts,
  municipalities and crisis texts, and edits the region's settings;
- chooses shared topics, stories, images and documents, and adds images and documents;
- sees nothing of another region's snippets, settings or history, and no requests.
"""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
)

from home import regions

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
SNIPPET_ACTIONS = ("add", "change", "delete", "view")
GLOBAL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("home", "view_topic"),
    ("home", "view_experiencestory"),
]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _model_permission(model, action):
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(model),
        codename=get_permission_codename(action, model._meta),
    )


def region_settings_models():
    from wagtail.contrib.settings.registry import registry

    return [model for model in registry if model._meta.app_label == "home"]


def ensure_editor_team(site, group_name):
    """A group whose members edit the content of `site`'s region (idempotent)."""
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*[_permission(app, codename) for app, codename in GLOBAL_PERMISSIONS])
    homes = Page.objects.filter(depth=2, translation_key=site.root_page.translation_key)
    for home in homes:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home, permission=_permission("wagtailcore", codename)
            )
    for model in regions.regional_snippet_models():
        for action in SNIPPET_ACTIONS:
            GroupSitePermission.objects.get_or_create(
                group=group, site=site, permission=_model_permission(model, action)
            )
    for model in region_settings_models():
        GroupSitePermission.objects.get_or_create(
            group=group, site=site, permission=_model_permission(model, "change")
        )
    root = Collection.get_first_root_node()
    for app, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=_permission(app, codename)
        )
    return group
