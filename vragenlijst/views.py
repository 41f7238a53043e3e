"""The Scheidingswijzer's views: an intro, the wizard (one URL per step), the result,
clearing the answers, and the idle-timeout page.

Answers live only in the visitor's slot of the ephemeral store (`vragenlijst.storage`:
encrypted in the cache, the key only in the browser), never in the session. The answers
per step are deleted when the result is made; the outcome and its hand-over to a request
form when the person stops, or by the cache after `idle_timeout()` seconds without
activity, whether or not the browser comes back. Every response is marked
`Cache-Control: no-store`.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST
from formtools.wizard.forms import ManagementForm
from formtools.wizard.views import NamedUrlWizardView

from home.models import RegionSettings
from home.selectors import municipalities_for_site
from portal.middleware import mark_private
from portal.wizards import answers_condition, region_site
from vragenlijst import result, services
from vragenlijst.decision_table import route_for
from vragenlijst.handover import handover_payload
from vragenlijst.outcome import Outcome, build_outcome, merged_answers
from vragenlijst.questions import Role
from vragenlijst.steps import (
    CHECK,
    DONE,
    MUNICIPALITY,
    STEPS,
    STEPS_BY_SLUG,
    WHO,
    StoredAnswers,
    step_for_url_slug,
    step_url,
    steps_to_clear,
    url_slug,
)
from vragenlijst.storage import (
    HANDOVER_KEY,
    OUTCOME_KEY,
    SCHEIDINGSWIJZER,
    forget_questionnaire,
    idle_timeout,
    lost_to_timeout,
    questionnaire_data,
    save_questionnaire_data,
)
from vragenlijst.texts import texts_for

WIZARD_PREFIX = "scheidingswijzer"
STORAGE = "vragenlijst.storage.EphemeralWizardStorage"


def stored_outcome(request):
    return Outcome.from_data(questionnaire_data(request).get(OUTCOME_KEY))


class ScheidingswijzerWizard(NamedUrlWizardView):
    storage_name = STORAGE
    form_list = [(step.slug, step.form) for step in STEPS]
    condition_dict = {step.slug: answers_condition(step.condition) for step in STEPS if step.condition}
    template_name = "vragenlijst/step.html"

    def get_prefix(self, request, *args, **kwargs):
        return WIZARD_PREFIX

    def dispatch(self, request, *args, **kwargs):
        self.site = region_site(request)
        given = kwargs.get("step")
        kwargs["step"] = step_for_url_slug(given)
        if request.method == "GET" and kwargs["step"] in STEPS_BY_SLUG and url_slug(kwargs["step"]) != given:
            # A step's name in another language: show it under its own URL.
            return mark_private(redirect(step_url(kwargs["step"])))
        return mark_private(super().dispatch(request, *args, **kwargs))

    def get_step_url(self, step):
        return step_url(step)

    # ---- reading the stored answers ------------------------------------------------------

    @property
    def stored_answers(self):
        return StoredAnswers(self.storage.get_step_data)

    @cached_property
    def municipalities(self):
        return municipalities_for_site(self.site)

    def get_form_kwargs(self, step=None):
        kwargs = {
            "role": self.stored_answers.role,
            "earlier": self.stored_answers,
            "help_texts": texts_for(self.request, self.site).help_texts,
        }
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
        step = kwargs.get("step")
        if step != WHO and not self.storage.has_answers() and lost_to_timeout(request):
            return self.expired()
        if step == self.done_step_name:
            return super().get(request, *args, **kwargs)
        if step is None or not self.is_reachable(step):
            return self.redirect_to_open_step()
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        request = self.request
        management = ManagementForm(request.POST, prefix=self.prefix)
        if not management.is_valid():
            return self.redirect_to_open_step()
        posted_step = management.cleaned_data["current_step"]
        if posted_step != WHO and not self.storage.has_answers():
            # Answers to earlier steps are gone (idle too long, or the browser was closed):
            # start again, and say why.
            return self.expired()
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
        if previous is not None:
            before, after = self.answer_values(previous, step), self.answer_values(form.data, step)
            changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
            if changed:
                self.forget_steps(steps_to_clear(step, changed))
        if step == WHO and not self.storage.extra_data.get("counted_start"):
            services.record_started(site=self.site)
            self.storage.extra_data = {**self.storage.extra_data, "counted_start": True}
        return super().process_step(form)

    @staticmethod
    def answer_values(data, step):
        """The answers in posted data, by question name, comparable between two posts of a step."""
        prefix = f"{step}-"
        return {key[len(prefix) :]: sorted(data.getlist(key)) for key in data if key.startswith(prefix)}

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
        data = questionnaire_data(self.request)
        data[OUTCOME_KEY] = outcome.as_data()
        data.pop(HANDOVER_KEY, None)
        if outcome.role != Role.CHILD:  # children are never asked for personal data: no forms
            data[HANDOVER_KEY] = handover_payload(outcome)
        save_questionnaire_data(self.request, data)
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
                "first_step_url": step_url(WHO),
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
    site = region_site(request)
    data = questionnaire_data(request)
    context = {
        "texts": texts_for(request, site),
        "first_step_url": step_url(WHO),
        "in_progress": bool((data.get(f"wizard_{WIZARD_PREFIX}") or {}).get("step_data")),
        "has_outcome": stored_outcome(request) is not None,
        "cleared": "gewist" in request.GET,
        "idle_minutes": idle_timeout() // 60,
    }
    return mark_private(render(request, "vragenlijst/start.html", context))


def result_view(request):
    site = region_site(request)
    outcome = stored_outcome(request)
    if outcome is None and lost_to_timeout(request):
        return mark_private(redirect("vragenlijst:expired"))
    if outcome is None or outcome.site_id != site.pk:
        return mark_private(redirect("vragenlijst:start"))
    request.ephemeral.touch(SCHEIDINGSWIJZER)
    context = result.result_context(request, site, outcome)
    context["idle_minutes"] = idle_timeout() // 60
    context["first_step_url"] = step_url(WHO)
    return mark_private(render(request, "vragenlijst/result.html", context))


@require_POST
def clear(request):
    """Stop: delete the answers, the outcome and the hand-over from the cache, and the
    browser's ephemeral cookie, and start afresh."""
    request.ephemeral.clear()
    return mark_private(redirect(reverse("vragenlijst:start") + "?gewist=1"))


def expired(request):
    region_site(request)
    forget_questionnaire(request)
    context = {"idle_minutes": idle_timeout() // 60, "first_step_url": step_url(WHO)}
    return mark_private(render(request, "vragenlijst/expired.html", context))
