from django.core.management.base import BaseCommand

from advies import services


class Command(BaseCommand):
    help = (
        "Anonymise closed requests past their region's retention period and delete requests "
        "that were never picked up. Run daily (cron or the apply_retention task)."
    )

    def handle(self, *args, **options):
        anonymised, deleted = services.apply_retention()
        self.stdout.write(f"{anonymised} anonymised, {deleted} deleted.")
