"""The portal's URLconf without the request forms of `advies`, to test what the result page
offers when a deployment has no forms (the expertise point's phone number stands in)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern

from portal.urls import urlpatterns as portal_urlpatterns


def _without_advies(patterns):
    return [p for p in patterns if getattr(p, "namespace", None) != "advies"]


urlpatterns = [
    p
    for p in portal_urlpatterns
    if not (isinstance(p, URLResolver) and isinstance(p.pattern, LocalePrefixPattern))
]
for resolver in portal_urlpatterns:
    if isinstance(resolver, URLResolver) and isinstance(resolver.pattern, LocalePrefixPattern):
        urlpatterns += i18n_patterns(*_without_advies(resolver.url_patterns), prefix_default_language=True)
