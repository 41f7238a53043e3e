from django.urls import path
from django.utils.translation import pgettext_lazy

from advies import answer_views, survey_views, views
from advies.choices import RequestKind

app_name = "advies"

# URL parts are translated: /nl/advies/aanvragen/, /en/advice/request/.
urlpatterns = [
    path(
        pgettext_lazy("URL-deel", "aanvragen/"),
        views.request_form,
        {"kind": RequestKind.ADVICE},
        name="adviesaanvraag",
    ),
    path(
        pgettext_lazy("URL-deel", "terugbellen/"),
        views.request_form,
        {"kind": RequestKind.CALL_BACK},
        name="terugbellen",
    ),
    path(
        pgettext_lazy("URL-deel", "consultatie/"),
        views.request_form,
        {"kind": RequestKind.CONSULTATION},
        name="consultatie",
    ),
    path(pgettext_lazy("URL-deel", "casus/"), views.request_form, {"kind": RequestKind.CASE}, name="casus"),
    path(pgettext_lazy("URL-deel", "ontvangen/"), views.confirmation, name="bevestiging"),
    path("antwoord/", answer_views.answer_by_reference, name="antwoord"),
    path("antwoord/ontvangst/", answer_views.confirm_receipt, name="antwoord_ontvangst"),
    path("antwoord/<str:link>/", answer_views.answer_by_link, name="antwoord_link"),
    path("terugblik/<str:link>/", survey_views.survey, name="terugblik"),
]
