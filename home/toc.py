"""'Op deze pagina': a table of contents for long pages.

Entries come from the page's own sections (In het kort, Verdieping, ...) and from the
body: each second-level heading in a text block and each block that opens with its own
heading. Anchors are stable: `<block id>` for a block, `<block id>-<n>` for the n-th
heading in a text block.

Each anchor is worked out once: a page type's fixed sections are `Section`s that its
template writes (`sections.<name>.anchor` and `.title`) and the table of contents links
to; a text block's headings get their ids in `anchored`, which gives the rendered text
(for the paragraph template, `|richtext_with_anchors`) and the entries (for the table of
contents) from the same pass.
"""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.html import strip_tags
from wagtail.rich_text import RichText

from home.rich_text import expanded

# Long enough to be worth a table of contents.
MIN_ENTRIES = 4

HEADING_RE = re.compile(r"<h2\b([^>]*)>(.*?)</h2>", re.IGNORECASE | re.DOTALL)
ID_ATTRIBUTE_RE = re.compile(r"""\sid\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)

# Blocks whose template renders `value.heading` as an <h2 id="<block id>">.
BLOCKS_WITH_HEADING = {"steps", "faq", "services"}


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str


@dataclass(frozen=True)
class Section:
    """A fixed section of a page type, named once: the page's template writes its heading
    with this anchor and title, and the table of contents links to it."""

    anchor: str
    title: str  # a lazy translation

    @property
    def entry(self):
        return TocEntry(self.anchor, str(self.title))


def add_heading_ids(html, prefix):
    """Rendered rich text with the id `<prefix>-<n>` on its n-th <h2> (counting from 1;
    a heading that has an id keeps it), and the table-of-contents entries of its headings."""
    counter = 0
    entries = []

    def replace(match):
        nonlocal counter
        counter += 1
        attrs, inner = match.group(1), match.group(2)
        existing = ID_ATTRIBUTE_RE.search(attrs)
        anchor = existing.group(1) if existing else f"{prefix}-{counter}"
        entries.append(TocEntry(anchor, strip_tags(inner).strip()))
        return match.group(0) if existing else f'<h2 id="{anchor}"{attrs}>{inner}</h2>'

    return HEADING_RE.sub(replace, str(html or "")), entries


def anchored(value, prefix):
    """`add_heading_ids` of a rich-text value as it renders (`home.rich_text.expanded`),
    once per value object, language and prefix: the view's table of contents and the
    paragraph template read the same result."""
    if not isinstance(value, RichText):
        return add_heading_ids(expanded(value), prefix)
    done = value.__dict__.setdefault("_anchored_html", {})
    key = (translation.get_language(), prefix)
    if key not in done:
        done[key] = add_heading_ids(expanded(value), prefix)
    return done[key]


def stream_entries(stream):
    """Table-of-contents entries for the blocks of a StreamField value."""
    entries = []
    for child in stream or []:
        if child.block_type == "paragraph":
            _html, headings = anchored(child.value, child.id)
            entries += [heading for heading in headings if heading.title]
        elif child.block_type in BLOCKS_WITH_HEADING:
            heading = child.value.get("heading") if hasattr(child.value, "get") else None
            if heading:
                entries.append(TocEntry(str(child.id), str(heading)))
    return entries


def table_of_contents(entries):
    """The entries to show, or an empty list for a page too short to need them."""
    entries = [entry for entry in entries if entry.title]
    return entries if len(entries) >= MIN_ENTRIES else []
