"""The four public request forms. Every form keeps everything typed when it has errors,
gives one clear message per field, and maps its answers to a request: categories and
contact data to model columns, the rest to the encrypted `details`."""

import datetime
import re

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from advies import spam
from advies.choices import (
    CONTACT_CHANNELS,
    ConsentMethod,
    DomainAssessment,
    FamilyRole,
    LegalMeasure,
    LifeDomain,
    Panel,
    RequesterRole,
    RequestKind,
)
from advies.pii import find_personal_data
from home.choices import ChannelKind, Route
from home.models import Municipality, RegionFocus, RegionSettings, ServiceOffer, Topic
from portal.forms import BrowserLineBreaksMixin

YES_NO = [("ja", _("Ja")), ("nee", _("Nee"))]
FAMILY_MEMBER_ROWS = 6

PHONE_CHARACTERS = RegexValidator(
    r"^\+?[\d\s\-().]+$",
    _("Gebruik in het telefoonnummer alleen cijfers (spaties en streepjes mogen), bijvoorbeeld 06 12345678."),
)
# A Dutch number has 10 digits (06 12345678, 010 1234567); with a country code up to 15.
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 10, 15


def phone_validator(value):
    """Says what is wrong with a phone number: a letter in it, or too few or too many digits."""
    PHONE_CHARACTERS(value)
    digits = sum(character.isdigit() for character in value)
    if digits < PHONE_MIN_DIGITS:
        raise forms.ValidationError(
            ngettext(
                "Dit nummer heeft %(count)d cijfer; een telefoonnummer heeft er 10, zoals 06 12345678.",
                "Dit nummer heeft %(count)d cijfers; een telefoonnummer heeft er 10, zoals 06 12345678.",
                digits,
            )
            % {"count": digits},
            code="too_short",
        )
    if digits > PHONE_MAX_DIGITS:
        raise forms.ValidationError(
            _("Dit nummer heeft %(count)d cijfers; dat zijn er te veel voor een telefoonnummer.")
            % {"count": digits},
            code="too_long",
        )


def text_area(rows=4):
    return forms.Textarea(attrs={"rows": rows})


class DescribedFieldsMixin:
    """Each input points at the hint and the error that advies/includes/field.html writes
    (`id_<name>-hint`, `id_<name>-error`; Django's own `id_<name>_helptext` is not written
    there), so screen readers read them with the label; a field with an error is
    aria-invalid. For every public form of this app."""

    def order_fields(self, field_order):
        super().order_fields(field_order)  # called once, from the form's __init__
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}-hint"

    def _post_clean(self):
        super()._post_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            widget.attrs["aria-invalid"] = "true"
            described = widget.attrs.get("aria-describedby", "")
            widget.attrs["aria-describedby"] = f"{described} id_{name}-error".strip()


