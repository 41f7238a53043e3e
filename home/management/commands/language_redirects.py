"""Make the redirects from other languages' slugs for every live page (`home.signals`).

Publishing a page keeps its redirects; run this once on an installation whose pages were
published before, or after importing content.
"""

from django.core.management.base import BaseCommand

from home.signals import redirects_for_all


class Command(BaseCommand):
    help = "Redirect /<language>/<another language's slugs>/ to the page in that language."

    def handle(self, *args, **options):
        redirects_for_all(report=self.stdout.write)
