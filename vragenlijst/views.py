"""The Scheidingswijzer's views: an intro, the wizard (one URL per step), the result,
clearing the answers, and the idle-timeout page.

Answers live only in the session (django-formtools' session storage). They are deleted
when the result is made, when the person clears them, or after `IDLE_TIMEOUT` seconds
without activity. Every response is marked `Cache-Control: no-store`.
"""

import time

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST
from formtools.wizard.forms import ManagementForm
from formtools.wizard.views import NamedUrlSessionWizardView

from home.models import RegionSettings
from home.selectors import current_site, municipalities_for_site
from portal.middleware import mark_private
from vragenlijst import result, services
from vragenlijst.decision_table import route_for
from vragenlijst.outcome import Outcome, build_outcome, merged_answers
from vragenlijst.steps import (
    CHECK,
    DEPENDENT_STEPS,
    DONE,
    MUNICIPALITY,
    STEPS,
    STEPS_BY_SLUG,
    WHO,
    StoredAnswers,
)

WIZARD_PREFIX = "scheidingswijzer"
WIZARD_SESSION_KEY = f"wizard_{WIZARD_PREFIX}"  # where formtools' session storage keeps the answers
OUTCOME_SESSION_KEY = "scheidingswijzer_uitkomst"
ACTIVITY_SESSION_KEY = "scheidingswijzer_actief"


def idle_timeout():
    """Seconds without activity after which the answers are wiped (default 20 minutes)."""
    return getattr(settings, "VRAGENLIJST_IDLE_TIMEOUT", 20 * 60)


def forget_everything(session):
    for key in (WIZARD_SESSION_KEY, OUTCOME_SESSION_KEY, ACTIVITY_SESSION_KEY):
        session.pop(key, None)


def idle_expired(session):
    """Whether the person was away too long; if so, their answers are wiped right away."""
    last_seen = session.get(ACTIVITY_SESSION_KEY)
    if isinstance(last_seen, int | float) and time.time() - last_seen > idle_timeout():
        forget_everything(session)
        return True
    return False


def touch(session):
    session[ACTIVITY_SESSION_KEY] = int(time.time())


def has_progress(session):
    return bool((session.get(WIZARD_SESSION_KEY) or {}).get("step_data"))


def _region_site(request):
    site = current_site(request)
    if site is None:
        raise Http404
    return site


def _condition(step_condition):
    def condition(wizard):
        return step_condition(wizard.stored_answers)

    condition.__name__ = step_condition.__name__
    return condition


