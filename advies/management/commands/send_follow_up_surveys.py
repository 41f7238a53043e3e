from django.core.management.base import BaseCommand

from advies import surveys


class Command(BaseCommand):
    help = (
        "Send the anonymous survey to requesters who asked for it, once their request has been "
        "closed for the region's number of days (run daily)."
    )

    def handle(self, *args, **options):
        sent = surveys.send_due(report=lambda line: self.stdout.write(f"\r{line}", ending=""))
        if sent:
            self.stdout.write("")
        self.stdout.write(f"{sent} survey invitation(s) sent; the addresses are wiped once delivered.")
