"""Crisis numbers as tel: links wherever text mentions them.

Content is written by editors as plain words ("bel 112"); someone in danger on a phone
should be able to tap the number. `link_crisis_numbers` wraps each crisis number in
rendered HTML in a tel: link, except where it already sits in a link or a button; the
link keeps the number on one line (`a[href^="tel:"]` in portal.css)."""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

# The national numbers every region shows (DESIGN: 112, Veilig Thuis, Kindertelefoon).
CRISIS_NUMBERS = {"112": "112", "0800-2000": "08002000", "0800-0432": "08000432"}

_NUMBER = re.compile(
    r"(?<![\w\-+/.,])("
    + "|".join(re.escape(number).replace(r"\-", "[-\u2011 ]?") for number in CRISIS_NUMBERS)
    + r")(?![\w\-/]|[.,]\d)"
)
_TAG = re.compile(r"(<[^>]*>)")
_OPENS = re.compile(r"<(a|button|textarea|script|style|option)\b", re.IGNORECASE)
_TEL_LINK = re.compile(r"""<a\b[^>]*\shref=["']?tel:""", re.IGNORECASE)
_CLOSES = re.compile(r"</(a|button|textarea|script|style|option)\s*>", re.IGNORECASE)


def _link(match):
    number = match.group(1)
    digits = re.sub(r"\D", "", number)
    return f'<a class="no-break" href="tel:{digits}">{number}</a>'


def _unbroken(match):
    return f'<span class="no-break">{match.group(1)}</span>'


def link_crisis_numbers(html):
    """`html` (a string of markup) with its crisis numbers as tel: links; in a tel: link
    an editor made, the number is kept on one line."""
    parts = _TAG.split(str(html))
    depth = 0
    in_tel_link = False
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            if _OPENS.match(part):
                depth += 1
                in_tel_link = depth == 1 and _TEL_LINK.match(part) is not None
            elif _CLOSES.match(part):
                depth = max(0, depth - 1)
                in_tel_link = in_tel_link and depth > 0
        elif part and depth == 0:
            parts[index] = _NUMBER.sub(_link, part)
        elif part and in_tel_link:
            parts[index] = _NUMBER.sub(_unbroken, part)
    return "".join(parts)


def crisis_links(value):
    """Template filter: plain text (escaped) or safe HTML with crisis numbers linked."""
    if value is None:
        return ""
    html = value if isinstance(value, SafeData) else conditional_escape(value)
    return mark_safe(link_crisis_numbers(html))  # noqa: S308 (escaped above, or already safe)
