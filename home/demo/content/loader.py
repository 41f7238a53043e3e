"""Reads the demo content files into the data the builder uses (see SCHEMA.md).

Pages are Markdown files with TOML front matter, the lists (topics, stories, documents,
images, regions) are TOML files; all of them in Dutch. The English comes from the
catalogue `en.po`: its msgid is a Dutch text, its msgstr the English. `load_content()`
turns each text into a `T(nl, en)` pair and each piece of rich text (Markdown) into the
HTML the pages store, so the builder reads the same data it did when the content was
written in Python. A Dutch text without a (non-fuzzy) English translation is an error.
"""

import copy
import tomllib
from dataclasses import dataclass
from pathlib import Path

import polib
from markdown_it import MarkdownIt

from home.demo.text import T

CONTENT = Path(__file__).resolve().parent

# Texts that are translated, by where they stand; every other value is a key, a code or a
# name that stays as written. An empty text stays "" (there is nothing to translate).
PAGE_TEXTS = {
    "title",
    "summary",
    "intro",
    "cost_and_time",
    "waiting_list",
    "not_suitable_when",
    "self_assessment_heading",
    "self_assessment_text",
}
BLOCK_TEXTS = {
    "heading",
    "title",
    "text",
    "label",
    "description",
    "alt_text",
    "caption",
    "header",
    "cells",
    "question",
    "answer",
    "body",
}
# Block fields written as Markdown and stored as HTML (a paragraph block is rich text whole).
RICH_TEXT = {"callout": {"text"}, "expandable": {"body"}, "faq": {"answer"}}
LIST_TEXTS = {
    "topics": {"name"},
    "stories": {"title", "quote", "teller"},
    "documents": set(),
    "images": set(),
    "channels": {"name", "description"},
    "services": {"name", "provider", "summary", "cost_note"},
    "experts": {"organisation", "bio"},
}
STREAMS = {"body", "deepening", "next_steps", "why_it_fits", "guide"}
BLOCKS = {
    "callout",
    "expandable",
    "steps",
    "quote",
    "services",
    "channel",
    "document",
    "image",
    "table",
    "faq",
    "call_to_action",
    "question",
}
# The page lists, each a folder of pages/ whose files are in the order of their numbers.
PAGE_LISTS = {
    "parent_topic_pages": "parent-topics",
    "option_pages": "options",
    "child_pages": "children",
    "youth_pages": "youth",
    "professional_topic_pages": "professional-topics",
    "knowledge_articles": "knowledge-articles",
    "standard_pages": "standard",
}
# Rich text: paragraphs, ## and ### headings, lists, bold, italic and links to tel: numbers.
RICH_TEXT_BLOCK_TOKENS = {
    "paragraph_open",
    "paragraph_close",
    "heading_open",
    "heading_close",
    "bullet_list_open",
    "bullet_list_close",
    "ordered_list_open",
    "ordered_list_close",
    "list_item_open",
    "list_item_close",
    "inline",
}
RICH_TEXT_INLINE_TOKENS = {
    "text",
    "softbreak",
    "strong_open",
    "strong_close",
    "em_open",
    "em_close",
    "link_open",
    "link_close",
}


class ContentError(ValueError):
    """A content file that cannot be read, or Dutch texts without their English."""


@dataclass(frozen=True)
class DemoContent:
    """Everything the demo builder makes, in the order it makes it (SCHEMA.md)."""

    topics: list
    stories: list
    documents: list
    images: list
    parent_topic_pages: list
    option_pages: list
    child_pages: list
    youth_pages: list
    professional_topic_pages: list
    knowledge_articles: list
    standard_pages: list
    services_directory_page: dict
    regions: list


def load_content():
    """The demo content of this package (read afresh: about a tenth of a second)."""
    return read_content(CONTENT)


def read_content(folder):
    """The content in `folder` (laid out as this package is); raises ContentError."""
    reader = ContentReader(Path(folder))
    content = reader.read()
    reader.catalogue.check_complete()
    return content


def unused_translations(folder=CONTENT):
    """(msgctxt, msgid) of the catalogue's entries that no content file asks for."""
    reader = ContentReader(Path(folder))
    reader.read()
    return reader.catalogue.unused()


def texts_to_translate(folder=CONTENT):
    """(file, Dutch text) of every text the content files have, in reading order."""
    reader = ContentReader(Path(folder))
    reader.read()
    return reader.catalogue.asked


