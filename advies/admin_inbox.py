"""The inbox of the intake team: open requests by default, the columns the team works
with, filters and saved views, sortable, paginated, and list exports.

Queries stay constant whatever the number of requests: one count and one page of rows
(with region, municipality and assignee joined), plus one query per filter's choices.
The waiting days and next follow-up are plain columns or computed from them, never a
query per row.

Saved views (`?weergave=`), each also a dashboard link:

- *mijn*: open requests assigned to me;
- *veiligheid*: every open request, those with a safety signal first (longest waiting first);
- *opvolging*: open requests whose next follow-up date is today or has passed;
- *nieuw-vandaag*: received today;
- *te-lang*: open and still without first contact after the region's target.

List exports (CSV and XLSX, Wagtail's own export of the listing with its filters, the
period among them) hold categories and dates only, and are audited as one line with the
number of requests and the filters. With the right "export_request_text" a staff member
can ask explicitly (a confirmation page, a POST) for contact details and free text as
well; that export is audited for every request in it.
"""

import datetime

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusFlagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Site

from advies import access, audit, selectors
from advies.choices import AuditAction, RequestKind, Status
from advies.models import Request
from home.choices import Route
from home.models import Municipality

AGE_CHOICES = [
    ("2", _("Ouder dan 2 dagen")),
    ("7", _("Ouder dan een week")),
    ("14", _("Ouder dan twee weken")),
    ("30", _("Ouder dan een maand")),
]
ALL_STATUSES = "alle"

MINE = "mijn"
SAFETY_FIRST = "veiligheid"
FOLLOW_UP_DUE = "opvolging"
NEW_TODAY = "nieuw-vandaag"
WAITING_TOO_LONG = "te-lang"
SAVED_VIEWS = [
    (MINE, _("Mijn aanvragen")),
    (SAFETY_FIRST, _("Veiligheid eerst")),
    (FOLLOW_UP_DUE, _("Opvolging vandaag")),
    (NEW_TODAY, _("Nieuw vandaag")),
    (WAITING_TOO_LONG, _("Wacht langer dan de streeftermijn")),
]
# A saved view's own order, unless the user sorts by a column.
SAVED_VIEW_ORDERING = {
    SAFETY_FIRST: ("-safety_signal", "received_at"),
    FOLLOW_UP_DUE: ("next_follow_up_on", "received_at"),
    WAITING_TOO_LONG: ("received_at",),
    MINE: ("next_follow_up_on", "received_at"),
}
# Column sort keys that are not fields: waiting days sort by receipt the other way round.
SORT_ALIASES = {"wachtdagen": "-received_at", "-wachtdagen": "received_at"}


NULLABLE_SORT_FIELDS = ("next_follow_up_on", "assigned_to__first_name", "municipality__name")


def _empty_last(key):
    """An order_by() term; a column that may be empty sorts its empty rows last either way."""
    field = key.lstrip("-")
    if field not in NULLABLE_SORT_FIELDS:
        return key
    return F(field).desc(nulls_last=True) if key.startswith("-") else F(field).asc(nulls_last=True)


def _regions_of(request):
    return access.regions(request.user) if request else Site.objects.none()


def _municipalities(request):
    return Municipality.objects.filter(site__in=_regions_of(request)).order_by("name")


def _staff(request):
    return (
        get_user_model()
        .objects.filter(groups__intake_team__site__in=_regions_of(request))
        .distinct()
        .order_by("first_name", "username")
    )


def start_of_today(now=None):
    local = timezone.localtime(now or timezone.now())
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def waiting_too_long(region_ids, *, now=None):
    """Open requests without first contact received before their region's target."""
    now = now or timezone.now()
    condition = Q(pk__in=[])
    for site in Site.objects.filter(pk__in=region_ids).order_by("pk"):
        days = selectors.region_intake_settings(site).first_contact_target_days
        condition |= Q(site=site, received_at__lt=now - datetime.timedelta(days=days))
    return Q(status__in=_open_statuses(), first_contact_at__isnull=True) & condition


