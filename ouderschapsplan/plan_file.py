"""The plan file: what parents download to keep their plan, and upload to go on with it.

A UTF-8 JSON document, version 1:

    {
      "format": "expertisepunt-ouderschapsplan",
      "version": 1,
      "saved_on": "2026-04-07",
      "language": "nl",
      "note": "Dit is jullie ouderschapsplan ...",
      "answers": {"gezin": {"mode": "samen", "parent_1": "Sanne", ...}, "kinderen": {...}, ...}
    }

`answers` holds, per step slug, the answers of that step by field name (a choice code,
a text, a list of codes, a date as YYYY-MM-DD); empty answers are left out, and a step
not answered yet is missing. The JSON Schema of each version is generated from the step
forms (`json_schema()`) and committed as `ouderschapsplan/schema/plan-v<N>.schema.json`;
a test keeps the two the same, so a change of codes cannot slip into a version silently.

Reading an upload (`read_plan_file`) is strict, in this order, and stops at the first
problem with a `PlanFileError` the parent can read: size (by the upload handler), content
type, UTF-8 JSON object, format name, version, the schema (pydantic, strict: no unknown
fields, no wrong types, no text longer than the forms allow), and last the step forms
themselves. Nothing of the file is logged, stored or kept in a temporary file
(`ouderschapsplan.uploads`); on success its answers go straight into the parent's own
encrypted slot, like answers typed in.
"""

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from django import forms as django_forms
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from pydantic import ConfigDict, Field, StringConstraints, ValidationError, create_model

from ouderschapsplan import forms
from ouderschapsplan.plan import form_kwargs, plain_answers, step_data_from_answers
from ouderschapsplan.steps import FAMILY, STEPS

FORMAT = "expertisepunt-ouderschapsplan"
VERSION = 1
SUPPORTED_VERSIONS = (1,)
MAX_BYTES = 256 * 1024
CONTENT_TYPES = ("application/json", "text/json", "text/plain")
UNTYPED = ("", "application/octet-stream")  # then the name must end in .json
SCHEMA_DIR = Path(__file__).parent / "schema"
SLUG_PATTERN = r"^[a-z0-9-]{1,100}$"

FILE_NOTE = _(
    "Dit is jullie ouderschapsplan, gemaakt met 'Ouderschapsplan maken'. Het bestand is van "
    "jullie: de website heeft er niets van bewaard. Upload het op de website om verder te gaan."
)


class PlanFileError(Exception):
    """A file that cannot be read as a plan; `message` says why, for the parent."""

    def __init__(self, code, message):
        super().__init__(code)
        self.code = code
        self.message = message


def _error(code):
    return PlanFileError(code, ERRORS[code])


ERRORS = {
    "missing": _("Kies een bestand om verder te gaan."),
    "too_large": _(
        "Dit bestand is te groot. Een bestand van 'Ouderschapsplan maken' is kleiner dan 256 kB. "
        "Kies het bestand dat je hier eerder hebt gedownload."
    ),
    "type": _(
        "Dit is geen bestand van 'Ouderschapsplan maken'. Kies het bestand dat je hier eerder hebt "
        "gedownload; de naam eindigt op .json."
    ),
    "not_a_plan": _(
        "Dit bestand is geen ouderschapsplan van deze website. Kies het bestand dat je hier eerder "
        "hebt gedownload."
    ),
    "newer_version": _(
        "Dit bestand is gemaakt met een nieuwere versie van 'Ouderschapsplan maken' dan deze website "
        "kent. Probeer het later nog eens, of begin opnieuw."
    ),
    "unknown_version": _(
        "Dit bestand heeft een versie die deze website niet kan lezen. Begin opnieuw, en neem het "
        "plan uit het oude bestand over."
    ),
    "tampered": _(
        "Dit bestand is veranderd of beschadigd, daarom kunnen we het niet inlezen. Gebruik het "
        "bestand zoals je het hebt gedownload, zonder het te bewerken."
    ),
}


# ---- the schema, from the step forms --------------------------------------------------------------


def _field_type(step, name, form_field):
    if name == "municipality":
        return Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
    if isinstance(form_field, django_forms.MultipleChoiceField):
        codes = tuple(str(code) for code, _label in form_field.choices if code)
        return Annotated[list[Literal[codes]], Field(max_length=len(codes))]
    if isinstance(form_field, django_forms.ChoiceField):
        codes = tuple(str(code) for code, _label in form_field.choices if code)
        return Literal[codes]
    if isinstance(form_field, django_forms.DateField):
        return datetime.date
    if isinstance(form_field, django_forms.CharField):
        return Annotated[str, StringConstraints(max_length=form_field.max_length)]
    raise TypeError(f"{step}.{name}: no file type for {type(form_field).__name__}")


