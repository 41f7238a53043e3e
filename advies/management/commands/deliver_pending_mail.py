from django.core.management.base import BaseCommand

from advies import mail_delivery


class Command(BaseCommand):
    help = "Send request e-mails that are due (first tries and retries after a mail server outage)."

    def handle(self, *args, **options):
        sent, failed = mail_delivery.deliver_due_mail()
        self.stdout.write(f"{sent} sent, {failed} still failing (will be retried).")
