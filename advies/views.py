"""Public request forms and the confirmation page. Thin: forms validate, services save."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from advies import selectors, services, spam
from advies.choices import RequestKind
from advies.forms import FORMS_BY_KIND
from advies.prefill import read_prefill
from home.selectors import current_site
from portal.middleware import mark_private

TEMPLATES = {
    RequestKind.ADVICE: "advies/advice_request.html",
    RequestKind.CALL_BACK: "advies/call_back.html",
    RequestKind.CONSULTATION: "advies/consultation.html",
    RequestKind.CASE: "advies/case_submission.html",
}
SESSION_KEY = "advies_submitted"


@require_http_methods(["GET", "POST"])
def request_form(request, kind):
    site = current_site(request)
    if site is None:
        raise Http404
    form_class = FORMS_BY_KIND[kind]
    extra = {}
    if kind == RequestKind.CALL_BACK:
        extra["call_back_options"] = selectors.call_back_options(site)
    status = 200
    rate_limited = False
    if request.method == "POST":
        form = form_class(request.POST, site=site, **extra)
        if spam.is_over_limit(request):
            rate_limited, status = True, 429
        elif form.is_valid():
            try:
                saved = services.submit_request(
                    site=site,
                    kind=kind,
                    fields=form.request_fields(),
                    details=form.detail_answers(),
                    language=request.LANGUAGE_CODE,
                    survey_email=form.survey_address(),
                )
            except services.SlotFull:
                form.add_error("call_back", form.fields["call_back"].error_messages["invalid_choice"])
            else:
                request.session[SESSION_KEY] = {
                    "reference": saved.reference,
                    "kind": kind,
                    "email": bool(saved.contact_email),
                    "reading_code": saved.reading_code,
                }
                return mark_private(redirect("advies:bevestiging"))
        if form.is_bound and not rate_limited:
            status = 400 if form.errors else 200
    else:
        form = form_class(site=site, prefill=read_prefill(request.GET.get("token"), site), **extra)
    response = render(
        request,
        TEMPLATES[kind],
        {"form": form, "kind": kind, "rate_limited": rate_limited, "site": site},
        status=status,
    )
    if rate_limited:
        response["Retry-After"] = "600"
    return mark_private(response)


def confirmation(request):
    submitted = request.session.get(SESSION_KEY)
    if submitted and "reading_code" in submitted:
        # The reading code is shown once: a reload or the back button shows the page without it.
        submitted = dict(submitted)
        request.session[SESSION_KEY] = {k: v for k, v in submitted.items() if k != "reading_code"}
    return mark_private(render(request, "advies/confirmation.html", {"submitted": submitted}))
