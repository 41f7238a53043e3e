"""The anonymous survey afterwards, on the portal: four questions, no free text, one
answer per link. Works without JavaScript; nothing is kept in the browser."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from advies import surveys
from advies.choices import SurveyChildren, SurveyConflict, SurveyFit, SurveyRecommend
from portal.forms import lazy_interpolated
from portal.middleware import mark_private


def _question(label, choices):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": lazy_interpolated(_("Kies een antwoord bij ‘%(label)s’."), {"label": label})
        },
    )


class SurveyForm(forms.Form):
    help_fitted = _question(_("Paste de hulp bij wat u nodig had?"), SurveyFit.choices)
    conflict = _question(_("Is er nu minder conflict tussen u en de andere ouder?"), SurveyConflict.choices)
    children = _question(_("Hoe gaat het nu met de kinderen, vergeleken met toen?"), SurveyChildren.choices)
    recommend = _question(
        _("Zou u het expertisepunt aanraden aan iemand in een vergelijkbare situatie?"),
        SurveyRecommend.choices,
    )


@require_http_methods(["GET", "POST"])
def survey(request, link):
    invitation = surveys.invitation_for_link(link)
    if invitation is None:
        return mark_private(render(request, "advies/survey_unavailable.html", status=404))
    form = SurveyForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            if surveys.record_answer(invitation, form.cleaned_data) is None:
                return mark_private(render(request, "advies/survey_unavailable.html", status=404))
            return mark_private(render(request, "advies/survey_done.html"))
        status = 400
    return mark_private(render(request, "advies/survey.html", {"form": form}, status=status))
