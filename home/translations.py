"""The translation lifecycle on top of wagtail-localize.

- *Snippets follow their source.* When a source snippet (a Dutch channel, service, ...) is
  saved, its translation source is re-read and every translation is brought along at
  once: in full when every text has a translation, otherwise only the synchronised
  fields (opening hours, 'always open', numbers, relations), so English never says
  "closed now" while Dutch says "nu open", and never shows the new Dutch text either.
  Such a translation is *out of date* until a translator fills in the changed texts.
- *Page translations start as drafts* (`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE =
  False`): "Vertaal deze pagina" makes an English draft, out of the sitemap and search,
  that goes live when the translator publishes it.
- *Unpublishing or deleting a source page takes its translations along* (the
  `construct_translated_pages_to_cascade_actions` hook in `home/wagtail_hooks.py`), and
  Wagtail's confirmation says so.
- `translation_work(...)` lists what is to do: translations with texts still
  untranslated (out of date), page translations whose source changed after they were
  made, and sources without a translation.
"""

from dataclasses import dataclass

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Sum, Value, When
from wagtail.models import Locale, Page, TranslatableMixin


def sync_translations_of(instance):
    """Bring every translation of a source snippet up to date after it was saved (see the
    module docstring). Does nothing for an object that is not a translation source."""
    from wagtail_localize.fields import copy_synchronised_fields
    from wagtail_localize.models import TranslationSource

    if isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return
    if not TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).exists():
        return
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        total, done = translation.get_progress()
        if done >= total:
            translation.save_target(publish=True)
            continue
        target = instance.get_translations().filter(locale=translation.target_locale).first()
        if target is not None:
            copy_synchronised_fields(instance, target)
            target.save()


class SyncedTranslationsMixin:
    """For translatable snippets: after every save of a source object its translations
    follow (`sync_translations_of`). After `save()` rather than on `post_save`, because a
    clusterable model writes its child rows (opening hours) after the signal."""

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        sync_translations_of(self)


# ---- what is still to be translated -------------------------------------------------------


def progress_by_source(source_ids, locale_id):
    """{source id: (segments, translated segments)} into one locale, in one query (what
    wagtail-localize's `Translation.get_progress` gives for one translation)."""
    from wagtail_localize.models import StringSegment, StringTranslation

    translated = Exists(
        StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale_id,
            has_error=False,
        )
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .annotate(done=Case(When(translated, then=Value(1)), default=Value(0), output_field=IntegerField()))
        .values("source_id")
        .annotate(total=Count("id"), translated=Sum("done"))
    )
    return {row["source_id"]: (row["total"], row["translated"] or 0) for row in rows}


@dataclass
class TranslationTask:
    """One thing for a translator: `kind` is 'out_of_date' or 'missing'."""

    kind: str
    source: object  # the source page or snippet
    target_locale: Locale
    translation: object = None  # wagtail_localize.models.Translation
    total: int = 0
    translated: int = 0

    @property
    def title(self):
        return str(self.source.get_admin_display_title() if isinstance(self.source, Page) else self.source)

    @property
    def type_name(self):
        return type(self.source)._meta.verbose_name


def translation_work(pages, snippets, target_locale):
    """What is to do for `target_locale` over `pages` (a queryset of source-language pages)
    and `snippets` (querysets of source-language snippets): out-of-date translations first,
    then missing ones. A handful of queries per queryset, whatever their size."""
    from wagtail_localize.models import TranslationSource

    tasks = []
    for queryset in [pages.specific(), *snippets]:
        objects = list(queryset)
        if not objects:
            continue
        by_key = {obj.translation_key: obj for obj in objects}
        sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(
                object_id__in=by_key, locale_id=objects[0].locale_id
            ).prefetch_related("translations")
        }
        progress = progress_by_source([source.pk for source in sources.values()], target_locale.pk)
        model = type(objects[0]) if not isinstance(objects[0], Page) else Page
        translated_keys = set(
            model._default_manager.filter(locale=target_locale, translation_key__in=by_key).values_list(
                "translation_key", flat=True
            )
        )
        for key, obj in by_key.items():
            if key not in translated_keys:
                tasks.append(TranslationTask("missing", obj, target_locale))
                continue
            source = sources.get(key)
            translation = source and next(
                (t for t in source.translations.all() if t.target_locale_id == target_locale.pk), None
            )
            if not translation:
                continue  # translated by hand, outside wagtail-localize
            total, done = progress.get(source.pk, (0, 0))
            changed_since = (
                isinstance(obj, Page)
                and obj.last_published_at is not None
                and obj.last_published_at > source.last_updated_at
            )
            if done < total or changed_since:
                tasks.append(TranslationTask("out_of_date", obj, target_locale, translation, total, done))
    tasks.sort(key=lambda task: (task.kind != "out_of_date", task.title))
    return tasks
