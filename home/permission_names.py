"""Dutch names for Django's default permissions.

Django stores a permission's name once, when it creates it, as "Can add <verbose name>" in
English whatever the language (a known Django limitation), so the Dutch admin's group
screen read "Can add aanbod". After every migrate the default permissions of every model
get a Dutch name instead ("Aanbod toevoegen"); custom permissions keep theirs (Wagtail
translates those itself).
"""

from django.contrib.auth.management import create_permissions
from django.utils import translation
from django.utils.text import capfirst

VERBS = {"add": "toevoegen", "change": "wijzigen", "delete": "verwijderen", "view": "bekijken"}


def dutch_name(model, action):
    with translation.override("nl"):
        return f"{capfirst(str(model._meta.verbose_name))} {VERBS[action]}"[:255]


def name_default_permissions(app_config, verbosity=1, using="default", apps=None, **kwargs):
    """`post_migrate` receiver: (create and) name the default permissions of the app's models."""
    if apps is None or not app_config.models_module:
        return
    try:
        Permission = apps.get_model("auth", "Permission")
        ContentType = apps.get_model("contenttypes", "ContentType")
    except LookupError:
        return
    create_permissions(app_config, verbosity=0, using=using, apps=apps)
    for model in app_config.get_models():
        content_type = (
            ContentType.objects.db_manager(using)
            .filter(app_label=model._meta.app_label, model=model._meta.model_name)
            .first()
        )
        if content_type is None:
            continue
        for action in model._meta.default_permissions:
            if action not in VERBS:
                continue
            Permission.objects.using(using).filter(
                content_type=content_type, codename=f"{action}_{model._meta.model_name}"
            ).exclude(name=dutch_name(model, action)).update(name=dutch_name(model, action))
