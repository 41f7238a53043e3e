"""The family's voice in the effect report: answers to the anonymous survey afterwards
(`advies.models.SurveyResponse`), counted per question for a region and period.

Answers carry their month, region, kind, route and outcome only (no municipality, no
request), so they count by the months overlapping the period, like the Scheidingswijzer
tallies, and are not shown for one municipality. Every question is answered in every
response, so each question's total is the number of responses: the tables share that
total and are protected together with the rest of the report.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from advies.choices import SurveyChildren, SurveyConflict, SurveyFit, SurveyRecommend
from advies.models import SurveyResponse

# (field, table slug, title, choices)
QUESTIONS = (
    ("help_fitted", "ervaring-hulp-paste", _("Paste de hulp bij wat het gezin nodig had?"), SurveyFit),
    ("conflict", "ervaring-conflict", _("Is er nu minder conflict tussen de ouders?"), SurveyConflict),
    ("children", "ervaring-kinderen", _("Hoe gaat het nu met de kinderen?"), SurveyChildren),
    ("recommend", "ervaring-aanraden", _("Zou het gezin het expertisepunt aanraden?"), SurveyRecommend),
)
TOTAL_KEY = "survey-responses"


def survey_counts(site, period):
    """{field: {choice value: n}} for the responses of `site` in the months of `period`."""
    responses = SurveyResponse.objects.filter(site=site, month__in=period.months())
    counts = {}
    for name, _slug, _title, _choices in QUESTIONS:
        counts[name] = {
            row[name]: row["n"] for row in responses.values(name).annotate(n=Count("pk")).order_by()
        }
    return counts
