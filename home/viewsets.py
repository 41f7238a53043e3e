"""Snippet viewsets whose every screen stays inside the editor's regions.

Wagtail's generic views check the model permission ("may change services somewhere") and
load objects by primary key; a few check the object itself. For the regional snippets
the permission policy (`SitePermissionPolicy`, registered in `home/wagtail_hooks.py`)
knows per object, so these viewsets ask it everywhere:

- the listing and the chooser show only the objects of the regions the user may use
  (the chooser in the source language first);
- every URL with an object in it (edit, delete, copy, history, usage, inspect, preview,
  lock, revisions, workflow, chooser 'chosen') answers 404 for an object outside them,
  judged by the action that URL performs;
- the add and edit forms offer only those regions (see `home/forms.py`).
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.shortcuts import get_list_or_404
from django.urls import URLPattern
from django.utils.functional import classproperty
from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from home.regions import ANY_ACTION, regional_snippet_models

# The action a URL performs on its object; URLs not named here need any permission.
ACTION_OF_VIEW = {
    "edit": ("change",),
    "delete": ("delete",),
    "preview_on_edit": ("change",),
    "revisions_revert": ("change",),
    "revisions_unschedule": ("change",),
    "unpublish": ("change",),
    "lock": ("change",),
    "unlock": ("change",),
    "workflow_action": ("change",),
    "collect_workflow_action_data": ("change",),
    "confirm_workflow_cancellation": ("change",),
    "copy": ("change", "view"),
}


def permitted_objects(model, user, actions=ANY_ACTION):
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, actions)


def region_guard(view, model, actions):
    """`view`, answering 404 unless its object is one `user` may `actions` on."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if (
            pk is not None
            and not permitted_objects(model, request.user, actions).filter(pk=unquote(str(pk))).exists()
        ):
            raise Http404
        return view(request, *args, **kwargs)

    return guarded


def guard_object_urls(patterns, model):
    guarded = []
    for pattern in patterns:
        if isinstance(pattern, URLPattern) and "pk" in str(pattern.pattern):
            actions = ACTION_OF_VIEW.get(pattern.name, ANY_ACTION)
            pattern = URLPattern(
                pattern.pattern,
                region_guard(pattern.callback, model, actions),
                pattern.default_args,
                pattern.name,
            )
        guarded.append(pattern)
    return guarded


class SourceLanguageFirstMixin:
    """The chooser opens on the source language's objects, not on "All" (which listed
    "Mediation" once per language). Editors choose in the Dutch source; wagtail-localize
    swaps in the English objects in the translation. The filter can still be set to
    another language or to all of them."""

    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields and "locale" not in self.request.GET:
            data = self.request.GET.copy()
            data["locale"] = Locale.get_default().language_code
            form = type(form)(data)
        return form


class RegionalChooseMixin(SourceLanguageFirstMixin):
    def get_object_list(self):
        return super().get_object_list() & permitted_objects(self.model_class, self.request.user)


class SourceLanguageChooseView(SourceLanguageFirstMixin, ChooseView):
    pass


class SourceLanguageChooseResultsView(SourceLanguageFirstMixin, ChooseResultsView):
    pass


class RegionalChooseView(RegionalChooseMixin, ChooseView):
    pass


class RegionalChooseResultsView(RegionalChooseMixin, ChooseResultsView):
    pass


class RegionalChosenView(SnippetChosenView):
    def get_object(self, pk):
        return permitted_objects(self.model_class, self.request.user).get(pk=pk)


class RegionalChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return permitted_objects(self.model_class, self.request.user).filter(pk__in=pks)


class CreateOnlyWithFormView(SnippetCreateView):
    """Workaround: Wagtail 8.0's chooser 'create' URL exists for every snippet, also without
    a creation form, and a POST to it then fails with `'NoneType' object has no attribute
    'is_valid'` (a 500). Without a creation form there is nothing to create: refuse (403).
    Delete when Wagtail checks for the form itself."""

    def can_create(self):
        return self.get_creation_form_class() is not None and super().can_create()


class PortalChooserViewSet(SnippetChooserViewSet):
    create_view_class = CreateOnlyWithFormView
    choose_view_class = SourceLanguageChooseView
    choose_results_view_class = SourceLanguageChooseResultsView


class RegionalChooserViewSet(PortalChooserViewSet):
    choose_view_class = RegionalChooseView
    choose_results_view_class = RegionalChooseResultsView
    chosen_view_class = RegionalChosenView
    chosen_multiple_view_class = RegionalChosenMultipleView

    def get_urlpatterns(self):
        return guard_object_urls(super().get_urlpatterns(), self.model)


class RegionalSnippetViewSet(SnippetViewSet):
    """A snippet viewset for a model with a `site` foreign key.

    The listing's search matches `search_fields` in the database (`icontains`) instead of
    through the search backend: the database backend on SQLite cannot search single
    fields ("no such column"), and a backend search could not filter on the region
    without an index rebuild; a region's few hundred snippets need no index."""

    chooser_viewset_class = RegionalChooserViewSet
    inspect_view_enabled = True
    search_backend_name = None

    def get_queryset(self, request):
        return permitted_objects(self.model, request.user).select_related("site")

    def get_urlpatterns(self):
        return guard_object_urls(super().get_urlpatterns(), self.model)


class RegionalDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete of snippets, for the regional snippets: objects of another
    region are not "items you may not delete" (which would show their names) but not
    there at all; with none left the answer is 404."""

    @classproperty
    def models(cls):
        return list(regional_snippet_models())

    def get_queryset(self, model, object_ids):
        return get_list_or_404(permitted_objects(model, self.request.user), pk__in=object_ids)

    def get_all_objects_in_listing_query(self, parent_id):
        return permitted_objects(self.model, self.request.user).values_list("pk", flat=True)
