"""Back-office views in the Wagtail admin. Every view scopes its objects to the regions of
the user (`advies.access`), answers 404 for anything outside them, and leaves the rules
to `advies.services`."""

import json

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from advies import access, admin_forms, admin_inbox, audit, selectors, services
from advies.choices import AnswerKind, AuditAction, AuditResult, RequestKind, Status
from advies.drafts import DraftKeepingFormMixin
from advies.models import AgendaItem, ChainPartner, PanelMeeting, Referral, Request
from advies.workflow import WorkflowError, allowed_targets
from home.models import Expert

# ---- inbox -------------------------------------------------------------------------------

InboxView = admin_inbox.InboxView  # the listing lives in advies.admin_inbox


class RegionScopedObjectMixin:
    """Loads the request named in the URL only if the user may see its region; a request of
    another region is logged as a refused attempt and answered with 404."""

    def load_request(self, pk, *, change=False):
        obj = selectors.request_for(self.request.user, pk)
        if obj is None or not access.may_handle(self.request.user, obj.site_id, change=change):
            other = Request.objects.filter(pk=pk).first()
            if other is not None:
                audit.record(
                    self.request.user,
                    AuditAction.CHANGE if change else AuditAction.VIEW,
                    other,
                    result=AuditResult.DENIED,
                    origin=audit.origin_of(self.request),
                )
            raise Http404
        return obj


class RequestDetailView(RegionScopedObjectMixin, generic.InspectView):
    template_name = "advies/admin/request_detail.html"
    any_permission_required = ["view"]

    def get_object(self, queryset=None):
        return self.load_request(self.pk)

    def get_page_subtitle(self):
        return self.object.reference

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        services.record_view(self.request.user, obj, origin=audit.origin_of(self.request))
        urls = {
            name: reverse(f"aanvragen:{name}", args=[obj.pk])
            for name in ("status", "assign", "note", "joint_intake", "refer", "export", "answer")
        }
        can_change = access.may_handle(self.request.user, obj.site_id, change=True)
        context.update(
            {
                "req": obj,
                "answers": selectors.detail_answers(obj),
                "family_members": selectors.family_members(obj),
                "topics": selectors.topic_names(obj),
                "notes": obj.notes.select_related("author"),
                "referrals": obj.referrals.select_related("partner", "referred_by").prefetch_related(
                    "follow_ups__recorded_by"
                ),
                "agenda_items": obj.agenda_items.select_related("meeting"),
                "deliveries": obj.mail_deliveries.all(),
                "sent_answers": obj.answers.select_related("written_by"),
                "joint_partners": obj.joint_intake_partners.all(),
                "moves": workflow_moves(obj) if can_change else [],
                "action_urls": urls,
                "can_change": can_change,
                "can_export": access.can_export_requests(self.request.user),
                "is_case": obj.kind == RequestKind.CASE,
            }
        )
        return context


def workflow_moves(request):
    """The moves the workflow allows from the request's status, as (label, url) for the
    buttons on its page; an anonymised request can only be closed."""
    targets = allowed_targets(request.status)
    if request.is_anonymised:
        targets = [target for target in targets if target == Status.CLOSED]
    base = reverse("aanvragen:status", args=[request.pk])
    return [(admin_forms.move_label(request.status, target), f"{base}?naar={target}") for target in targets]


def by_reference_view(request, reference):
    """The link in a notification e-mail: by the random reference number, not the
    sequential id. Opens the request's page for its region's staff (404 and audited
    otherwise, like every other back-office URL)."""
    found = Request.objects.filter(reference=reference.upper()[:20]).values_list("pk", flat=True).first()
    view = RegionScopedObjectMixin()
    view.request = request
    if found is None:
        raise Http404
    obj = view.load_request(found)
    return redirect("aanvragen:inspect", obj.pk)


# ---- actions on one request --------------------------------------------------------------


