from django.urls import path
from django.utils.translation import pgettext_lazy

from vragenlijst import views

app_name = "vragenlijst"

# URL parts are translated: /nl/scheidingswijzer/uitkomst/, /en/separation-guide/result/.
# The steps' own parts are translated too (`vragenlijst.steps.url_slug`).
urlpatterns = [
    path("", views.start, name="start"),
    path(pgettext_lazy("URL-deel", "uitkomst/"), views.result_view, name="result"),
    path(pgettext_lazy("URL-deel", "wissen/"), views.clear, name="clear"),
    path(pgettext_lazy("URL-deel", "verlopen/"), views.expired, name="expired"),
    path("<slug:step>/", views.wizard_view, name="step"),
]
