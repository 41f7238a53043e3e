"""Background tasks (django-tasks) scheduled by the deployment: retention and the
follow-up surveys. Mail delivery with retries is `advies.mail_delivery.deliver_mail`; it is
re-exported here because tasks already queued in the database name it by this path.
"""

from django_tasks import task

from advies import services, surveys
from advies.mail_delivery import deliver_mail  # noqa: F401 (queued tasks name `advies.tasks.deliver_mail`)


@task()
def apply_retention():
    anonymised, deleted = services.apply_retention()
    return {"anonymised": anonymised, "deleted": deleted}


@task()
def send_follow_up_surveys():
    return {"sent": surveys.send_due()}