class RequestActionView(DraftKeepingFormMixin, RegionScopedObjectMixin, WagtailAdminTemplateMixin, FormView):
    """A small page with one form that changes a request through a service. What is typed
    in its `draft_fields` survives a session that ended before saving (`advies.drafts`)."""

    template_name = "advies/admin/action.html"
    form_class = None
    action_title = ""
    header_icon = "mail"

    # An anonymised (open) request may still be closed: the status view sets this.
    allowed_when_anonymised = False

    def dispatch(self, request, *args, **kwargs):
        self.object = self.load_request(kwargs["pk"], change=True)
        return super().dispatch(request, *args, **kwargs)

    @property
    def is_read_only(self):
        obj = self.object
        return obj.is_closed or (obj.is_anonymised and not self.allowed_when_anonymised)

    def get(self, request, *args, **kwargs):
        if self.is_read_only:  # no form to fill in; a POST is refused by the service
            return self.render_to_response(self.get_context_data(form=None, read_only=True))
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.action_title)

    def get_page_subtitle(self):
        return self.object.reference

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("aanvragen:index"), "label": _("Aanvragen")},
            {"url": self.detail_url, "label": self.object.reference},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def detail_url(self):
        return reverse("aanvragen:inspect", args=[self.object.pk])

    def get_success_url(self):
        return self.detail_url

    def draft_request(self):
        return self.object

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"req": self.object, "detail_url": self.detail_url, "action_url": self.request.path})
        return context

    @property
    def origin(self):
        return audit.origin_of(self.request)

    def form_valid(self, form):
        try:
            with audit.atomic():  # a refusal's audit entry outlives the rollback
                self.perform(form)
        except WorkflowError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, self.success_message())
        return redirect(self.get_success_url())

    def success_message(self):
        return _("Opgeslagen.")

    def perform(self, form):
        raise NotImplementedError


class StatusView(RequestActionView):
    """One move of the workflow. Without `?naar=` the page lists the moves the workflow
    allows from the current status; with it, the form has the fields that move needs
    (assignee, meeting, outcome). A move the workflow does not allow is refused (and
    audited) by the service, whatever was posted."""

    form_class = admin_forms.StatusForm
    action_title = _("Status wijzigen")
    draft_fields = ("closing_note",)
    allowed_when_anonymised = True
    template_name = "advies/admin/status.html"

    @cached_property
    def target(self):
        value = self.request.POST.get("target") or self.request.GET.get("naar", "")
        return value if value in Status.values else ""

    def get_page_title(self):
        if self.target and self.request.method == "GET":
            return str(admin_forms.move_label(self.object.status, self.target))
        return str(self.action_title)

    def get(self, request, *args, **kwargs):
        if not self.target and not self.is_read_only:
            context = self.get_context_data(form=None, moves=workflow_moves(self.object))
            return self.render_to_response(context)
        return super().get(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "request_obj": self.object,
            "target": self.target,
            "staff": selectors.staff_of_region(self.object.site),
            "meetings": selectors.upcoming_meetings(self.object.site),
        }

    def get_initial(self):
        initial = super().get_initial()
        if self.target == Status.IN_INTAKE and self.object.status == Status.NEW:
            initial["assignee"] = self.object.assigned_to_id or self.request.user.pk
        return initial

    def perform(self, form):
        data = form.cleaned_data
        target = data["target"]
        user, obj = self.request.user, self.object
        if target == Status.IN_PANEL and data.get("meeting") is not None:
            services.put_on_agenda(user, data["meeting"], obj, origin=self.origin)
            obj.refresh_from_db()
            if obj.status != Status.IN_PANEL:
                services.change_status(user, obj, target, origin=self.origin)
            return
        services.change_status(
            user,
            obj,
            target,
            outcome=data.get("outcome") or "",
            legal_measure_outcome=data.get("legal_measure_outcome") or "",
            closing_note=data.get("closing_note") or "",
            origin=self.origin,
        )
        if "assignee" in data and data["assignee"] is not None and data["assignee"] != obj.assigned_to:
            services.assign(user, obj, data["assignee"], origin=self.origin)


class AssignView(RequestActionView):
    form_class = admin_forms.AssignForm
    action_title = _("Toewijzen")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "staff": selectors.staff_of_region(self.object.site)}

    def get_initial(self):
        return {"assignee": self.object.assigned_to_id}

    def perform(self, form):
        services.assign(self.request.user, self.object, form.cleaned_data["assignee"], origin=self.origin)


