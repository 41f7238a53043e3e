"""System checks for the portal's own settings."""

import os

from django.conf import settings
from django.core.checks import Warning, register


@register()
def legacy_client_address_setting(app_configs, **kwargs):
    """RATELIMIT_IP_META_KEY from the environment used to name a header to believe as a whole;
    TRUSTED_PROXY_COUNT replaced it (a forged X-Forwarded-For no longer passes)."""
    legacy = os.environ.get("RATELIMIT_IP_META_KEY")
    if not legacy or "TRUSTED_PROXY_COUNT" in os.environ:
        return []
    return [
        Warning(
            f"RATELIMIT_IP_META_KEY={legacy} is no longer used; "
            f"it is read as TRUSTED_PROXY_COUNT={settings.TRUSTED_PROXY_COUNT}.",
            hint="Set TRUSTED_PROXY_COUNT to the number of reverse proxies in front of the portal "
            "(0 when clients connect directly) and remove RATELIMIT_IP_META_KEY.",
            id="portal.W001",
        )
    ]
