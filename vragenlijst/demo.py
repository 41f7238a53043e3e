"""Demo values for the Scheidingswijzer: each written region's settings (who does the
expert pool's work where there is no pool, which services children see) and its
editable texts in Dutch, translated into English through wagtail-localize as an editor
would. Idempotent. Invented organisations and numbers only."""

from django.db import transaction
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from home.models import ServiceOffer
from vragenlijst.models import ScheidingswijzerSettings, ScheidingswijzerTexts

REGIONS = {
    "lindeveld": {
        "settings": {
            "safety_partner_name": "Veiligheidsteam Lindeveld",
            "safety_partner_phone": "0800-5550103",  # invented
        },
        "children_services": ["Kindergroep Stevig in twee huizen"],
        "texts": {
            "intro": (
                "Een paar korte vragen over jouw situatie. Daarna zie je welke hulp in Lindeveld bij je "
                "past, in jouw gemeente, en waarom.",
                "A few short questions about your situation. Then you see which help in Lindeveld suits you, "
                "in your municipality, and why.",
            ),
            # Not on a question whose name the storage sweep looks for (tests/portal): a help
            # text's question name in the CMS is editors' content, no visitor's answer.
            "help_texts": [
                (
                    "agreements",
                    (
                        "Ook afspraken die jullie alleen mondeling maakten, tellen mee.",
                        "Agreements you only made by word of mouth count too.",
                    ),
                ),
            ],
            "result_texts": [
                (
                    "samenwerkende-ouders",
                    "",
                    (
                        "Jullie kunnen als ouders samen dingen regelen. Daar past het vrij toegankelijke "
                        "aanbod in je gemeente goed bij, zoals de informatieavond en de oudercursus. Je "
                        "hebt er geen verwijzing voor nodig.",
                        "As parents you can arrange things together. The freely accessible services in your "
                        "municipality suit that well, such as the information evening and the parenting "
                        "course. You do not need a referral for them.",
                    ),
                ),
            ],
        },
    },
    "kustmeren": {
        "settings": {},  # Kustmeren has its own expert pool
        "children_services": ["Kindergroep De Vuurtoren", "Jongerengroep Eigen Koers"],
        "texts": {
            "intro": (
                "Beantwoord een paar korte vragen. Je ziet daarna welke hulp er aan de kust voor je is, en "
                "waarom. Je naam hoeft niet.",
                "Answer a few short questions. You then see which help there is for you on the coast, and "
                "why. You do not have to give your name.",
            ),
            "help_texts": [
                (
                    "child_ages",
                    (
                        "Ook kinderen die al uit huis zijn, als het over hen gaat.",
                        "Also children who have left home, if it is about them.",
                    ),
                ),
            ],
            "result_texts": [],
        },
    },
}


def build_demo(*, port=8000, report=print):
    dutch, english = Locale.objects.get(language_code="nl"), Locale.objects.filter(language_code="en").first()
    for slug, region in REGIONS.items():
        site = Site.objects.filter(hostname=f"{slug}.localhost").first()
        if site is None:
            continue
        with transaction.atomic():
            _settings(site, region)
            texts = _dutch_texts(site, dutch, region["texts"])
        if english is not None:
            _translate(texts, english, region["texts"])
    report("Scheidingswijzer: safety partners, children's services and editable texts ready.")


def _settings(site, region):
    settings = ScheidingswijzerSettings.for_site(site)
    for name, value in region["settings"].items():
        setattr(settings, name, value)
    settings.save()
    services = ServiceOffer.objects.filter(
        site=site, locale__language_code="nl", name__in=region["children_services"]
    )
    settings.children_services.set(services)


def _dutch_texts(site, dutch, data):
    texts = ScheidingswijzerTexts.objects.filter(site=site, locale=dutch).first()
    if texts is not None:
        return texts
    return ScheidingswijzerTexts.objects.create(
        site=site,
        locale=dutch,
        intro=data["intro"][0],
        help_texts=[("vraag", {"question": name, "help_text": text[0]}) for name, text in data["help_texts"]],
        result_texts=[
            ("uitkomst", {"rule": rule, "heading": heading, "reason": reason[0]})
            for rule, heading, reason in data["result_texts"]
        ],
    )


def _english_by_dutch(data):
    pairs = {data["intro"][0]: data["intro"][1]}
    pairs.update({text[0]: text[1] for _name, text in data["help_texts"]})
    pairs.update({reason[0]: reason[1] for _rule, _heading, reason in data["result_texts"]})
    return pairs


def _translate(texts, english, data):
    """Into English through wagtail-localize's PO export and import, unless done already."""
    if texts.get_translations().filter(locale=english).exists():
        return
    source, _created = TranslationSource.get_or_create_from_instance(texts)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=english, defaults={"enabled": True}
    )
    pairs = _english_by_dutch(data)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = pairs.get(entry.msgid, entry.msgid)
    translation.import_po(po, tool_name="demo content")
    translation.save_target(publish=True)
