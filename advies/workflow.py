"""The workflow of a request as data: which status may follow which, and what a move needs.

new -> in intake -> (discussed in panel/pool) -> advice given / referred -> monitoring -> closed.
A request can be closed from any open status (withdrawn, unreachable, not for us); a
monitored request can go back into intake. Closed is final.
"""

from django.utils.translation import gettext_lazy as _

from advies.choices import RequestKind, Status

TRANSITIONS = {
    Status.NEW: (Status.IN_INTAKE, Status.CLOSED),
    Status.IN_INTAKE: (Status.IN_PANEL, Status.ADVISED, Status.CLOSED),
    Status.IN_PANEL: (Status.ADVISED, Status.IN_INTAKE, Status.CLOSED),
    Status.ADVISED: (Status.MONITORING, Status.CLOSED),
    Status.MONITORING: (Status.IN_INTAKE, Status.CLOSED),
    Status.CLOSED: (),
}


class WorkflowError(Exception):
    """A move the workflow does not allow; the message says why, for the staff member."""


def allowed_targets(status):
    return TRANSITIONS[Status(status)]


def check_transition(request, target, *, outcome="", legal_measure_outcome=""):
    """Raise WorkflowError unless `request` may move to `target` with these closing values."""
    current = Status(request.status)
    target = Status(target)
    if target not in TRANSITIONS[current]:
        raise WorkflowError(
            _("Van '%(current)s' naar '%(target)s' is geen toegestane stap.")
            % {"current": current.label, "target": target.label}
        )
    if target == Status.IN_PANEL and not request.agenda_items.exists():
        raise WorkflowError(_("Zet de aanvraag eerst op de agenda van een overleg van panel of poule."))
    if target == Status.CLOSED:
        if not outcome:
            raise WorkflowError(_("Kies een uitkomst om de aanvraag af te sluiten."))
        if request.kind == RequestKind.CASE and not legal_measure_outcome:
            raise WorkflowError(_("Geef bij een casus aan wat het effect op een juridische maatregel was."))
