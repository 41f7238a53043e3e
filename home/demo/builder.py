"""Builds the demo regions from the content files in `home/demo/content/` (see SCHEMA.md).

Idempotent: every object is looked up by a stable key (slug, name, hostname) and only
created when missing, so running it twice gives the same site. English versions are
made through wagtail-localize as an editor's translator would: the Dutch source's
segments get their English texts as string translations (what importing a translated
PO file stores) and the translation is saved and published by wagtail-localize.
"""

import datetime
import io
import uuid
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.utils import translation
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from home import signals as language_redirects
from home.choices import Audience
from home.demo.content.loader import load_content
from home.demo.text import T, pick
from home.models import (
    ArticleAttachment,
    AudienceSectionPage,
    ChildTopicPage,
    ContactChannel,
    CrisisTexts,
    ExperienceStory,
    Expert,
    HomePage,
    KnowledgeArticlePage,
    Municipality,
    OpeningHours,
    OptionPage,
    RegionSettings,
    RelatedPage,
    ServiceOffer,
    ServicesDirectoryPage,
    StandardPage,
    Topic,
    TopicPage,
)
from home.models.settings import CRISIS_TEXT_DEFAULTS
from portal import library_internals

SOURCE = "nl"
TARGET = "en"
DEMO_NAMESPACE = uuid.UUID("6f1c1d2e-8a43-4d55-9b1e-3c0e6f9d2a10")

# Texts of the home page's entry to the Scheidingswijzer, unless a region's data gives its own
# (optional keys "self_assessment_heading" and "self_assessment_text" of region["home"]).
HOME_DEFAULTS = {
    "self_assessment_heading": T("Welke hulp past bij jou?", "Which help suits you?"),
    "self_assessment_text": T(
        "Beantwoord een paar korte vragen over jullie situatie. Je ziet meteen welke hulp er "
        "in jouw gemeente is. Het duurt ongeveer vijf minuten en we bewaren niets.",
        "Answer a few short questions about your situation. You will see straight away which "
        "help there is in your municipality. It takes about five minutes and we keep nothing.",
    ),
}


