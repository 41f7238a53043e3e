from django.urls import path

from advies import answer_views, survey_views, views
from advies.choices import RequestKind

app_name = "advies"

urlpatterns = [
    path("aanvragen/", views.request_form, {"kind": RequestKind.ADVICE}, name="adviesaanvraag"),
    path("terugbellen/", views.request_form, {"kind": RequestKind.CALL_BACK}, name="terugbellen"),
    path("consultatie/", views.request_form, {"kind": RequestKind.CONSULTATION}, name="consultatie"),
    path("casus/", views.request_form, {"kind": RequestKind.CASE}, name="casus"),
    path("ontvangen/", views.confirmation, name="bevestiging"),
    path("antwoord/", answer_views.answer_by_reference, name="antwoord"),
    path("antwoord/ontvangst/", answer_views.confirm_receipt, name="antwoord_ontvangst"),
    path("antwoord/<str:link>/", answer_views.answer_by_link, name="antwoord_link"),
    path("terugblik/<str:link>/", survey_views.survey, name="terugblik"),
]
