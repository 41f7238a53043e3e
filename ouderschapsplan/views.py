"""The builder's views: the start page, the wizard (one URL per step), the plan, its file
(download, and upload to go on), stopping, and the idle-timeout page.

Answers live only in the parent's slot of the ephemeral store (`ouderschapsplan.storage`:
encrypted in the cache, the key only in the browser), never in the session or the
database, and are gone when the parent stops or after the idle timeout. Every response is
`Cache-Control: no-store`. The plan the parents keep is the printed page or the file.
"""

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpResponse, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST
from formtools.wizard.forms import ManagementForm
from formtools.wizard.views import NamedUrlWizardView

from home.models import RegionSettings
from home.selectors import municipalities_for_site
from ouderschapsplan import plan_file, selectors, services
from ouderschapsplan import topics as t
from ouderschapsplan.forms import PlanFileForm
from ouderschapsplan.plan import Plan, form_kwargs
from ouderschapsplan.steps import (
    CARE,
    CHILDREN,
    CONDITIONS,
    DEPENDENT_STEPS,
    DONE,
    FAMILY,
    PARTS,
    STEPS,
    STEPS_BY_SLUG,
    WEEK,
    StoredAnswers,
)
from ouderschapsplan.storage import (
    WIZARD_PREFIX,
    forget_plan,
    idle_timeout,
    lost_to_timeout,
    save_wizard_data,
    wizard_data,
)
from ouderschapsplan.uploads import PlanFileUploadHandler
from portal.middleware import mark_private
from portal.wizards import answers_condition, region_site

STORAGE = "ouderschapsplan.storage.PlanWizardStorage"
NOTICE_EXPIRED = "expired"
NOTICE_LOADED = "loaded"


def _counted(extra_data, counter):
    return bool((extra_data.get("counted") or {}).get(counter))


def _with_counted(extra_data, counter):
    return {**extra_data, "counted": {**(extra_data.get("counted") or {}), counter: True}}


def count_once(site, extra_data, counter):
    """Count `counter` for this plan once; returns the extra data that remembers it."""
    if _counted(extra_data, counter):
        return extra_data
    services.record(counter, site=site)
    return _with_counted(extra_data, counter)


def stored_plan(request, site):
    data = wizard_data(request)
    return Plan(data.get("step_data") or {}, municipalities=municipalities_for_site(site))


