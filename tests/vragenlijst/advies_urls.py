"""A root URLconf with stand-ins for the request forms of `advies`, so the result page's
links can be tested before (and independently of) the real forms."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns


def stand_in_form(request):
    return HttpResponse("form")


advies_stand_ins = (
    [
        path("aanvraag/", stand_in_form, name="adviesaanvraag"),
        path("terugbellen/", stand_in_form, name="terugbellen"),
        path("consultatie/", stand_in_form, name="consultatie"),
        path("casus/", stand_in_form, name="casus"),
    ],
    "advies",
)

urlpatterns = i18n_patterns(path("advies-test/", include(advies_stand_ins))) + portal_urlpatterns
