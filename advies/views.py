"""Public request forms and the confirmation page. Thin: forms validate, services save.

Nothing of a visitor is kept in the session: the Scheidingswijzer's hand-over comes from
the ephemeral store (`advies.prefill`), and so does the confirmation, which is shown once.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from advies import selectors, services, spam
from advies.choices import RequestKind
from advies.forms import FORMS_BY_KIND
from advies.prefill import prefill_used, read_prefill
from home.selectors import current_site
from portal.ephemeral import Slot
from portal.middleware import mark_private

TEMPLATES = {
    RequestKind.ADVICE: "advies/advice_request.html",
    RequestKind.CALL_BACK: "advies/call_back.html",
    RequestKind.CONSULTATION: "advies/consultation.html",
    RequestKind.CASE: "advies/case_submission.html",
}
# The reference number waits here for the confirmation page, which shows it once.
CONFIRMATION_SECONDS = 10 * 60
CONFIRMATION = Slot("advies.confirmation", idle_timeout=lambda: CONFIRMATION_SECONDS)


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
                spam.count_submission(request)
                prefill_used(request)
                request.ephemeral.save(
                    CONFIRMATION,
                    {
                        "reference": saved.reference,
                        "kind": kind,
                        "email": bool(saved.contact_email),
                        "reading_code": saved.reading_code,  # shown once with the rest
                    },
                )
                return mark_private(redirect("advies:bevestiging"))
        if form.is_bound and not rate_limited:
            status = 400 if form.errors else 200
    else:
        form = form_class(site=site, prefill=read_prefill(request, site), **extra)
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
    """The reference number of the request just sent, shown once: a reload, the back
    button or another person on the same device later gets a page without it."""
    submitted = request.ephemeral.load(CONFIRMATION)
    request.ephemeral.delete(CONFIRMATION)
    if not isinstance(submitted.get("reference"), str):
        submitted = None
    return mark_private(render(request, "advies/confirmation.html", {"submitted": submitted}))
