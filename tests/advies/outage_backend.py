"""An e-mail backend whose server is down: every send fails like a refused connection."""

from django.core.mail.backends.base import BaseEmailBackend


class MailServerDownBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server unavailable (test)")
