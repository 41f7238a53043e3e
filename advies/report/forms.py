"""The choice of region, period and municipality for the effect report (a GET form: the
URL names only a region, a period and a municipality, never anything personal)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advies import access
from advies.report.effect_report import region_name
from advies.report.periods import CUSTOM, LONGEST_CUSTOM_PERIOD_DAYS, QUARTER, YEAR, ReportPeriod
from home.models import Municipality
from portal.forms import lazy_interpolated

FIRST_YEAR = 2000


class ReportForm(forms.Form):
    regio = forms.ModelChoiceField(label=_("Regio"), queryset=None, empty_label=None)
    periode = forms.ChoiceField(
        label=_("Periode"),
        choices=[(YEAR, _("Jaar")), (QUARTER, _("Kwartaal")), (CUSTOM, _("Andere periode"))],
        widget=forms.RadioSelect,
        initial=YEAR,
    )
    jaar = forms.IntegerField(label=_("Jaar"), required=False, help_text=_("Bij jaar en kwartaal."))
    kwartaal = forms.TypedChoiceField(
        label=_("Kwartaal"),
        choices=[("", "—"), *[(n, lazy_interpolated(_("%(n)se kwartaal"), {"n": n})) for n in range(1, 5)]],
        coerce=int,
        empty_value=None,
        required=False,
    )
    van = forms.DateField(
        label=_("Van"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Bij een andere periode."),
    )
    tot = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    gemeente = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=None,
        required=False,
        empty_label=_("Alle gemeenten van de regio"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        regions = access.report_regions(user)
        self.fields["regio"].queryset = regions
        self.fields["gemeente"].queryset = (
            Municipality.objects.filter(site__in=regions)
            .select_related("site")
            .order_by("site__hostname", "name")
        )
        self.fields["gemeente"].label_from_instance = lambda m: f"{m.name} ({region_name(m.site)})"
        self.fields["jaar"].initial = timezone.localdate().year - 1
        sites = list(regions)
        if len(sites) == 1:
            self.fields["regio"].initial = sites[0].pk

    def clean(self):
        data = super().clean()
        kind = data.get("periode")
        year, quarter = data.get("jaar"), data.get("kwartaal")
        this_year = timezone.localdate().year
        if kind in (YEAR, QUARTER):
            if "jaar" in self.errors:
                pass  # not a number: Django's own message says so
            elif year is None:
                self.add_error("jaar", _("Vul een jaar in, bijvoorbeeld %(year)s.") % {"year": this_year - 1})
            elif not FIRST_YEAR <= year <= this_year + 1:
                self.add_error(
                    "jaar",
                    _("Kies een jaar van %(first)s tot en met %(last)s.")
                    % {"first": FIRST_YEAR, "last": this_year + 1},
                )
        if kind == QUARTER and quarter is None:
            self.add_error("kwartaal", _("Kies een kwartaal."))
        if kind == CUSTOM:
            start, end = data.get("van"), data.get("tot")
            if start is None and "van" not in self.errors:
                self.add_error("van", _("Vul de eerste dag van de periode in."))
            if end is None and "tot" not in self.errors:
                self.add_error("tot", _("Vul de laatste dag van de periode in."))
            if start and end:
                if end < start:
                    self.add_error("tot", _("De laatste dag ligt voor de eerste dag."))
                elif (end - start).days + 1 > LONGEST_CUSTOM_PERIOD_DAYS:
                    self.add_error("tot", _("Kies een periode van hoogstens vijf jaar."))
                elif start.year < FIRST_YEAR or end.year > this_year + 1:
                    self.add_error(
                        "van", _("Kies een periode tussen %(first)s en nu.") % {"first": FIRST_YEAR}
                    )
        region, municipality = data.get("regio"), data.get("gemeente")
        if region is not None and municipality is not None and municipality.site_id != region.pk:
            self.add_error("gemeente", _("Deze gemeente hoort niet bij de gekozen regio."))
        return data

    def period(self):
        data = self.cleaned_data
        if data["periode"] == YEAR:
            return ReportPeriod.year(data["jaar"])
        if data["periode"] == QUARTER:
            return ReportPeriod.quarter(data["jaar"], data["kwartaal"])
        return ReportPeriod(data["van"], data["tot"], CUSTOM)
