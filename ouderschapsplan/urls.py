from django.urls import path

from ouderschapsplan import views

app_name = "ouderschapsplan"

urlpatterns = [
    path("", views.start, name="start"),
    path("plan/", views.plan_view, name="plan"),
    path("bestand/", views.download, name="download"),
    path("verder/", views.upload, name="upload"),
    path("wissen/", views.clear, name="clear"),
    path("verlopen/", views.expired, name="expired"),
    path("<slug:step>/", views.wizard_view, name="step"),
]
