"""Page types. Every page declares its translatable fields explicitly.

Tree per region (one Wagtail Site each, Dutch tree translated to English):

    HomePage
      AudienceSectionPage (ouders)         -> TopicPage, OptionPage, StandardPage
      AudienceSectionPage (kinderen)       -> ChildTopicPage
      AudienceSectionPage (jongeren)       -> ChildTopicPage
      AudienceSectionPage (professionals)  -> KnowledgeArticlePage, TopicPage, OptionPage, StandardPage
      StandardPage (privacy, toegankelijkheid, veilig online)
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, ChildBodyBlock, DeepeningBlock, NextStepsBlock
from home.choices import ArticleType, Audience, EvidenceLevel

# Fields every page shares, in wagtail-localize's terms.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]

SUMMARY_HELP = _("Het korte antwoord, in hooguit een paar zinnen (taalniveau B1).")


class BasePage(Page):
    """Abstract base: shared meta, the `audience` a page belongs to, and its template folder."""

    show_in_menus_default = True

    class Meta:
        abstract = True

    @cached_property
    def section(self):
        """The audience section this page sits in (None for the home page and plain pages at top)."""
        if isinstance(self, AudienceSectionPage):
            return self
        return AudienceSectionPage.objects.ancestor_of(self).first()

    @property
    def audience(self):
        section = self.section
        return section.audience if section else ""


class HomePage(BasePage):
    """The home page of a region: entrances per audience, the self-assessment and quick help."""

    intro = models.TextField(_("introductie"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.AudienceSectionPage", "home.StandardPage"]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("startpagina regio")


class AudienceSectionPage(BasePage):
    """The entrance for one audience: parents, children 8-12, youth 12-18 or professionals."""

    audience_choice = models.CharField(_("doelgroep"), max_length=20, choices=Audience.choices)
    intro = models.TextField(_("introductie"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "home.TopicPage",
        "home.OptionPage",
        "home.ChildTopicPage",
        "home.KnowledgeArticlePage",
        "home.StandardPage",
    ]
    template = "pages/audience_section_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("audience_choice"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("audience_choice"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("doelgroeppagina")

    @property
    def audience(self):
        return self.audience_choice

    @property
    def is_for_young_people(self):
        return self.audience_choice in (Audience.CHILDREN, Audience.YOUTH)

    def get_template(self, request, *args, **kwargs):
        if self.is_for_young_people:
            return "pages/young_section_page.html"
        return super().get_template(request, *args, **kwargs)

    def clean(self):
        super().clean()
        siblings = AudienceSectionPage.objects.sibling_of(self, inclusive=False).filter(
            audience_choice=self.audience_choice,
            locale_id=self.locale_id,
        )
        if self.audience_choice and siblings.exists():
            raise ValidationError({"audience_choice": _("Deze doelgroep heeft al een pagina in deze regio.")})


def _parent_audience(parent):
    parent = parent.specific
    return getattr(parent, "audience_choice", None)


class RelatedPage(Orderable):
    """A hand-picked related page on a topic or option page."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="related_pages")
    target = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("pagina"),
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("gerelateerde pagina")


