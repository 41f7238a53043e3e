"""The demo content files (home/demo/content/, see SCHEMA.md): they parse, every Dutch text
has its English, and rich text written as Markdown becomes the HTML the pages store."""

import importlib.util
import shutil
from pathlib import Path

import polib
import pytest

from home.demo.content.loader import CONTENT, ContentError, read_content, unused_translations
from home.demo.text import T

PAGE = "pages/sociale-kaart.md"
PARAGRAPH = "Bij direct gevaar bel je 112. Bij geweld of zorgen over veiligheid bel je Veilig Thuis: 0800-2000, gratis en dag en nacht."  # noqa: E501


@pytest.fixture
def content(tmp_path):
    """A copy of the content files to change."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def change_catalogue(folder, change):
    catalogue = polib.pofile(str(folder / "en.po"))
    change(catalogue)
    catalogue.save()


def test_the_content_files_parse_and_every_dutch_text_has_its_english():
    content = read_content(CONTENT)  # a text without English raises ContentError

    assert len(content.regions) == 2
    assert content.parent_topic_pages[0]["slug"] == T("ouderschapsplan", "parenting-plan")
    assert all(page["title"].en for region in content.regions for page in region["sections"].values())


def test_the_catalogue_has_no_entries_that_no_file_uses():
    assert unused_translations() == []


@pytest.mark.parametrize("how", ["missing", "empty", "fuzzy"])
def test_a_dutch_text_without_english_stops_the_demo(content, how):
    def untranslate(catalogue):
        entry = catalogue.find(PARAGRAPH)
        if how == "missing":
            catalogue.remove(entry)
        elif how == "empty":
            entry.msgstr = ""
        else:
            entry.flags.append("fuzzy")

    change_catalogue(content, untranslate)

    with pytest.raises(ContentError, match=r"Dutch texts without English .*: 1\n") as error:
        read_content(content)
    assert f"{PAGE}: '{PARAGRAPH[:40]}" in str(error.value)


def test_rich_text_is_markdown_stored_as_html_and_translated_per_paragraph(content):
    page = content / PAGE
    page.write_text(
        page.read_text()
        + "\n## Hulp\n\nBel **altijd** [112](tel:112) bij *direct* gevaar.\n\n- een\n- twee\n",
    )

    def translate(catalogue):
        for dutch, english in [
            ("Hulp", "Help"),
            ("Bel **altijd** [112](tel:112) bij *direct* gevaar.", "*Always* call [112](tel:112) in danger."),
            ("een", "one"),
            ("twee", "two"),
        ]:
            catalogue.append(polib.POEntry(msgid=dutch, msgstr=english))

    change_catalogue(content, translate)

    body = read_content(content).services_directory_page["body"]
    assert body[-1] == (
        "paragraph",
        T(
            '<h2>Hulp</h2><p>Bel <b>altijd</b> <a href="tel:112">112</a> bij <i>direct</i> gevaar.</p>'
            "<ul><li>een</li><li>twee</li></ul>",
            '<h2>Help</h2><p><i>Always</i> call <a href="tel:112">112</a> in danger.</p>'
            "<ul><li>one</li><li>two</li></ul>",
        ),
    )


@pytest.mark.parametrize(
    "markdown",
    [
        "Kijk op [onze site](https://example.org).",
        "# Een kop te veel",
        "> Een citaat",
        "<b>HTML</b> is tekst",
    ],
)
def test_rich_text_outside_the_allowed_markdown_is_an_error(content, markdown):
    page = content / PAGE
    page.write_text(page.read_text() + f"\n{markdown}\n")
    change_catalogue(content, lambda catalogue: catalogue.append(polib.POEntry(msgid=markdown, msgstr="x")))

    with pytest.raises(ContentError, match=PAGE):
        read_content(content)


def test_a_translation_with_the_files_path_as_context_applies_to_that_file_only(content):
    """One Dutch text, two translations: the exception names its file in msgctxt."""
    english = "If you are in danger, call 112."
    change_catalogue(
        content, lambda c: c.append(polib.POEntry(msgctxt=PAGE, msgid=PARAGRAPH, msgstr=english))
    )

    callout = read_content(content).services_directory_page["body"][0]
    assert callout[0] == "callout"
    assert callout[1]["text"] == T(f"<p>{PARAGRAPH}</p>", f"<p>{english}</p>")


def test_demo_messages_adds_a_changed_text_to_translate_and_retires_the_old_one(content):
    script = Path(__file__).resolve().parents[2] / "scripts" / "demo_messages.py"
    spec = importlib.util.spec_from_file_location("demo_messages", script)
    demo_messages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo_messages)
    page = content / PAGE
    page.write_text(page.read_text().replace(PARAGRAPH, "Bij direct gevaar bel je 112."))

    assert demo_messages.update_catalogue(content) == (1, 1)

    catalogue = polib.pofile(str(content / "en.po"))
    assert catalogue.find("Bij direct gevaar bel je 112.").msgstr == ""
    assert catalogue.find(PARAGRAPH, include_obsolete_entries=True).obsolete
    with pytest.raises(ContentError, match="Bij direct gevaar bel je 112."):
        read_content(content)
