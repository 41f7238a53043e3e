"""Page types. Every page declares its translatable fields explicitly.

Tree per region (one Wagtail Site each, Dutch tree translated to English):

    HomePage
      AudienceSectionPage (ouders)         -> TopicPage, OptionPage, StandardPage
      AudienceSectionPage (kinderen)       -> ChildTopicPage
      AudienceSectionPage (jongeren)       -> ChildTopicPage
      AudienceSectionPage (professionals)  -> KnowledgeArticlePage, TopicPage, OptionPage, StandardPage
      ServicesDirectoryPage (sociale kaart, with a sub-page per municipality)
      StandardPage (privacy, toegankelijkheid, veilig online)
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, QueryDict
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import selectors, streams, toc
from home.blocks import BodyBlock, ChildBodyBlock, DeepeningBlock, NextStepsBlock, SectionGuideBlock
from home.choices import (
    DIRECTORY_FILTERS,
    MUNICIPALITY_PARAMETER,
    ArticleType,
    Audience,
    Destination,
    EvidenceLevel,
)
from home.forms import RegionalPageForm
from home.links import parenting_plan_url, scheidingswijzer_url
from home.models.snippets import Expert, Municipality

# The fixed sections of the page types, each named once: the page's template writes the
# heading (`sections.<name>`) and the table of contents links to the same anchor.
IN_SHORT = toc.Section("in-het-kort", _("In het kort"))
DEEPENING = toc.Section("verdieping", _("Verdieping"))
NEXT_STEPS = toc.Section("wat-kun-je-doen", _("Wat kun je nu doen?"))
TOPIC_HELP = toc.Section("hulp", _("Hulp bij dit onderwerp"))
SEE_ALSO = toc.Section("zie-ook", _("Zie ook"))
WHY_IT_FITS = toc.Section("past-het", _("Waarom dit bij je kan passen"))
CONSIDERATIONS = toc.Section("om-over-na-te-denken", _("Om over na te denken"))
WHO_HELPS = toc.Section("wie-helpt", _("Wie helpt"))
SUMMARY = toc.Section("samenvatting", _("Samenvatting"))
ATTACHMENTS = toc.Section("bijlagen", _("Bijlagen"))

# Fields every page shares, in wagtail-localize's terms.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


class BasePage(Page):
    """Abstract base: shared meta, the `audience` a page belongs to, and its template folder."""

    show_in_menus_default = True
    # Choices and links stay within the page's own region (home/forms.py).
    base_form_class = RegionalPageForm

    # Set by `home.routing` when the page was found together with the knowledge that no
    # view restriction applies to it or its ancestors (saves Wagtail's two queries).
    known_unrestricted = False

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        if self.known_unrestricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every StreamField with each kind of chosen object loaded once (home/streams.py).
        selectors.page_data(request, self, "chosen", lambda: streams.load_chosen(self, request))
        return context

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
    """The home page of a region: entrances per audience, the Scheidingswijzer entry, help
    per municipality (the services directory), quick help (crisis numbers from the region
    settings) and the latest knowledge articles."""

    page_description = _(
        "De startpagina van een regio: ingangen per doelgroep, de Scheidingswijzer en "
        "hulp bij nood. Er is er één per regio."
    )

    intro = models.TextField(
        _("introductie"),
        max_length=400,
        help_text=_("Een of twee zinnen over wat bezoekers hier vinden (taalniveau B1)."),
    )
    self_assessment_heading = models.CharField(
        _("kop Scheidingswijzer"),
        max_length=120,
        default="Welke hulp past bij jou?",
        help_text=_("De kop boven de ingang naar de Scheidingswijzer."),
    )
    self_assessment_text = models.TextField(
        _("tekst Scheidingswijzer"),
        max_length=300,
        blank=True,
        help_text=_("Kort: wat de Scheidingswijzer is en hoe lang hij duurt."),
    )
    latest_articles_count = models.PositiveSmallIntegerField(
        _("aantal nieuwste kennisartikelen"),
        default=3,
        validators=[MinValueValidator(0), MaxValueValidator(6)],
        help_text=_("Hoeveel nieuwe kennisartikelen voor professionals de startpagina toont (0 = geen)."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.AudienceSectionPage", "home.ServicesDirectoryPage", "home.StandardPage"]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("self_assessment_heading"), FieldPanel("self_assessment_text")],
            heading=_("Ingang Scheidingswijzer"),
        ),
        FieldPanel("latest_articles_count"),
        FieldPanel("body"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("self_assessment_heading"),
        TranslatableField("self_assessment_text"),
        SynchronizedField("latest_articles_count"),
        TranslatableField("body"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("self_assessment_heading"),
        APIField("self_assessment_text"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("startpagina regio")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["scheidingswijzer_url"] = scheidingswijzer_url()
        context["directory"] = selectors.services_directory(request, self)
        context["municipalities"] = selectors.region_municipalities(request) if context["directory"] else []
        context["latest_articles"] = selectors.page_data(
            request,
            self,
            "latest_articles",
            lambda: KnowledgeArticlePage.latest_in(self, self.latest_articles_count),
        )
        return context


class AudienceSectionPage(BasePage):
    """The entrance for one audience: parents, children 8-12, youth 12-18 or professionals."""

    page_description = _(
        "De ingang voor één doelgroep: ouders, kinderen, jongeren of professionals. Eén "
        "per doelgroep per regio; de pagina's voor die doelgroep komen eronder."
    )

    audience_choice = models.CharField(
        _("doelgroep"),
        max_length=20,
        choices=Audience.choices,
        help_text=_(
            "Elke doelgroep heeft één ingang per regio. Kinderen en jongeren krijgen vanzelf "
            "de eenvoudige opmaak met de Kindertelefoon."
        ),
    )
    intro = models.TextField(
        _("introductie"),
        max_length=400,
        help_text=_("Spreek de doelgroep direct aan, in hun eigen woorden."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    guide = StreamField(
        SectionGuideBlock(),
        blank=True,
        verbose_name=_("wegwijzer"),
        help_text=_(
            "De vragen waarmee lezers komen, elk met de pagina's die ze beantwoorden, en "
            "actieknoppen (zet de Scheidingswijzer bovenaan). Pagina's die in geen vraag staan, "
            "komen daaronder. Leeg: een lijst van alle pagina's."
        ),
    )

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
        FieldPanel("guide"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("audience_choice"),
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("guide"),
    ]
    api_fields = [APIField("audience_choice"), APIField("intro"), APIField("body"), APIField("guide")]

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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = selectors.page_data(
            request, self, "children", lambda: selectors.child_pages(self)
        )
        if self.guide:
            context["ungrouped"] = selectors.page_data(
                request, self, "ungrouped", lambda: selectors.pages_outside_guide(self, context["children"])
            )
        if self.audience_choice == Audience.PARENTS:
            context["parenting_plan_url"] = parenting_plan_url()
        return context

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


def _links_to(raw, destination):
    """Whether raw StreamField data holds a link block leading to `destination`."""
    if isinstance(raw, dict):
        return raw.get("destination") == destination or any(_links_to(v, destination) for v in raw.values())
    if isinstance(raw, list | tuple):
        return any(_links_to(item, destination) for item in raw)
    return False


def scheidingswijzer_entry(request, page):
    """The Scheidingswijzer's URL if a parents' page shows an entry to it by itself, else
    None: every page in the parents' section does, unless its own content already links
    to it. The section comes from the page's breadcrumbs (no query of its own)."""
    crumbs = selectors.chrome(request, page).breadcrumbs
    section = crumbs[1].page if len(crumbs) > 1 else None
    if getattr(section, "audience", None) != Audience.PARENTS:
        return None
    values = [getattr(page, field.name) for field in streams.stream_fields(page)]
    if any(_links_to(list(value.raw_data), Destination.SCHEIDINGSWIJZER) for value in values):
        return None
    return scheidingswijzer_url()


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