def base_context(request, **extra):
    return {"idle_minutes": idle_timeout() // 60, **extra}


class PlanBuilderWizard(NamedUrlWizardView):
    storage_name = STORAGE
    form_list = [(step.slug, step.form) for step in STEPS]
    condition_dict = {slug: answers_condition(condition) for slug, condition in CONDITIONS.items()}
    template_name = "ouderschapsplan/step.html"

    def get_prefix(self, request, *args, **kwargs):
        return WIZARD_PREFIX

    def dispatch(self, request, *args, **kwargs):
        self.site = region_site(request)
        return mark_private(super().dispatch(request, *args, **kwargs))

    # ---- reading the stored answers ------------------------------------------------------

    @property
    def stored_answers(self):
        return StoredAnswers(self.storage.get_step_data)

    @cached_property
    def municipalities(self):
        return municipalities_for_site(self.site)

    def get_form_kwargs(self, step=None):
        return form_kwargs(step, self.stored_answers.names(), self.municipalities)

    def get_form_initial(self, step):
        if step == WEEK:
            return dict(t.PATTERN_SCHEDULES.get(self.stored_answers.value(CARE, "pattern"), {}))
        return super().get_form_initial(step)

    def is_answered(self, step):
        return self.get_cleaned_data_for_step(step) is not None

    def first_open_step(self):
        return next((step for step in self.get_form_list() if not self.is_answered(step)), None)

    def is_reachable(self, step):
        """A step can be shown when every step before it on the path is answered."""
        steps = list(self.get_form_list())
        if step not in steps:
            return False
        return all(self.is_answered(earlier) for earlier in steps[: steps.index(step)])

    def redirect_to_open_step(self):
        step = self.first_open_step()
        if step is None:
            return redirect("ouderschapsplan:plan")
        self.storage.current_step = step
        return redirect(self.get_step_url(step))

    def forget_cached_path(self):
        """Drop formtools' caches of the path and of validated steps after answers changed."""
        for name in list(self.__dict__):
            if name in ("_resolved_form_list", "_cache_signature") or name.startswith("_cleaned_data_cache_"):
                delattr(self, name)
        self.get_form_list()

    def forget_steps(self, steps):
        step_data = self.storage.data[self.storage.step_data_key]
        for step in steps:
            step_data.pop(step, None)
        self.forget_cached_path()

    def set_notice(self, notice):
        self.storage.extra_data = {**self.storage.extra_data, "notice": notice}

    def take_notice(self):
        extra = dict(self.storage.extra_data)
        notice = extra.pop("notice", "")
        if notice:
            self.storage.extra_data = extra
        return notice

    # ---- requests ------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if step == self.done_step_name:
            return self.redirect_to_open_step()
        if step != FAMILY and not self.storage.has_answers() and lost_to_timeout(request):
            return redirect("ouderschapsplan:expired")
        if step is None or not self.is_reachable(step):
            return self.redirect_to_open_step()
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        management = ManagementForm(self.request.POST, prefix=self.prefix)
        if not management.is_valid() or management.cleaned_data["current_step"] not in STEPS_BY_SLUG:
            return self.redirect_to_open_step()
        posted_step = management.cleaned_data["current_step"]
        if posted_step != FAMILY and not self.storage.has_answers():
            return self.post_after_expiry(posted_step, *args, **kwargs)
        goto = self.request.POST.get("wizard_goto_step")
        if goto:
            if self.is_reachable(goto):
                return self.render_goto_step(goto)
            return self.redirect_to_open_step()
        if not self.is_reachable(posted_step):
            return self.redirect_to_open_step()
        self.storage.current_step = posted_step
        return super().post(*args, **kwargs)

    def post_after_expiry(self, posted_step, *args, **kwargs):
        """The earlier answers are gone (idle too long, or the browser was closed), but what
        the parent just typed on this page is not lost: it is kept like any answer (or shown
        again with its errors), and the steps before it are asked again. They are told why."""
        self.set_notice(NOTICE_EXPIRED)
        step = STEPS_BY_SLUG[posted_step]
        if step.part and posted_step not in self.get_form_list():
            # The chosen parts were lost too; this part was certainly one of them.
            parts = sorted(set(t.DEFAULT_PARTS) | {step.part})
            self.storage.set_step_data(PARTS, {f"{PARTS}-parts": parts})
            self.forget_cached_path()
        self.storage.current_step = posted_step
        return super().post(*args, **kwargs)

    # ---- moving through the steps --------------------------------------------------------

    def process_step(self, form):
        step = self.steps.current
        previous = self.storage.get_step_data(step)
        for (changed_step, field), later in DEPENDENT_STEPS.items():
            if changed_step != step or previous is None:
                continue
            if previous.get(f"{step}-{field}") != form.data.get(f"{step}-{field}"):
                self.forget_steps(later)
        if step == FAMILY:
            self.storage.extra_data = count_once(self.site, self.storage.extra_data, "started")
        return super().process_step(form)

    def render_next_step(self, form, **kwargs):
        """Go to the first step still without an answer: the next one on a first pass, or
        back to the plan after a change."""
        unreachable = set(self.storage.data[self.storage.step_data_key]) - set(self.get_form_list())
        if unreachable:
            self.forget_steps(unreachable)
        step = self.first_open_step()
        if step is None:
            return self.render_done(form, **kwargs)
        self.storage.current_step = step
        return redirect(self.get_step_url(step))

    def render_done(self, form, **kwargs):
        """Like formtools', but the answers stay: the plan page, the file and changes need them."""
        for step in self.get_form_list():
            step_form = self.get_form(step=step, data=self.storage.get_step_data(step))
            if not step_form.is_valid():
                return self.render_revalidation_failure(step, step_form, **kwargs)
        return self.done([], **kwargs)

    def done(self, form_list, **kwargs):
        self.storage.extra_data = count_once(self.site, self.storage.extra_data, "completed")
        self.storage.current_step = None
        return redirect("ouderschapsplan:plan")

    # ---- rendering -----------------------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        step = STEPS_BY_SLUG[self.steps.current]
        path = list(self.get_form_list())
        previous = self.get_prev_step(step.slug)
        stored = self.stored_answers
        keys = [step.slug]
        age_groups = []
        if step.slug == CHILDREN:
            plan = Plan(self.storage.data[self.storage.step_data_key], municipalities=self.municipalities)
            age_groups = plan.age_groups() or [value for value, _label in selectors.AGE_GROUPS]
            keys += [f"tips-{group}" for group in age_groups]
        guidance = selectors.guidance(keys)
        context.update(
            base_context(
                self.request,
                step=step,
                step_title=step.title,
                step_number=path.index(step.slug) + 1,
                step_total=len(path),
                back_url=self.get_step_url(previous) if previous else reverse("ouderschapsplan:start"),
                error_summary=form.error_summary() if form.is_bound else [],
                guidance=guidance.get(step.slug),
                tips=[
                    (group, guidance[f"tips-{group}"]) for group in age_groups if f"tips-{group}" in guidance
                ],
                mode=stored.value(FAMILY, "mode"),
                names=stored.names(),
                notice=self.take_notice(),
                has_answers=self.storage.has_answers(),
                plan_complete=self.first_open_step() is None,
            )
        )
        return context


wizard_view = PlanBuilderWizard.as_view(url_name="ouderschapsplan:step", done_step_name=DONE)


def start(request, *, upload_form=None, upload_error="", status=200):
    """What the builder is, where to begin or go on, and the form to continue from a file."""
    site = region_site(request)
    plan = stored_plan(request, site)
    context = base_context(
        request,
        in_progress=not plan.is_empty,
        plan_complete=not plan.is_empty and plan.is_complete,
        cleared="gewist" in request.GET,
        upload_form=upload_form or PlanFileForm(),
        upload_error=upload_error,
        limit_kb=plan_file.MAX_BYTES // 1024,
        steps=[step for step in STEPS if not step.part],
        parts=t.PARTS,
    )
    return mark_private(render(request, "ouderschapsplan/start.html", context, status=status))


@csrf_exempt
@require_POST
def upload(request):
    """Go on with a plan file. The upload handlers are replaced before anything reads the
    request body (hence CSRF is checked afterwards, below), so the file stays in memory."""
    handler = PlanFileUploadHandler(request, limit=plan_file.MAX_BYTES)
    request.upload_handlers = [handler]
    try:
        request.POST  # noqa: B018 - parse now, with our handler, and catch what it refuses
        request.FILES  # noqa: B018
    except (SuspiciousOperation, MultiPartParserError, UnreadablePostError, ValueError) as error:
        code = "too_large" if isinstance(error, RequestDataTooBig) else "not_a_plan"
        return _upload_refused(request, plan_file.PlanFileError(code, plan_file.ERRORS[code]))
    return _upload_checked(request, handler)


@csrf_protect
def _upload_checked(request, handler):
    site = region_site(request)
    try:
        if handler.too_large:
            raise plan_file.PlanFileError("too_large", plan_file.ERRORS["too_large"])
        uploaded = request.FILES.get("plan_file")
        if uploaded is None:
            raise plan_file.PlanFileError("missing", plan_file.ERRORS["missing"])
        plan_file.check_upload(uploaded)
        raw = uploaded.read(plan_file.MAX_BYTES + 1)
        result = plan_file.read_plan_file(raw, municipalities=municipalities_for_site(site))
    except plan_file.PlanFileError as error:
        return _upload_refused(request, error)
    extra = count_once(site, wizard_data(request).get("extra_data") or {}, "started")
    save_wizard_data(
        request,
        {
            "step": None,
            "step_data": result.step_data,
            "step_files": {},
            "extra_data": {**extra, "notice": NOTICE_LOADED},
        },
    )
    plan = stored_plan(request, site)
    if plan.is_complete:
        return mark_private(redirect("ouderschapsplan:plan"))
    return mark_private(redirect("ouderschapsplan:step", step=plan.first_open_step()))


def _upload_refused(request, error):
    form = PlanFileForm()
    return start(request, upload_form=form, upload_error=str(error.message), status=400)


def plan_view(request):
    site = region_site(request)
    plan = stored_plan(request, site)
    if plan.is_empty:
        return mark_private(
            redirect("ouderschapsplan:expired" if lost_to_timeout(request) else "ouderschapsplan:start")
        )
    if not plan.is_complete:
        return mark_private(redirect("ouderschapsplan:step", step=plan.first_open_step()))
    data = wizard_data(request)
    extra = dict(data.get("extra_data") or {})
    notice = extra.pop("notice", "")
    save_wizard_data(request, {**data, "extra_data": extra})  # activity: the idle period starts again
    municipality = selectors.municipality(site, plan.municipality_slug)
    open_points = plan.open_points()
    context = base_context(
        request,
        plan=plan,
        names=plan.names,
        children=plan.children(),
        sections=plan.sections(),
        open_points=open_points,
        step_titles={step.slug: step.title for step in STEPS},
        help_services=selectors.help_services(request, site, municipality) if not plan.outside_region else [],
        directory_url=selectors.services_directory_url(request, municipality),
        municipality=municipality,
        region=RegionSettings.for_request(request),
        notice=notice,
        dutch_plan_url=_in_language(reverse("ouderschapsplan:plan"), "nl"),
        is_dutch=translation.get_language() == "nl",
    )
    return mark_private(render(request, "ouderschapsplan/plan.html", context))


def _in_language(path, language):
    from django.urls import translate_url

    return translate_url(path, language)


@require_POST
def download(request):
    """The plan as a file, as far as it is answered (also halfway, to go on later)."""
    site = region_site(request)
    plan = stored_plan(request, site)
    if plan.is_empty:
        return mark_private(
            redirect("ouderschapsplan:expired" if lost_to_timeout(request) else "ouderschapsplan:start")
        )
    data = wizard_data(request)
    extra = count_once(site, data.get("extra_data") or {}, "downloaded")
    save_wizard_data(request, {**data, "extra_data": extra})
    content = plan_file.build_plan_file(plan, language=translation.get_language() or "nl")
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{plan_file.file_name()}"'
    return mark_private(response)


@require_POST
def clear(request):
    """Stop: delete the answers from the cache and start afresh."""
    forget_plan(request)
    return mark_private(redirect(reverse("ouderschapsplan:start") + "?gewist=1"))


def expired(request):
    region_site(request)
    forget_plan(request)
    return mark_private(
        render(request, "ouderschapsplan/expired.html", base_context(request, upload_form=PlanFileForm()))
    )