class ScheidingswijzerWizard(NamedUrlSessionWizardView):
    form_list = [(step.slug, step.form) for step in STEPS]
    condition_dict = {step.slug: _condition(step.condition) for step in STEPS if step.condition}
    template_name = "vragenlijst/step.html"

    def get_prefix(self, request, *args, **kwargs):
        return WIZARD_PREFIX

    def dispatch(self, request, *args, **kwargs):
        self.site = _region_site(request)
        return mark_private(super().dispatch(request, *args, **kwargs))

    # ---- reading the stored answers ------------------------------------------------------

    @property
    def stored_answers(self):
        return StoredAnswers(self.storage.get_step_data)

    @cached_property
    def municipalities(self):
        return municipalities_for_site(self.site)

    def get_form_kwargs(self, step=None):
        kwargs = {"role": self.stored_answers.role}
        if step == MUNICIPALITY:
            kwargs["municipalities"] = self.municipalities
        return kwargs

    def is_answered(self, step):
        return self.get_cleaned_data_for_step(step) is not None

    def first_open_step(self):
        """The first step of the current path without a valid answer, or None if all are answered."""
        for step in self.get_form_list():
            if not self.is_answered(step):
                return step
        return None

    def is_reachable(self, step):
        """A step can be shown only when every step before it on the path is answered."""
        steps = list(self.get_form_list())
        if step not in steps:
            return False
        return all(self.is_answered(earlier) for earlier in steps[: steps.index(step)])

    def redirect_to_open_step(self):
        step = self.first_open_step() or self.steps.last
        self.storage.current_step = step
        return redirect(self.get_step_url(step))

    def forget_cached_path(self):
        """Drop formtools' caches of the path and of validated steps after answers changed.
        (The path is worked out again at once: formtools expects its cache to exist.)"""
        for name in list(self.__dict__):
            if name in ("_resolved_form_list", "_cache_signature") or name.startswith("_cleaned_data_cache_"):
                delattr(self, name)
        self.get_form_list()

    def forget_steps(self, steps):
        step_data = self.storage.data[self.storage.step_data_key]
        for step in steps:
            step_data.pop(step, None)
        self.forget_cached_path()

    # ---- requests ------------------------------------------------------------------------

    def expired(self):
        self.storage.init_data()
        return redirect("vragenlijst:expired")

    def get(self, request, *args, **kwargs):
        if idle_expired(request.session):
            return self.expired()
        touch(request.session)
        step = kwargs.get("step")
        if step == self.done_step_name:
            return super().get(request, *args, **kwargs)
        if step is None or not self.is_reachable(step):
            return self.redirect_to_open_step()
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        request = self.request
        if idle_expired(request.session):
            return self.expired()
        management = ManagementForm(request.POST, prefix=self.prefix)
        if not management.is_valid():
            return self.redirect_to_open_step()
        posted_step = management.cleaned_data["current_step"]
        if posted_step != WHO and not has_progress(request.session):
            # Answers to earlier steps are gone (the session ended): start again, and say why.
            return self.expired()
        touch(request.session)
        goto = request.POST.get("wizard_goto_step")
        if goto:
            if self.is_reachable(goto):
                return self.render_goto_step(goto)
            return self.redirect_to_open_step()
        if not self.is_reachable(posted_step):
            return self.redirect_to_open_step()
        return super().post(*args, **kwargs)

    # ---- moving through the steps --------------------------------------------------------

    def process_step(self, form):
        step = self.steps.current
        previous = self.storage.get_step_data(step)
        if previous is not None and self.answer_values(previous, step) != self.answer_values(form.data, step):
            self.forget_steps(DEPENDENT_STEPS.get(step, []))
        if step == WHO and not self.storage.extra_data.get("counted_start"):
            services.record_started(site=self.site)
            self.storage.extra_data = {**self.storage.extra_data, "counted_start": True}
        return super().process_step(form)

    @staticmethod
    def answer_values(data, step):
        """The answer part of posted data, comparable between two posts of a step."""
        prefix = f"{step}-"
        return {key: sorted(data.getlist(key)) for key in data if key.startswith(prefix)}

    def render_next_step(self, form, **kwargs):
        """Go to the first step still without an answer: the next one on a first pass,
        or back to checking the answers after a change that left later answers valid."""
        unreachable = set(self.storage.data[self.storage.step_data_key]) - set(self.get_form_list())
        if unreachable:
            self.forget_steps(unreachable)
        step = self.first_open_step()
        if step is None:
            return self.render_done(form, **kwargs)
        self.storage.current_step = step
        return redirect(self.get_step_url(step))

    def done(self, form_list, form_dict=None, **kwargs):
        region = RegionSettings.for_site(self.site)
        answers = merged_answers((form.cleaned_data for form in form_list), region_focus=region.focus)
        decision = route_for(answers)
        outcome = build_outcome(answers=answers, decision=decision, site_id=self.site.pk)
        municipality = next((m for m in self.municipalities if m.slug == outcome.municipality), None)
        services.record_completed(site=self.site, municipality=municipality, route=outcome.route)
        self.request.session[OUTCOME_SESSION_KEY] = outcome.to_session()
        return redirect("vragenlijst:result")

    # ---- rendering -----------------------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        step = self.steps.current
        path = list(self.get_form_list())
        questions = [slug for slug in path if STEPS_BY_SLUG[slug].is_question]
        previous = self.get_prev_step(step)
        context.update(
            {
                "step": step,
                "step_title": form.get_title(),
                "step_intro": form.get_intro(),
                "step_number": questions.index(step) + 1 if step in questions else None,
                "step_total": len(questions) if self.stored_answers.role else None,
                "back_url": self.get_step_url(previous) if previous else None,
                "role": self.stored_answers.role,
                "error_summary": form.error_summary() if form.is_bound else [],
                "idle_minutes": idle_timeout() // 60,
            }
        )
        if step == CHECK:
            context["answers_to_check"] = self.answers_to_check(questions)
        return context

    def answers_to_check(self, steps):
        sections = []
        for step in steps:
            step_form = self.get_form(step=step, data=self.storage.get_step_data(step))
            if not step_form.is_valid():
                continue
            answers = []
            for name, field in step_form.fields.items():
                value = step_form.cleaned_data.get(name)
                labels = dict(field.choices) if hasattr(field, "choices") else {}
                values = value if isinstance(value, list) else [value]
                shown = [str(labels.get(v, v)) for v in values if v not in ("", None)]
                answers.append({"question": field.label, "answer": shown})
            sections.append(
                {
                    "step": step,
                    "title": step_form.get_title(),
                    "url": self.get_step_url(step),
                    "answers": answers,
                }
            )
        return sections


wizard_view = ScheidingswijzerWizard.as_view(url_name="vragenlijst:step", done_step_name=DONE)


def start(request):
    """What the Scheidingswijzer is, and where to begin (or go on)."""
    _region_site(request)
    expired = idle_expired(request.session)
    context = {
        "in_progress": not expired and has_progress(request.session),
        "has_outcome": not expired and OUTCOME_SESSION_KEY in request.session,
        "cleared": "gewist" in request.GET,
        "idle_minutes": idle_timeout() // 60,
    }
    return mark_private(render(request, "vragenlijst/start.html", context))


def result_view(request):
    site = _region_site(request)
    if idle_expired(request.session):
        return mark_private(redirect("vragenlijst:expired"))
    outcome = Outcome.from_session(request.session.get(OUTCOME_SESSION_KEY))
    if outcome is None or outcome.site_id != site.pk:
        return mark_private(redirect("vragenlijst:start"))
    touch(request.session)
    context = result.result_context(request, site, outcome)
    context["idle_minutes"] = idle_timeout() // 60
    return mark_private(render(request, "vragenlijst/result.html", context))


@require_POST
def clear(request):
    """Delete every answer and the outcome from the session, and start afresh."""
    forget_everything(request.session)
    return mark_private(redirect(reverse("vragenlijst:start") + "?gewist=1"))


def expired(request):
    _region_site(request)
    forget_everything(request.session)
    context = {"idle_minutes": idle_timeout() // 60}
    return mark_private(render(request, "vragenlijst/expired.html", context))
