"""Build the two demo regions (idempotent) and print the admin login."""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.demo.builder import ensure_admin
from portal.demo import build_all_demo_content


class Command(BaseCommand):
    help = "Create the demo regions Lindeveld and Kustmeren in Dutch and English (safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="Port the local sites are served on.")
        parser.add_argument("--admin-username", default="admin")
        parser.add_argument(
            "--admin-password",
            default="",
            help="Password for the demo admin; a new random one is printed when left empty.",
        )
        parser.add_argument("--no-admin", action="store_true", help="Do not create or reset the admin user.")
        parser.add_argument(
            "--regions",
            type=int,
            default=2,
            help="Regions in all: above 2 adds generated ones (regio-03.localhost ...), up to 42 and more.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["admin_password"] and not options["no_admin"]:
            raise CommandError(
                "Refusing to create a demo admin without DEBUG; pass --no-admin or a password."
            )
        self.stdout.write("Loading demo content ...")
        if options["regions"] < 2:
            raise CommandError("--regions: at least the two written regions.")
        build_all_demo_content(
            port=options["port"],
            report=lambda line: self.stdout.write(f"  {line}"),
            regions=options["regions"],
        )
        if not options["no_admin"]:
            password = options["admin_password"] or secrets.token_urlsafe(12)
            ensure_admin(options["admin_username"], password)
            port = options["port"]
            self.stdout.write(
                self.style.SUCCESS(
                    "\nDemo ready.\n"
                    f"  Region Lindeveld: http://127.0.0.1:{port}/  (also http://lindeveld.localhost:{port}/)\n"
                    f"  Region Kustmeren: http://kustmeren.localhost:{port}/\n"
                    f"  Admin:            http://127.0.0.1:{port}/admin/\n"
                    f"  Login:            {options['admin_username']} / {password}\n"
                )
            )