STRICT = ConfigDict(extra="forbid", strict=True)


def _step_model(step):
    form = step.form(prefix=step.slug, **form_kwargs(step.slug, forms.default_names()))
    fields = {
        name: (
            _field_type(step.slug, name, form_field),
            Field(default=None, description=str(form_field.label)),
        )
        for name, form_field in form.fields.items()
    }
    return create_model(f"Step_{step.slug}", __config__=STRICT, **fields)


def _build_models():
    with translation.override("nl"):
        answers = create_model(
            "Answers",
            __config__=STRICT,
            **{
                step.slug: (_step_model(step), Field(default=None, description=str(step.title)))
                for step in STEPS
            },
        )
    return create_model(
        "PlanFileV1",
        __config__=STRICT,
        format=(Literal[FORMAT], ...),
        version=(Literal[VERSION], ...),
        saved_on=(datetime.date, Field(default=None)),
        language=(Literal["nl", "en"], Field(default=None)),
        note=(Annotated[str, StringConstraints(max_length=1000)], Field(default=None)),
        answers=(answers, ...),
    )


_model = None


def plan_file_model():
    global _model
    if _model is None:
        _model = _build_models()
    return _model


def _without_null_defaults(node):
    """Optional fields carry `default: null` in pydantic's schema, but null is refused."""
    if isinstance(node, dict):
        return {
            key: _without_null_defaults(value)
            for key, value in node.items()
            if not (key == "default" and value is None)
        }
    if isinstance(node, list):
        return [_without_null_defaults(value) for value in node]
    return node


def json_schema():
    schema = _without_null_defaults(plan_file_model().model_json_schema())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{FORMAT}-v{VERSION}",
        "description": "Een ouderschapsplan uit 'Ouderschapsplan maken' (Expertisepunt Scheiding & "
        "Veiligheid).",
        **schema,
    }


def committed_schema_path(version=VERSION):
    return SCHEMA_DIR / f"plan-v{version}.schema.json"


# ---- writing ------------------------------------------------------------------------------------


def file_name(today=None):
    return f"ouderschapsplan-{(today or timezone.localdate()).isoformat()}.json"


def build_plan_file(plan, *, language):
    """The file's bytes for a `Plan` (UTF-8 JSON, readable by people too)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "saved_on": timezone.localdate().isoformat(),
        "language": language,
        "note": str(FILE_NOTE),
        "answers": plan.file_answers(),
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# ---- reading --------------------------------------------------------------------------------------


@dataclass
class UploadedPlan:
    step_data: dict  # formtools' stored form, per step
    saved_on: datetime.date | None


def check_upload(uploaded):
    """The content type and name of an uploaded file (before reading it)."""
    content_type = (uploaded.content_type or "").split(";")[0].strip().lower()
    name = (uploaded.name or "").lower()
    if content_type in CONTENT_TYPES:
        return
    if content_type in UNTYPED and name.endswith(".json"):
        return
    raise _error("type")


def _reject_constant(value):
    raise ValueError(value)  # NaN and Infinity are not JSON


def parse_document(raw):
    """The JSON object in `raw` with a known format and version, or a PlanFileError."""
    if len(raw) > MAX_BYTES:
        raise _error("too_large")
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _error("not_a_plan") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _error("not_a_plan")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _error("unknown_version")
    if version not in SUPPORTED_VERSIONS:
        raise _error("newer_version" if version > max(SUPPORTED_VERSIONS) else "unknown_version")
    return document


def read_plan_file(raw, *, municipalities=()):
    """The answers of a plan file as step data, validated like typed answers."""
    parse_document(raw)
    try:
        valid = plan_file_model().model_validate_json(raw)
    except (ValidationError, ValueError, RecursionError):
        raise _error("tampered") from None
    answers = valid.answers.model_dump(exclude_none=True)
    known = {m.slug for m in municipalities}
    family = answers.get(FAMILY)
    if family and family.get("municipality") not in known | {forms.OUTSIDE_REGION}:
        family.pop("municipality", None)  # a plan made in another region: ask again
    names = forms.default_names()
    for key in names:
        given = ((family or {}).get(key) or "").strip()
        if given:
            names[key] = given
    step_data = {}
    for step in STEPS:
        if step.slug not in answers:
            continue
        data = step_data_from_answers(step.slug, answers[step.slug])
        form = step.form(data=data, prefix=step.slug, **form_kwargs(step.slug, names, municipalities))
        if not form.is_valid():
            raise _error("tampered")
        step_data[step.slug] = dict(step_data_from_answers(step.slug, plain_answers(form)).lists())
    return UploadedPlan(step_data=step_data, saved_on=valid.saved_on)
