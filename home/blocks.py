"""StreamField blocks for all page types, in one module.

Every block has a template under templates/components/blocks/, an icon, a preview value
and a description for editors. Blocks that list services or channels read the
request from the parent context, so they follow the current region and language.

Blocks that point at snippets or media get their preview value from the database (the
first suitable object), because a fixed primary key would not exist on every install.
Chooser blocks need no `.localized` in their templates: wagtail-localize stores the
translated snippet in a translated page's StreamField. They take the objects loaded for
the whole page beforehand (`home.streams`), so each kind costs one query per page, not
one per StreamField.
"""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import blocks as document_blocks
from wagtail.images import blocks as image_blocks
from wagtail.snippets import blocks as snippet_blocks

from home.choices import Destination, Route
from home.streams import chosen

BLOCK_TEMPLATES = "components/blocks/"


class PreparedChooserMixin:
    """A chooser block that takes objects loaded for the whole page (`home.streams`) and
    asks the database only for the others. Stored and migrated as Wagtail's own block."""

    @property
    def canonical_module_path(self):
        wagtail_block = type(self).__mro__[2]
        return f"{wagtail_block.__module__}.{wagtail_block.__name__}"

    def bulk_to_python(self, values):
        loaded = (chosen() or {}).get(self.model_class)
        if not loaded:
            return super().bulk_to_python(values)
        missing = {value for value in values if value is not None and value not in loaded}
        found = dict(loaded)
        if missing:
            found.update(self.model_class._default_manager.in_bulk(missing))
        result, seen = [], set()
        for value in values:
            obj = found.get(value)
            result.append(copy.copy(obj) if obj is not None and value in seen else obj)
            seen.add(value)
        return result


class SnippetChooserBlock(PreparedChooserMixin, snippet_blocks.SnippetChooserBlock):
    pass


class DocumentChooserBlock(PreparedChooserMixin, document_blocks.DocumentChooserBlock):
    pass


class ImageChooserBlock(PreparedChooserMixin, image_blocks.ImageChooserBlock):
    pass


class PageChooserBlock(PreparedChooserMixin, blocks.PageChooserBlock):
    """A chosen page, shown in the reader's language: `home.streams` loads chosen pages
    as their live translation in the active language where one exists (wagtail-localize
    keeps a translated page pointing at the source page)."""


def _first(model_path, **filters):
    """The first object of a model (for previews in the block picker), or None."""
    from django.apps import apps

    return apps.get_model(model_path).objects.filter(**filters).order_by("pk").first()


def preview_story():
    return {"story": _first("home.ExperienceStory", consent_recorded=True)}


def preview_channel():
    return {"channel": _first("home.ContactChannel")}


def preview_document():
    return {
        "document": _first("wagtaildocs.Document"),
        "title": "",
        "description": "Voorbeeld van een download.",
    }


def preview_image():
    return {
        "image": _first("wagtailimages.Image"),
        "alt_text": "Twee huizen met een pad ertussen",
        "caption": "Twee huizen, één gezin.",
    }


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        template = BLOCK_TEMPLATES + "paragraph.html"
        icon = "pilcrow"
        label = _("Tekst")
        preview_value = "<p>Als ouders uit elkaar gaan, verandert er veel voor kinderen.</p>"
        description = _("Gewone tekst met tussenkopjes, lijstjes en links.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Informatie")), ("warning", _("Let op")), ("safety", _("Veiligheid"))],
        default="info",
        label=_("Soort"),
    )
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    text = blocks.RichTextBlock(label=_("Tekst"), features=["bold", "italic", "link"])

    class Meta:
        template = BLOCK_TEMPLATES + "callout.html"
        icon = "warning"
        label = _("Opvallend blok")
        preview_value = {
            "kind": "safety",
            "heading": "Voel je je niet veilig?",
            "text": "<p>Bel Veilig Thuis: 0800-2000. Dag en nacht, gratis.</p>",
        }
        description = _("Een kader dat opvalt: informatie, een waarschuwing of een veiligheidsboodschap.")


class ExpandableSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=150)
    body = ParagraphBlock(label=_("Tekst"))

    class Meta:
        template = BLOCK_TEMPLATES + "expandable_section.html"
        icon = "collapse-down"
        label = _("Uitklapblok")
        preview_value = {
            "heading": "Wat zegt de wet over het ouderschapsplan?",
            "body": "<p>Ouders met gezag die uit elkaar gaan, maken samen een ouderschapsplan.</p>",
        }
        description = _("Verdieping die de lezer zelf openklapt; werkt ook zonder JavaScript.")


class LinkBlock(blocks.StructBlock):
    """Where a call to action leads: a part of the portal (the Scheidingswijzer, a request
    form, the services directory) or a page. Rendered with `{% link_url %}`, which
    resolves it in the reader's language and region."""

    destination = blocks.ChoiceBlock(
        choices=Destination.choices,
        required=False,
        label=_("Naar een onderdeel van de website"),
        help_text=_("De Scheidingswijzer, een formulier of de sociale kaart."),
    )
    page = PageChooserBlock(required=False, label=_("Of naar een pagina"))

    class Meta:
        icon = "link"
        label = _("link")
        form_classname = "link-block"

    def clean(self, value):
        value = super().clean(value)
        if value.get("destination") and value.get("page"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Kies een onderdeel of een pagina, niet allebei."))}
            )
        return value


