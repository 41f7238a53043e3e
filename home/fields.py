"""A model field for a small set of choices, stored so that every database can filter it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceSetField(models.CharField):
    """Stores a set of choice values as ``,a,b,`` text.

    The delimiters on both ends make ``field__contains=",a,"`` an exact membership
    test on SQLite and PostgreSQL alike (JSON containment is not portable). Python
    code sees a sorted list of values; use ``ChoiceSetField.lookup(value)`` to filter.
    """

    description = _("Set of choices")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    @staticmethod
    def lookup(value):
        return f",{value},"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, list | tuple | set):
            return sorted(str(v) for v in value)
        return sorted(v for v in str(value).split(",") if v)

    def get_prep_value(self, value):
        values = self.to_python(value)
        return f",{','.join(values)}," if values else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {str(choice) for choice, _label in self.choices or ()}
        unknown = [v for v in self.to_python(value) if v not in allowed]
        if unknown:
            raise ValidationError(_("Onbekende keuze: %(value)s"), params={"value": ", ".join(unknown)})
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{k: v for k, v in kwargs.items() if k in ("initial",)},
        )

    def get_internal_type(self):
        return "CharField"
