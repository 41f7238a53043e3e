"""Reads of the builder: the editors' explanations, the help for points not agreed yet,
and the anonymous tallies for the effect report."""

from django.apps import apps
from django.db.models import Sum
from django.utils import translation
from wagtail.models import Locale

from home.models import Municipality, Topic
from home.selectors import attach_channels, region_home, services_for
from ouderschapsplan.models import PlanTally, StepGuidance

# The services that help with points not agreed yet: mediation and the legal desk.
HELP_TOPICS = ("mediation", "juridisch")
HELP_SERVICES_LIMIT = 4


def guidance(keys):
    """{key: StepGuidance} for the keys, in the active language, else in Dutch. One query."""
    keys = list(keys)
    if not keys:
        return {}
    language = translation.get_language() or "nl"
    found = {}
    rows = StepGuidance.objects.filter(
        key__in=keys, locale__language_code__in=[language, "nl"]
    ).select_related("locale")
    for row in sorted(rows, key=lambda row: row.locale.language_code == language):
        found[row.key] = row  # the active language last, so it wins
    return found


def municipality(site, slug):
    if not slug:
        return None
    return Municipality.objects.filter(site=site, slug=slug).first()


def help_services(request, site, municipality=None):
    """The region's mediation and legal-desk services for parents, in the active language,
    in the parent's municipality when known, with their contact channels."""
    topics = Topic.objects.filter(slug__in=HELP_TOPICS)
    locale = Locale.get_active()
    offers = services_for(
        site,
        topics=topics,
        municipality=municipality,
        audience="ouders",
        locale=locale,
        limit=HELP_SERVICES_LIMIT,
    )
    return attach_channels(request, offers)


def services_directory_url(request, municipality=None):
    """The region's services directory (a `home.ServicesDirectoryPage`, with a sub-page per
    municipality) in the active language, or None where the portal has no such page: the
    services shown are then linked by their own contact channels only."""
    try:
        directory_model = apps.get_model("home", "ServicesDirectoryPage")
    except LookupError:
        return None
    home = region_home(request)
    if home is None:
        return None
    directory = directory_model.objects.live().public().descendant_of(home).first()
    if directory is None:
        return None
    url = directory.get_url(request)
    return f"{url}{municipality.slug}/" if url and municipality is not None else url


def tallies_by_month(site, months):
    """{month: (started, completed, downloaded)} of a region for the given months."""
    rows = (
        PlanTally.objects.filter(site=site, month__in=list(months))
        .values("month")
        .annotate(started=Sum("started"), completed=Sum("completed"), downloaded=Sum("downloaded"))
        .order_by()
    )
    return {
        row["month"]: (row["started"] or 0, row["completed"] or 0, row["downloaded"] or 0) for row in rows
    }
