"""Translation through wagtail-localize: synchronised fields follow the Dutch source,
translated fields keep the translator's text."""

import datetime

import pytest
from wagtail_localize.models import Translation, TranslationSource

from home.choices import Audience, EvidenceLevel
from home.models import ContactChannel, KnowledgeArticlePage, ServiceOffer, TopicPage
from tests.factories import KnowledgeArticlePageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def translate(instance, locale, texts):
    """Translate as a translator would: fill in the PO file, import it, publish."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = texts.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def sync(instance):
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)


def test_synchronised_fields_follow_the_source_and_translations_stay(section, english):
    article = KnowledgeArticlePageFactory(parent=section(Audience.PROFESSIONALS), title="Werkkaart")
    translated = translate(article, english, {"Werkkaart": "Work card", "Samenvatting.": "Summary."})
    assert translated.title == "Work card"

    topic = TopicFactory()
    article.evidence_level = EvidenceLevel.GOOD
    article.last_reviewed = datetime.date(2026, 6, 1)
    article.topics.set([topic])
    article.save_revision().publish()
    sync(article)

    translated = KnowledgeArticlePage.objects.get(pk=translated.pk)
    assert translated.evidence_level == EvidenceLevel.GOOD
    assert translated.last_reviewed == datetime.date(2026, 6, 1)
    assert list(translated.topics.all()) == [topic]
    assert translated.title == "Work card", "a translated field must not be overwritten by a sync"
    assert translated.summary == "Summary."


def test_every_page_type_and_snippet_declares_its_translatable_fields():
    from django.apps import apps
    from wagtail.models import TranslatableMixin

    for model in apps.get_app_config("home").get_models():
        if issubclass(model, TranslatableMixin) and not model._meta.abstract:
            declared = {field.field_name for field in model.translatable_fields}
            assert declared, model
            for name in declared:
                model._meta.get_field(name)  # raises for a typo


def test_demo_english_pages_are_wagtail_localize_translations(lindeveld, english):
    topic_page = (
        TopicPage.objects.filter(locale__language_code="nl").descendant_of(lindeveld.root_page).first()
    )
    english_page = topic_page.get_translation(english)
    assert Translation.objects.filter(
        source__object_id=topic_page.translation_key, target_locale=english
    ).exists()
    assert english_page.summary != topic_page.summary
    for model in (ServiceOffer, ContactChannel):
        dutch = model.objects.filter(site=lindeveld, locale__language_code="nl").first()
        assert dutch.get_translation(english).name != ""
