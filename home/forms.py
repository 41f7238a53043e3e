"""Admin forms that keep a region's content inside its region.

Every page, regional snippet and region setting is edited through a form from here
(`base_form_class` on the models). The form

- offers only what belongs to the object's region and language: the regions the editor
  may use for the `site` field, and in checkbox lists the services, channels, experts and
  municipalities of that region in the object's language (topics in its language);
  anything already chosen stays visible, so nothing is dropped silently;
- refuses a link to another region on save: a municipality, channel or service of
  another region, a page of another region's tree picked in a page chooser, a contact
  card or page link of another region in the body.
"""

from django import forms
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import GroupSitePermission, Page, Site, TranslatableMixin

from home import regions

OTHER_REGION = _("Dit hoort bij een andere regio: %(items)s. Kies iets uit %(region)s.")
OTHER_REGION_OR_LANGUAGE = _(
    "Dit hoort bij een andere regio of taal. Kies uit de lijst, die alleen deze regio en taal toont."
)


class RegionScopedFormMixin:
    """Shared by the page, snippet and setting forms; subclasses say which region the
    object belongs to (`region_id`) and which region choices the user has (`allowed_site_ids`)."""

    def limit_choices(self):
        region_id = self.region_id()
        allowed = self.allowed_site_ids()
        locale_id = getattr(self.instance, "locale_id", None)
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None:
                continue
            model = queryset.model
            chosen = Q(pk__in=self._chosen_pks(name))
            if model is Site and name == "site":
                field.queryset = queryset.filter(Q(pk__in=allowed) | chosen)
                if not self.instance.pk and len(allowed) == 1 and not self.initial.get(name):
                    self.initial[name] = next(iter(allowed))
                continue
            if issubclass(model, Page):
                continue  # page choosers are narrowed by the chooser hook (wagtail_hooks)
            wanted = Q()
            if regions.is_regional(model):
                wanted &= Q(site_id=region_id) if region_id else Q(site_id__in=allowed)
            if issubclass(model, TranslatableMixin) and locale_id:
                wanted &= Q(locale_id=locale_id)
            if wanted:
                field.queryset = queryset.filter(wanted | chosen).distinct()
                field.error_messages["invalid_choice"] = OTHER_REGION_OR_LANGUAGE

    def _chosen_pks(self, name):
        if not self.instance.pk:
            return []
        try:
            field = self.instance._meta.get_field(name)
        except Exception:  # noqa: BLE001 (a form field that is not a model field)
            return []
        if field.many_to_many:
            return [obj.pk for obj in getattr(self.instance, name).all()]
        value = getattr(self.instance, field.attname, None)
        return [value] if value is not None else []

    # ---- validation --------------------------------------------------------------------

    def check_region_of_references(self):
        region_id = self.region_id()
        if not region_id:
            return
        foreign = {}
        for field_name, model, pk in self.references():
            foreign.setdefault(field_name, []).append((model, pk))
        region = Site.objects.filter(pk=region_id).first()
        for field_name, refs in foreign.items():
            names = self._names_outside(region_id, refs)
            if names:
                message = OTHER_REGION % {"items": ", ".join(sorted(names)), "region": region.site_name}
                target = field_name if field_name in self.fields else None
                self.add_error(target, ValidationError(message, code="other_region"))

    @staticmethod
    def _names_outside(region_id, refs):
        names = set()
        page_ids = [pk for model, pk in refs if issubclass(model, Page)]
        page_regions = regions.site_ids_of_pages(page_ids) if page_ids else {}
        for model, pk in refs:
            if issubclass(model, Page):
                site_id = page_regions.get(_int(pk))
                if site_id is not None and site_id != region_id:
                    names.add(str(Page.objects.get(pk=pk).title))
            elif regions.is_regional(model):
                obj = model._default_manager.filter(pk=pk).first()
                if obj is not None and obj.site_id != region_id:
                    names.add(str(obj))
        return names

    def references(self):
        """(form field, model, pk) of every page or regional object the submitted data
        points at: foreign keys, many-to-many choices, StreamField and rich-text content,
        and the foreign keys of inline child forms (e.g. related pages)."""
        found = []
        for name, value in self.cleaned_data.items():
            found.extend((name, model, pk) for model, pk in _references_in(self.instance, name, value))
        for relation, formset in getattr(self, "formsets", {}).items():
            # The inline forms are validated after this form's own `clean` (ClusterForm's
            # `is_valid`); validate them now to read what they point at (cached: once).
            formset.is_valid()
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data.get("DELETE"):
                    continue
                for name, value in data.items():
                    if name in ("DELETE", "id", "ORDER"):
                        continue
                    found.extend(
                        (relation, model, pk) for model, pk in _references_in(form.instance, name, value)
                    )
        return found


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _references_in(instance, name, value):
    try:
        field = instance._meta.get_field(name)
    except Exception:  # noqa: BLE001 (a form field that is not a model field)
        return []
    if value in (None, "", [], ()):
        return []
    if hasattr(field, "extract_references"):
        return [(model, pk) for model, pk, _path, _content in field.extract_references(value)]
    if field.is_relation and field.many_to_one:
        return [(field.related_model, value.pk)] if hasattr(value, "pk") else []
    if field.is_relation and field.many_to_many:
        return [(field.related_model, obj.pk) for obj in value]
    return []