class RequiredLinkBlock(LinkBlock):
    def clean(self, value):
        value = super().clean(value)
        if not value.get("destination") and not value.get("page"):
            raise StructBlockValidationError(
                block_errors={"destination": ValidationError(_("Kies waar de knop naartoe leidt."))}
            )
        return value


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Stap"), max_length=150)
    text = blocks.TextBlock(label=_("Uitleg"), required=False)
    link = LinkBlock(
        label=_("Link"),
        help_text=_(
            "Zegt de stap wat de lezer moet doen (Doe de Scheidingswijzer, vul het formulier in)? "
            "Kies waar dat kan: de stap wordt dan een link."
        ),
    )

    class Meta:
        icon = "arrow-right"


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=150, required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("Stappen"), min_num=1)

    class Meta:
        template = BLOCK_TEMPLATES + "steps.html"
        icon = "list-ol"
        label = _("Stappen")
        preview_value = {
            "heading": "Wat kun je nu doen?",
            "steps": [
                {"title": "Lees de informatie over omgang", "text": "Zo weet je wat gebruikelijk is."},
                {"title": "Doe de Scheidingswijzer", "text": "Je krijgt hulp die bij je past."},
            ],
        }
        description = _("Genummerde stappen, bijvoorbeeld 'Wat kun je nu doen?'.")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, required=False)
    text = blocks.TextBlock(label=_("Tekst"), max_length=300, required=False)
    label = blocks.CharBlock(
        label=_("Tekst op de knop"),
        max_length=80,
        help_text=_("Wat de lezer doet, bijvoorbeeld 'Doe de Scheidingswijzer' of 'Vraag advies aan'."),
    )
    link = RequiredLinkBlock(label=_("Naar"))

    class Meta:
        template = BLOCK_TEMPLATES + "call_to_action.html"
        icon = "pick"
        label = _("Actieknop")
        preview_value = {
            "heading": "Welke hulp past bij jou?",
            "text": "Een paar vragen over je situatie. Het duurt ongeveer vijf minuten.",
            "label": "Doe de Scheidingswijzer",
            "link": {"destination": Destination.SELF_ASSESSMENT, "page": None},
        }
        description = _(
            "Een knop naar de Scheidingswijzer, een formulier, de sociale kaart of een pagina, "
            "met een korte kop en tekst erboven."
        )


class ExperienceQuoteBlock(blocks.StructBlock):
    story = SnippetChooserBlock(
        "home.ExperienceStory",
        label=_("Ervaringsverhaal"),
        help_text=_("Alleen verhalen met vastgelegde toestemming worden getoond."),
    )

    class Meta:
        template = BLOCK_TEMPLATES + "experience_quote.html"
        icon = "openquote"
        label = _("Ervaring")
        preview_value = preview_story
        description = _("Een citaat uit een anoniem ervaringsverhaal van een ouder of kind.")


class ServiceListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=150, default=_("Hulp bij jou in de buurt"))
    # Empty is a valid choice (the page's own topics), so the list starts empty and an
    # added but unfilled chooser is ignored rather than refused.
    topics = blocks.ListBlock(
        SnippetChooserBlock("home.Topic", required=False),
        label=_("Onderwerpen"),
        required=False,
        default=[],
        help_text=_("Leeg: het aanbod bij de onderwerpen van deze pagina."),
    )
    route = blocks.ChoiceBlock(choices=Route.choices, required=False, label=_("Alleen voor route"))
    limit = blocks.IntegerBlock(label=_("Maximaal"), default=6, min_value=1, max_value=30)

    class Meta:
        template = BLOCK_TEMPLATES + "service_list.html"
        icon = "list-ul"
        label = _("Aanbod in de buurt")
        preview_value = {"heading": "Hulp bij jou in de buurt", "topics": [], "limit": 3}
        description = _(
            "Toont automatisch het aanbod van deze regio bij de gekozen onderwerpen; "
            "de lezer kan op gemeente filteren."
        )

    def get_context(self, value, parent_context=None):
        from home.selectors import service_list_for_block

        context = super().get_context(value, parent_context=parent_context)
        context.update(service_list_for_block(value, parent_context or {}))
        return context


