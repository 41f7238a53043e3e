from django.urls import path

from advies import views
from advies.choices import RequestKind

app_name = "advies"

urlpatterns = [
    path("aanvragen/", views.request_form, {"kind": RequestKind.ADVICE}, name="adviesaanvraag"),
    path("terugbellen/", views.request_form, {"kind": RequestKind.CALL_BACK}, name="terugbellen"),
    path("consultatie/", views.request_form, {"kind": RequestKind.CONSULTATION}, name="consultatie"),
    path("casus/", views.request_form, {"kind": RequestKind.CASE}, name="casus"),
    path("ontvangen/", views.confirmation, name="bevestiging"),
]
