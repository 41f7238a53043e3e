"""Admin login throttling (django-axes) that also stops one password tried on many accounts.

django-axes 8 counts failed logins per AXES_LOCKOUT_PARAMETERS, which can only combine the
username, the client address and the user agent. Password spraying (one likely password
against many usernames, from many addresses) stays under every such limit. This handler
adds a counter per password to axes' cache handler: the same failure limit and cool-off,
the same cache, and the same friendly locked page. The counter's key is an HMAC of the
password with SECRET_KEY, so neither the password nor an unkeyed hash of it (which a word
list reverses) is ever stored; the value is a count.
"""

from axes.conf import settings
from axes.handlers.cache import AxesCacheHandler
from axes.helpers import get_cache_timeout, get_client_username, get_failure_limit
from axes.signals import user_locked_out
from django.utils.crypto import salted_hmac

KEY_SALT = "portal.login_throttle.password"


def password_counter_key(request):
    """The cache key counting failures with the password in this login form, or None."""
    form = getattr(request, "POST", None)
    password = form.get(settings.AXES_PASSWORD_FORM_FIELD) if form is not None else None
    if not password:
        return None
    return "axes-password-" + salted_hmac(KEY_SALT, password, algorithm="sha256").hexdigest()


class LoginThrottleHandler(AxesCacheHandler):
    """AxesCacheHandler plus a failure counter per password."""

    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        key = password_counter_key(request)
        if key is not None:
            failures = max(failures, self.cache.get(key, default=0))
        return failures

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is None or self.is_whitelisted(request, credentials):
            return
        key = password_counter_key(request)
        if key is None:
            return
        timeout = get_cache_timeout(request)
        if self.cache.add(key, 1, timeout=timeout):
            failures = 1
        else:
            failures = self.cache.incr(key)
            self.cache.touch(key, timeout=timeout)
        limit_reached = failures >= get_failure_limit(request, credentials)
        if (
            settings.AXES_LOCK_OUT_AT_FAILURE
            and limit_reached
            and not getattr(request, "axes_locked_out", False)
        ):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send(
                "axes",
                request=request,
                username=get_client_username(request, credentials),
                ip_address=request.axes_ip_address,
            )
