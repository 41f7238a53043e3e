"""Settings shared by every environment.

Everything that differs between a laptop and production comes from environment
variables (see the table in README.md). With no environment set, the portal runs
embedded: SQLite, database search, local-memory cache, in-process tasks.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", ".localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Our apps first so their templates and static files win.
    "portal",
    "home",
    "vragenlijst",
    "ouderschapsplan",
    "advies",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "formtools",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "home.page_cache.PageCacheMiddleware",  # first: stores finished CMS pages (see home/page_cache.py)
    "django.middleware.security.SecurityMiddleware",
    "portal.client_address.ClientAddressMiddleware",  # request.client_address, behind trusted proxies
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.ephemeral.EphemeralStoreMiddleware",  # request.ephemeral: the public visitors' short-lived data
    "portal.middleware.LocaleMiddleware",  # Django's, minus redirecting API 404s to /nl/
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.staff_sessions.StaffSessionMiddleware",  # admin sessions slide with activity
    "advies.drafts.DraftMiddleware",  # text typed after the session ended survives the login
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.NoStoreForPrivateResponsesMiddleware",
    "portal.middleware.ServiceUnavailableMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "home.page_cache.PageServeMiddleware",  # last: serves CMS pages from the cache, routes them cheaply
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.crisis",  # the crisis numbers and their texts
            ],
        },
    },
]

# Database: a SQLite file unless DATABASE_URL says otherwise.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=0))
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # No JIT compiling: the portal's queries take milliseconds, and PostgreSQL compiles any
    # query its planner costs above jit_above_cost, which took ~0.1-1 s each (the demo build
    # 70 -> 62 s without it). Behind PgBouncer, which refuses this startup option, set it on
    # the database instead (docs/deploy.md).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless CACHE_URL says otherwise (e.g. redis://, file:///path).
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://portal")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "portal.redis_cache.RedisCache"  # one client per process
# Several installations (or test runs) can share one Redis database with their own prefix.
CACHES["default"]["KEY_PREFIX"] = env("CACHE_KEY_PREFIX", default="")

# Admin login throttling (django-axes): failed attempts are counted in the cache per
# username and client address, and per password over all usernames and addresses (a keyed
# hash, see portal/login_throttle.py), never stored in the database.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "portal.login_throttle.LoginThrottleHandler"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "errors/login_locked.html"
AXES_VERBOSE = False

# Every account is a staff account (the public never logs in): at least 12 characters, and
# not a common password, Dutch word or name, also not with digits or symbols around it
# (portal/passwords: Django's list plus Dutch words).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "portal.passwords.length.StaffPasswordLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "portal.passwords.GuessablePasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch is the source, English the first translation.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Our catalogue first (makemessages writes there), then Dutch translations of library strings
# their own catalogues lack or get wrong (locale/overrides/nl, edited by hand).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "overrides"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static and media files, served by whitenoise (static) and the app (media).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: console locally, SMTP from EMAIL_URL in production (smtp+tls://user:pw@host:587).
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="noreply@portal.localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = 10

# Background tasks: in-process unless TASK_BACKEND=database (then run `manage.py db_worker`).
TASK_BACKEND = env("TASK_BACKEND", default="immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASK_BACKEND],
    }
}

# Search: the public knowledge-base search talks to Elasticsearch through the DSL when
# ELASTICSEARCH_URL is set; without it (or when it is down) it answers from the database.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="portal-dev")
ELASTICSEARCH_TIMEOUT = env.float("ELASTICSEARCH_TIMEOUT", default=2.0)
# Text analysis for new indices: auto (best the engine offers), language, hunspell or basic.
SEARCH_TEXT_ANALYSIS = env("SEARCH_TEXT_ANALYSIS", default="auto")
# After an engine failure, pages answer from the database for this many seconds.
SEARCH_ENGINE_RETRY_AFTER = env.float("SEARCH_ENGINE_RETRY_AFTER", default=30.0)
# The Wagtail admin's own search stays on the database backend.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Personal data in `advies` is encrypted with these Fernet keys; the first encrypts,
# all decrypt, so a new key can be put in front and old rows re-encrypted later.
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[])

# Staff in the admin: the session ends SESSION_COOKIE_AGE after the last activity (it
# slides, portal/staff_sessions.py) and at the latest this long after logging in.
STAFF_SESSION_MAX_SECONDS = env.int("STAFF_SESSION_MAX_SECONDS", default=10 * 60 * 60)
# A back-office form sent after the session ended is kept this long for the login (advies/drafts.py).
ADVIES_DRAFT_SECONDS = env.int("ADVIES_DRAFT_SECONDS", default=60 * 60)
ADVIES_DRAFT_RATE = env("ADVIES_DRAFT_RATE", default="60/h")  # kept drafts per client address

# Wagtail
WAGTAIL_SITE_NAME = "Expertisepunt Scheiding & Veiligheid"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from the admin
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILEMBEDS_FINDERS = []  # no third-party embeds on public pages
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no staff e-mail hashes sent to a third party
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A new page translation is a draft until the translator publishes it (home/translations.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Sessions are for staff in the admin only. Public visitors get none: the questionnaire,
# its hand-over to the forms and the confirmation live in the ephemeral store instead
# (portal/ephemeral.py: encrypted in the cache, the key only in the browser's cookie).
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 2)
# The public wizards' answers (the Scheidingswijzer's with its outcome and hand-over, the
# parenting-plan builder's) are gone after this many seconds without activity.
VRAGENLIJST_IDLE_TIMEOUT = env.int("VRAGENLIJST_IDLE_TIMEOUT", default=20 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# A refused form gets the site's own page (exit button, what to do) instead of Django's.
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Security headers (see portal/middleware.py for Cache-Control on private responses).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
# A strict Content-Security-Policy: everything from our own origin, no inline script or style.
# The Wagtail admin needs inline styles and scripts; its policy is relaxed in portal/middleware.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {
        "without_template_context": {"()": "portal.log_filters.WithoutTemplateContext"},
        "without_search_bodies": {"()": "portal.log_filters.WithoutSearchBodies"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Request URLs never carry personal data, but request bodies might: never log them.
        "django.request": {"level": "ERROR"},
        # Its debug records would carry a template's whole context (answers included).
        "django.template": {"filters": ["without_template_context"]},
        "elastic_transport": {"level": "WARNING"},
        # Its debug records would carry search requests (the words typed) and their answers.
        "elastic_transport.node": {"filters": ["without_search_bodies"]},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Page cache for anonymous visitors (home/page_cache.py): seconds a CMS page may be served
# from the cache (0 switches it off). A change purges the pages it affects (home/purge_rules.py).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=3600)
PAGE_CACHE_ALIAS = "default"
# Region data, routes and page lists a process keeps in memory between requests, valid while
# the page cache's tokens hold (home/process_cache.py): at most this many entries (0 = off).
PROCESS_CACHE_ENTRIES = env.int("PROCESS_CACHE_ENTRIES", default=2000)
# A result computed while one of its tokens changed is not kept; the margin covers clocks of
# several hosts that differ by less than this many seconds.
PAGE_CACHE_SETTLE_SECONDS = env.float("PAGE_CACHE_SETTLE_SECONDS", default=1.0)

# Knowledge articles are due for a review this many days after `last_reviewed` (shown on
# the editors' dashboard).
KNOWLEDGE_ARTICLE_REVIEW_DAYS = env.int("KNOWLEDGE_ARTICLE_REVIEW_DAYS", default=365)

# The Scheidingswijzer's start page (vragenlijst app); the home page links to it if it exists.
SCHEIDINGSWIJZER_URL_NAME = "vragenlijst:start"

# Public request forms (advies): a rate limit per client on the Django cache (django-ratelimit)
# and a minimum time between showing and sending a form.
ADVIES_SUBMIT_RATE = env("ADVIES_SUBMIT_RATE", default="20/h")
ADVIES_MIN_FILL_SECONDS = env.int("ADVIES_MIN_FILL_SECONDS", default=3)

# The client's address (portal/client_address.py): the number of reverse proxies in front of
# the portal that append to X-Forwarded-For. 0: clients connect directly, REMOTE_ADDR is the
# client. The rate limit, the login throttle and the audit log all use this one address.
# The old RATELIMIT_IP_META_KEY=HTTP_X_FORWARDED_FOR is read as one proxy (with a warning).
TRUSTED_PROXY_COUNT = env.int(
    "TRUSTED_PROXY_COUNT",
    default=1 if env("RATELIMIT_IP_META_KEY", default="") == "HTTP_X_FORWARDED_FOR" else 0,
)
RATELIMIT_IP_META_KEY = "portal.client_address.client_address"
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"

# Seconds before the first retry of a failed mail delivery (doubling after that).
ADVIES_MAIL_FIRST_RETRY_SECONDS = env.int("ADVIES_MAIL_FIRST_RETRY_SECONDS", default=60)