class PublicRequestForm(DescribedFieldsMixin, BrowserLineBreaksMixin, forms.Form):
    """Shared parts: spam defences, prefill from the questionnaire, privacy statement; line
    breaks counted as browsers count them."""

    kind = None
    # Fields whose answers are stored as model columns rather than in `details`.
    column_fields = ()
    # Whether every free-text field must hold no personal data (see `anonymised_fields`).
    always_anonymised = False
    # Free-text fields anonymised mode leaves alone. The professional's own contact
    # details (name, phone, e-mail, organisation, function) are theirs to give and are how
    # the expertisepunt reaches them: they say nothing about the family. The honeypot must
    # stay empty anyway, and family details have their own rule (empty without consent).
    not_anonymised = (
        "contact_name",
        "contact_phone",
        "contact_email",
        "organisation",
        "professional_role",
        "website",
        "family_details",
    )
    # Fields a staff member should see first; the rest follow in form order.
    not_stored = (
        "website",
        "started",
        "privacy",
        "questionnaire_summary",
        "route",
        "survey_opt_in",
        "survey_email",
    )

    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    route = forms.ChoiceField(
        label=_("Uitkomst van de Scheidingswijzer"),
        required=False,
        choices=[("", _("Geen of weet ik niet"))] + list(Route.choices),
        help_text=_("U kunt dit aanpassen of leegmaken."),
    )
    questionnaire_summary = forms.CharField(
        label=_("Samenvatting uit de Scheidingswijzer"),
        required=False,
        max_length=3000,
        widget=text_area(5),
        help_text=_("Wij lezen dit mee. Pas het gerust aan of haal weg wat u niet wilt delen."),
    )
    privacy = forms.BooleanField(
        label=_("Ik weet dat het expertisepunt mijn gegevens gebruikt om deze vraag te behandelen."),
        error_messages={"required": _("Vink dit aan om de aanvraag te kunnen versturen.")},
    )

    anonymised_mode = False

    def __init__(self, *args, site, prefill=None, **kwargs):
        self.site = site
        self.prefill = prefill
        super().__init__(*args, **kwargs)
        self.region_settings = RegionSettings.for_site(site)
        if "municipality" in self.fields:
            self.fields["municipality"].queryset = Municipality.objects.filter(site=site)
        if "topics" in self.fields:
            self.fields["topics"].choices = [
                (topic.slug, topic.name) for topic in Topic.objects.filter(locale=Locale.get_active())
            ]
        self.fields["started"].initial = spam.started_token()
        if prefill is not None and not self.is_bound:
            self.apply_prefill(prefill)
        self.order_fields([name for name in self.fields if name not in ("privacy",)] + ["privacy"])

    def order_fields(self, field_order):
        super().order_fields(field_order)
        self.name_missing_answers()

    def name_missing_answers(self):
        """Every required field says which answer is missing (the summary lists messages only)."""
        default = forms.Field.default_error_messages["required"]
        for field in self.fields.values():
            if field.error_messages.get("required") != default:
                continue
            if isinstance(field.widget, forms.RadioSelect | forms.Select | forms.CheckboxSelectMultiple):
                message = _("Kies een antwoord bij ‘%(label)s’.")
            else:
                message = _("Vul ‘%(label)s’ in.")
            field.error_messages["required"] = message % {"label": field.label}

    def apply_prefill(self, prefill):
        self.initial.setdefault("route", prefill.route)
        self.initial.setdefault("questionnaire_summary", prefill.summary_text)
        if "municipality" in self.fields and prefill.municipality_slug:
            municipality = self.fields["municipality"].queryset.filter(slug=prefill.municipality_slug).first()
            if municipality is not None:
                self.initial.setdefault("municipality", municipality.pk)
        if "topics" in self.fields:
            known = {value for value, _label in self.fields["topics"].choices}
            self.initial.setdefault("topics", [slug for slug in prefill.topics if slug in known])
        if "requester_role" in self.fields and prefill.role in dict(self.fields["requester_role"].choices):
            self.initial.setdefault("requester_role", prefill.role)
        if "consent" in self.fields and prefill.family_consent:
            # The professional's answer in the questionnaire; not asked yet is no consent either.
            self.initial.setdefault("consent", "ja" if prefill.family_consent == "ja" else "nee")
            self.anonymised_mode = self.initial["consent"] == "nee"

    def show_anonymised_mode(self, answer):
        """Say on the form itself that it is in its anonymised mode, and why: the
        professional said in the Scheidingswijzer that the family has not consented."""
        self.anonymised_mode = True
        explanations = {
            "nog-niet": _(
                "U gaf in de Scheidingswijzer aan dat het gezin nog niet om toestemming is gevraagd. "
                "Zonder toestemming staat dit formulier op anoniem: de poule denkt alleen mee op volledig "
                "anonieme informatie. Kies 'ja' als het gezin inmiddels toestemming gaf."
            ),
            "nee": _(
                "U gaf in de Scheidingswijzer aan dat het gezin geen toestemming geeft. Daarom staat dit "
                "formulier op anoniem: de poule denkt alleen mee op volledig anonieme informatie. Kies 'ja' "
                "als het gezin inmiddels toestemming gaf."
            ),
        }
        self.fields["consent"].help_text = explanations.get(
            answer,
            _(
                "Zonder toestemming staat dit formulier op anoniem: de poule denkt alleen mee op volledig "
                "anonieme informatie."
            ),
        )
        anonymous = _(
            "Anoniem: geen namen, geboortedata, BSN, adressen, telefoonnummers of e-mailadressen "
            "van het gezin."
        )
        for name in self.free_text_fields():
            if name in self.fields:
                current = self.fields[name].help_text
                self.fields[name].help_text = f"{anonymous} {current}" if current else anonymous
        if "family_details" in self.fields:
            self.fields["family_details"].help_text = _(
                "Leeg laten: zonder toestemming van het gezin mogen hier geen gegevens staan."
            )

    @property
    def shows_questionnaire(self):
        """The questionnaire part is shown when there is (or was) something in it."""
        if self.is_bound:
            return bool(self.data.get("route") or self.data.get("questionnaire_summary"))
        return bool(self.initial.get("route") or self.initial.get("questionnaire_summary"))

    # ---- validation ----------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        if self.cleaned_data.get("website"):
            self.add_error("website", _("Dit veld moet leeg blijven. Haal de tekst weg en verstuur opnieuw."))
        elapsed = spam.seconds_since_started(self.data.get("started"))
        if elapsed is None or elapsed < spam.min_fill_seconds():
            raise forms.ValidationError(
                _(
                    "Het formulier is te snel of onvolledig verstuurd. Alles wat u invulde staat er "
                    "nog; controleer het en klik nog een keer op versturen."
                ),
                code="too_fast",
            )
        self.check_anonymised(cleaned)
        return cleaned

    def anonymised_fields(self, cleaned):
        """Free-text fields that must not contain personal data for this submission."""
        return self.free_text_fields() if self.always_anonymised else ()

    def free_text_fields(self):
        """Every field a person can type free text in, whatever it is called or where its
        value came from (the questionnaire prefill too), so a text field added later is
        checked without anyone having to remember it."""
        return [
            name
            for name, field in self.fields.items()
            if isinstance(field, forms.CharField)
            and not field.widget.is_hidden
            and name not in self.not_anonymised
        ]

    def known_names(self):
        """Proper names of the region that identify nobody: its municipalities, its own name
        and expertise point, and the providers of its services (the word lists behind the
        personal-data check cannot know invented or small places and organisations)."""
        names = list(Municipality.objects.values_list("name", flat=True))
        names += ServiceOffer.objects.filter(site=self.site).values_list("provider", flat=True).distinct()
        names += [self.region_settings.region_name, self.region_settings.expertise_point_name]
        return names

    def check_anonymised(self, cleaned):
        fields = self.anonymised_fields(cleaned)
        known = self.known_names() if fields else ()
        for name in fields:
            findings = find_personal_data(cleaned.get(name) or "", known_names=known)
            if findings:
                self.add_error(name, personal_data_message(findings))

    def clean_contact(self, cleaned, *, phone_required=False, email_required=False):
        phone = cleaned.get("contact_phone")
        email = cleaned.get("contact_email")
        if phone_required and not phone and "contact_phone" not in self.errors:
            self.add_error(
                "contact_phone", _("Vul een telefoonnummer in: u kiest voor contact per telefoon.")
            )
        if email_required and not email and "contact_email" not in self.errors:
            self.add_error("contact_email", _("Vul een e-mailadres in: u kiest voor contact per e-mail."))
        if (
            not phone
            and not email
            and "contact_phone" not in self.errors
            and "contact_email" not in self.errors
        ):
            self.add_error("contact_phone", _("Vul een telefoonnummer of een e-mailadres in."))

    # ---- mapping to a request ------------------------------------------------------

    def survey_address(self):
        """The e-mail address for the survey afterwards, when the requester said yes (else "")."""
        data = self.cleaned_data
        if not data.get("survey_opt_in"):
            return ""
        return data.get("survey_email") or data.get("contact_email") or ""

    def request_fields(self):
        data = self.cleaned_data
        fields = {name: data.get(name) for name in self.column_fields if name in data}
        for name in ("contact_name", "contact_phone", "contact_email", "question", "questionnaire_summary"):
            if name in fields or name in data:
                fields[name] = data.get(name) or ""
        fields["route"] = data.get("route") or ""
        if "topics" in data:
            fields["topics"] = list(data.get("topics") or [])
        return fields

    def detail_answers(self):
        skip = set(self.not_stored) | set(self.column_fields)
        skip |= {"contact_name", "contact_phone", "contact_email", "question", "topics", "municipality"}
        answers = {}
        for name, value in self.cleaned_data.items():
            if name in skip or value in (None, "", [], False):
                continue
            answers[name] = value.isoformat() if isinstance(value, datetime.date) else value
        return answers