class NoteView(RequestActionView):
    form_class = admin_forms.NoteForm
    action_title = _("Notitie toevoegen")
    draft_fields = ("text",)

    def perform(self, form):
        services.add_note(self.request.user, self.object, form.cleaned_data["text"], origin=self.origin)


class JointIntakeView(RequestActionView):
    form_class = admin_forms.JointIntakeForm
    action_title = _("Besluit gezamenlijke intake")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "partners": selectors.chain_partners_for(self.object.site)}

    def perform(self, form):
        services.decide_joint_intake(
            self.request.user,
            self.object,
            joint=form.cleaned_data["joint"],
            partners=form.cleaned_data["partners"],
            origin=self.origin,
        )


class ReferView(RequestActionView):
    form_class = admin_forms.ReferralForm
    action_title = _("Doorverwijzen")
    draft_fields = ("note",)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "partners": selectors.chain_partners_for(self.object.site)}

    def perform(self, form):
        services.refer(
            self.request.user,
            self.object,
            partner=form.cleaned_data["partner"],
            follow_up_on=form.cleaned_data["follow_up_on"],
            note=form.cleaned_data["note"],
            origin=self.origin,
        )


class ReferralResultView(RequestActionView):
    form_class = admin_forms.ReferralResultForm
    action_title = _("Resultaat verwijzing")
    draft_fields = ("note",)

    def dispatch(self, request, *args, **kwargs):
        referral = Referral.objects.filter(pk=kwargs["referral_pk"], request_id=kwargs["pk"]).first()
        if referral is None:
            raise Http404
        self.referral = referral
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"result": self.referral.result, "follow_up_on": self.referral.follow_up_on}

    def perform(self, form):
        services.record_referral_result(
            self.request.user,
            self.referral,
            result=form.cleaned_data["result"],
            note=form.cleaned_data["note"],
            follow_up_on=form.cleaned_data["follow_up_on"],
            origin=self.origin,
        )


class AnswerView(RequestActionView):
    """Write the answer back to the person who asked. It is read on the portal with a
    code; the e-mail to the request's address only says it is there."""

    form_class = admin_forms.AnswerForm
    action_title = _("Antwoord aan de aanvrager")
    draft_fields = ("text",)
    template_name = "advies/admin/answer.html"

    def get_initial(self):
        advice = self.object.agenda_items.exclude(advice="").order_by("-advice_recorded_at").first()
        if advice is not None:
            return {"kind": AnswerKind.PANEL_ADVICE, "text": advice.advice}
        if self.object.status in (Status.NEW, Status.IN_INTAKE):
            return {"kind": AnswerKind.PICKED_UP}
        return {"kind": AnswerKind.ADVICE}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sent_answers"] = self.object.answers.select_related("written_by")
        context["has_email"] = bool(self.object.contact_email)
        return context

    def perform(self, form):
        data = form.cleaned_data
        services.send_answer(
            self.request.user,
            self.object,
            kind=data["kind"],
            text=data.get("text") or "",
            call_on=data.get("call_on"),
            origin=self.origin,
        )

    def success_message(self):
        if self.object.contact_email:
            return _("Verstuurd. De aanvrager krijgt een e-mail met alleen het referentienummer en een link.")
        return _(
            "Opgeslagen. Deze aanvrager gaf geen e-mailadres: vertel bij het volgende contact dat het "
            "antwoord op de website staat (te lezen met de leescode van de bevestiging)."
        )


def export_view(request, pk):
    """Download everything held on one request (subject-access request), audit-logged."""
    view = RegionScopedObjectMixin()
    view.request = request
    obj = view.load_request(pk)
    data = services.export_request(request.user, obj, origin=audit.origin_of(request))
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="inzage-{obj.reference}.json"'
    return response