RELATED_PAGES_HELP = _(
    "Kies pagina's die logisch volgen. Leeg laten: de pagina toont dan vanzelf pagina's over "
    "dezelfde onderwerpen."
)


class TopicPage(BasePage):
    """Layered information: 'In het kort' first, then the body, then 'Verdieping', then
    'Wat kun je nu doen?', help nearby and related topics."""

    page_description = _(
        "Uitleg over één onderwerp in lagen: eerst het korte antwoord, dan de uitleg, "
        "verdieping en wat je nu kunt doen. Voor ouders en professionals."
    )

    summary = models.TextField(
        _("in het kort"),
        max_length=500,
        validators=[MaxLengthValidator(500)],
        help_text=_("Verplicht. Het korte antwoord in hooguit een paar zinnen (taalniveau B1)."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("inhoud"),
        help_text=_("De uitleg. Gebruik tussenkopjes: lange pagina's krijgen vanzelf 'Op deze pagina'."),
    )
    deepening = StreamField(
        DeepeningBlock(),
        blank=True,
        verbose_name=_("verdieping"),
        help_text=_("Uitklapblokken voor wie meer wil weten: wetgeving, achtergrond, uitzonderingen."),
    )
    next_steps = StreamField(
        NextStepsBlock(),
        blank=True,
        verbose_name=_("wat kun je nu doen?"),
        help_text=_("Concrete stappen, een contactkaart of een veiligheidsboodschap."),
    )
    topics = ParentalManyToManyField("home.Topic", blank=True, verbose_name=_("onderwerpen"))
    related_services = ParentalManyToManyField(
        "home.ServiceOffer",
        blank=True,
        related_name="+",
        verbose_name=_("aanbod bij dit onderwerp"),
        help_text=_(
            "Leeg laten: de pagina toont dan vanzelf het aanbod van de regio bij de onderwerpen. "
            "Staat er een blok 'Aanbod in de buurt' in de inhoud, dan vervalt deze lijst."
        ),
    )

    parent_page_types = ["home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/topic_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("deepening"),
        FieldPanel("next_steps"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related_services", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_pages", label=_("Gerelateerde pagina's"), help_text=RELATED_PAGES_HELP),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("deepening"),
        TranslatableField("next_steps"),
        SynchronizedField("topics"),
        SynchronizedField("related_services"),
        SynchronizedField("related_pages"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("deepening"),
        APIField("next_steps"),
        APIField("topics"),
    ]

    class Meta:
        verbose_name = _("onderwerppagina")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and _parent_audience(parent) in (
            Audience.PARENTS,
            Audience.PROFESSIONALS,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.page_data(request, self, "context", lambda: self._lists(request)))
        return context

    def _lists(self, request):
        lists = {
            "services": selectors.related_services(request, self),
            "related": selectors.related_pages(request, self, topic_page_types=PAGES_WITH_TOPICS),
            "scheidingswijzer_url": scheidingswijzer_entry(request, self),
            "sections": {
                "in_short": IN_SHORT,
                "deepening": DEEPENING,
                "next_steps": NEXT_STEPS,
                "help": TOPIC_HELP,
                "see_also": SEE_ALSO,
            },
        }
        lists["toc"] = toc.table_of_contents(
            [IN_SHORT.entry]
            + toc.stream_entries(self.body)
            + ([DEEPENING.entry] if self.deepening else [])
            + ([NEXT_STEPS.entry] if self.next_steps else [])
            + ([TOPIC_HELP.entry] if lists["services"] else [])
            + ([SEE_ALSO.entry] if lists["related"] else [])
        )
        return lists


class OptionPage(BasePage):
    """Explore one option (mediation, parenting-plan course, legal desk, the panel)."""

    page_description = _(
        "Eén mogelijkheid uitgelegd, zoals mediation of een cursus: voor wie, kosten, "
        "wachttijd, wanneer het niet past en wie helpt."
    )

    summary = models.TextField(
        _("in het kort"),
        max_length=500,
        validators=[MaxLengthValidator(500)],
        help_text=_("Verplicht. Wat deze mogelijkheid is, in hooguit een paar zinnen (taalniveau B1)."),
    )
    why_it_fits = StreamField(
        BodyBlock(),
        verbose_name=_("waarom dit bij je kan passen"),
        help_text=_("Voor wie en in welke situatie deze mogelijkheid helpt."),
    )
    cost_and_time = models.TextField(
        _("kosten en tijd"),
        blank=True,
        help_text=_("Wat het kost (en wat vergoed wordt) en hoeveel tijd het vraagt."),
    )
    waiting_list = models.TextField(_("wachtlijst"), blank=True, help_text=_("Hoe lang je ongeveer wacht."))
    not_suitable_when = models.TextField(
        _("niet geschikt als"),
        blank=True,
        help_text=_("Bijvoorbeeld: bij geweld of dreiging is mediation niet de juiste weg."),
    )
    services = ParentalManyToManyField(
        "home.ServiceOffer",
        blank=True,
        verbose_name=_("wie helpt"),
        help_text=_("Het aanbod in de regio dat deze mogelijkheid biedt."),
    )
    experts = ParentalManyToManyField(
        "home.Expert",
        blank=True,
        verbose_name=_("experts"),
        help_text=_("Experts van het expertisepunt of de expertisepoule (zonder contactgegevens)."),
    )
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
        InlinePanel("related_pages", label=_("Gerelateerde pagina's"), help_text=RELATED_PAGES_HELP),
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
    api_fields = [
        APIField("summary"),
        APIField("why_it_fits"),
        APIField("cost_and_time"),
        APIField("waiting_list"),
        APIField("not_suitable_when"),
        APIField("services"),
        APIField("topics"),
    ]

    class Meta:
        verbose_name = _("optiepagina")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and _parent_audience(parent) in (
            Audience.PARENTS,
            Audience.PROFESSIONALS,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.page_data(request, self, "context", lambda: self._lists(request)))
        return context

    def _lists(self, request):
        context = {
            "scheidingswijzer_url": scheidingswijzer_entry(request, self),
            "sections": {
                "in_short": IN_SHORT,
                "why_it_fits": WHY_IT_FITS,
                "considerations": CONSIDERATIONS,
                "who_helps": WHO_HELPS,
                "see_also": SEE_ALSO,
            },
        }
        context["services"] = selectors.picked_services(request, self)
        context["experts"] = sorted(
            selectors.localized_in(Expert, self.experts, self.locale_id),
            key=lambda expert: (expert.discipline, expert.name),
        )
        context["related"] = selectors.related_pages(request, self, topic_page_types=PAGES_WITH_TOPICS)
        has_considerations = self.cost_and_time or self.waiting_list or self.not_suitable_when
        context["toc"] = toc.table_of_contents(
            [IN_SHORT.entry, WHY_IT_FITS.entry]
            + ([CONSIDERATIONS.entry] if has_considerations else [])
            + ([WHO_HELPS.entry] if context["services"] or context["experts"] else [])
            + ([SEE_ALSO.entry] if context["related"] else [])
        )
        return context


class ChildTopicPage(BasePage):
    """A page for children (8-12) or youth (12-18): short, simple, never a form."""

    page_description = _(
        "Een korte, eenvoudige pagina voor kinderen of jongeren, met de Kindertelefoon. "
        "Nooit een formulier of vragen naar naam, adres of school."
    )

    summary = models.TextField(
        _("in het kort"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("Verplicht. Een of twee korte zinnen. Schrijf zoals je tegen een kind praat."),
    )
    body = StreamField(
        ChildBodyBlock(),
        verbose_name=_("inhoud"),
        help_text=_("Korte zinnen, weinig tekst per blok. Nooit vragen naar naam, adres of school."),
    )

    parent_page_types = ["home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/child_topic_page.html"

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    api_fields = [APIField("summary"), APIField("body")]

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
    api_fields = [APIField("document")]


class KnowledgeArticlePage(BasePage):
    """Knowledge for professionals: a method, factsheet, guideline, work card, research or case."""

    page_description = _(
        "Kennis voor professionals: een methode, factsheet, richtlijn, werkkaart, "
        "onderzoek of casus, met de datum van de laatste inhoudelijke controle."
    )

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
        help_text=_("Zoals in de databank effectieve jeugdinterventies; leeg als niet van toepassing."),
    )
    summary = models.TextField(
        _("samenvatting"),
        max_length=800,
        validators=[MaxLengthValidator(800)],
        help_text=_("Verplicht. De kern in een alinea: wat, voor wie, wat het oplevert."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"))
    last_reviewed = models.DateField(
        _("laatst inhoudelijk gecontroleerd"),
        help_text=_("De datum waarop een inhoudsdeskundige het artikel voor het laatst naliep."),
    )

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
    api_fields = [
        APIField("article_type"),
        APIField("target_audience"),
        APIField("evidence_level"),
        APIField("last_reviewed"),
        APIField("topics"),
        APIField("summary"),
        APIField("body"),
        APIField("attachments"),
    ]

    class Meta:
        verbose_name = _("kennisartikel")
        verbose_name_plural = _("kennisartikelen")

    @classmethod
    def latest_in(cls, home, limit=3):
        """The newest live knowledge articles in the region of `home`, in its language."""
        if not limit or home is None:
            return []
        return list(
            selectors.public_pages(cls.objects.live().descendant_of(home))
            .filter(locale_id=home.locale_id)
            .order_by("-first_published_at", "-pk")
            .only(
                "id",
                "title",
                "url_path",
                "path",
                "depth",
                "locale_id",
                "summary",
                "article_type",
                "last_reviewed",
                "first_published_at",
                "last_published_at",
            )[:limit]
        )

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and _parent_audience(parent) == Audience.PROFESSIONALS

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.page_data(request, self, "context", self._lists))
        return context

    def _lists(self):
        lists = {
            "topics": selectors.page_topics(self),
            "documents": selectors.knowledge_attachments(self),
            "sections": {"summary": SUMMARY, "attachments": ATTACHMENTS},
        }
        lists["toc"] = toc.table_of_contents(
            [SUMMARY.entry]
            + toc.stream_entries(self.body)
            + ([ATTACHMENTS.entry] if lists["documents"] else [])
        )
        return lists


class StandardPage(BasePage):
    """A plain page: privacy statement, accessibility statement, 'veilig online', about us."""

    page_description = _(
        "Een gewone pagina zonder vaste opbouw, zoals de privacyverklaring, de "
        "toegankelijkheidsverklaring of 'veilig online'."
    )

    intro = models.TextField(
        _("introductie"),
        blank=True,
        max_length=400,
        help_text=_("Optioneel: een korte inleiding boven de tekst."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"))

    parent_page_types = ["home.HomePage", "home.AudienceSectionPage"]
    subpage_types = []
    template = "pages/standard_page.html"

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("standaardpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = selectors.page_data(
            request, self, "toc", lambda: toc.table_of_contents(toc.stream_entries(self.body))
        )
        return context


class ServicesDirectoryPage(RoutablePageMixin, BasePage):
    """The region's services directory ('sociale kaart'): every service offer of the region
    with for whom, ages, cost, waiting time and its contact channels (open now or not),
    filterable by topic, audience and route with a GET form, and a sub-page per
    municipality (`<municipality slug>/`, Wagtail's routable pages) with the offers open
    to its residents. The offers are the region's snippets; the page holds only its texts.

    `?gemeente=<slug>` on the directory itself (the form's municipality choice, without
    JavaScript) redirects to that municipality's sub-page."""

    intro = models.TextField(
        _("introductie"),
        max_length=400,
        help_text=_("Wat lezers hier vinden en hoe ze kiezen (taalniveau B1)."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("inhoud"),
        help_text=_("Optioneel: tekst onder de lijst, bijvoorbeeld hoe je aanbod aanmeldt."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/services_directory_page.html"
    # Filtered views are cached like the page itself (`home.page_cache`).
    cached_query_parameters = (MUNICIPALITY_PARAMETER, *DIRECTORY_FILTERS)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro"), TranslatableField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("sociale kaart")
        verbose_name_plural = _("sociale kaarten")

    @path("")
    def region_view(self, request):
        chosen = request.GET.get(MUNICIPALITY_PARAMETER, "")
        if chosen:
            municipality = selectors.municipality_by_slug(request, chosen)
            if municipality is not None:
                return redirect(self.municipality_url(request, municipality) + self._filter_query(request))
        return self.render(request, municipality=None)

    @path("<slug:municipality_slug>/")
    def municipality_view(self, request, municipality_slug):
        municipality = selectors.municipality_by_slug(request, municipality_slug)
        if municipality is None:
            raise Http404
        return self.render(request, municipality=municipality)

    def municipality_url(self, request, municipality):
        return self.get_url(request) + self.reverse_subpage(
            "municipality_view", kwargs={"municipality_slug": municipality.slug}
        )

    @staticmethod
    def _filter_query(request):
        kept = QueryDict(mutable=True)
        for name in ("onderwerp", "doelgroep", "route"):
            if request.GET.get(name):
                kept[name] = request.GET[name][:100]
        return "?" + kept.urlencode() if kept else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.directory(request, self, kwargs.get("municipality")))
        return context

    @classmethod
    def sitemap_subpaths(cls, site):
        """Paths below this page that the sitemap lists: one per municipality of `site`."""
        return [f"{slug}/" for slug in Municipality.objects.filter(site=site).values_list("slug", flat=True)]


# The page types with topics: "related pages" falls back on pages of these types on the
# same topics (`home.selectors.related_pages` is given them; the reads name no page type).
PAGES_WITH_TOPICS = (TopicPage, OptionPage, KnowledgeArticlePage)
