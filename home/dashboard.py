"""The editors' panels on the Wagtail dashboard: my drafts, knowledge articles past their
review date, translations to do and recent changes in my regions.

Shown to everyone who edits content of a region (regional editors, administrators), not
to intake or reporting staff. Each panel reads a bounded number of rows in a few queries.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry, TranslatableMixin

from home import regions

ROWS = 8


@dataclass
class Row:
    title: str
    url: str
    detail: str = ""
    status: str = ""


class EditorPanel(Component):
    template_name = "home/dashboard/panel.html"
    name = ""
    heading = ""
    empty = ""
    order = 150

    def __init__(self, user, site_ids):
        self.user = user
        self.site_ids = site_ids

    def rows(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {"panel_id": self.name, "heading": self.heading, "empty": self.empty, "rows": self.rows()}

    def region_pages(self):
        return Page.objects.filter(regions.pages_in_sites_q(self.site_ids))


class MyDraftsPanel(EditorPanel):
    name = "my-drafts"
    heading = _("Mijn concepten")
    empty = _("Je hebt geen pagina's met wijzigingen die nog niet gepubliceerd zijn.")
    order = 140

    def rows(self):
        pages = (
            self.region_pages()
            .filter(has_unpublished_changes=True, latest_revision__user=self.user)
            .select_related("locale", "latest_revision")
            .order_by("-latest_revision_created_at")[:ROWS]
        )
        return [
            Row(
                page.get_admin_display_title(),
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                _detail(page.locale.get_display_name(), _date(page.latest_revision_created_at)),
                gettext("Nog nooit gepubliceerd") if not page.first_published_at else gettext("Concept"),
            )
            for page in pages
        ]


class ReviewDuePanel(EditorPanel):
    name = "review-due"
    heading = _("Kennisartikelen om na te lopen")
    empty = _("Alle kennisartikelen zijn op tijd inhoudelijk gecontroleerd.")
    order = 141

    def rows(self):
        from home.models import KnowledgeArticlePage

        due = timezone.localdate() - datetime.timedelta(days=settings.KNOWLEDGE_ARTICLE_REVIEW_DAYS)
        articles = (
            KnowledgeArticlePage.objects.filter(regions.pages_in_sites_q(self.site_ids))
            .filter(last_reviewed__lt=due, locale__language_code=settings.LANGUAGE_CODE)
            .order_by("last_reviewed")[:ROWS]
        )
        return [
            Row(
                article.title,
                reverse("wagtailadmin_pages:edit", args=[article.pk]),
                gettext("Laatst gecontroleerd op %(date)s") % {"date": _date(article.last_reviewed)},
                gettext("Controle nodig"),
            )
            for article in articles
        ]


class TranslationsPanel(EditorPanel):
    name = "translations-to-do"
    heading = _("Vertalingen te doen")
    empty = _("Alles is vertaald en bijgewerkt.")
    order = 142

    def rows(self):
        from home.translations import translation_work

        source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        pages = self.region_pages().filter(locale=source, depth__gt=1, live=True)
        snippets = [
            model._default_manager.filter(locale=source, site_id__in=regions.site_ids_for(self.user, model))
            for model in regions.regional_snippet_models()
            if issubclass(model, TranslatableMixin)
        ]
        rows = []
        finder = AdminURLFinder(self.user)
        for target in Locale.objects.exclude(pk=source.pk):
            for task in translation_work(pages, snippets, target)[:ROWS]:
                rows.append(self._row(task, finder))
        return rows[:ROWS]

    @staticmethod
    def _row(task, finder):
        language = task.target_locale.get_display_name()
        if task.kind == "missing":
            if isinstance(task.source, Page):
                url = reverse("wagtail_localize:submit_page_translation", args=[task.source.pk])
            else:
                meta = task.source._meta
                url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, task.source.pk],
                )
            status = gettext("Nog niet vertaald naar het %(language)s") % {"language": language}
        else:
            target = task.source.get_translation_or_none(task.target_locale)
            url = finder.get_edit_url(target) or ""
            if task.translated < task.total:
                status = gettext("%(language)s verouderd: %(done)s van %(total)s teksten vertaald") % {
                    "language": language,
                    "done": task.translated,
                    "total": task.total,
                }
            else:
                status = gettext("%(language)s verouderd: de bron is sindsdien gewijzigd") % {
                    "language": language
                }
        return Row(task.title, url, str(task.type_name), status)


class RegionChangesPanel(EditorPanel):
    name = "region-changes"
    heading = _("Recente wijzigingen in mijn regio")
    empty = _("Nog geen wijzigingen.")
    order = 143

    def rows(self):
        from home.site_history import viewable_log_entries

        finder = AdminURLFinder(self.user)
        entries = []
        for log_model in (PageLogEntry, ModelLogEntry):
            queryset = viewable_log_entries(log_model, self.user).select_related("user", "content_type")
            if log_model is PageLogEntry:
                queryset = queryset.filter(page__in=self.region_pages().values("pk"))
            entries.extend(queryset.order_by("-timestamp")[:ROWS])
        entries.sort(key=lambda entry: entry.timestamp, reverse=True)
        return [
            Row(
                entry.label,
                finder.get_edit_url(_object_of(entry)) or "",
                _detail(entry.user_display_name, _date(entry.timestamp)),
                _action_label(entry),
            )
            for entry in entries[:ROWS]
        ]


def _action_label(entry):
    formatter = log_action_registry.get_formatter(entry)
    return str(formatter.label) if formatter else entry.action


def _object_of(entry):
    if isinstance(entry, PageLogEntry):
        return Page.objects.filter(pk=entry.page_id).first()
    model = entry.content_type.model_class()
    return model._default_manager.filter(pk=entry.object_id).first() if model else None


def _date(value):
    from django.utils.formats import date_format

    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
        return date_format(value, "SHORT_DATETIME_FORMAT")
    return date_format(value, "SHORT_DATE_FORMAT") if value else ""


def _detail(*parts):
    return " · ".join(str(part) for part in parts if part)


PANELS = (MyDraftsPanel, ReviewDuePanel, TranslationsPanel, RegionChangesPanel)


def editor_panels(request, panels):
    """`construct_homepage_panels` hook: the editors' panels, for people who edit a region."""
    site_ids = regions.editor_site_ids(request.user)
    if not site_ids:
        return
    panels.extend(panel(request.user, site_ids) for panel in PANELS)
