"""Staff sessions in the admin slide with activity, up to an absolute limit.

Django keeps a session for `SESSION_COOKIE_AGE` from the moment it was last saved, and
saves it only when its data changes; working in the admin rarely changes it, so a staff
member was logged out two hours after logging in, however busy. This middleware saves a
logged-in user's session again after each minute with activity in the admin, so the
session (cookie and store) ends `SESSION_COOKIE_AGE` after the last activity: that is
the idle limit. `STAFF_SESSION_MAX_SECONDS` after logging in the user is logged out
whatever the activity: the absolute limit.

Only requests under the admin are touched: public visitors' requests are left alone
(the middleware never reads a public visitor's session). A session without Wagtail's
"remember me" still ends when the browser closes. What is typed when the session has
ended is kept through the login by `advies.drafts`.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.urls import reverse
from django.utils.translation import gettext as _

LOGIN_AT = "_staff_login_at"
SEEN_AT = "_staff_seen_at"
REFRESH_SECONDS = 60


def max_seconds():
    return getattr(settings, "STAFF_SESSION_MAX_SECONDS", 10 * 60 * 60)


class StaffSessionMiddleware:
    """Slides and limits admin sessions; place it after AuthenticationMiddleware and
    MessageMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return self.get_response(request)
        now = time.time()
        was_logged_in = request.user.is_authenticated
        if was_logged_in:
            started = request.session.get(LOGIN_AT)
            if started is not None and now - started > max_seconds():
                logout(request)
                was_logged_in = False
                messages.info(
                    request,
                    _("Uw sessie had de langst toegestane duur en is beëindigd. Log opnieuw in."),
                )
        response = self.get_response(request)
        if request.user.is_authenticated:
            self.slide(request.session, now, just_logged_in=not was_logged_in)
        return response

    @staticmethod
    def slide(session, now, *, just_logged_in):
        """Save the session again (so its expiry moves) at most once per REFRESH_SECONDS."""
        if just_logged_in or LOGIN_AT not in session:
            session[LOGIN_AT] = now
        seen = session.get(SEEN_AT)
        if not just_logged_in and seen is not None and now - seen < REFRESH_SECONDS:
            return
        session[SEEN_AT] = now
        if not session.get_expire_at_browser_close():
            remaining = max_seconds() - (now - session[LOGIN_AT])
            session.set_expiry(max(1, int(min(settings.SESSION_COOKIE_AGE, remaining))))
