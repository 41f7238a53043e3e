"""'Op deze pagina': a table of contents for long pages.

Entries come from the page's own sections (In het kort, Verdieping, ...) and from the
body: each second-level heading in a text block and each block that opens with its own
heading. Anchors are stable: `<block id>` for a block, `<block id>-<n>` for the n-th
heading in a text block (the paragraph template adds those ids when it renders).
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

# Long enough to be worth a table of contents.
MIN_ENTRIES = 4

HEADING_RE = re.compile(r"<h2\b([^>]*)>(.*?)</h2>", re.IGNORECASE | re.DOTALL)
ID_ATTRIBUTE_RE = re.compile(r"\sid\s*=", re.IGNORECASE)

# Blocks whose template renders `value.heading` as an <h2 id="<block id>">.
BLOCKS_WITH_HEADING = {"steps", "faq", "services"}


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str


def rich_text_headings(html):
    """The text of every <h2> in a piece of rich text, in order."""
    return [strip_tags(inner).strip() for _attrs, inner in HEADING_RE.findall(str(html or ""))]


def add_heading_ids(html, prefix):
    """Give the n-th <h2> of rendered rich text the id `<prefix>-<n>` (counting from 1),
    leaving headings that already have an id alone."""
    counter = 0

    def replace(match):
        nonlocal counter
        counter += 1
        attrs, inner = match.group(1), match.group(2)
        if ID_ATTRIBUTE_RE.search(attrs):
            return match.group(0)
        return f'<h2 id="{prefix}-{counter}"{attrs}>{inner}</h2>'

    return HEADING_RE.sub(replace, str(html or ""))


def stream_entries(stream):
    """Table-of-contents entries for the blocks of a StreamField value."""
    entries = []
    for child in stream or []:
        if child.block_type == "paragraph":
            source = getattr(child.value, "source", child.value)
            for number, title in enumerate(rich_text_headings(source), start=1):
                if title:
                    entries.append(TocEntry(f"{child.id}-{number}", title))
        elif child.block_type in BLOCKS_WITH_HEADING:
            heading = child.value.get("heading") if hasattr(child.value, "get") else None
            if heading:
                entries.append(TocEntry(str(child.id), str(heading)))
    return entries


def table_of_contents(entries):
    """The entries to show, or an empty list for a page too short to need them."""
    entries = [entry for entry in entries if entry.title]
    return entries if len(entries) >= MIN_ENTRIES else []
