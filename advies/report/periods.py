"""Reporting periods: a year, a quarter or any range of days, and the period before it."""

import datetime
from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.translation import gettext as _

YEAR = "jaar"
QUARTER = "kwartaal"
CUSTOM = "anders"

LONGEST_CUSTOM_PERIOD_DAYS = 5 * 366


@dataclass(frozen=True)
class ReportPeriod:
    """The days `start` up to and including `end`, local time (settings.TIME_ZONE)."""

    start: datetime.date
    end: datetime.date
    kind: str = CUSTOM

    @classmethod
    def year(cls, year):
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31), YEAR)

    @classmethod
    def quarter(cls, year, quarter):
        first_month = 3 * (quarter - 1) + 1
        start = datetime.date(year, first_month, 1)
        return cls(start, _first_of_next_month(start, 3) - datetime.timedelta(days=1), QUARTER)

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def previous(self):
        """The period of equal length just before: the previous year or quarter, or as
        many days as this one for a custom range."""
        if self.kind == YEAR:
            return ReportPeriod.year(self.start.year - 1)
        if self.kind == QUARTER:
            quarter = (self.start.month - 1) // 3 + 1
            if quarter == 1:
                return ReportPeriod.quarter(self.start.year - 1, 4)
            return ReportPeriod.quarter(self.start.year, quarter - 1)
        end = self.start - datetime.timedelta(days=1)
        return ReportPeriod(end - datetime.timedelta(days=self.days - 1), end, CUSTOM)

    def bounds(self):
        """Aware datetimes [from, until) covering the days of the period."""
        zone = timezone.get_current_timezone()
        start = timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min), zone)
        until = timezone.make_aware(
            datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min), zone
        )
        return start, until

    def months(self):
        """First days of the calendar months that overlap the period, in order."""
        month = self.start.replace(day=1)
        found = []
        while month <= self.end:
            found.append(month)
            month = _first_of_next_month(month, 1)
        return found

    @property
    def whole_months(self):
        return (
            self.start.day == 1 and _first_of_next_month(self.end, 1) - datetime.timedelta(days=1) == self.end
        )

    @property
    def label(self):
        if self.kind == YEAR:
            return str(self.start.year)
        if self.kind == QUARTER:
            return _("%(quarter)se kwartaal %(year)s") % {
                "quarter": (self.start.month - 1) // 3 + 1,
                "year": self.start.year,
            }
        return _("%(start)s t/m %(end)s") % {
            "start": formats.date_format(self.start, "j F Y"),
            "end": formats.date_format(self.end, "j F Y"),
        }

    @property
    def slug(self):
        """A file-name-safe name, e.g. 2025, 2025-k2, 2025-01-15_2025-03-14."""
        if self.kind == YEAR:
            return str(self.start.year)
        if self.kind == QUARTER:
            return f"{self.start.year}-k{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


def _first_of_next_month(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)
