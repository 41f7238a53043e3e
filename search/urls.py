from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

app_name = "search"

urlpatterns = [
    path(_("zoeken/"), views.site_search, name="site"),
    path(_("zoeken/suggesties/"), views.suggest, name="suggest"),
    path(_("kennisbank/"), views.knowledge_search, name="knowledge"),
]
