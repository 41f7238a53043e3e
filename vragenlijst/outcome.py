"""The outcome of a finished questionnaire: the route and what the result page and the
request forms need, without the answers themselves.

An `Outcome` holds nothing that identifies a person: the route, the rule that decided
it, the role, the municipality, age groups, topics and a short summary in plain Dutch
statements ("Praten met de andere ouder: bijna niet"). It lives in the session until the
person clears it or the idle timeout passes, and travels to the request forms inside the
encrypted prefill token (`vragenlijst.tokens`).
"""

import time
from dataclasses import asdict, dataclass, field

from django.utils import translation

from home.choices import Audience
from vragenlijst.decision_table import RULES_BY_CODE, TABLE_VERSION, Decision
from vragenlijst.questions import (
    MULTIPLE_CHOICE_QUESTIONS,
    OUTSIDE_REGION,
    QUESTION_CHOICES,
    QUESTION_SHORT_LABELS,
    ChildAge,
    Role,
    topics_for_help_needs,
)

# Left out of the summary: they travel as their own fields of the token.
NOT_IN_SUMMARY = frozenset({"role", "municipality", "region_focus"})


@dataclass(frozen=True)
class Outcome:
    route: str
    rule: str
    role: str
    site_id: int
    municipality: str = ""  # slug of a municipality of the region; "" if unknown or outside
    outside_region: bool = False
    signals: tuple[str, ...] = ()  # codes of the signals the deciding rule looked at
    summary: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    child_age_groups: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    family_consent: str = ""
    table_version: str = TABLE_VERSION
    finished_at: float = field(default_factory=time.time)

    @property
    def decision_rule(self):
        return RULES_BY_CODE.get(self.rule)

    def to_session(self):
        return asdict(self)

    @classmethod
    def from_session(cls, data):
        """The outcome stored in a session, or None if it is missing or malformed."""
        if not isinstance(data, dict):
            return None
        try:
            values = {name: data[name] for name in cls.__dataclass_fields__}
        except KeyError:
            return None
        for name in ("signals", "summary", "topics", "child_age_groups", "audiences"):
            values[name] = tuple(values[name] or ())
        try:
            return cls(**values)
        except TypeError:
            return None


def answer_statement(question, value):
    """A short Dutch statement of one answer, in the active language's labels."""
    choices = dict(QUESTION_CHOICES[question].choices) if question in QUESTION_CHOICES else {}
    values = value if isinstance(value, list | tuple) else [value]
    shown = ", ".join(str(choices.get(v, v)) for v in values)
    return f"{QUESTION_SHORT_LABELS.get(question, question)}: {shown}"


def summarise(answers):
    """Non-identifying statements of the answers, always in Dutch (the intake's language)."""
    with translation.override("nl"):
        return tuple(
            answer_statement(question, value)
            for question, value in answers.items()
            if question not in NOT_IN_SUMMARY and value not in ("", None, [], ())
        )


def audiences_for(answers):
    """Whose services fit: parents' services for parents and family, the children's own
    for children (by the age they gave, both if they did not say); professionals see all."""
    role = answers.get("role")
    if role == Role.CHILD:
        return {
            ChildAge.YOUNGER: (Audience.CHILDREN,),
            ChildAge.OLDER: (Audience.YOUTH,),
        }.get(answers.get("child_age"), (Audience.CHILDREN, Audience.YOUTH))
    if role == Role.PROFESSIONAL:
        return ()
    return (Audience.PARENTS,)


def build_outcome(*, answers, decision: Decision, site_id):
    municipality = str(answers.get("municipality") or "")
    outside = municipality == OUTSIDE_REGION
    topics = topics_for_help_needs(answers.get("help_needs") or [])
    ages = answers.get("child_ages") or []
    return Outcome(
        route=str(decision.route),
        rule=decision.rule.code,
        role=str(answers.get("role") or ""),
        site_id=site_id,
        municipality="" if outside else municipality,
        outside_region=outside,
        signals=tuple(signal.code for signal in decision.matched_signals),
        summary=summarise(answers),
        topics=tuple(str(t) for t in topics),
        child_age_groups=tuple(str(a) for a in ages),
        audiences=tuple(str(a) for a in audiences_for(answers)),
        family_consent=str(answers.get("family_consent") or ""),
    )


def merged_answers(cleaned_data_by_step, *, region_focus):
    """One flat answers mapping from the cleaned data of every step (field names are
    unique across the steps of one path), plus the region's focus."""
    answers = {}
    for cleaned in cleaned_data_by_step:
        for name, value in cleaned.items():
            answers[name] = list(value) if name in MULTIPLE_CHOICE_QUESTIONS else value
    answers["region_focus"] = region_focus
    return answers
