"""Phone numbers in content become tel: links, so one tap on a phone calls them.

Editors write "bel Veilig Thuis: 0800-2000" in rich text and in plain-text fields (a
summary, a step, a service's description); a plain-text field cannot hold a link at all.
Rendering links every Dutch phone number that is not already inside a link: the
emergency number 112, free and paid service numbers (0800, 0900 with 4 or 7 digits) and
ordinary ten-digit numbers (with an optional dash or space after the area code). Numbers
inside longer digit runs, dates, amounts or URLs are left alone.

The base template runs `link_phone_numbers` over the whole main content as well, so a
crisis number in an interface text ("Bij direct gevaar: 112.") is a link too. It never
touches a tag or what sits in a link, a button, a field (what someone typed), a list
option, a script or a style. portal.css keeps a tel: link on one line, 44 px high.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

PHONE_NUMBER = re.compile(
    r"(?<![\w:/.,+€-])"
    r"(112"
    r"|0[89]00[- ]?(?:\d{7}|\d{4})"
    r"|0\d{2}[- ]?\d{7}"
    r"|0\d{3}[- ]?\d{6}"
    r"|0\d{9})"
    r"(?![\w/-]|[.,]\d)"
)
TAG = re.compile(r"(<[^>]*>)")
# Elements whose text is left as it is: links, and text that is not read as page text.
# None of them holds another, so the one opened last is closed first.
UNTOUCHED = "a|button|textarea|option|script|style"
OPENING_UNTOUCHED = re.compile(rf"<({UNTOUCHED})[\s>]", re.IGNORECASE)
CLOSING_UNTOUCHED = re.compile(rf"</({UNTOUCHED})\s*>", re.IGNORECASE)


def tel_href(number):
    """The tel: URL of a number as written ("0800-2000" -> "tel:08002000")."""
    return "tel:" + "".join(character for character in number if character.isdigit() or character == "+")


def _linked(text):
    return PHONE_NUMBER.sub(lambda match: f'<a href="{tel_href(match.group(1))}">{match.group(1)}</a>', text)


def link_phone_numbers(html):
    """HTML with every phone number outside a link (or a button, field, script, style)
    turned into a tel: link. Only text between tags is touched, never an attribute or a tag."""
    html = str(html)
    if not PHONE_NUMBER.search(html):
        return html
    parts = TAG.split(html)
    inside = None  # the untouched element the text is in
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            opening, closing = OPENING_UNTOUCHED.match(part), CLOSING_UNTOUCHED.match(part)
            if opening and inside is None:
                inside = opening.group(1).lower()
            elif closing and closing.group(1).lower() == inside:
                inside = None
        elif part and inside is None:
            parts[index] = _linked(part)
    return "".join(parts)


def phone_links(text):
    """Plain text, escaped, with its phone numbers as tel: links."""
    return mark_safe(_linked(escape(text or "")))  # noqa: S308 (escaped above; we add only tel: links)
