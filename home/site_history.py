"""Site history per region: an editor sees the changes of their own regions only.

Wagtail shows a snippet's log entries to everyone with a *global* permission on its
model, so one region's editor would read another region's edits, or (with per-region
permissions only) none of their own. For the regional snippets and settings this module
decides per entry: the entry's object, or for a deleted object the region stamped on the
entry when it was written (`stamp_region`), must lie in a region where the user has a
permission on that model. Page entries already follow the page permissions.

`SiteHistoryView` replaces Wagtail's report at the same URL (portal/urls.py); the
editors' dashboard reads the same entries.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

from home import regions

REGION_KEY = "region"


def regional_models():
    from wagtail.contrib.settings.registry import registry as settings_registry

    return [*regions.regional_snippet_models(), *settings_registry]


def viewable_log_entries(log_model, user):
    """The entries of `log_model` that `user` may see in the site history."""
    entries = log_model.objects.viewable_by_user(user)
    if user.is_superuser or log_model is not ModelLogEntry:
        return entries
    content_types = ContentType.objects.get_for_models(*regional_models())
    in_regions = Q(pk__in=[])
    for model, content_type in content_types.items():
        site_ids = regions.site_ids_for(user, model)
        if not site_ids:
            continue
        object_ids = model._default_manager.filter(site_id__in=site_ids).annotate(
            key=Cast("pk", output_field=CharField())
        )
        in_regions |= Q(content_type=content_type) & (
            Q(object_id__in=object_ids.values("key")) | Q(**{f"data__{REGION_KEY}__in": sorted(site_ids)})
        )
    others = entries.exclude(content_type__in=content_types.values())
    return log_model.objects.filter(Q(pk__in=others.values("pk")) | in_regions)


def stamp_region(sender, instance, **kwargs):
    """`pre_save` of a log entry: remember the region of a regional object, so the entry
    stays in its region's history after the object is deleted."""
    if not instance._state.adding or not instance.content_type_id:
        return
    model = instance.content_type.model_class()
    if model not in regional_models():
        return
    data = instance.data if isinstance(instance.data, dict) else {}
    if REGION_KEY in data:
        return
    site_id = model._default_manager.filter(pk=instance.object_id).values_list("site_id", flat=True).first()
    if site_id is not None:
        instance.data = {**data, REGION_KEY: site_id}


class SiteHistoryView(LogEntriesView):
    """Wagtail's site history, with the entries of `viewable_log_entries`."""

    def get_filtered_queryset(self):
        from django.db.models import IntegerField, Value

        queryset = None
        self.log_models = list(log_action_registry.get_log_entry_models())
        for index, log_model in enumerate(self.log_models):
            sub_queryset = (
                viewable_log_entries(log_model, self.request.user)
                .values("pk", "timestamp")
                .annotate(log_model_index=Value(index, output_field=IntegerField()))
            )
            sub_queryset = self.filter_queryset(sub_queryset).order_by()
            queryset = sub_queryset if queryset is None else queryset.union(sub_queryset, all=True)
        return queryset.order_by("-timestamp")


site_history = require_admin_access(SiteHistoryView.as_view())
site_history_results = require_admin_access(SiteHistoryView.as_view(results_only=True))
