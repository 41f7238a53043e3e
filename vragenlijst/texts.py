"""The Scheidingswijzer's editable texts: what editors wrote in the CMS
(`ScheidingswijzerTexts`, per region and language), with the code's texts as defaults.

Read once per request (one query, kept on the request). A text an editor left empty, a
language without a translation, or a region without texts gives the code's text in the
active language (gettext), so nothing is ever missing. Texts for a question or rule the
table no longer has are ignored.
"""

from dataclasses import dataclass, field

from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from vragenlijst.models import ScheidingswijzerSettings, ScheidingswijzerTexts

REQUEST_ATTRIBUTE = "_scheidingswijzer_texts"


@dataclass(frozen=True)
class QuestionnaireTexts:
    intro: str = ""
    help_texts: dict = field(default_factory=dict)  # question name -> text
    headings: dict = field(default_factory=dict)  # rule code -> text
    reasons: dict = field(default_factory=dict)  # rule code -> text

    def heading(self, rule):
        return self.headings.get(rule.code) or rule.heading

    def reason(self, rule):
        return self.reasons.get(rule.code) or rule.reason


def _from_row(row):
    if row is None:
        return QuestionnaireTexts()
    help_texts, headings, reasons = {}, {}, {}
    for block in row.help_texts:
        if block.value["help_text"]:
            help_texts[block.value["question"]] = block.value["help_text"]
    for block in row.result_texts:
        if block.value["heading"]:
            headings[block.value["rule"]] = block.value["heading"]
        if block.value["reason"]:
            reasons[block.value["rule"]] = block.value["reason"]
    return QuestionnaireTexts(intro=row.intro, help_texts=help_texts, headings=headings, reasons=reasons)


def texts_for(request, site):
    """The editable texts of `site` in the active language (defaults where there are none)."""
    language = get_supported_content_language_variant(translation.get_language())
    cached = getattr(request, REQUEST_ATTRIBUTE, None)
    if cached is not None and cached[0] == (site.pk, language):
        return cached[1]
    row = ScheidingswijzerTexts.objects.filter(site=site, locale__language_code=language).first()
    texts = _from_row(row)
    setattr(request, REQUEST_ATTRIBUTE, ((site.pk, language), texts))
    return texts


def region_settings(site):
    return ScheidingswijzerSettings.for_site(site)