class TopicPage(BasePage):
    """Layered information: 'In het kort' first, then the body, then 'Verdieping', then next steps."""

    summary = models.TextField(_("in het kort"), max_length=500, help_text=SUMMARY_HELP)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"))
    deepening = StreamField(DeepeningBlock(), blank=True, verbose_name=_("verdieping"))
    next_steps = StreamField(NextStepsBlock(), blank=True, verbose_name=_("wat kun je nu doen?"))
    topics = ParentalManyToManyField("home.Topic", blank=True, verbose_name=_("onderwerpen"))

    parent_page_types = ["home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/topic_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("deepening"),
        FieldPanel("next_steps"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_pages", label=_("Gerelateerde pagina's")),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("deepening"),
        TranslatableField("next_steps"),
        SynchronizedField("topics"),
        SynchronizedField("related_pages"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("onderwerppagina")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and _parent_audience(parent) in (
            Audience.PARENTS,
            Audience.PROFESSIONALS,
        )


class OptionPage(BasePage):
    """Explore one option (mediation, parenting-plan course, legal desk, the panel)."""

    summary = models.TextField(_("in het kort"), max_length=500, help_text=SUMMARY_HELP)
    why_it_fits = StreamField(BodyBlock(), verbose_name=_("waarom dit bij je kan passen"))
    cost_and_time = models.TextField(_("kosten en tijd"), blank=True)
    waiting_list = models.TextField(_("wachtlijst"), blank=True)
    not_suitable_when = models.TextField(
        _("niet geschikt als"),
        blank=True,
        help_text=_("Bijvoorbeeld: bij geweld of dreiging is mediation niet de juiste weg."),
    )
    services = ParentalManyToManyField(
        "home.ServiceOffer",
        blank=True,
        verbose_name=_("wie helpt"),
    )
    experts = ParentalManyToManyField("home.Expert", blank=True, verbose_name=_("experts"))
    topics = ParentalManyToManyField("home.Topic", blank=True, verbose_name=_("onderwerpen"))

    parent_page_types = ["home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/option_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("why_it_fits"),
        MultiFieldPanel(
            [FieldPanel("cost_and_time"), FieldPanel("waiting_list"), FieldPanel("not_suitable_when")],
            heading=_("Om over na te denken"),
        ),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
        FieldPanel("experts", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_pages", label=_("Gerelateerde pagina's")),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("why_it_fits"),
        TranslatableField("cost_and_time"),
        TranslatableField("waiting_list"),
        TranslatableField("not_suitable_when"),
        SynchronizedField("services"),
        SynchronizedField("experts"),
        SynchronizedField("topics"),
        SynchronizedField("related_pages"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        verbose_name = _("optiepagina")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and _parent_audience(parent) in (
            Audience.PARENTS,
            Audience.PROFESSIONALS,
        )


class ChildTopicPage(BasePage):
    """A page for children (8-12) or youth (12-18): short, simple, never a form."""

    summary = models.TextField(
        _("in het kort"),
        max_length=300,
        help_text=_("Een of twee korte zinnen. Schrijf zoals je tegen een kind praat."),
    )
    body = StreamField(ChildBodyBlock(), verbose_name=_("inhoud"))

    parent_page_types = ["home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/child_topic_page.html"

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        verbose_name = _("pagina voor kinderen en jongeren")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and _parent_audience(parent) in (
            Audience.CHILDREN,
            Audience.YOUTH,
        )


class ArticleAttachment(Orderable):
    page = ParentalKey("home.KnowledgeArticlePage", on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )

    panels = [FieldPanel("document")]


class KnowledgeArticlePage(BasePage):
    """Knowledge for professionals: a method, factsheet, guideline, work card, research or case."""

    article_type = models.CharField(_("soort"), max_length=20, choices=ArticleType.choices)
    topics = ParentalManyToManyField("home.Topic", blank=True, verbose_name=_("onderwerpen"))
    target_audience = models.CharField(
        _("doelgroep"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.PARENTS,
        help_text=_("Voor wie de methode of kennis bedoeld is."),
    )
    evidence_level = models.CharField(
        _("mate van bewijs"),
        max_length=20,
        choices=EvidenceLevel.choices,
        blank=True,
    )
    summary = models.TextField(_("samenvatting"), max_length=800)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"))
    last_reviewed = models.DateField(_("laatst inhoudelijk gecontroleerd"))

    parent_page_types = ["home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/knowledge_article_page.html"

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("article_type"),
                FieldPanel("target_audience"),
                FieldPanel("evidence_level"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Kenmerken"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Bijlagen")),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("article_type"),
        SynchronizedField("target_audience"),
        SynchronizedField("evidence_level"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("topics"),
        SynchronizedField("attachments"),
        TranslatableField("summary"),
        TranslatableField("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("article_type"),
    ]

    class Meta:
        verbose_name = _("kennisartikel")
        verbose_name_plural = _("kennisartikelen")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and _parent_audience(parent) == Audience.PROFESSIONALS


class StandardPage(BasePage):
    """A plain page: privacy statement, accessibility statement, 'veilig online', about us."""

    intro = models.TextField(_("introductie"), blank=True, max_length=400)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"))

    parent_page_types = ["home.HomePage", "home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/standard_page.html"

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standaardpagina")
