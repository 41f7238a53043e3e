"""The public pages where a requester reads the answer back and where a professional
confirms receipt. They work without JavaScript and without a session: the answer is
shown in the response to the code (never stored in the browser), `no-store`, with the
exit button of every page. See `advies.answers` for the codes and their limits."""

from django import forms
from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited

from advies import answers
from advies.choices import RequestKind
from advies.forms import DescribedFieldsMixin
from advies.models import Answer, Request
from home.selectors import current_site
from portal.middleware import mark_private

RECEIPT_SALT = "advies.answer-receipt"
RECEIPT_SECONDS = 60 * 60


class CodeForm(DescribedFieldsMixin, forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("De code uit de e-mail, of de leescode van de bevestigingspagina."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}),
        error_messages={"required": _("Vul de code in.")},
    )


class ReferenceCodeForm(CodeForm):
    reference = forms.CharField(
        label=_("Referentienummer"),
        max_length=20,
        help_text=_("Bijvoorbeeld 7KQ4-9XPA. Het staat op de bevestigingspagina en in de e-mail."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
        error_messages={"required": _("Vul het referentienummer in.")},
    )
    field_order = ["reference", "code"]

    def clean_reference(self):
        value = "".join(ch for ch in self.cleaned_data["reference"].upper() if ch.isalnum() or ch == "-")
        body = value.replace("-", "")
        return f"{body[:4]}-{body[4:]}" if len(body) == 8 else value


def _over_limit(request):
    return is_ratelimited(
        request,
        group="advies.answer-codes",
        key="ip",
        rate=getattr(settings, "ADVIES_ANSWER_RATE", "20/h"),
        method="POST",
        increment=True,
    )


def _region(request):
    site = current_site(request)
    if site is None:
        raise Http404
    return site


def _refusal(form, opening):
    if opening.locked:
        form.add_error(
            None,
            _(
                "Er is te vaak een verkeerde code ingevuld. Om uw antwoord te beschermen kan het "
                "het komende uur niet worden geopend. Probeer het later opnieuw, of bel ons."
            ),
        )
    else:
        form.add_error(
            "code",
            _("Deze code klopt niet, is al gebruikt of is verlopen. Controleer hem en probeer het opnieuw."),
        )


def _read_page(request, opening, request_obj):
    receipts = {}
    if request_obj.kind == RequestKind.CASE:
        receipts = {
            answer.pk: signing.dumps({"answer": answer.pk}, salt=RECEIPT_SALT)
            for answer in opening.answers
            if answer.receipt_confirmed_at is None
        }
    context = {
        "answers": [(answer, receipts.get(answer.pk)) for answer in opening.answers],
        "reference": request_obj.reference,
        "new_reading_code": opening.new_reading_code,
    }
    return mark_private(render(request, "advies/answer_read.html", context))


def _too_many(request, template, context):
    context["rate_limited"] = True
    response = mark_private(render(request, template, context, status=429))
    response["Retry-After"] = "3600"
    return response


@require_http_methods(["GET", "POST"])
def answer_by_link(request, link):
    """From the e-mail: ask for a code by e-mail, or give one, to read the answer."""
    site = _region(request)
    answer = answers.answer_for_link(link)
    if answer is None or answer.request.site_id != site.pk:
        return mark_private(render(request, "advies/answer_unavailable.html", status=404))
    request_obj = answer.request
    form = CodeForm()
    context = {"form": form, "has_email": bool(request_obj.contact_email), "code_sent": False}
    status = 200
    if request.method == "POST":
        if _over_limit(request):
            return _too_many(request, "advies/answer_code.html", context)
        if "send_code" in request.POST:
            delivery = answers.send_mailed_code(request_obj)
            context["code_sent"] = delivery is not None
            context["code_refused"] = delivery is None
        else:
            form = context["form"] = CodeForm(request.POST)
            if form.is_valid():
                opening = answers.open_with_code(request_obj, form.cleaned_data["code"])
                if opening.ok:
                    return _read_page(request, opening, request_obj)
                _refusal(form, opening)
            status = 400
    return mark_private(render(request, "advies/answer_code.html", context, status=status))


@require_http_methods(["GET", "POST"])
def answer_by_reference(request):
    """With the reference number and a code (the reading code of the confirmation page,
    or a code from the e-mail)."""
    site = _region(request)
    form = ReferenceCodeForm()
    status = 200
    if request.method == "POST":
        if _over_limit(request):
            return _too_many(
                request, "advies/answer_reference.html", {"form": ReferenceCodeForm(request.POST)}
            )
        form = ReferenceCodeForm(request.POST)
        if form.is_valid():
            request_obj = Request.objects.filter(site=site, reference=form.cleaned_data["reference"]).first()
            if request_obj is not None:
                opening = answers.open_with_code(request_obj, form.cleaned_data["code"])
                if opening.ok:
                    return _read_page(request, opening, request_obj)
                _refusal(form, opening)
            else:  # says no more than a wrong code does
                _refusal(form, answers.Opening(wrong=True))
        status = 400
    return mark_private(render(request, "advies/answer_reference.html", {"form": form}, status=status))


@require_POST
def confirm_receipt(request):
    """The referring professional confirms they received the answer (from the read page)."""
    site = _region(request)
    try:
        data = signing.loads(request.POST.get("bewijs", ""), salt=RECEIPT_SALT, max_age=RECEIPT_SECONDS)
        answer = Answer.objects.select_related("request").get(pk=int(data["answer"]), request__site=site)
    except (signing.BadSignature, KeyError, TypeError, ValueError, Answer.DoesNotExist):
        return mark_private(render(request, "advies/answer_receipt.html", {"failed": True}, status=400))
    answers.confirm_receipt(answer)
    return mark_private(
        render(request, "advies/answer_receipt.html", {"reference": answer.request.reference})
    )
