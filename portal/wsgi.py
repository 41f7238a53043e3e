"""WSGI entry point (gunicorn portal.wsgi): Django, with page-cache hits answered in front
of it (`home.page_cache.PageCacheHits`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

django_application = get_wsgi_application()

from home.page_cache import PageCacheHits  # noqa: E402 (needs the apps, loaded just above)

application = PageCacheHits(django_application)