class FollowUpsView(WagtailAdminTemplateMixin, TemplateView):
    """Referrals whose follow-up date has come and that have no final result yet."""

    template_name = "advies/admin/follow_ups.html"
    page_title = _("Op te volgen verwijzingen")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not access.can_view_requests(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["referrals"] = selectors.follow_ups_due(self.request.user)
        return context


class RetentionWarningsView(WagtailAdminTemplateMixin, TemplateView):
    """What retention will do in the coming days to requests of the user's regions: each
    region warns `retention_warning_days` ahead, so staff can still act (a request that
    is still being worked on needs a note or a status change; activity resets its
    period). Shows references, dates and rules only, nothing typed."""

    template_name = "advies/admin/retention_warnings.html"
    page_title = _("Wordt binnenkort geanonimiseerd of verwijderd")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not access.can_view_requests(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        regions = list(access.regions(self.request.user))
        context["steps"] = selectors.retention_warnings(self.request.user)
        context["regions"] = [(region, selectors.region_intake_settings(region)) for region in regions]
        return context


# ---- panel and pool meetings -------------------------------------------------------------


class RegionChoiceForm(WagtailAdminModelForm):
    """Admin model form whose region choice is limited to the user's regions."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        regions = access.regions(for_user) if for_user else Site.objects.none()
        self.fields["site"].queryset = regions
        self.regions = regions

    def clean_site(self):
        site = self.cleaned_data["site"]
        if site not in self.regions:
            raise PermissionDenied
        return site


class PanelMeetingForm(RegionChoiceForm):
    class Meta:
        model = PanelMeeting
        fields = ["site", "panel", "date", "members"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = Expert.objects.filter(
            site__in=self.regions, locale__language_code="nl"
        ).order_by("discipline", "name")
        self.fields["members"].widget = forms.CheckboxSelectMultiple()
        self.fields["members"].widget.choices = self.fields["members"].choices


class ChainPartnerForm(RegionChoiceForm):
    class Meta:
        model = ChainPartner
        fields = ["site", "name", "kind", "active"]


class ScopedQuerysetMixin:
    def get_base_queryset(self):
        return self.model.objects.filter(site_id__in=access.region_ids(self.request.user))

    def get_queryset(self):
        if isinstance(self, generic.IndexView):
            return super().get_queryset()
        return self.model.objects.filter(site_id__in=access.region_ids(self.request.user))


class MeetingIndexView(ScopedQuerysetMixin, generic.IndexView):
    def get_edit_url(self, instance):
        return reverse("overleggen:inspect", args=[instance.pk])


class ScopedCreateView(ScopedQuerysetMixin, generic.CreateView):
    pass


class ScopedEditView(ScopedQuerysetMixin, generic.EditView):
    pass


class ScopedIndexView(ScopedQuerysetMixin, generic.IndexView):
    pass


class MeetingDetailView(generic.InspectView):
    template_name = "advies/admin/meeting_detail.html"
    any_permission_required = ["view", "change"]

    def get_object(self, queryset=None):
        meeting = selectors.meetings_for(self.request.user).filter(pk=self.pk).first()
        if meeting is None:
            other = PanelMeeting.objects.filter(pk=self.pk).first()
            if other is not None:  # the agenda shows advice: a refused look is logged too
                audit.record(
                    self.request.user,
                    AuditAction.VIEW,
                    other,
                    result=AuditResult.DENIED,
                    detail="overleg",
                    origin=audit.origin_of(self.request),
                    site=other.site,
                )
            raise Http404
        return meeting

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting = self.object
        open_requests = (
            selectors.requests_for(self.request.user).filter(site=meeting.site).exclude(status=Status.CLOSED)
        )
        items = list(meeting.agenda_items.select_related("request", "request__site"))
        origin = audit.origin_of(self.request)
        for item in items:  # the agenda shows each case's advice: a view of that request
            audit.record(
                self.request.user, AuditAction.VIEW, item.request, detail="agenda overleg", origin=origin
            )
        context.update(
            {
                "meeting": meeting,
                "members": meeting.members.all(),
                "items": items,
                "agenda_form": admin_forms.AgendaForm(requests=open_requests),
                "agenda_url": reverse("overleggen:agenda", args=[meeting.pk]),
                "edit_url": reverse("overleggen:edit", args=[meeting.pk]),
            }
        )
        return context


class MeetingActionView(DraftKeepingFormMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "advies/admin/action.html"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.meeting = selectors.meetings_for(request.user).filter(pk=kwargs["pk"]).first()
        if self.meeting is None or not access.may_handle(request.user, self.meeting.site_id, change=True):
            self.record_denied(kwargs)
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def record_denied(self, kwargs):
        """A meeting of another region is answered with 404 and logged as a refused attempt."""
        meeting = PanelMeeting.objects.filter(pk=kwargs["pk"]).first()
        if meeting is not None:
            audit.record(
                self.request.user,
                AuditAction.CHANGE,
                meeting,
                result=AuditResult.DENIED,
                detail="overleg",
                origin=audit.origin_of(self.request),
                site=meeting.site,
            )

    def get_page_subtitle(self):
        return str(self.meeting)

    def get_success_url(self):
        return reverse("overleggen:inspect", args=[self.meeting.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"detail_url": self.get_success_url(), "action_url": self.request.path})
        return context

    def form_valid(self, form):
        try:
            with audit.atomic():  # a refusal's audit entry outlives the rollback
                self.perform(form)
        except WorkflowError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("Opgeslagen."))
        return redirect(self.get_success_url())


class AgendaView(MeetingActionView):
    form_class = admin_forms.AgendaForm
    page_title = _("Casus op de agenda zetten")

    def get_form_kwargs(self):
        requests = selectors.requests_for(self.request.user).filter(site=self.meeting.site)
        return {**super().get_form_kwargs(), "requests": requests.exclude(status=Status.CLOSED)}

    def perform(self, form):
        origin = audit.origin_of(self.request)
        services.put_on_agenda(self.request.user, self.meeting, form.cleaned_data["request"], origin=origin)


class PanelAdviceView(MeetingActionView):
    """The advice recorded on one case of a meeting, to read and (re)record. Opening it is
    a view of that request's advice and is audited, like every view of advice."""

    form_class = admin_forms.PanelAdviceForm
    page_title = _("Advies vastleggen")
    draft_fields = ("advice",)

    @classmethod
    def draft_request_id(cls, view_kwargs):
        items = AgendaItem.objects.filter(pk=view_kwargs.get("item_pk"), meeting_id=view_kwargs.get("pk"))
        return items.values_list("request_id", flat=True).first()

    def dispatch(self, request, *args, **kwargs):
        self.item = (
            AgendaItem.objects.filter(pk=kwargs["item_pk"], meeting_id=kwargs["pk"])
            .select_related("request", "request__site", "meeting")
            .first()
        )
        if self.item is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def record_denied(self, kwargs):
        audit.record(
            self.request.user,
            AuditAction.VIEW,
            self.item.request,
            result=AuditResult.DENIED,
            detail=f"advies overleg {self.item.meeting_id}",
            origin=audit.origin_of(self.request),
        )

    def get(self, request, *args, **kwargs):
        services.record_view(
            request.user,
            self.item.request,
            origin=audit.origin_of(request),
            detail=f"advies overleg {self.item.meeting_id}",
        )
        return super().get(request, *args, **kwargs)

    def draft_request(self):
        return self.item.request

    def get_initial(self):
        return {"advice": self.item.advice}

    def perform(self, form):
        services.record_panel_advice(
            self.request.user, self.item, form.cleaned_data["advice"], origin=audit.origin_of(self.request)
        )


# ---- audit log ---------------------------------------------------------------------------


class AuditFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Handeling"), choices=AuditAction.choices)
    result = django_filters.ChoiceFilter(label=_("Resultaat"), choices=AuditResult.choices)

    class Meta:
        from advies.models import AuditEntry

        model = AuditEntry
        fields = ["action", "result", "site"]


class AuditLogView(generic.IndexView):
    filterset_class = AuditFilterSet
    search_fields = ["object_reference", "actor_name"]
    search_backend_name = None
    any_permission_required = ["view"]

    def dispatch(self, request, *args, **kwargs):
        if not access.can_read_audit_log(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_edit_url(self, instance):
        return None

    def get_inspect_url(self, instance):
        return None
