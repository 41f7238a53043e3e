"""Reading rendered pages as a visitor does: the text they show, their links, their calls
to action. Used by the crawl of every sitemap page (`test_sitemap_crawl.py`); any page
of the portal (the Scheidingswijzer, the forms) can be checked with the same functions.

- `Document(html)`: a small element tree from the standard library's HTML parser.
- `dutch_on_english_page(document, markers)`: Dutch text a reader of an English page sees
  (text and the attributes a screen reader reads), outside parts marked as another
  language (`lang="nl"`: the language switch, a Dutch document's title).
- `calls_to_action_without_link(document, targets)`: phrases that tell the reader to do
  something (take the Scheidingswijzer, fill in a form) on a page without a link to it;
  steps and contact channels that say what to do but are no link; phone numbers that are
  no tel: link.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HIDDEN = {"script", "style", "template", "noscript"}
READ_ATTRIBUTES = ("aria-label", "alt", "title", "placeholder")

# Dutch function words that English text does not use (whole words, lower case: "De Linde"
# is a name). Names of people and places are taken out of the text first.
DUTCH_WORDS = frozenset(
    re.findall(
        r"\w+",
        "de het een van niet voor zijn ook naar wordt worden jouw geen deze bij maar hoe wat kun kunt "
        "heeft hebben je jij ik wij zij hun onze mijn aan uit dat als dan nog meer gratis gemeente "
        "ouders kinderen jongeren formulier",
    )
)
WORD = re.compile(r"[\w'’-]+")
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
PHONE_NUMBER = re.compile(
    r"(?<![\w:/.,+€-])(112|0[89]00[- ]?(?:\d{7}|\d{4})|0\d{2,3}[- ]?\d{6,7})(?![\w/-]|[.,]\d)"
)


@dataclass
class Element:
    tag: str
    attrs: dict
    parent: "Element | None" = None
    children: list = field(default_factory=list)  # Elements and strings

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def text(self):
        return " ".join(
            " ".join(child.split()) if isinstance(child, str) else child.text() for child in self.children
        ).strip()

    def links(self):
        return [element for element in self.iter() if element.tag == "a" and element.attrs.get("href")]

    def inside(self, tag):
        node = self.parent
        while node is not None:
            if node.tag == tag:
                return node
            node = node.parent
        return None


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), parent=self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, dict(attrs), parent=self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


class Document:
    def __init__(self, html):
        builder = _Builder()
        builder.feed(html)
        builder.close()
        self.root = builder.root

    def first(self, tag, **attrs):
        for element in self.root.iter():
            if element.tag == tag and all(element.attrs.get(k) == v for k, v in attrs.items()):
                return element
        return None

    def with_class(self, name):
        return [element for element in self.root.iter() if name in element.classes()]

    @property
    def main(self):
        return self.first("main") or self.root


def shown_text(element, language="en"):
    """The text of `element` a reader of `language` meets: its text and the attributes
    read out, without hidden elements and parts marked as another language."""
    parts = []

    def walk(node):
        if node.tag in HIDDEN or node.attrs.get("lang") not in (None, language):
            return
        if node.tag == "meta" and node.attrs.get("name") == "description":
            parts.append(node.attrs.get("content", ""))
        parts.extend(node.attrs[name] for name in READ_ATTRIBUTES if node.attrs.get(name))
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                walk(child)

    walk(element)
    return " ".join(" ".join(parts).split())


@dataclass(frozen=True)
class Markers:
    """What gives Dutch away: function words, interface strings (msgids of the English
    catalogue whose translation differs) and sentences of the Dutch demo texts; and the
    proper names (people, places, organisations) to take out of the text first."""

    words: frozenset
    interface_strings: tuple
    sentences: frozenset
    names: tuple = ()


def sentences(text):
    return [" ".join(WORD.findall(sentence.lower())) for sentence in SENTENCE_END.split(text)]


def dutch_on_english_page(document, markers):
    """Dutch a reader of this English page sees: a list of (kind, what, context)."""
    text = shown_text(document.root)
    for name in markers.names:
        text = text.replace(name, " ")
    found = []
    for match in WORD.finditer(text):
        if match.group(0) in markers.words:
            found.append(("word", match.group(0), text[max(0, match.start() - 40) : match.end() + 40]))
    for string in markers.interface_strings:
        if string in text:
            found.append(("interface", string, ""))
    for sentence in sentences(text):
        if len(sentence.split()) >= 4 and sentence in markers.sentences:
            found.append(("content", sentence, ""))
    return found


@dataclass(frozen=True)
class Target:
    """Where a call to action should lead: a name, the paths that count as reaching it,
    and the phrases (regular expressions, lower case) that call for it."""

    name: str
    paths: tuple
    phrases: tuple


def _reaches(link, paths):
    href = link.attrs.get("href", "").split("?", 1)[0].split("#", 1)[0]
    href = re.sub(r"^https?://[^/]+", "", href)
    return any(href == path or href.startswith(path) for path in paths)


def calls_to_action_without_link(document, targets):
    """Calls to action that do not take the reader where they say: a list of (kind, what).

    - a phrase of a target in the main content while the page links nowhere to it;
    - a step whose title is such a phrase but no link;
    - a contact channel (other than a walk-in address) that is no link;
    - a phone number that is not inside a tel: link with the same digits."""
    main = document.main
    text = shown_text(main).lower()
    links = document.root.links()
    missing = []
    for target in targets:
        for phrase in target.phrases:
            match = re.search(phrase, text)
            if match and not any(_reaches(link, target.paths) for link in links):
                missing.append(("no link to " + target.name, match.group(0)))
    for title in document.with_class("steps__title"):
        words = title.text().lower()
        for target in targets:
            if any(re.search(phrase, words) for phrase in target.phrases) and not title.links():
                missing.append(("step without link", title.text()))
    for channel in document.with_class("channel") + document.with_class("channel-card"):
        if channel.classes() & {"channel--inloop", "channel-card--inloop"}:
            continue  # an address to walk in to
        if not channel.links():
            missing.append(("channel without link", channel.text()[:80]))
    for element in document.root.iter():
        for child in element.children:
            if not isinstance(child, str) or element.tag in HIDDEN:
                continue
            for match in PHONE_NUMBER.finditer(child):
                link = element if element.tag == "a" else element.inside("a")
                digits = "".join(ch for ch in match.group(1) if ch.isdigit())
                if link is None or not link.attrs.get("href", "").replace("-", "").startswith(
                    "tel:" + digits
                ):
                    missing.append(("phone number without tel: link", match.group(1)))
    return missing
