"""Write the JSON Schema of the current plan file version to ouderschapsplan/schema/.

Run it after changing the steps' fields or codes, and look at the diff: a removed or
renamed code means old files no longer validate, so the file needs a new version
(`ouderschapsplan.plan_file.VERSION`) and a way to read the old one."""

import json

from django.core.management.base import BaseCommand

from ouderschapsplan import plan_file


class Command(BaseCommand):
    help = "Write the plan file's JSON Schema (ouderschapsplan/schema/plan-v<N>.schema.json)."

    def handle(self, *args, **options):
        path = plan_file.committed_schema_path()
        path.write_text(
            json.dumps(plan_file.json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        self.stdout.write(f"Wrote {path}")