def _open_statuses():
    return [status for status in Status.values if status != Status.CLOSED]


def saved_view_condition(name, user, *, now=None):
    """The filter of a saved view (see the module docstring), as a Q."""
    now = now or timezone.now()
    open_ = Q(status__in=_open_statuses())
    if name == MINE:
        return open_ & Q(assigned_to=user)
    if name == SAFETY_FIRST:
        return open_
    if name == FOLLOW_UP_DUE:
        return open_ & Q(next_follow_up_on__lte=timezone.localdate(now))
    if name == NEW_TODAY:
        return Q(received_at__gte=start_of_today(now))
    if name == WAITING_TOO_LONG:
        return waiting_too_long(access.region_ids(user), now=now)
    return Q()


class RequestFilterSet(WagtailFilterSet):
    weergave = django_filters.ChoiceFilter(
        label=_("Weergave"), choices=SAVED_VIEWS, method="filter_saved_view", empty_label=_("Alle")
    )
    site = django_filters.ModelChoiceFilter(label=_("Regio"), queryset=_regions_of)
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(ALL_STATUSES, _("Alle, ook afgesloten")), *Status.choices],
        method="filter_status",
        empty_label=_("Open (alles behalve afgesloten)"),
    )
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=RequestKind.choices)
    route = django_filters.ChoiceFilter(label=_("Route"), choices=Route.choices)
    safety_signal = django_filters.BooleanFilter(
        label=_("Veiligheidssignaal"),
        widget=forms.Select(choices=[("", _("Alle")), ("true", _("Ja")), ("false", _("Nee"))]),
    )
    municipality = django_filters.ModelChoiceFilter(label=_("Gemeente"), queryset=_municipalities)
    assigned_to = django_filters.ModelChoiceFilter(label=_("Behandelaar"), queryset=_staff)
    received_at = django_filters.DateFromToRangeFilter(
        label=_("Ontvangen (periode)"), widget=DateRangePickerWidget
    )
    age = django_filters.ChoiceFilter(label=_("Leeftijd"), choices=AGE_CHOICES, method="filter_age")

    class Meta:
        model = Request
        fields = ["site", "kind", "route", "municipality", "assigned_to"]

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.filter(status__in=_open_statuses())
        return queryset

    def filter_status(self, queryset, name, value):
        return queryset if value == ALL_STATUSES else queryset.filter(status=value)

    def filter_saved_view(self, queryset, name, value):
        return queryset.filter(saved_view_condition(value, self.request.user))

    def filter_age(self, queryset, name, value):
        return queryset.filter(received_at__lte=timezone.now() - datetime.timedelta(days=int(value)))

    def describe(self):
        """The filters in use, for the audit line of an export (labels, no free text)."""
        parts = []
        for name, value in self.form.cleaned_data.items():
            if value in (None, "", [], ()) or (isinstance(value, slice) and not (value.start or value.stop)):
                continue
            if isinstance(value, slice):
                value = f"{value.start or ''}..{value.stop or ''}"
            parts.append(f"{name}={getattr(value, 'pk', value)}")
        return ", ".join(parts) or "open"


def waiting_days(request, now=None):
    """Whole days a request has waited for its first contact (None once contacted or closed)."""
    if request.first_contact_at is not None or request.status == Status.CLOSED:
        return None
    return (timezone.localdate(now) - timezone.localdate(request.received_at)).days


def _waiting_label(request):
    days = waiting_days(request)
    if days is None:
        return "–"
    return ngettext("%(days)s dag", "%(days)s dagen", days) % {"days": days}


def _follow_up_label(request):
    day = request.next_follow_up_on
    if day is None:
        return "–"
    today = timezone.localdate()
    text = formats.date_format(day, "j M Y")
    if day < today:
        return _("%(date)s (te laat)") % {"date": text}
    if day == today:
        return _("%(date)s (vandaag)") % {"date": text}
    return text


def _assignee_label(request):
    user = request.assigned_to
    if user is None:
        return "–"
    return user.get_full_name() or user.get_username()


