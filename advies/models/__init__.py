from advies.models.answers import Answer, MailedCode, ReadingKey  # noqa: F401
from advies.models.audit import AuditEntry  # noqa: F401
from advies.models.drafts import Draft  # noqa: F401
from advies.models.meetings import AgendaItem, PanelMeeting  # noqa: F401
from advies.models.requests import (  # noqa: F401
    MailDelivery,
    Referral,
    ReferralFollowUp,
    Request,
    RequestNote,
)
from advies.models.settings import (  # noqa: F401
    CallBackSlot,
    ChainPartner,
    IntakeSettings,
    IntakeTeam,
    ReportingTeam,
)
from advies.models.surveys import SurveyInvitation, SurveyResponse  # noqa: F401
