"""Reads for the Scheidingswijzer: the region's municipalities, the services and channels
for a result, the children's pages, and the anonymous statistics for the yearly report.
Each returns what its caller needs in a fixed number of queries."""

from django.db.models import Exists, F, OuterRef, Q, Sum
from wagtail.models import Locale

from home.fields import ChoiceSetField
from home.models import AudienceSectionPage, Municipality, ServiceOffer, Topic
from home.selectors import public_pages, region_channels, region_home
from vragenlijst.models import ScheidingswijzerTally
from vragenlijst.questions import age_range

RESULT_SERVICES_LIMIT = 6


def municipality_by_slug(site, slug):
    if not slug:
        return None
    return Municipality.objects.filter(site=site, slug=slug).first()


def _any_audience(audiences):
    condition = Q()
    for audience in audiences:
        condition |= Q(audiences__contains=ChoiceSetField.lookup(audience))
    return condition


def _overlapping_any_age_group(groups):
    condition = Q()
    for group in groups:
        youngest, oldest = age_range(group)
        condition |= (Q(min_child_age__isnull=True) | Q(min_child_age__lte=oldest)) & (
            Q(max_child_age__isnull=True) | Q(max_child_age__gte=youngest)
        )
    return condition


def services_for_outcome(site, outcome, *, municipality=None, limit=RESULT_SERVICES_LIMIT, locale=None):
    """The region's services for an outcome's route, in the person's municipality, for
    their audience and the children's ages; services on the chosen topics come first.

    Nothing for people outside the region: the services here are not theirs.
    """
    if outcome.outside_region:
        return []
    locale = locale or Locale.get_active()
    offers = ServiceOffer.objects.filter(site=site, locale=locale).serving_route(outcome.route)
    if municipality is not None:
        offers = offers.in_municipality(municipality)
    if outcome.audiences:
        offers = offers.filter(_any_audience(outcome.audiences))
    if outcome.child_age_groups:
        offers = offers.filter(_overlapping_any_age_group(outcome.child_age_groups))
    ordering = [F("waiting_weeks").asc(nulls_last=True), "name"]  # unknown waiting times last
    if outcome.topics:
        topic_keys = Topic.objects.filter(slug__in=outcome.topics).values("translation_key")
        on_topic = ServiceOffer.topics.through.objects.filter(
            serviceoffer=OuterRef("pk"), topic__translation_key__in=topic_keys
        )
        offers = offers.annotate(on_chosen_topic=Exists(on_topic))
        ordering.insert(0, "-on_chosen_topic")
    return list(offers.order_by(*ordering).prefetch_related("channels")[:limit])


def open_channels(request):
    """The request region's contact channels (in the active language) that are open now."""
    return [channel for channel in region_channels(request) if channel.is_open_now()]


def sections_for_audiences(request, audiences):
    """The request region's live audience section pages (in the active language) for these audiences."""
    home = region_home(request)
    if home is None or not audiences:
        return []
    return list(
        public_pages(AudienceSectionPage.objects.child_of(home).live())
        .filter(audience_choice__in=list(audiences))
        .order_by("path")
    )


def questionnaire_statistics(site, year):
    """Started and completed questionnaires of a region in a year, per month,
    municipality and route: a list of dicts with `month` (a date), `municipality`
    (a name or None), `route` ("" on rows that count starts), `started`, `completed`,
    ordered by month, then municipality (None first), then route."""
    rows = (
        ScheidingswijzerTally.objects.filter(site=site, month__year=year)
        .values("month", "municipality__name", "route")
        .annotate(started_total=Sum("started"), completed_total=Sum("completed"))
        .order_by("month", F("municipality__name").asc(nulls_first=True), "route")
    )
    return [
        {
            "month": row["month"],
            "municipality": row["municipality__name"],
            "route": row["route"],
            "started": row["started_total"],
            "completed": row["completed_total"],
        }
        for row in rows
    ]
