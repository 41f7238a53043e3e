"""Production: PostgreSQL, Elasticsearch, a shared cache and a task worker, behind gunicorn.

Every secret comes from the environment; a missing SECRET_KEY or encryption key stops
the process at start-up instead of running with a weak default.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to at least 50 random characters.")
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS")
if not FIELD_ENCRYPTION_KEYS:
    raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS must hold at least one Fernet key.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
EMAIL_CONFIG = env.email("EMAIL_URL", default="smtp://localhost:25")
vars().update(EMAIL_CONFIG)

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)  # noqa: F405

# The shared cache (CACHE_URL, Redis) holds the page cache and its tokens, rate limits, login
# throttling and the staff's sessions, so every app process sees the same. Short timeouts:
# a Redis that hangs must not hang the site (see docs/deploy.md).
if "redis" in CACHES["default"]["BACKEND"].lower():  # noqa: F405
    CACHES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
        {"socket_connect_timeout": 1, "socket_timeout": 1}
    )
SESSION_ENGINE = env("SESSION_ENGINE", default="django.contrib.sessions.backends.cache")
