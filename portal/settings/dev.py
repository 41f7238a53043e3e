"""Local development: the embedded default, debug on, an insecure key nobody deploys."""

from .base import *  # noqa: F403

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="django-insecure-local-development-only")
FIELD_ENCRYPTION_KEYS = env.list(
    "FIELD_ENCRYPTION_KEYS",
    # A fixed development key (base64 of 32 bytes), useless outside a laptop.
    default=["aW5zZWN1cmUtZGV2ZWxvcG1lbnQta2V5LTMyYnl0ZXM="],
)

# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# One process, so a local-memory cache is a correct store for login throttling here;
# production needs a shared cache (CACHE_URL=redis://...), which axes checks for.
SILENCED_SYSTEM_CHECKS = ["axes.W001"]
