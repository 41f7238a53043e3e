"""The outcome of a finished questionnaire: the route and what the result page and the
request forms need.

An `Outcome` holds nothing that identifies a person: the route, the rule that decided
it, the role, the municipality, age groups, topics and a summary of the answers chosen
from fixed lists (kept as question and answer codes, written out as plain statements such
as "Praten met de andere ouder: Bijna niet" in the reader's language). It lives in the
visitor's slot of the ephemeral store (`vragenlijst.storage`) until the visitor stops or
the idle timeout passes, and part of it is handed over to a request form once
(`vragenlijst.handover`).
"""

import time
from dataclasses import asdict, dataclass, field

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

# Left out of the summary: they are handed over as their own fields.
NOT_IN_SUMMARY = frozenset({"role", "municipality", "region_focus"})


@dataclass(frozen=True)
class Outcome:
    route: str
    rule: str
    role: str
    site_id: int
    municipality: str = ""  # slug of a municipality of the region; "" if unknown or outside
    outside_region: bool = False
    signals: tuple[str, ...] = ()  # codes of the signals named in the "why"
    actions: tuple[str, ...] = ()  # codes of the next actions, in order (decision_table.ACTIONS)
    summary: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (question, answer codes)
    topics: tuple[str, ...] = ()
    child_age_groups: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    family_consent: str = ""
    table_version: str = TABLE_VERSION
    finished_at: float = field(default_factory=time.time)

    @property
    def decision_rule(self):
        return RULES_BY_CODE.get(self.rule)

    def as_data(self):
        """The outcome as JSON data, for the ephemeral store."""
        return asdict(self)

    @classmethod
    def from_data(cls, data):
        """The outcome stored by `as_data`, or None if it is missing or malformed."""
        if not isinstance(data, dict):
            return None
        try:
            values = {name: data[name] for name in cls.__dataclass_fields__}
            for name in ("signals", "actions", "topics", "child_age_groups", "audiences"):
                values[name] = tuple(values[name] or ())
            values["summary"] = tuple((question, tuple(codes)) for question, codes in values["summary"] or ())
            return cls(**values)
        except (KeyError, TypeError, ValueError):
            return None


def answer_statement(question, value):
    """A short statement of one answer, in the active language."""
    choices = dict(QUESTION_CHOICES[question].choices) if question in QUESTION_CHOICES else {}
    values = value if isinstance(value, list | tuple) else [value]
    shown = ", ".join(str(choices.get(v, v)) for v in values)
    return f"{QUESTION_SHORT_LABELS.get(question, question)}: {shown}"


def summarise(answers):
    """The answers for the summary, as (question, answer codes): non-identifying, and
    independent of the language (see `summary_statements`)."""
    return tuple(
        (question, tuple(str(v) for v in (value if isinstance(value, list | tuple) else [value])))
        for question, value in answers.items()
        if question not in NOT_IN_SUMMARY and value not in ("", None, [], ())
    )


def summary_statements(summary):
    """The summary as short statements in the active language ("Geweld of dreiging: Ja")."""
    return [answer_statement(question, list(codes)) for question, codes in summary]


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
    topics = topics_for_help_needs(answers.get("help_needs") or []) or decision.rule.topics
    ages = answers.get("child_ages") or []
    return Outcome(
        route=str(decision.route),
        rule=decision.rule.code,
        role=str(answers.get("role") or ""),
        site_id=site_id,
        municipality="" if outside else municipality,
        outside_region=outside,
        signals=tuple(signal.code for signal in decision.matched_signals),
        actions=tuple(decision.action_codes),
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
