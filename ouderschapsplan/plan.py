"""A parent's plan as far as it is answered, read from the wizard's stored step data.

Every answer is read back through its step's form (`Plan.answers` holds cleaned data),
so the plan page, the file and the points to discuss show only what validated. Nothing
here stores anything.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from ouderschapsplan import forms
from ouderschapsplan import topics as t
from ouderschapsplan.models import AGE_GROUPS
from ouderschapsplan.steps import (
    CONDITIONS,
    COSTS,
    FAMILY,
    PARTS,
    STEPS,
    STEPS_BY_SLUG,
    WEEK,
    StoredAnswers,
)


def form_kwargs(step, names, municipalities=()):
    kwargs = {"names": names}
    if step == FAMILY:
        kwargs["municipalities"] = municipalities
    return kwargs


def step_data_from_answers(step, answers):
    """formtools' stored form of one step's answers ({field: value or list})."""
    data = MultiValueDict()
    for name, value in answers.items():
        key = f"{step}-{name}"
        if isinstance(value, list):
            data.setlist(key, [str(item) for item in value])
        else:
            data[key] = value.isoformat() if isinstance(value, datetime.date) else str(value)
    return data


def plain_answers(form):
    """A valid form's answers as JSON values, without the empty ones (the file's form)."""
    answers = {}
    for name, value in form.cleaned_data.items():
        if value in (None, "", []):
            continue
        if isinstance(value, datetime.date):
            value = value.isoformat()
        answers[name] = list(value) if isinstance(value, list | tuple) else value
    return answers


def age_group(birth_date, today=None):
    """The `AGE_GROUPS` value for a child born on `birth_date` (None: not yet, or 18 or over)."""
    today = today or timezone.localdate()
    years = today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))
    for value, _label in AGE_GROUPS:
        youngest, oldest = (int(part) for part in value.split("-"))
        if youngest <= years <= oldest:
            return value
    return None


@dataclass
class Child:
    name: str
    birth_date: datetime.date | None

    @property
    def age_group(self):
        return age_group(self.birth_date) if self.birth_date else None


@dataclass
class Item:
    """One answer as the plan shows it."""

    label: str
    value: str
    note: str = ""
    open: bool = False  # not agreed yet


@dataclass
class Section:
    step: str
    title: str
    items: list = field(default_factory=list)
    weeks: list = field(default_factory=list)  # week grid: (week, [(day, who, open)])
    payers: list = field(default_factory=list)  # costs: (item, who, open)
    note: str = ""


@dataclass
class OpenPoint:
    step: str
    section: str
    subject: str


class Plan:
    def __init__(self, step_data, *, municipalities=()):
        """`step_data`: formtools' stored data ({step: {field: [values]}})."""
        self._raw = step_data if isinstance(step_data, dict) else {}
        self.municipalities = list(municipalities)
        self.stored = StoredAnswers(self._step_data)
        self.names = self.stored.names()
        self.answers = {}
        for step in self.path():
            data = self._step_data(step)
            if data is None:
                continue
            form = self.form(step, data)
            if form.is_valid():
                self.answers[step] = form.cleaned_data

    def _step_data(self, step):
        values = self._raw.get(step)
        return MultiValueDict(values) if isinstance(values, dict) else None

    def form(self, step, data=None):
        step_form = STEPS_BY_SLUG[step].form
        return step_form(data=data, prefix=step, **form_kwargs(step, self.names, self.municipalities))

    # ---- the path -----------------------------------------------------------------------------

    def path(self):
        return [
            step.slug for step in STEPS if step.slug not in CONDITIONS or CONDITIONS[step.slug](self.stored)
        ]

    @property
    def is_complete(self):
        return all(step in self.answers for step in self.path())

    @property
    def is_empty(self):
        return not self.answers

    def first_open_step(self):
        return next((step for step in self.path() if step not in self.answers), None)

    # ---- the family ---------------------------------------------------------------------------

    def family(self):
        return self.answers.get(FAMILY, {})

    @property
    def mode(self):
        return self.family().get("mode", "")

    @property
    def together(self):
        return self.mode == forms.Mode.TOGETHER

    @property
    def relationship(self):
        return self.family().get("relationship", "")

    @property
    def court_needs_plan(self):
        return self.relationship in forms.Relationship.COURT_NEEDS_PLAN

    @property
    def municipality_slug(self):
        slug = self.family().get("municipality", "")
        return "" if slug == forms.OUTSIDE_REGION else slug

    @property
    def outside_region(self):
        return self.family().get("municipality", "") == forms.OUTSIDE_REGION

    def children(self):
        family = self.family()
        children = []
        for number in range(1, forms.MAX_CHILDREN + 1):
            name_field, date_field = forms.child_fields(number)
            name, birth_date = (family.get(name_field) or "").strip(), family.get(date_field)
            if name or birth_date:
                children.append(Child(name, birth_date))
        return children

    def age_groups(self):
        return sorted({child.age_group for child in self.children() if child.age_group})

    # ---- what the plan says -----------------------------------------------------------------

    def _label(self, label):
        return forms.with_names(label, self.names)

    def topic_items(self, step):
        answers = self.answers.get(step, {})
        items = []
        for topic in STEPS_BY_SLUG[step].topics:
            code = answers.get(topic.name)
            agreement = topic.agreement(code)
            if agreement is None:
                continue
            note = (answers.get(topic.note_name) or "").strip()
            if code == t.OWN_WORDS:
                value, note = note, ""
            else:
                value = self._label(agreement.label)
            items.append(Item(str(topic.question), value, note, open=code == t.NOT_AGREED))
        return items

    def sections(self):
        """What the plan says, per answered step after the family (for the page and print)."""
        sections = []
        for step in self.path():
            if step in (FAMILY, PARTS) or step not in self.answers:
                continue
            answers = self.answers[step]
            section = Section(step, str(STEPS_BY_SLUG[step].title), items=self.topic_items(step))
            if step == WEEK:
                night_labels = dict(t.NIGHT_CHOICES)
                for week in t.WEEKS:
                    days = []
                    for day, day_label in t.WEEKDAYS:
                        code = answers.get(t.night_field(week, day), "")
                        days.append(
                            (str(day_label), self._label(night_labels.get(code, "")), code == t.NOT_AGREED)
                        )
                    section.weeks.append((week, days))
                section.note = (answers.get("note") or "").strip()
            if step == COSTS:
                payer_labels = dict(t.PAYER_CHOICES)
                for item, item_label in t.COST_ITEMS:
                    code = answers.get(t.payer_field(item), "")
                    section.payers.append(
                        (str(item_label), self._label(payer_labels.get(code, "")), code == t.NOT_AGREED)
                    )
                amount = (answers.get("amount") or "").strip()
                if amount:
                    section.items.insert(1, Item(_("Het bedrag, en wie aan wie betaalt"), amount))
            sections.append(section)
        return sections

    def open_points(self):
        """What the parents have not agreed on yet, in the order of the plan."""
        points = []
        for section in self.sections():
            points += [
                OpenPoint(section.step, section.title, item.label) for item in section.items if item.open
            ]
            if any(is_open for _week, days in section.weeks for _day, _who, is_open in days):
                points.append(
                    OpenPoint(section.step, section.title, _("Bij wie de kinderen op sommige dagen slapen"))
                )
            points += [
                OpenPoint(section.step, section.title, _("Wie betaalt: %(cost)s") % {"cost": label})
                for label, _who, is_open in section.payers
                if is_open
            ]
        return points

    # ---- the file --------------------------------------------------------------------------------

    def file_answers(self):
        """The answers of every step on the path that has them, as the plan file holds them."""
        answers = {}
        for step in self.path():
            data = self._step_data(step)
            if data is None:
                continue
            form = self.form(step, data)
            if form.is_valid():
                answers[step] = plain_answers(form)
        return answers