class ContactChannelBlock(blocks.StructBlock):
    channel = SnippetChooserBlock("home.ContactChannel", label=_("Contactkanaal"))

    class Meta:
        template = BLOCK_TEMPLATES + "contact_channel.html"
        icon = "mail"
        label = _("Contactkaart")
        preview_value = preview_channel
        description = _("Een kaart met een contactkanaal; toont of het nu open is.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"), required=False, help_text=_("Leeg: de titel van het document.")
    )
    description = blocks.TextBlock(label=_("Omschrijving"), required=False)

    class Meta:
        template = BLOCK_TEMPLATES + "document.html"
        icon = "doc-full"
        label = _("Download")
        preview_value = preview_document
        description = _("Een document om te downloaden, met bestandstype en grootte.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        help_text=_("Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien."),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False)

    class Meta:
        template = BLOCK_TEMPLATES + "image.html"
        icon = "image"
        label = _("Afbeelding")
        preview_value = preview_image
        description = _("Een afbeelding met verplichte alternatieve tekst.")


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cel"), required=False), label=_("Cellen"))

    class Meta:
        icon = "table"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Bijschrift"), max_length=200)
    header = blocks.ListBlock(blocks.CharBlock(label=_("Kolomkop")), label=_("Kolomkoppen"))
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rijen"))

    class Meta:
        template = BLOCK_TEMPLATES + "table.html"
        icon = "table"
        label = _("Tabel")
        preview_value = {
            "caption": "Kosten van mediation",
            "header": ["Inkomen", "Eigen bijdrage"],
            "rows": [{"cells": ["Laag", "Laag tarief"]}, {"cells": ["Hoog", "Volledig tarief"]}],
        }
        description = _("Een tabel met bijschrift en kolomkoppen (toegankelijk voor schermlezers).")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=["bold", "italic", "link", "ul"])


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=150, default=_("Veelgestelde vragen"))
    items = blocks.ListBlock(FAQItemBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        template = BLOCK_TEMPLATES + "faq.html"
        icon = "help"
        label = _("Veelgestelde vragen")
        preview_value = {
            "heading": "Veelgestelde vragen",
            "items": [{"question": "Kost het iets?", "answer": "<p>Nee, het gesprek is gratis.</p>"}],
        }
        description = _("Vragen en antwoorden om open te klappen.")


class BodyBlock(blocks.StreamBlock):
    """The full set for content pages."""

    paragraph = ParagraphBlock()
    call_to_action = CallToActionBlock()
    callout = CalloutBlock()
    expandable = ExpandableSectionBlock()
    steps = StepsBlock()
    quote = ExperienceQuoteBlock()
    services = ServiceListBlock()
    channel = ContactChannelBlock()
    document = DocumentBlock()
    image = ImageBlock()
    table = TableBlock()
    faq = FAQBlock()


class ChildBodyBlock(blocks.StreamBlock):
    """A smaller set for children's and youth pages: no tables, no downloads."""

    paragraph = ParagraphBlock(features=["bold", "italic", "ul", "link"])
    callout = CalloutBlock()
    steps = StepsBlock()
    quote = ExperienceQuoteBlock()
    image = ImageBlock()
    faq = FAQBlock()


class DeepeningBlock(blocks.StreamBlock):
    """'Verdieping': only expandable sections."""

    expandable = ExpandableSectionBlock()


class NextStepsBlock(blocks.StreamBlock):
    """'Wat kun je nu doen?': steps, a call to action, a callout or a contact card."""

    steps = StepsBlock()
    call_to_action = CallToActionBlock()
    callout = CalloutBlock()
    channel = ContactChannelBlock()


class QuestionGroupBlock(blocks.StructBlock):
    """One question a reader comes with ('We gaan uit elkaar') and the pages that answer it."""

    question = blocks.CharBlock(
        label=_("Vraag"),
        max_length=120,
        help_text=_("In de woorden van de lezer, bijvoorbeeld 'We maken steeds ruzie'."),
    )
    text = blocks.TextBlock(label=_("Toelichting"), max_length=300, required=False)
    pages = blocks.ListBlock(PageChooserBlock(label=_("Pagina")), label=_("Pagina's"), min_num=1)
    links = blocks.ListBlock(
        CallToActionBlock(label=_("Actie")),
        label=_("Acties"),
        required=False,
        default=[],
        help_text=_("Optioneel: een formulier of de sociale kaart bij deze vraag."),
    )

    class Meta:
        template = BLOCK_TEMPLATES + "question_group.html"
        icon = "help"
        label = _("Vraag met pagina's")
        preview_value = {"question": "We gaan uit elkaar", "text": "", "pages": [], "links": []}
        description = _(
            "Een vraag van de lezer met de pagina's die hem beantwoorden. Pagina's van de "
            "doelgroep die in geen enkele vraag staan, komen eronder onder 'Meer onderwerpen'."
        )

    def get_context(self, value, parent_context=None):
        """`entries`: the chosen live pages, each as the section's own child where it is one
        (it comes with its one-line summary), in the reader's language."""
        context = super().get_context(value, parent_context=parent_context)
        children = {child.translation_key: child for child in (parent_context or {}).get("children", [])}
        live = [page for page in value["pages"] if page is not None and page.live]
        context["entries"] = [children.get(page.translation_key, page) for page in live]
        return context


class SectionGuideBlock(blocks.StreamBlock):
    """The guide on an audience section: questions with their pages, and calls to action
    (the Scheidingswijzer first)."""

    call_to_action = CallToActionBlock()
    question = QuestionGroupBlock()