class Catalogue:
    """The English of the Dutch texts, from a PO file; remembers what was asked for.

    An entry whose msgctxt is a content file's path (e.g. `pages/options/01-mediation.md`)
    translates its msgid in that file only: for a Dutch text with two translations.
    """

    def __init__(self, path):
        self.path = path
        self.entries = {
            (entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(path)) if not entry.obsolete
        }
        self.missing = []
        self.used = set()
        self.asked = []

    def english(self, dutch, where):
        self.asked.append((where, dutch))
        for key in ((where, dutch), (None, dutch)):
            entry = self.entries.get(key)
            if entry is not None:
                self.used.add(key)
                if entry.msgstr and "fuzzy" not in entry.flags:
                    return entry.msgstr
                break
        self.missing.append((where, dutch))
        return dutch

    def check_complete(self):
        if self.missing:
            listed = "\n".join(f"  {where}: {dutch!r}" for where, dutch in self.missing[:20])
            more = f"\n  ... and {len(self.missing) - 20} more" if len(self.missing) > 20 else ""
            raise ContentError(
                f"Dutch texts without English (or with a fuzzy one) in {self.path.name}: "
                f"{len(self.missing)}\n{listed}{more}"
            )

    def unused(self):
        """Entries no content file asks for (left over after a Dutch text changed)."""
        return sorted((key for key in self.entries if key not in self.used), key=lambda key: key[1])


class RichText:
    """Markdown in the allowed subset, rendered as the HTML of a Wagtail rich text field."""

    def __init__(self):
        # HTML is recognised only to be refused (`check`).
        self.markdown = MarkdownIt("commonmark", {"html": True})
        rules = {
            "strong_open": "<b>",
            "strong_close": "</b>",
            "em_open": "<i>",
            "em_close": "</i>",
            "softbreak": " ",
        }
        for name, html in rules.items():
            self.markdown.add_render_rule(name, lambda *args, html=html: html)

    def parse(self, source):
        return self.markdown.parse(source)

    def check(self, tokens, where):
        for token in tokens:
            allowed = token.type in RICH_TEXT_BLOCK_TOKENS and token.tag not in {"h1", "h4", "h5", "h6"}
            if not allowed:
                raise ContentError(f"{where}: {token.type} {token.tag} is not allowed in rich text")
            for child in token.children or []:
                if child.type not in RICH_TEXT_INLINE_TOKENS:
                    raise ContentError(
                        f"{where}: {child.type} is not allowed in rich text: {token.content!r}"
                    )
                if child.type == "link_open" and not child.attrGet("href").startswith("tel:"):
                    raise ContentError(f"{where}: links go to tel: numbers only: {token.content!r}")

    def render(self, tokens):
        # Wagtail stores rich text without line breaks between the elements.
        return self.markdown.renderer.render(tokens, self.markdown.options, {}).replace("\n", "")

    def translated(self, tokens, english):
        """The tokens with each paragraph, heading and list item's text in English."""
        tokens = copy.deepcopy(tokens)
        for token in tokens:
            if token.type == "inline":
                token.children = self.markdown.parseInline(english(segment(token)))[0].children
        return tokens


def segment(inline_token):
    """The Dutch text of a paragraph, heading or list item: its Markdown, on one line."""
    return " ".join(line.strip() for line in inline_token.content.splitlines())


