from django.urls import path

from vragenlijst import views

app_name = "vragenlijst"

urlpatterns = [
    path("", views.start, name="start"),
    path("uitkomst/", views.result_view, name="result"),
    path("wissen/", views.clear, name="clear"),
    path("verlopen/", views.expired, name="expired"),
    path("<slug:step>/", views.wizard_view, name="step"),
]