class InboxView(generic.IndexView):
    filterset_class = RequestFilterSet
    search_fields = ["reference"]
    search_backend_name = None
    default_ordering = "-received_at"
    export_filename = "aanvragen"
    category_export = [
        "reference",
        "region",
        "kind",
        "status",
        "route",
        "safety_signal",
        "municipality",
        "requester_role",
        "received_at",
        "waiting_days",
        "first_contact_at",
        "advice_or_referral_at",
        "closed_at",
        "outcome",
        "legal_measure_outcome",
        "assignee",
        "next_follow_up_on",
    ]
    text_export = ["contact_name", "contact_phone", "contact_email", "question", "closing_note"]
    with_text = False

    @property
    def list_export(self):
        return self.category_export + (self.text_export if self.with_text else [])

    def get_base_queryset(self):
        return selectors.requests_for(self.request.user)

    def get_edit_url(self, instance):
        return None

    def get_page_subtitle(self):
        view = self.saved_view
        return dict(SAVED_VIEWS)[view] if view else ""

    @cached_property
    def saved_view(self):
        value = self.request.GET.get("weergave", "")
        return value if value in dict(SAVED_VIEWS) else ""

    @cached_property
    def columns(self):
        return [
            self._get_title_column("reference"),
            Column("kind", label=_("Soort"), accessor="get_kind_display", sort_key="kind"),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column(
                "route", label=_("Route"), accessor=lambda r: r.get_route_display() or "–", sort_key="route"
            ),
            StatusFlagColumn(
                "safety_signal", label=_("Veiligheid"), true_label=_("Signaal"), sort_key="safety_signal"
            ),
            Column(
                "municipality",
                label=_("Gemeente"),
                accessor=lambda r: r.municipality.name if r.municipality else "–",
                sort_key="municipality__name",
            ),
            Column(
                "waiting",
                label=_("Wacht op eerste contact"),
                accessor=_waiting_label,
                sort_key="wachtdagen",
            ),
            Column(
                "assigned_to",
                label=_("Behandelaar"),
                accessor=_assignee_label,
                sort_key="assigned_to__first_name",
            ),
            Column(
                "next_follow_up_on",
                label=_("Volgende opvolging"),
                accessor=_follow_up_label,
                sort_key="next_follow_up_on",
            ),
        ]

    def order_queryset(self, queryset):
        if not self.is_explicitly_ordered and self.saved_view in SAVED_VIEW_ORDERING:
            ordering = SAVED_VIEW_ORDERING[self.saved_view]
        else:
            ordering = (SORT_ALIASES.get(self.ordering, self.ordering) or self.default_ordering,)
        return queryset.order_by(*[_empty_last(key) for key in ordering], "-pk")

    # ---- exports ------------------------------------------------------------------------

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if access.can_export_request_text(self.request.user):
            query = self.request.GET.copy()
            query.pop("export", None)
            query.pop("p", None)
            url = reverse("aanvragen:text_export") + ("?" + query.urlencode() if query else "")
            buttons.append(HeaderButton(_("Exporteren met vrije tekst…"), url=url, icon_name="download"))
        return buttons

    def get_heading(self, queryset, field):
        return str(EXPORT_HEADINGS.get(field, field))

    def to_row_dict(self, item):
        row = {field: export_value(item, field) for field in self.category_export}
        if self.with_text:
            row.update({field: getattr(item, field) for field in self.text_export})
        return row

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if not access.can_view_requests(self.request.user):
            raise PermissionDenied
        count = queryset.count()
        audit.record(
            self.request.user,
            AuditAction.EXPORT,
            object_type="lijst",
            detail=f"lijstexport {spreadsheet_format}: {count} aanvragen ({self.filters.describe()})"
            if self.filters
            else f"lijstexport {spreadsheet_format}: {count} aanvragen",
            origin=audit.origin_of(self.request),
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


EXPORT_HEADINGS = {
    "reference": _("Referentienummer"),
    "region": _("Regio"),
    "kind": _("Soort"),
    "status": _("Status"),
    "route": _("Route"),
    "safety_signal": _("Veiligheidssignaal"),
    "municipality": _("Gemeente"),
    "requester_role": _("Aanvrager"),
    "received_at": _("Ontvangen"),
    "waiting_days": _("Dagen wachtend op eerste contact"),
    "first_contact_at": _("Eerste contact"),
    "advice_or_referral_at": _("Advies of verwijzing"),
    "closed_at": _("Afgesloten"),
    "outcome": _("Uitkomst"),
    "legal_measure_outcome": _("Effect op maatregel"),
    "assignee": _("Behandelaar"),
    "next_follow_up_on": _("Volgende opvolging"),
    "contact_name": _("Naam of roepnaam"),
    "contact_phone": _("Telefoon"),
    "contact_email": _("E-mail"),
    "question": _("Vraag"),
    "closing_note": _("Toelichting bij afsluiten"),
}


def export_value(request, field):
    """One cell of a list export, as people read it (labels, local dates and times)."""
    if field == "region":
        return str(request.site)
    if field == "municipality":
        return request.municipality.name if request.municipality else ""
    if field == "assignee":
        return "" if request.assigned_to is None else _assignee_label(request)
    if field == "waiting_days":
        return waiting_days(request)
    if field == "safety_signal":
        return str(_("ja") if request.safety_signal else _("nee"))
    if field in ("kind", "status", "route", "requester_role", "outcome", "legal_measure_outcome"):
        return str(getattr(request, f"get_{field}_display")())
    value = getattr(request, field)
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def inbox_for(request):
    """An inbox view over `request`'s query string (filters, saved view, search), to reuse
    its queryset and export columns outside the listing."""
    view = InboxView(
        model=Request, index_url_name="aanvragen:index", index_results_url_name="aanvragen:index_results"
    )
    view.setup(request)
    return view


class TextExportView(WagtailAdminTemplateMixin, FormView):
    """The list export with contact details and free text: only for a user with the right,
    asked for explicitly on a confirmation page (POST), and audited for every request."""

    template_name = "advies/admin/text_export.html"
    form_class = None
    page_title = _("Exporteren met vrije tekst")
    header_icon = "download"

    def get_form_class(self):
        return TextExportForm

    def dispatch(self, request, *args, **kwargs):
        if not access.can_export_request_text(request.user):
            raise PermissionDenied
        self.inbox = inbox_for(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("aanvragen:index"), "label": _("Aanvragen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.urlencode()
        context.update(
            {
                "count": self.inbox.get_queryset().count(),
                "filters": self.inbox.filters.describe() if self.inbox.filters else "",
                "action_url": self.request.get_full_path(),
                "back_url": reverse("aanvragen:index") + (f"?{query}" if query else ""),
            }
        )
        return context

    def form_valid(self, form):
        inbox = self.inbox
        inbox.with_text = True
        queryset = inbox.get_queryset()
        fmt = form.cleaned_data["format"]
        origin = audit.origin_of(self.request)
        detail = f"lijstexport met vrije tekst ({fmt}): {form.cleaned_data['reason']}"[:200]
        audit.record_for_requests(
            self.request.user,
            AuditAction.EXPORT,
            queryset.values_list("reference", "site_id"),
            detail=detail,
            origin=origin,
        )
        return SpreadsheetExportMixin.as_spreadsheet(inbox, queryset, fmt)


class TextExportForm(forms.Form):
    format = forms.ChoiceField(
        label=_("Bestand"), choices=[("xlsx", "XLSX (Excel)"), ("csv", "CSV")], widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Waarvoor heeft u de tekst nodig?"),
        max_length=150,
        help_text=_("Komt in het auditlog bij elke aanvraag in de export (zonder persoonsgegevens)."),
    )
    confirm = forms.BooleanField(
        label=_(
            "Ik weet dat deze export namen, contactgegevens en vrije tekst bevat, en bewaar hem alleen "
            "zolang het nodig is, op een beveiligde plek."
        )
    )
