from advies.models.audit import AuditEntry  # noqa: F401
from advies.models.meetings import AgendaItem, PanelMeeting  # noqa: F401
from advies.models.requests import MailDelivery, Referral, Request, RequestNote  # noqa: F401
from advies.models.settings import (  # noqa: F401
    CallBackSlot,
    ChainPartner,
    IntakeSettings,
    IntakeTeam,
    ReportingTeam,
)