class DemoBuilder:
    """Creates (or completes) the demo content. `report(message)` receives progress lines."""

    def __init__(self, *, port=8000, report=print):
        self.port = port
        self.report = report
        self.content = load_content()
        self.locales = {}
        self.topics = {}
        self.stories = {}
        self.documents = {}
        self.images = {}
        self.pending_translations = []

    # ---- entry point -------------------------------------------------------------------

    def build(self, regions=None):
        regions = self.content.regions if regions is None else regions
        self.ensure_locales()
        self.remove_wagtail_welcome_page()
        # No surrounding transaction: wagtail-localize publishes translations on commit
        # with the page as it was when the revision was made, which would reset the tree
        # bookkeeping (numchild) of translated parents if everything committed at the end.
        with bulk_changes(self.report):
            self.build_shared_snippets()
            for number, region in enumerate(regions, start=1):
                self.build_region(region)
                if len(regions) > 2:
                    self.report(f"Region {number} of {len(regions)} done.")
        self.report("Demo content complete.")

    # ---- shared --------------------------------------------------------------------------

    def ensure_locales(self):
        for code in (SOURCE, TARGET):
            self.locales[code], _created = Locale.objects.get_or_create(language_code=code)

    def remove_wagtail_welcome_page(self):
        """Wagtail's first migration makes a 'Welcome' page and a localhost site; drop them."""
        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page")
        if welcome.exists():
            Site.objects.filter(root_page__in=welcome).delete()
            for page in welcome:
                page.delete()
            self.report("Removed Wagtail's placeholder home page.")

    def build_shared_snippets(self):
        nl = self.locales[SOURCE]
        for data in self.content.topics:
            topic = Topic.objects.filter(locale=nl, slug=data["slug"]).first()
            if topic is None:
                topic = Topic.objects.create(locale=nl, slug=data["slug"], name=data["name"].nl)
            self.translate(topic, data)
            self.topics[data["slug"]] = topic
        for data in self.content.stories:
            story = ExperienceStory.objects.filter(locale=nl, title=data["title"].nl).first()
            if story is None:
                story = ExperienceStory.objects.create(
                    locale=nl,
                    consent_recorded=True,
                    audience=data["audience"],
                    consent_note=data["consent_note"],
                    **self.texts(data, "title", "quote", "teller"),
                )
            self.translate(story, data)
            self.stories[data["key"]] = story
        Document = get_document_model()
        for data in self.content.documents:
            document = Document.objects.filter(title=data["title"]).first()
            if document is None:
                document = Document(title=data["title"], collection=Collection.get_first_root_node())
                document.file.save(f"{data['key']}.txt", ContentFile(data["text"].encode()), save=False)
                document.save()
            self.documents[data["key"]] = document
        Image = get_image_model()
        for data in self.content.images:
            image = Image.objects.filter(title=data["title"]).first()
            if image is None:
                image = Image(
                    title=data["title"],
                    collection=Collection.get_first_root_node(),
                    file=ImageFile(io.BytesIO(self.draw_image(data["colour"])), name=f"{data['key']}.png"),
                )
                image.save()
            self.images[data["key"]] = image
        self.report(
            f"Shared: {len(self.topics)} topics, {len(self.stories)} stories, "
            f"{len(self.documents)} documents, {len(self.images)} images."
        )

    @staticmethod
    def draw_image(colour):
        """A calm abstract illustration: two houses joined by a path."""
        image = PILImage.new("RGB", (800, 450), (243, 246, 249))
        draw = ImageDraw.Draw(image)
        for left in (140, 500):
            draw.rectangle([left, 200, left + 160, 360], fill=colour)
            draw.polygon([(left - 20, 200), (left + 80, 110), (left + 180, 200)], fill=colour)
            draw.rectangle([left + 60, 290, left + 100, 360], fill=(255, 191, 71))
        draw.line([(300, 340), (500, 340)], fill=(180, 192, 204), width=12)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()

    # ---- regions -------------------------------------------------------------------------

    def build_region(self, region):
        nl = self.locales[SOURCE]
        home_data = {**HOME_DEFAULTS, **region["home"]}
        home = HomePage.objects.filter(locale=nl, slug=region["key"]).first()
        if home is None:
            home = HomePage(
                locale=nl,
                slug=region["key"],
                title=home_data["title"].nl,
                intro=home_data["intro"].nl,
                self_assessment_heading=home_data["self_assessment_heading"].nl,
                self_assessment_text=home_data["self_assessment_text"].nl,
            )
            Page.get_first_root_node().add_child(instance=home)
            self.save_and_publish(home)
        site, _created = Site.objects.update_or_create(
            hostname=region["hostname"],
            port=self.port,
            defaults={
                "site_name": region["settings"]["region_name"],
                "root_page": home,
                "is_default_site": region.get("is_default_site", False),
            },
        )
        context = RegionContext(site=site, home=home)
        context.municipalities = {
            name: Municipality.objects.get_or_create(
                site=site,
                slug=self.slugify(name),
                defaults={"name": name},
            )[0]
            for name in region["municipalities"]
        }
        context.channels = {data["key"]: self.build_channel(site, data) for data in region["channels"]}
        context.services = [self.build_service(site, context, data) for data in region["services"]]
        context.experts = [self.build_expert(site, data) for data in region["experts"]]
        self.report(
            f"{region['key']}: site {site.hostname}:{site.port}, {len(context.municipalities)} "
            f"municipalities, {len(context.channels)} channels, {len(context.services)} services, "
            f"{len(context.experts)} experts."
        )

        # The home page body may use blocks that point at this region's snippets.
        if not home.body and home_data["body"]:
            home.body = self.with_block_ids(
                HomePage._meta.get_field("body"), self.stream(home_data["body"], context, SOURCE)
            )
            self.save_and_publish(home)
        self.pending_translations.append((home, home_data, context, ("body",)))

        sections = {}
        for audience, data in region["sections"].items():
            sections[audience] = self.build_page(
                AudienceSectionPage,
                home,
                data,
                context,
                extra={"audience_choice": audience, "intro": data["intro"]},
            )
        self.build_page(
            ServicesDirectoryPage,
            home,
            self.content.services_directory_page,
            context,
            extra={"intro": self.content.services_directory_page["intro"]},
            streams=("body",),
        )
        standard_pages = {}
        for data in self.content.standard_pages:
            standard_pages[data["purpose"]] = self.build_page(
                StandardPage,
                home,
                data,
                context,
                extra={"intro": data["intro"]},
                streams=("body",),
            )
        self.build_region_settings(site, region, standard_pages)

        parent_pages = {}
        for data in self.content.parent_topic_pages:
            parent_pages[data["slug"].nl] = self.build_topic_page(sections[Audience.PARENTS], data, context)
        for data in self.content.option_pages:
            parent_pages[data["slug"].nl] = self.build_option_page(sections[Audience.PARENTS], data, context)
        for data in self.content.professional_topic_pages:
            parent_pages[data["slug"].nl] = self.build_topic_page(
                sections[Audience.PROFESSIONALS],
                data,
                context,
            )
        for data in self.content.child_pages:
            self.build_child_page(sections[Audience.CHILDREN], data, context)
        for data in self.content.youth_pages:
            self.build_child_page(sections[Audience.YOUTH], data, context)
        articles = {data["key"]: data for data in self.content.knowledge_articles}
        for key in region["knowledge_articles"]:
            self.build_knowledge_article(sections[Audience.PROFESSIONALS], articles[key], context)
        self.link_related_pages(parent_pages)
        context.pages = {
            page.slug: page
            for page in home.get_descendants().filter(locale=self.locales[SOURCE], depth__lte=4)
        }
        self.link_pages_in_streams(context)
        for audience, data in region["sections"].items():
            if data.get("guide"):
                self.build_guide(sections[audience], data, context)
        # Translate only now, with every relation in place, parents before children.
        for page, data, page_context, streams in self.pending_translations:
            self.translate(page, data, page_context, streams=streams)
        self.pending_translations = []
        self.report(
            f"{region['key']}: {len(sections)} sections, {len(parent_pages)} topic and option pages, "
            f"{len(self.content.child_pages) + len(self.content.youth_pages)} children's and youth pages, "
            f"{len(region['knowledge_articles'])} knowledge articles, in Dutch and English."
        )

    def link_pages_in_streams(self, context):
        """Links to pages in steps and calls to action name pages by slug; a page made
        before the page it links to gets its streams again once every page exists."""
        for page, data, streams in context.relink:
            page = type(page).objects.get(pk=page.pk)
            for name in streams:
                field = type(page)._meta.get_field(name)
                setattr(
                    page, name, self.with_block_ids(field, self.stream(data.get(name, []), context, SOURCE))
                )
            self.save_and_publish(page)
            self.pending_translations = [
                (page if pending.pk == page.pk else pending, *rest)
                for pending, *rest in self.pending_translations
            ]
        context.relink = []

    @staticmethod
    def links_to_pages(data, streams):
        """Whether the stream data names a page in a link (`{"page": "<slug>"}`)."""

        def walk(value):
            if isinstance(value, dict):
                link = value.get("link")
                if isinstance(link, dict) and link.get("page"):
                    return True
                return any(walk(item) for item in value.values())
            if isinstance(value, list | tuple):
                return any(walk(item) for item in value)
            return False

        return any(walk(data.get(name, [])) for name in streams)

    def build_guide(self, section, data, context):
        """The section's guide (questions with their pages, calls to action): made once its
        pages exist, and translated with the section."""
        field = AudienceSectionPage._meta.get_field("guide")
        section = AudienceSectionPage.objects.get(pk=section.pk)  # its children came after it
        if not section.guide:
            section.guide = self.with_block_ids(field, self.stream(data["guide"], context, SOURCE))
            self.save_and_publish(section)
        for number, (page, english, page_context, streams) in enumerate(self.pending_translations):
            if page.pk == section.pk:  # translate the section as it is now, guide included
                english = {**english, "guide": data["guide"]}
                self.pending_translations[number] = (section, english, page_context, (*streams, "guide"))

    def build_region_settings(self, site, region, standard_pages):
        region_settings = RegionSettings.for_site(site)
        for field, value in region["settings"].items():
            setattr(region_settings, field, value)
        region_settings.privacy_page = standard_pages.get("privacy")
        region_settings.accessibility_page = standard_pages.get("accessibility")
        region_settings.safe_online_page = standard_pages.get("safe_online")
        region_settings.save()
        self.build_crisis_texts(site)

    def build_crisis_texts(self, site):
        """The crisis bar's words for the region, in Dutch and translated: the code's
        defaults, which an editor can then change per region and language."""
        nl = self.locales[SOURCE]
        texts = CrisisTexts.objects.filter(site=site, locale=nl).first()
        if texts is None:
            with translation.override(SOURCE):
                texts = CrisisTexts.defaults(site=site, locale=nl)
            texts.save()
        with translation.override(TARGET):
            english = {
                name: T(getattr(texts, name), str(text)) for name, text in CRISIS_TEXT_DEFAULTS.items()
            }
        self.translate(texts, english)

    def build_channel(self, site, data):
        nl = self.locales[SOURCE]
        channel = ContactChannel.objects.filter(
            site=site, locale=nl, value=data["value"], kind=data["kind"]
        ).first()
        if channel is None:
            channel = ContactChannel(
                site=site,
                locale=nl,
                kind=data["kind"],
                value=data["value"],
                web_form=data.get("web_form", ""),
                always_open=data.get("always_open", False),
                **self.texts(data, "name", "description"),
            )
            channel.opening_hours = [
                OpeningHours(weekday=day, opens=self.time(opens), closes=self.time(closes))
                for day, opens, closes in data.get("hours", [])
            ]
            channel.save()
        self.translate(channel, data)
        return channel

    def build_service(self, site, context, data):
        nl = self.locales[SOURCE]
        service = ServiceOffer.objects.filter(site=site, locale=nl, name=data["name"].nl).first()
        if service is None:
            service = ServiceOffer(
                site=site,
                locale=nl,
                audiences=data["audiences"],
                routes=data["routes"],
                min_child_age=data.get("min_child_age"),
                max_child_age=data.get("max_child_age"),
                cost=data["cost"],
                waiting_weeks=data.get("waiting_weeks"),
                **self.texts(data, "name", "provider", "summary", "cost_note"),
            )
            service.save()
            service.municipalities.set([context.municipalities[name] for name in data["municipalities"]])
            service.topics.set([self.topics[slug] for slug in data["topics"]])
            service.channels.set([context.channels[key] for key in data["channels"]])
            service.save()
        self.translate(service, data)
        return service

    def build_expert(self, site, data):
        nl = self.locales[SOURCE]
        expert = Expert.objects.filter(site=site, locale=nl, name=data["name"]).first()
        if expert is None:
            expert = Expert.objects.create(
                site=site,
                locale=nl,
                name=data["name"],
                discipline=data["discipline"],
                **self.texts(data, "organisation", "bio"),
            )
        self.translate(expert, data)
        return expert

    # ---- pages ----------------------------------------------------------------------------

    def build_page(self, model, parent, data, context, *, extra=None, streams=(), setup=None):
        """Create a page (Dutch) under `parent` unless a page with its slug exists, then make
        sure its English translation exists. `extra` holds further field values (T or plain);
        `streams` names StreamFields filled from `data`; `setup(page)` sets relations."""
        nl = self.locales[SOURCE]
        slug = data["slug"].nl
        page = model.objects.child_of(parent).filter(slug=slug, locale=nl).first()
        if page is None:
            fields = {"title": data["title"].nl, "slug": slug, "locale": nl}
            fields.update(pick(extra or {}, SOURCE))
            for name in streams:
                fields[name] = self.with_block_ids(
                    model._meta.get_field(name), self.stream(data.get(name, []), context, SOURCE)
                )
            page = model(**fields)
            parent.add_child(instance=page)
            if setup:
                setup(page)
            self.save_and_publish(page)
            if self.links_to_pages(data, streams):
                context.relink.append((page, data, streams))
        english = {"title": data["title"], "slug": data["slug"], **(extra or {})}
        english.update({name: data.get(name, []) for name in streams})
        self.pending_translations.append((page, english, context, streams))
        return page

    def build_topic_page(self, parent, data, context):
        def setup(page):
            page.topics.set([self.topics[slug] for slug in data.get("topics", [])])
            # Optional: Dutch names of the region's services to show as 'Hulp bij dit
            # onderwerp'; without them the page lists the services on its topics itself.
            wanted = set(data.get("related_services", []))
            page.related_services.set([service for service in context.services if service.name in wanted])

        return self.build_page(
            TopicPage,
            parent,
            data,
            context,
            extra={"summary": data["summary"]},
            streams=("body", "deepening", "next_steps"),
            setup=setup,
        )

    def build_option_page(self, parent, data, context):
        def setup(page):
            page.topics.set([self.topics[slug] for slug in data.get("topics", [])])
            topics = set(data.get("topics", []))
            on_route = [
                service
                for service in context.services
                if set(service.routes) & set(data.get("service_routes", []))
            ]
            # Services on the option's own topics first, then the rest on its routes.
            on_route.sort(key=lambda service: not topics & {t.slug for t in service.topics.all()})
            page.services.set(on_route[:6])
            page.experts.set(
                [
                    expert
                    for expert in context.experts
                    if expert.discipline in data.get("expert_disciplines", [])
                ]
            )

        return self.build_page(
            OptionPage,
            parent,
            data,
            context,
            extra={
                key: data[key] for key in ("summary", "cost_and_time", "waiting_list", "not_suitable_when")
            },
            streams=("why_it_fits",),
            setup=setup,
        )

    def build_child_page(self, parent, data, context):
        return self.build_page(
            ChildTopicPage,
            parent,
            data,
            context,
            extra={"summary": data["summary"]},
            streams=("body",),
        )

    def build_knowledge_article(self, parent, data, context):
        def setup(page):
            page.topics.set([self.topics[slug] for slug in data.get("topics", [])])
            page.attachments = [
                ArticleAttachment(document=self.documents[key]) for key in data.get("attachments", [])
            ]

        return self.build_page(
            KnowledgeArticlePage,
            parent,
            data,
            context,
            extra={
                "summary": data["summary"],
                "article_type": data["article_type"],
                "target_audience": data["target_audience"],
                "evidence_level": data["evidence_level"],
                "last_reviewed": datetime.date.fromisoformat(data["last_reviewed"]),
            },
            streams=("body",),
            setup=setup,
        )

    def link_related_pages(self, pages_by_slug):
        content = self.content
        for data in content.parent_topic_pages + content.option_pages + content.professional_topic_pages:
            page = pages_by_slug.get(data["slug"].nl)
            if page is None or page.related_pages.exists() or not data.get("related"):
                continue
            page.related_pages = [
                RelatedPage(target=pages_by_slug[slug]) for slug in data["related"] if slug in pages_by_slug
            ]
            self.save_and_publish(page)

    # ---- StreamField data ------------------------------------------------------------------

    def stream(self, blocks, context, language):
        """Raw StreamField data for a list of (type, value) pairs, in one language, with keys
        of topics, stories, channels, documents and images replaced by primary keys."""
        return [
            {"type": block_type, "value": self.block_value(block_type, pick(value, language), context)}
            for block_type, value in blocks
        ]

    @staticmethod
    def with_block_ids(field, raw):
        """Raw StreamField data in which every block and list item has a stable id.

        Without ids, list items get fresh ones each time they are read, and wagtail-localize's
        segment paths (which contain them) would differ between export and import.
        """
        value = field.to_python(raw)
        for _child in value:  # reading each block converts it, so list items get their ids
            pass
        return field.get_prep_value(value)

    def link_value(self, link, context):
        """A link block's value: a destination, or a page given by its Dutch slug."""
        link = link or {}
        # A page that does not exist yet is linked once it does (`link_pages_in_streams`).
        target = context.pages.get(link["page"]) if link.get("page") else None
        page = target.pk if target is not None else None
        return {"destination": link.get("destination", ""), "page": page}

    def block_value(self, block_type, value, context):
        if block_type == "call_to_action":
            return {**value, "link": self.link_value(value.get("link"), context)}
        if block_type == "steps":
            return {
                **value,
                "steps": [
                    {**step, "link": self.link_value(step.get("link"), context)} for step in value["steps"]
                ],
            }
        if block_type == "question":
            return {
                **value,
                "text": value.get("text", ""),
                "pages": [context.pages[slug].pk for slug in value["pages"]],
                "links": [
                    {**action, "link": self.link_value(action.get("link"), context)}
                    for action in value.get("links", [])
                ],
            }
        if block_type == "quote":
            return {"story": self.stories[value["story"]].pk}
        if block_type == "channel":
            return {"channel": context.channels[value["channel"]].pk}
        if block_type == "services":
            return {
                **value,
                "topics": [self.topics[slug].pk for slug in value.get("topics", [])],
                "route": value.get("route", ""),
            }
        if block_type == "document":
            return {**value, "document": self.documents[value["document"]].pk}
        if block_type == "image":
            return {**value, "image": self.images[value["image"]].pk}
        if block_type == "table":
            return {**value, "rows": [{"cells": row["cells"]} for row in value["rows"]]}
        return value

    # ---- translation through wagtail-localize --------------------------------------------

    def translate(self, instance, data, context=None, streams=None):
        """Translate `instance` into English through wagtail-localize, unless done already.

        The English texts come from `data` (the same T pairs the Dutch came from): an
        unsaved English twin of the instance is built, both are split into segments,
        and the segments are paired in order (the demo texts share one structure).
        """
        target = self.locales[TARGET]
        if instance.get_translations().filter(locale=target).exists():
            return
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source,
            target_locale=target,
            defaults={"enabled": True},
        )
        english = self.english_twin(instance, data, context, streams)
        pairs = dict(zip(self.strings(instance), self.strings(english), strict=True))
        # What importing a PO file of these translations would store (Translation.import_po),
        # in one insert instead of five queries a string.
        StringTranslation.objects.bulk_create(
            [
                StringTranslation(
                    translation_of=segment.string,
                    locale=target,
                    context=segment.context,
                    data=pairs.get((segment.context.path, segment.string.data), ("", ""))[1]
                    or segment.string.data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    tool_name="demo content",
                )
                for segment in StringSegment.objects.filter(source=source).select_related("string", "context")
            ],
            ignore_conflicts=True,
        )
        translation.save_target(publish=True)

    def english_twin(self, instance, data, context, streams):
        twin = type(instance)(pk=instance.pk, locale=self.locales[TARGET])
        for field in instance._meta.concrete_fields:
            if not field.primary_key:
                setattr(twin, field.attname, getattr(instance, field.attname))
        english = pick(data, TARGET)
        for name, value in english.items():
            if streams and name in streams:
                field = instance._meta.get_field(name)
                raw = self.with_block_ids(field, self.stream(data[name], context, TARGET))
                setattr(twin, name, field.to_python(raw))
            elif (
                hasattr(twin, name)
                and isinstance(value, str)
                and not isinstance(getattr(type(instance), name, None), property)
            ):
                setattr(twin, name, value)
        return twin

    @staticmethod
    def strings(instance):
        """(context path, data) of every string segment of an instance, in extraction order."""
        return [
            (segment.path, segment.string.data)
            for segment in extract_segments(instance)
            if isinstance(getattr(segment, "string", None), StringValue)
        ]

    # ---- small helpers ------------------------------------------------------------------------

    @staticmethod
    def texts(data, *names):
        return {name: data[name].nl if hasattr(data[name], "nl") else data[name] for name in names}

    @staticmethod
    def time(text):
        return datetime.time.fromisoformat(text)

    @staticmethod
    def slugify(text):
        from django.utils.text import slugify

        return slugify(text)

    @staticmethod
    def save_and_publish(page):
        page.save_revision().publish()