class RegionalModelForm(RegionScopedFormMixin, WagtailAdminModelForm):
    """For regional snippets (a `site` field), region settings (the site they belong to)
    and shared snippets (only the language filter applies)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_choices()

    def allowed_site_ids(self):
        user = self.for_user
        if user is None:
            return set(Site.objects.values_list("pk", flat=True))
        action = "change" if self.instance.pk else "add"
        return regions.site_ids_for(user, type(self.instance), (action,))

    def region_id(self):
        """The region the object is in or is being put in; a submitted region the user
        may not use counts as none (its choices are never shown)."""
        if "site" in self.fields:
            allowed = self.allowed_site_ids()
            submitted = _int(self.data.get(self.add_prefix("site"))) if self.is_bound else None
            if submitted in allowed:
                return submitted
            if self.instance.site_id in allowed:
                return self.instance.site_id
            return _single(allowed)
        return getattr(self.instance, "site_id", None)

    def clean(self):
        cleaned = super().clean()
        site = cleaned.get("site")
        if "site" in self.fields and site is not None and site.pk not in self.allowed_site_ids():
            self.add_error("site", _("In deze regio mag je dit niet toevoegen of wijzigen."))
        self.check_region_of_references()
        return cleaned


def _single(ids):
    return next(iter(ids)) if len(ids) == 1 else None


class RegionalPageForm(RegionScopedFormMixin, WagtailAdminPageForm):
    """For every page type: choices and links stay within the page's own region."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_choices()

    def region_id(self):
        return regions.site_id_of_page(self.instance, self.parent_page)

    def allowed_site_ids(self):
        region_id = self.region_id()
        return {region_id} if region_id else set()

    def clean(self):
        cleaned = super().clean()
        self.check_region_of_references()
        return cleaned


class RegionalSnippetPermissionForm(forms.Form):
    """A panel on Settings > Groups: per regional snippet and action, the regions in which
    the group may do it (Wagtail's `GroupSitePermission`, as the settings' own panels do
    for 'change'). A permission ticked under 'Objectrechten' instead counts for every region."""

    template_name = "home/admin/regional_permissions_panel.html"
    ACTIONS = (
        ("add", _("toevoegen")),
        ("change", _("wijzigen")),
        ("delete", _("verwijderen")),
        ("view", _("bekijken")),
    )

    def __init__(self, *args, instance=None, **kwargs):
        kwargs.setdefault("prefix", "regional_snippet_permissions")
        self.instance = instance
        self.permissions = {}
        super().__init__(*args, **kwargs)
        sites = Site.objects.order_by("site_name", "hostname")
        for model in regions.regional_snippet_models():
            for action, label in self.ACTIONS:
                permission = Permission.objects.get(
                    content_type=ContentType.objects.get_for_model(model),
                    codename=get_permission_codename(action, model._meta),
                )
                name = f"{model._meta.model_name}_{action}"
                self.permissions[name] = permission
                self.fields[name] = forms.ModelMultipleChoiceField(
                    queryset=sites,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                    label=f"{capfirst(model._meta.verbose_name_plural)}: {label}",
                )
                if instance is not None and instance.pk:
                    self.initial[name] = list(
                        GroupSitePermission.objects.filter(group=instance, permission=permission).values_list(
                            "site_id", flat=True
                        )
                    )

    def as_admin_panel(self):
        return render_to_string(
            self.template_name,
            {"heading": _("Rechten per regio"), "form": self, "panel_id": "regional-snippet-permissions"},
        )

    def save(self):
        for name, permission in self.permissions.items():
            wanted = set(self.cleaned_data[name].values_list("pk", flat=True))
            existing = GroupSitePermission.objects.filter(group=self.instance, permission=permission)
            existing.exclude(site_id__in=wanted).delete()
            have = set(existing.values_list("site_id", flat=True))
            GroupSitePermission.objects.bulk_create(
                GroupSitePermission(group=self.instance, site_id=site_id, permission=permission)
                for site_id in wanted - have
            )
