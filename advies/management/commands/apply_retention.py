from django.core.management.base import BaseCommand
from django.utils import timezone

from advies import selectors, services


def describe(step):
    """One line per step: reference, region, rule, when; never content."""
    action = "delete" if step.deletes else "anonymise"
    due = timezone.localtime(step.due_at).strftime("%Y-%m-%d")
    return f"{step.request.reference}  {step.request.site.hostname}  {step.rule}  {action}  due {due}"


class Command(BaseCommand):
    help = (
        "Anonymise closed requests past their region's retention period and open requests "
        "without activity for the region's stale period; delete requests that were never "
        "picked up. Run daily (cron or the apply_retention task). --dry-run only lists what "
        "is due now and what comes within each region's warning period."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Change nothing: list what is due now and what comes within the warning period.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        if dry_run:
            due = selectors.retention_plan(now=now)
            self.stdout.write(f"Due now ({len(due)}), nothing changed (dry run):")
            for step in due:
                self.stdout.write(f"  {describe(step)}")
            due_keys = {step.request.pk for step in due}
            coming = [
                step
                for step in selectors.retention_plan(now=now, ahead=True)
                if step.request.pk not in due_keys
            ]
            self.stdout.write(f"Within the warning period ({len(coming)}):")
            for step in coming:
                self.stdout.write(f"  {describe(step)}")
            return
        anonymised, deleted = services.apply_retention(
            now=now, report=lambda step: self.stdout.write(f"  {describe(step)}")
        )
        self.stdout.write(f"{anonymised} anonymised, {deleted} deleted.")