def survey_opt_in_field():
    return forms.BooleanField(
        label=_("Ja, stuur mij na afloop een korte, anonieme vragenlijst (vier vragen, per e-mail)."),
        required=False,
        help_text=_(
            "Zo horen we of onze hulp werkt. Uw antwoorden worden niet aan uw aanvraag gekoppeld; uw "
            "e-mailadres wissen we zodra de vragenlijst is verstuurd."
        ),
    )


def personal_data_message(findings):
    listed = ", ".join(f"“{shortened(finding.fragment)}” ({finding.label})" for finding in findings)
    return ngettext(
        "Zonder toestemming van het gezin mag hier geen persoonsgegeven staan. Haal dit weg: %(items)s.",
        "Zonder toestemming van het gezin mogen hier geen persoonsgegevens staan. Haal deze weg: %(items)s.",
        len(findings),
    ) % {"items": listed}


def shortened(fragment, limit=80):
    """A fragment as the message quotes it: whole, unless it is longer than a line."""
    return fragment if len(fragment) <= limit else f"{fragment[: limit - 1]}…"


def contact_name_field(label=None, help_text=None):
    return forms.CharField(
        label=label or _("Naam of roepnaam"),
        max_length=100,
        help_text=help_text or _("Een schuilnaam mag ook. Zo weten we hoe we u aanspreken."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


def contact_phone_field(required=False):
    return forms.CharField(
        label=_("Telefoonnummer"),
        required=required,
        max_length=20,
        validators=[phone_validator],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )


def contact_email_field():
    return forms.EmailField(
        label=_("E-mailadres"),
        required=False,
        max_length=254,
        help_text=_("U krijgt dan een bevestiging met alleen het referentienummer."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={"invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")},
    )


def municipality_field():
    return forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Municipality.objects.none(),
        required=False,
        empty_label=_("Kies een gemeente (of laat leeg)"),
        error_messages={"invalid_choice": _("Kies een gemeente uit de lijst.")},
    )


def yes_no_field(label, required_message, help_text=""):
    """A yes/no question; its message names the question, since a form can ask several."""
    return forms.ChoiceField(
        label=label,
        choices=YES_NO,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages={"required": required_message},
    )


class ChildAgesField(forms.CharField):
    """Children's ages as numbers only ('4, 9 en 15'); names have no place here."""

    SEPARATORS = re.compile(r"[\s,;/+&]+|\b(?:en|and|jaar|years?|jr)\b", re.IGNORECASE)

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return []
        parts = [part for part in self.SEPARATORS.split(value) if part]
        if not parts or not all(part.isdigit() and int(part) <= 25 for part in parts):
            raise forms.ValidationError(
                _("Vul alleen leeftijden in cijfers in, bijvoorbeeld: 4, 9, 15. Namen zijn niet nodig.")
            )
        return [int(part) for part in parts][:15]


class AdviceRequestForm(PublicRequestForm):
    """Adviesaanvraag: a parent or family member asks for advice."""

    kind = RequestKind.ADVICE
    column_fields = ("requester_role", "municipality", "preferred_channel")

    requester_role = forms.ChoiceField(
        label=_("Ik ben"),
        choices=[(RequesterRole.PARENT, _("ouder")), (RequesterRole.FAMILY_MEMBER, _("familielid"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies of u ouder of familielid bent.")},
    )
    question = forms.CharField(
        label=_("Uw vraag"),
        max_length=4000,
        widget=text_area(6),
        help_text=_("Vertel in uw eigen woorden waar u hulp bij zoekt."),
        error_messages={"required": _("Schrijf uw vraag op, dan weten we hoe we kunnen helpen.")},
    )
    topics = forms.MultipleChoiceField(
        label=_("Waar gaat uw vraag over?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies wat past; meer dan één mag."),
    )
    municipality = municipality_field()
    child_ages = ChildAgesField(
        label=_("Leeftijden van de kinderen"),
        required=False,
        help_text=_("Alleen de leeftijden, bijvoorbeeld: 4, 9. Geen namen."),
    )
    preferred_channel = forms.ChoiceField(
        label=_("Hoe wilt u contact?"),
        choices=CONTACT_CHANNELS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies hoe we contact met u opnemen.")},
    )
    contact_name = contact_name_field()
    contact_phone = contact_phone_field()
    contact_email = contact_email_field()
    may_say_who_calls = yes_no_field(
        _("Mogen wij zeggen dat we van het expertisepunt bellen als iemand anders opneemt?"),
        _("Kies ja of nee: mogen we zeggen dat we van het expertisepunt bellen?"),
    )
    may_leave_message = yes_no_field(
        _("Mogen wij een bericht inspreken of sturen?"),
        _("Kies ja of nee: mogen we een bericht inspreken of sturen?"),
    )
    safe_times = forms.CharField(
        label=_("Wanneer kunnen we u veilig bereiken?"),
        required=False,
        max_length=300,
        help_text=_("Bijvoorbeeld: doordeweeks tussen 9 en 12 uur."),
    )
    interpreter = forms.CharField(
        label=_("Tolk nodig? Welke taal?"),
        required=False,
        max_length=100,
    )
    access_needs = forms.CharField(
        label=_("Andere wensen voor het contact"),
        required=False,
        max_length=1000,
        widget=text_area(3),
        help_text=_("Bijvoorbeeld een rolstoeltoegankelijke ruimte of een gebarentolk."),
    )
    survey_opt_in = survey_opt_in_field()

    def clean(self):
        cleaned = super().clean()
        channel = cleaned.get("preferred_channel")
        self.clean_contact(
            cleaned,
            phone_required=channel == ChannelKind.PHONE,
            email_required=channel == ChannelKind.EMAIL,
        )
        if (
            cleaned.get("survey_opt_in")
            and not cleaned.get("contact_email")
            and "contact_email" not in self.errors
        ):
            self.add_error(
                "contact_email", _("Vul een e-mailadres in: daar sturen we de vragenlijst achteraf naartoe.")
            )
        return cleaned


class CallBackForm(PublicRequestForm):
    """Terugbelverzoek: a call back in one of the region's time slots."""

    kind = RequestKind.CALL_BACK
    column_fields = ("requester_role", "municipality")

    requester_role = forms.ChoiceField(
        label=_("Ik ben"),
        choices=RequesterRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wie u bent.")},
    )
    question = forms.CharField(
        label=_("Waar wilt u over praten?"),
        max_length=1000,
        widget=text_area(3),
        help_text=_("Een paar woorden is genoeg."),
        error_messages={"required": _("Schrijf in een paar woorden waar het over gaat.")},
    )
    call_back = forms.ChoiceField(
        label=_("Wanneer mogen we bellen?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies een moment waarop we u bellen."),
            "invalid_choice": _("Dit moment is niet meer vrij. Kies een ander moment."),
        },
    )
    contact_name = contact_name_field()
    contact_phone = contact_phone_field(required=True)
    may_say_who_calls = yes_no_field(
        _("Mogen wij zeggen dat we van het expertisepunt bellen als iemand anders opneemt?"),
        _("Kies ja of nee: mogen we zeggen dat we van het expertisepunt bellen?"),
    )
    may_leave_message = yes_no_field(
        _("Mogen wij een bericht inspreken?"), _("Kies ja of nee: mogen we een bericht inspreken?")
    )
    municipality = municipality_field()
    interpreter = forms.CharField(label=_("Tolk nodig? Welke taal?"), required=False, max_length=100)
    survey_opt_in = survey_opt_in_field()
    survey_email = forms.EmailField(
        label=_("E-mailadres voor de vragenlijst"),
        required=False,
        max_length=254,
        help_text=_("Alleen als u ja zegt op de vragenlijst. We gebruiken het voor niets anders."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={"invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")},
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("survey_opt_in")
            and not cleaned.get("survey_email")
            and "survey_email" not in self.errors
        ):
            self.add_error(
                "survey_email", _("Vul een e-mailadres in: daar sturen we de vragenlijst achteraf naartoe.")
            )
        return cleaned

    def __init__(self, *args, call_back_options=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.options = {option.value: option for option in call_back_options}
        self.fields["call_back"].choices = [(option.value, option.label) for option in call_back_options]
        self.fields["contact_phone"].error_messages["required"] = _("Vul het nummer in waarop we u bellen.")

    def request_fields(self):
        fields = super().request_fields()
        option = self.options[self.cleaned_data["call_back"]]
        fields["call_back_slot"] = option.slot
        fields["call_back_date"] = option.date
        fields["preferred_channel"] = ChannelKind.PHONE
        return fields

    def detail_answers(self):
        answers = super().detail_answers()
        answers["call_back"] = str(self.options[self.cleaned_data["call_back"]].label)
        return answers


class ProfessionalFormMixin(forms.Form):
    organisation = forms.CharField(
        label=_("Organisatie"),
        max_length=150,
        error_messages={"required": _("Vul de naam van uw organisatie in.")},
    )
    professional_role = forms.CharField(
        label=_("Functie"),
        max_length=150,
        help_text=_("Bijvoorbeeld wijkteammedewerker, POH-Jeugd of advocaat."),
        error_messages={"required": _("Vul uw functie in.")},
    )
    contact_name = contact_name_field(label=_("Uw naam"), help_text=_("Zodat we u kunnen terugbellen."))
    contact_phone = contact_phone_field()
    contact_email = forms.EmailField(
        label=_("E-mailadres"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")},
    )
    municipality = municipality_field()


class ConsultationForm(ProfessionalFormMixin, PublicRequestForm):
    """Consultatievraag: a professional asks for expert advice on an anonymised case."""

    kind = RequestKind.CONSULTATION
    column_fields = ("municipality",)
    always_anonymised = True

    question = forms.CharField(
        label=_("Uw vraag"),
        max_length=4000,
        widget=text_area(5),
        error_messages={"required": _("Schrijf uw vraag op.")},
    )
    case_summary = forms.CharField(
        label=_("Korte, anonieme beschrijving van de situatie"),
        required=False,
        max_length=6000,
        widget=text_area(6),
        help_text=_("Zonder namen, geboortedata, BSN, adressen, telefoonnummers of e-mailadressen."),
    )
    topics = forms.MultipleChoiceField(
        label=_("Onderwerpen"), required=False, widget=forms.CheckboxSelectMultiple
    )
    preferred_channel = forms.ChoiceField(
        label=_("Hoe wilt u het antwoord?"),
        choices=CONTACT_CHANNELS[:3],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies hoe we contact met u opnemen.")},
    )

    def clean(self):
        cleaned = super().clean()
        channel = cleaned.get("preferred_channel")
        self.clean_contact(
            cleaned,
            phone_required=channel == ChannelKind.PHONE,
            email_required=channel == ChannelKind.EMAIL,
        )
        return cleaned

    def request_fields(self):
        fields = super().request_fields()
        fields["requester_role"] = RequesterRole.PROFESSIONAL
        fields["preferred_channel"] = self.cleaned_data["preferred_channel"]
        return fields


class CaseSubmissionForm(ProfessionalFormMixin, PublicRequestForm):
    """Casus inbrengen: a professional brings a family to the panel or the expert pool.

    With the family's consent (recorded: by whom, when, how) family details may be
    given; without it every free-text field is checked for personal data.
    """

    kind = RequestKind.CASE
    column_fields = ("municipality", "panel", "legal_measure")

    panel = forms.ChoiceField(
        label=_("Inbrengen bij"),
        choices=Panel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies het panel of de poule.")},
    )
    consent = yes_no_field(
        _("Heeft het gezin toestemming gegeven om de casus met gegevens in te brengen?"),
        _("Kies ja of nee: heeft het gezin toestemming gegeven?"),
        help_text=_("Zonder toestemming denkt de poule alleen mee op volledig anonieme informatie."),
    )
    consent_given_by = forms.CharField(
        label=_("Toestemming gegeven door"),
        required=False,
        max_length=200,
        help_text=_("Bijvoorbeeld: beide ouders, of moeder met gezag."),
    )
    consent_date = forms.DateField(
        label=_("Toestemming gegeven op"),
        required=False,
        input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een datum in als dag-maand-jaar, bijvoorbeeld 14-03-2026.")},
    )
    consent_method = forms.ChoiceField(
        label=_("Hoe is de toestemming gegeven?"),
        required=False,
        choices=ConsentMethod.choices,
        widget=forms.RadioSelect,
    )
    family_details = forms.CharField(
        label=_("Gegevens van het gezin"),
        required=False,
        max_length=4000,
        widget=text_area(4),
        help_text=_("Alleen met toestemming: namen, geboortedata en adres van het gezin."),
    )
    case_summary = forms.CharField(
        label=_("Beschrijving van de situatie"),
        max_length=8000,
        widget=text_area(8),
        help_text=_("Wat speelt er, sinds wanneer, wat is al geprobeerd?"),
        error_messages={"required": _("Beschrijf de situatie van het gezin.")},
    )
    professionals_involved = forms.CharField(
        label=_("Betrokken professionals en organisaties"),
        required=False,
        max_length=2000,
        widget=text_area(3),
        help_text=_("Noem organisaties en functies, bijvoorbeeld: wijkteam, Veilig Thuis, school."),
    )
    legal_measure = forms.ChoiceField(
        label=_("Juridische maatregel"),
        choices=LegalMeasure.choices,
        error_messages={"required": _("Kies of er een juridische maatregel is.")},
    )
    question = forms.CharField(
        label=_("Wat vraagt u van het panel of de poule?"),
        max_length=4000,
        widget=text_area(4),
        error_messages={"required": _("Schrijf op wat u van het panel of de poule vraagt.")},
    )
    stays_contact = forms.BooleanField(
        label=_("Ik blijf de contactpersoon van het gezin."),
        error_messages={"required": _("Vink aan dat u de contactpersoon van het gezin blijft.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for domain in LifeDomain:
            self.fields[f"domain_{domain.value}"] = forms.ChoiceField(
                label=domain.label,
                choices=[("", _("Kies"))] + list(DomainAssessment.choices),
                error_messages={
                    "required": _("Kies een inschatting voor %(domain)s.") % {"domain": domain.label}
                },
            )
            self.fields[f"domain_{domain.value}_note"] = forms.CharField(
                label=_("Toelichting %(domain)s") % {"domain": domain.label},
                required=False,
                max_length=600,
                widget=text_area(2),
            )
        for row in range(1, FAMILY_MEMBER_ROWS + 1):
            self.fields[f"member_{row}_role"] = forms.ChoiceField(
                label=_("Rol"), required=False, choices=[("", _("Kies"))] + list(FamilyRole.choices)
            )
            self.fields[f"member_{row}_age"] = forms.IntegerField(
                label=_("Leeftijd"),
                required=False,
                min_value=0,
                max_value=110,
                error_messages={
                    "invalid": _("Vul de leeftijd in cijfers in."),
                    "min_value": _("Vul een leeftijd van 0 tot 110 in."),
                    "max_value": _("Vul een leeftijd van 0 tot 110 in."),
                },
            )
        if self.is_bound and self.data.get("consent") == "nee":
            self.anonymised_mode = True  # sent without consent: it stays anonymised when shown again
        if self.anonymised_mode:
            self.show_anonymised_mode(self.prefill.family_consent if self.prefill else "")
        if not self.is_bound and "panel" not in self.initial:
            focus = self.region_settings.focus
            self.initial["panel"] = (
                Panel.EXPERT_POOL if focus == RegionFocus.SAFETY_POOL else Panel.HIGH_CONFLICT
            )
        self.order_fields([name for name in self.fields if name not in ("stays_contact", "privacy")])

    @property
    def domain_rows(self):
        return [(self[f"domain_{d.value}"], self[f"domain_{d.value}_note"]) for d in LifeDomain]

    @property
    def member_rows(self):
        return [
            (row, self[f"member_{row}_role"], self[f"member_{row}_age"])
            for row in range(1, FAMILY_MEMBER_ROWS + 1)
        ]

    def anonymised_fields(self, cleaned):
        return self.free_text_fields() if cleaned.get("consent") == "nee" else ()

    def clean(self):
        cleaned = super().clean()
        self.clean_contact(cleaned)
        consent = cleaned.get("consent")
        if consent == "ja":
            if not cleaned.get("consent_given_by"):
                self.add_error("consent_given_by", _("Vul in wie de toestemming gaf."))
            if not cleaned.get("consent_date") and "consent_date" not in self.errors:
                self.add_error("consent_date", _("Vul in wanneer de toestemming is gegeven."))
            elif cleaned.get("consent_date") and cleaned["consent_date"] > timezone.localdate():
                self.add_error(
                    "consent_date", _("De datum van de toestemming kan niet in de toekomst liggen.")
                )
            if not cleaned.get("consent_method"):
                self.add_error("consent_method", _("Kies hoe de toestemming is gegeven."))
        elif consent == "nee" and cleaned.get("family_details"):
            self.add_error(
                "family_details",
                _(
                    "Zonder toestemming mag u geen gegevens van het gezin invullen. Maak dit veld leeg, "
                    "of kies 'ja' als het gezin wel toestemming gaf."
                ),
            )
        for row in range(1, FAMILY_MEMBER_ROWS + 1):
            role, age = cleaned.get(f"member_{row}_role"), cleaned.get(f"member_{row}_age")
            if age is not None and not role and f"member_{row}_age" not in self.errors:
                self.add_error(f"member_{row}_role", _("Kies de rol van gezinslid %(row)s.") % {"row": row})
        return cleaned

    def request_fields(self):
        fields = super().request_fields()
        fields["requester_role"] = RequesterRole.PROFESSIONAL
        fields["family_consent"] = self.cleaned_data["consent"] == "ja"
        return fields

    def detail_answers(self):
        answers = super().detail_answers()
        if answers.get("consent") == "nee":
            for name in ("consent_given_by", "consent_date", "consent_method", "family_details"):
                answers.pop(name, None)
        return answers


FORMS_BY_KIND = {
    RequestKind.ADVICE: AdviceRequestForm,
    RequestKind.CALL_BACK: CallBackForm,
    RequestKind.CONSULTATION: ConsultationForm,
    RequestKind.CASE: CaseSubmissionForm,
}
