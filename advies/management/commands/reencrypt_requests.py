from django.core.management.base import BaseCommand

from advies import services


class Command(BaseCommand):
    help = (
        "Re-encrypt every personal field with the newest key in FIELD_ENCRYPTION_KEYS. "
        "Key rotation: put the new key first, deploy, run this, then remove the old key."
    )

    def handle(self, *args, **options):
        rotated = services.reencrypt_all(report=self.stdout.write)
        self.stdout.write(f"{rotated} values re-encrypted with the newest key.")