@contextmanager
def bulk_changes(report):
    """Skip the per-save search and reference indexing and page-cache purge rules while
    building, then index once and purge everything.

    Each page save otherwise runs two indexing tasks, which is most of the build time.
    """
    from home.page_cache import purges_deferred

    # A page is published several times while it is built (and its translation before it
    # has its English slug): redirects to other languages' slugs are made once, at the end.
    language_redirects.disconnect()
    try:
        with (
            library_internals.search_index_updates_paused(),
            disable_reference_index_auto_update(),
            purges_deferred(),
        ):
            yield
    finally:
        language_redirects.connect()
    report("Redirects from other languages' slugs ...")
    language_redirects.redirects_for_all()
    report("Indexing for the admin search and reference index ...")
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)


class RegionContext:
    """What a region's pages need while being built: its site, home, snippets by key."""

    def __init__(self, site, home):
        self.site = site
        self.home = home
        self.municipalities = {}
        self.channels = {}
        self.services = []
        self.experts = []
        self.pages = {}  # Dutch slug -> page, for links in guides and calls to action
        self.relink = []  # (page, data, streams) whose links name pages made after them


def ensure_admin(username, password, email="admin@portal.localhost"):
    """Create or reset the demo superuser; returns the user."""
    User = get_user_model()
    user, _created = User.objects.get_or_create(username=username, defaults={"email": email})
    user.is_staff = True
    user.is_superuser = True
    user.set_password(password)
    user.save()
    return user
