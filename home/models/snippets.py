"""Reference data editors manage as snippets: the region's municipalities, topics, the
services directory, contact channels, experts and experience stories.

Everything except `Municipality` is translatable. Relations between translatable
snippets are synchronised by wagtail-localize as-is (they keep pointing at the source
objects), so code that matches them across languages compares `translation_key`.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import FORM_DESTINATIONS, Audience, ChannelKind, Cost, Destination, Discipline, Route
from home.fields import ChoiceSetField
from home.forms import RegionalModelForm
from home.translations import SyncedTranslationsMixin


class Municipality(models.Model):
    """A municipality of a region. Proper names, so not translated."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="municipalities",
        verbose_name=_("regio"),
    )
    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    base_form_class = RegionalModelForm
    panels = [FieldPanel("site"), FieldPanel("name"), FieldPanel("slug")]
    api_fields = [APIField("name"), APIField("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        constraints = [
            models.UniqueConstraint(fields=["site", "slug"], name="unique_municipality_per_site"),
        ]

    def __str__(self):
        return self.name


class Topic(SyncedTranslationsMixin, TranslatableMixin, models.Model):
    """A theme that links topic pages, knowledge articles and services (e.g. 'omgang')."""

    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    api_fields = [APIField("name"), APIField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")

    def __str__(self):
        return self.name


class OpeningHoursSerializer(serializers.Serializer):
    weekday = serializers.IntegerField(help_text="0 = Monday")
    opens = serializers.TimeField(format="%H:%M")
    closes = serializers.TimeField(format="%H:%M")


class ContactChannelQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)


class ContactChannel(SyncedTranslationsMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A way to reach help: phone, e-mail, chat, call back, walk-in or video, with opening hours."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="contact_channels",
        verbose_name=_("regio"),
    )
    name = models.CharField(_("naam"), max_length=150)
    kind = models.CharField(_("soort"), max_length=20, choices=ChannelKind.choices)
    value = models.CharField(
        _("nummer, adres of link"),
        max_length=255,
        blank=True,
        help_text=_(
            "Telefoonnummer, e-mailadres, adres van het inloopspreekuur of link naar de chat. "
            "Leeg bij een formulier op deze website."
        ),
    )
    web_form = models.CharField(
        _("formulier op deze website"),
        max_length=20,
        choices=[(destination.value, destination.label) for destination in FORM_DESTINATIONS],
        blank=True,
        help_text=_(
            "Voor een terugbelverzoek of een ander formulier van deze website: het kanaal linkt "
            "dan naar dat formulier, in de taal van de lezer."
        ),
    )
    description = models.TextField(_("toelichting"), blank=True)
    always_open = models.BooleanField(
        _("dag en nacht bereikbaar"),
        default=False,
        help_text=_("Vink aan voor 24/7-lijnen; dan tellen de openingstijden niet."),
    )

    objects = ContactChannelQuerySet.as_manager()

    base_form_class = RegionalModelForm
    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("value")]),
        FieldPanel("web_form"),
        FieldPanel("description"),
        FieldPanel("always_open"),
        InlinePanel("opening_hours", label=_("Openingstijden"), heading=_("Openingstijden")),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("site"),
        SynchronizedField("kind"),
        SynchronizedField("value"),
        SynchronizedField("web_form"),
        SynchronizedField("always_open"),
        SynchronizedField("opening_hours"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]
    api_fields = [
        APIField("name"),
        APIField("kind"),
        APIField("value"),
        APIField("web_form"),
        APIField("href"),
        APIField("link_text"),
        APIField("description"),
        APIField("always_open"),
        APIField("opening_hours", serializer=OpeningHoursSerializer(many=True, read_only=True)),
        APIField("open_now", serializer=serializers.BooleanField(source="is_open_now", read_only=True)),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("contactkanaal")
        verbose_name_plural = _("contactkanalen")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.kind == ChannelKind.WEB_FORM and not self.web_form:
            raise ValidationError({"web_form": _("Kies het formulier waar dit kanaal naartoe leidt.")})
        if not self.web_form and not self.value.strip():
            raise ValidationError({"value": _("Vul het nummer, adres of de link in.")})
        if self.value.strip().lower().startswith(("http://", "www.")):
            # Only an https:// link is linked (with a readable text); anything else would show as a raw URL.
            raise ValidationError({"value": _("Een link begint met https://.")})

    def is_open_at(self, moment):
        """Whether the channel is open at an aware datetime (judged in the portal's time zone).

        Opening hours are half-open intervals [opens, closes); an interval whose closing
        time is not after its opening time runs past midnight into the next day.
        """
        if self.always_open:
            return True
        local = timezone.localtime(moment)
        today, now = local.weekday(), local.time()
        yesterday = (today - 1) % 7
        for hours in self.opening_hours.all():
            overnight = hours.closes <= hours.opens
            if hours.weekday == today and (
                hours.opens <= now < hours.closes or (overnight and now >= hours.opens)
            ):
                return True
            if overnight and hours.weekday == yesterday and now < hours.closes:
                return True
        return False

    def is_open_now(self):
        return self.is_open_at(timezone.now())

    # Kinds that are answered later, whenever they are sent: an e-mail or a call-back form
    # can be sent at any hour, so they are never "closed".
    UNTIMED_KINDS = (ChannelKind.EMAIL, ChannelKind.CALL_BACK)

    @property
    def time_bound(self):
        """Whether 'open now' or 'closed now' means something for this channel: a line that
        is not always open, of a kind people reach live, with opening hours entered. Without
        hours the times are unknown, which is not the same as closed."""
        if self.always_open or self.kind in self.UNTIMED_KINDS:
            return False
        return bool(self.opening_hours.all())

    def next_change_after(self, moment):
        """The first opening or closing moment after `moment` (aware), or None when the
        status never changes (always open, or no opening hours). Used to keep a cached
        'open now' from outliving the truth."""
        if self.always_open:
            return None
        hours = list(self.opening_hours.all())
        if not hours:
            return None
        local = timezone.localtime(moment)
        zone = local.tzinfo
        candidates = []
        for offset in range(-1, 8):
            day = local.date() + datetime.timedelta(days=offset)
            for interval in hours:
                if interval.weekday != day.weekday():
                    continue
                closing_day = day + datetime.timedelta(days=1) if interval.closes <= interval.opens else day
                candidates.append(datetime.datetime.combine(day, interval.opens, tzinfo=zone))
                candidates.append(datetime.datetime.combine(closing_day, interval.closes, tzinfo=zone))
        later = [candidate for candidate in candidates if candidate > local]
        return min(later) if later else None

    @cached_property
    def language_code(self):
        return self.locale.language_code

    @property
    def href(self):
        """A link for the channel where one makes sense (the form on this website, tel:,
        mailto:, the chat page). A form is linked in the channel's own language."""
        if self.web_form:
            from django.utils import translation

            from home.links import destination_url

            with translation.override(self.language_code):
                return destination_url(self.web_form) or ""
        if self.kind == ChannelKind.PHONE:
            return "tel:" + "".join(ch for ch in self.value if ch.isdigit() or ch == "+")
        if self.kind == ChannelKind.EMAIL:
            return f"mailto:{self.value}"
        if self.value.startswith("https://"):
            return self.value
        return ""

    @property
    def link_text(self):
        """What the channel shows: the number, address or link, or for a form on this website
        what it is for, in the active language (the value is the same in every language)."""
        if self.web_form:
            from home.links import FORM_LINK_TEXTS

            return str(FORM_LINK_TEXTS.get(Destination(self.web_form), self.value))
        if self.href.startswith("https://"):  # a web address is never the text people read
            if self.kind == ChannelKind.VIDEO:
                return _("Start een videogesprek")
            if self.kind == ChannelKind.CHAT:
                return _("Start de chat")
            return _("Ga naar de website")
        return self.value


class OpeningHours(Orderable):
    WEEKDAYS = [
        (0, _("maandag")),
        (1, _("dinsdag")),
        (2, _("woensdag")),
        (3, _("donderdag")),
        (4, _("vrijdag")),
        (5, _("zaterdag")),
        (6, _("zondag")),
    ]

    channel = ParentalKey(ContactChannel, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=WEEKDAYS)
    opens = models.TimeField(_("open vanaf"), default=datetime.time(9, 0))
    closes = models.TimeField(_("gesloten vanaf"), default=datetime.time(17, 0))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"


class ServiceOfferQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def serving_route(self, route):
        return self.filter(routes__contains=ChoiceSetField.lookup(route))

    def for_audience(self, audience):
        return self.filter(audiences__contains=ChoiceSetField.lookup(audience))

    def in_municipality(self, municipality):
        """Offers available to residents of a municipality (offers without any listed serve all)."""
        return self.filter(
            models.Q(municipalities=municipality) | models.Q(municipalities__isnull=True)
        ).distinct()

    def for_child_age(self, age):
        return self.filter(
            models.Q(min_child_age__isnull=True) | models.Q(min_child_age__lte=age),
            models.Q(max_child_age__isnull=True) | models.Q(max_child_age__gte=age),
        )

    def on_topics(self, topics):
        """Offers on any of the topics (a list or a queryset, in any language), matched
        across languages by translation key. A queryset becomes a subquery."""
        if isinstance(topics, models.QuerySet):
            keys = topics.values("translation_key")
        else:
            keys = [topic.translation_key for topic in topics if topic is not None]
        return self.filter(topics__translation_key__in=keys).distinct()


class ServiceOffer(SyncedTranslationsMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """One entry of the services directory: what it is, for whom, cost, where, how to reach it."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="service_offers",
        verbose_name=_("regio"),
    )
    name = models.CharField(_("naam"), max_length=150)
    provider = models.CharField(_("aanbieder"), max_length=150)
    summary = models.TextField(_("wat het is"), max_length=600)
    audiences = ChoiceSetField(_("voor wie"), choices=Audience.choices)
    min_child_age = models.PositiveSmallIntegerField(
        _("leeftijd kinderen vanaf"),
        null=True,
        blank=True,
        help_text=_("Leeg laten als het aanbod niet aan leeftijd gebonden is."),
    )
    max_child_age = models.PositiveSmallIntegerField(_("leeftijd kinderen tot en met"), null=True, blank=True)
    cost = models.CharField(_("kosten"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("toelichting kosten"), max_length=255, blank=True)
    waiting_weeks = models.PositiveSmallIntegerField(
        _("wachttijd in weken"),
        null=True,
        blank=True,
        help_text=_("0 = geen wachtlijst; leeg = onbekend."),
    )
    routes = ChoiceSetField(
        _("routes"),
        choices=Route.choices,
        help_text=_("Bij welke uitkomsten van de Scheidingswijzer dit aanbod getoond wordt."),
    )
    municipalities = ParentalManyToManyField(
        Municipality,
        blank=True,
        related_name="service_offers",
        verbose_name=_("gemeenten"),
        help_text=_("Leeg laten als het aanbod voor de hele regio geldt."),
    )
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="service_offers", verbose_name=_("onderwerpen")
    )
    channels = ParentalManyToManyField(
        ContactChannel,
        blank=True,
        related_name="service_offers",
        verbose_name=_("contactkanalen"),
    )

    objects = ServiceOfferQuerySet.as_manager()

    base_form_class = RegionalModelForm
    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("provider"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldRowPanel([FieldPanel("min_child_age"), FieldPanel("max_child_age")]),
            ],
            heading=_("Voor wie"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("cost"), FieldPanel("waiting_weeks")]), FieldPanel("cost_note")],
            heading=_("Kosten en wachttijd"),
        ),
        FieldPanel("routes"),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("provider"),
        TranslatableField("summary"),
        TranslatableField("cost_note"),
        SynchronizedField("site"),
        SynchronizedField("audiences"),
        SynchronizedField("min_child_age"),
        SynchronizedField("max_child_age"),
        SynchronizedField("cost"),
        SynchronizedField("waiting_weeks"),
        SynchronizedField("routes"),
        SynchronizedField("municipalities"),
        SynchronizedField("topics"),
        SynchronizedField("channels"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("provider"),
        index.SearchField("summary"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("name"),
        APIField("provider"),
        APIField("summary"),
        APIField("audiences"),
        APIField("min_child_age"),
        APIField("max_child_age"),
        APIField("cost"),
        APIField("cost_note"),
        APIField("waiting_weeks"),
        APIField("routes"),
        APIField(
            "municipalities",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
        APIField(
            "topics", serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
        ),
        APIField(
            "channels",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="translation_key"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")

    def __str__(self):
        return self.name

    @cached_property
    def language_code(self):
        return self.locale.language_code

    @property
    def audience_labels(self):
        """For whom, in the order of `Audience` ("Ouders, Kinderen (8-12 jaar)")."""
        chosen = set(self.audiences or ())
        return ", ".join(str(label) for value, label in Audience.choices if value in chosen)

    @property
    def age_range(self):
        if self.min_child_age is None and self.max_child_age is None:
            return ""
        return f"{self.min_child_age or 0}-{self.max_child_age or 18}"


CONTACT_DATA_RE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+"  # an e-mail address
    r"|(?:\+31|\b0)[\s-]?(?:\d[\s-]?){8,9}\b"  # a Dutch phone number
    r"|https?://|www\.",  # a link
    re.IGNORECASE,
)


def validate_no_contact_data(value):
    """Expert profiles and stories are published: they must not carry contact details."""
    if CONTACT_DATA_RE.search(value or ""):
        raise ValidationError(
            _("Geen e-mailadres, telefoonnummer of link: bezoekers lopen via het expertisepunt."),
            code="contact_data",
        )


class Expert(SyncedTranslationsMixin, TranslatableMixin, models.Model):
    """A member of the expertise point or expert pool, by discipline; never personal contact data."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="experts",
        verbose_name=_("regio"),
    )
    name = models.CharField(_("naam"), max_length=120)
    discipline = models.CharField(_("discipline"), max_length=30, choices=Discipline.choices)
    organisation = models.CharField(_("organisatie"), max_length=150)
    bio = models.TextField(
        _("over deze expert"),
        max_length=800,
        validators=[validate_no_contact_data],
        help_text=_("Ervaring en werkwijze. Geen e-mailadres, telefoonnummer of link."),
    )

    base_form_class = RegionalModelForm
    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("discipline"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
    ]
    translatable_fields = [
        SynchronizedField("site"),
        SynchronizedField("name"),
        SynchronizedField("discipline"),
        TranslatableField("organisation"),
        TranslatableField("bio"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["discipline", "name"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self):
        return f"{self.name} ({self.get_discipline_display()})"


class ExperienceStory(SyncedTranslationsMixin, TranslatableMixin, models.Model):
    """An anonymous experience of a parent or child, published with their consent."""

    title = models.CharField(_("titel"), max_length=150)
    quote = models.TextField(_("citaat"), max_length=600)
    teller = models.CharField(
        _("verteller"),
        max_length=100,
        help_text=_("Anoniem, bijvoorbeeld 'moeder van twee kinderen'."),
    )
    audience = models.CharField(_("vanuit"), max_length=20, choices=Audience.choices)
    consent_recorded = models.BooleanField(
        _("toestemming vastgelegd"),
        default=False,
        help_text=_("Alleen publiceren als de verteller toestemming heeft gegeven."),
    )
    consent_note = models.CharField(
        _("toestemming: door wie, wanneer, hoe"),
        max_length=255,
        blank=True,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("quote"),
        FieldPanel("teller"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [FieldPanel("consent_recorded"), FieldPanel("consent_note")], heading=_("Toestemming")
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("quote"),
        TranslatableField("teller"),
        SynchronizedField("audience"),
        SynchronizedField("consent_recorded"),
        SynchronizedField("consent_note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ervaringsverhaal")
        verbose_name_plural = _("ervaringsverhalen")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.consent_recorded and not self.consent_note.strip():
            raise ValidationError(
                {"consent_note": _("Noteer door wie, wanneer en hoe de toestemming is gegeven.")}
            )

    @property
    def can_be_shown(self):
        """Only stories with recorded consent ever appear on the public site."""
        return self.consent_recorded