class ContentReader:
    def __init__(self, folder):
        self.folder = folder
        self.catalogue = Catalogue(folder / "en.po")
        self.rich_text = RichText()

    def read(self):
        """Everything, in the order the builder makes it (which is also the catalogue's)."""
        lists = {name: self.toml_list(name) for name in ("topics", "stories", "documents", "images")}
        pages = {
            name: [self.page(path, slug=True) for path in self.numbered(self.folder / "pages" / folder)]
            for name, folder in PAGE_LISTS.items()
        }
        services_directory_page = self.page(self.folder / "pages" / "sociale-kaart.md", slug=True)
        guides = {path.stem: self.page(path)["guide"] for path in sorted(self.folder.glob("guides/*.md"))}
        regions = [self.region(folder, guides) for folder in self.numbered(self.folder / "regions")]
        return DemoContent(**lists, **pages, services_directory_page=services_directory_page, regions=regions)

    @staticmethod
    def numbered(folder):
        """The files or folders `NN-<name>` in `folder`, in the order of their numbers."""
        return sorted((path for path in folder.iterdir() if path.name[:2].isdigit()), key=lambda p: p.name)

    @staticmethod
    def name(path):
        """A file's or folder's name without its number and suffix: `01-ouders.md` is `ouders`."""
        stem = path.stem if path.is_file() else path.name
        number, _dash, name = stem.partition("-")
        return name if number.isdigit() else stem

    def where(self, path):
        return path.relative_to(self.folder).as_posix()

    def text(self, dutch, where):
        return T(dutch, self.catalogue.english(dutch, where)) if dutch else dutch

    def texts(self, data, names, where):
        """`data` with its values under `names` translated (a list of texts item by item)."""
        result = {}
        for key, value in data.items():
            if key in names and isinstance(value, str):
                value = self.text(value, where)
            elif key in names and isinstance(value, list):
                value = [self.text(item, where) for item in value]
            result[key] = value
        return result

    def toml(self, path):
        try:
            return tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise ContentError(f"{self.where(path)}: {error}") from error

    def toml_list(self, name):
        path = self.folder / f"{name}.toml"
        return [self.texts(item, LIST_TEXTS[name], self.where(path)) for item in self.toml(path)[name]]

    # ---- pages -----------------------------------------------------------------------------

    def page(self, path, *, slug=False):
        """A page file: TOML front matter between `+++` lines, then its streams, each under a
        `# <stream name>` heading. With `slug`, the file's name is the page's Dutch slug."""
        where = self.where(path)
        front_matter, body = split_front_matter(path.read_text(encoding="utf-8"), where)
        try:
            data = tomllib.loads(front_matter)
        except tomllib.TOMLDecodeError as error:
            raise ContentError(f"{where}: front matter: {error}") from error
        page = {"slug": self.text(self.name(path), where)} if slug else {}
        page.update(self.texts(data, PAGE_TEXTS, where))
        page.update(self.streams(body, where))
        return page

    def streams(self, body, where):
        """The streams of a page body: fenced blocks, and the Markdown between them as
        paragraph blocks."""
        streams, blocks, run = {}, None, []
        tokens = iter(self.rich_text.parse(body))
        for token in tokens:
            stream_heading = token.type == "heading_open" and token.tag == "h1"
            if run and (stream_heading or token.type == "fence"):
                blocks.append(("paragraph", self.rich(run, where)))
                run = []
            if stream_heading:
                name = next(tokens).content.strip()
                next(tokens)  # the heading's end
                if name not in STREAMS or name in streams:
                    raise ContentError(
                        f"{where}: unknown or repeated stream {name!r} (one of {sorted(STREAMS)})"
                    )
                blocks = streams[name] = []
            elif blocks is None:
                raise ContentError(f"{where}: text before the first `# <stream>` heading")
            elif token.type == "fence":
                blocks.append(self.block(token, where))
            else:
                run.append(token)
        if run:
            blocks.append(("paragraph", self.rich(run, where)))
        return streams

    def block(self, fence, where):
        block_type = fence.info.strip()
        if block_type not in BLOCKS:
            raise ContentError(f"{where}: unknown block {block_type!r} (one of {sorted(BLOCKS)})")
        try:
            value = tomllib.loads(fence.content)
        except tomllib.TOMLDecodeError as error:
            raise ContentError(f"{where}: block {block_type}: {error}") from error
        return block_type, self.block_value(value, RICH_TEXT.get(block_type, set()), where)

    def block_value(self, value, rich, where, key=None):
        if isinstance(value, dict):
            return {name: self.block_value(item, rich, where, name) for name, item in value.items()}
        if isinstance(value, list):
            return [self.block_value(item, rich, where, key) for item in value]
        if isinstance(value, str) and key in BLOCK_TEXTS and value:
            return self.rich(self.rich_text.parse(value), where) if key in rich else self.text(value, where)
        return value

    def rich(self, tokens, where):
        """Rich text in Dutch and English: the Dutch HTML, and the same HTML with each
        paragraph, heading and list item translated."""
        self.rich_text.check(tokens, where)
        english = self.rich_text.translated(tokens, lambda dutch: self.catalogue.english(dutch, where))
        return T(self.rich_text.render(tokens), self.rich_text.render(english))

    # ---- regions ----------------------------------------------------------------------------

    def region(self, folder, guides):
        """A region's folder: region.toml (settings, municipalities, channels, services,
        experts, knowledge articles), home.md and sections/NN-<slug>.md."""
        path = folder / "region.toml"
        where = self.where(path)
        data = self.toml(path)
        region = {"key": self.name(folder)}
        for key, value in data.items():
            if key in LIST_TEXTS:
                value = [self.texts(item, LIST_TEXTS[key], where) for item in value]
            region[key] = value
        region["home"] = self.page(folder / "home.md")
        region["sections"] = {}
        for section_path in self.numbered(folder / "sections"):
            section = self.page(section_path, slug=True)
            if section.get("guide") not in guides or "audience" not in section:
                raise ContentError(f"{self.where(section_path)}: needs an audience and a guide in guides/")
            section["guide"] = guides[section["guide"]]  # a guide is shared by regions
            region["sections"][section.pop("audience")] = section
        return region


def split_front_matter(source, where):
    """(front matter, body) of a page file; the front matter is optional."""
    if not source.startswith("+++\n"):
        return "", source
    front_matter, separator, body = source.removeprefix("+++\n").partition("\n+++\n")
    if not separator:
        raise ContentError(f"{where}: the front matter has no closing `+++` line")
    return front_matter, body
