"""Background tasks (django-tasks): mail delivery with retries, and retention.

django-tasks has no retry of its own. A failed delivery records when to try again; on a
backend that can defer (the database backend with `manage.py db_worker`) the task
re-enqueues itself for that moment. `manage.py deliver_pending_mail` sends whatever is
due as well, so a lost task or a backend without deferral loses nothing: run it from
cron every few minutes in production.
"""

from django_tasks import task

from advies import services
from advies.models import MailDelivery


@task()
def deliver_mail(delivery_id):
    if services.attempt_delivery(delivery_id):
        return True
    delivery = MailDelivery.objects.filter(pk=delivery_id).only("next_attempt_at").first()
    if delivery is not None:
        services.enqueue_delivery(delivery_id, run_after=delivery.next_attempt_at)
    return False


@task()
def apply_retention():
    anonymised, deleted = services.apply_retention()
    return {"anonymised": anonymised, "deleted": deleted}


@task()
def send_follow_up_surveys():
    from advies import surveys

    return {"sent": surveys.send_due()}
