"""Phone numbers in content become tel: links, so one tap on a phone calls them.

Editors write "bel Veilig Thuis: 0800-2000" in rich text and in plain-text fields (a
summary, a step, a service's description); a plain-text field cannot hold a link at all.
Rendering links every Dutch phone number that is not already inside a link: the
emergency number 112, free and paid service numbers (0800, 0900 with 4 or 7 digits) and
ordinary ten-digit numbers (with an optional dash or space after the area code). Numbers
inside longer digit runs, dates, amounts or URLs are left alone.
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
OPENING_LINK = re.compile(r"<a[\s>]", re.IGNORECASE)
CLOSING_LINK = re.compile(r"</a\s*>", re.IGNORECASE)


def tel_href(number):
    """The tel: URL of a number as written ("0800-2000" -> "tel:08002000")."""
    return "tel:" + "".join(character for character in number if character.isdigit() or character == "+")


def _linked(text):
    return PHONE_NUMBER.sub(lambda match: f'<a href="{tel_href(match.group(1))}">{match.group(1)}</a>', text)


def link_phone_numbers(html):
    """HTML with every phone number outside a link turned into a tel: link. Only text
    between tags is touched, never an attribute or a tag."""
    html = str(html)
    if not PHONE_NUMBER.search(html):
        return html
    parts = TAG.split(html)
    in_link = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            if OPENING_LINK.match(part):
                in_link += 1
            elif CLOSING_LINK.match(part):
                in_link = max(0, in_link - 1)
        elif part and not in_link:
            parts[index] = _linked(part)
    return "".join(parts)


def phone_links(text):
    """Plain text, escaped, with its phone numbers as tel: links."""
    return mark_safe(_linked(escape(text or "")))  # noqa: S308 (escaped above; we add only tel: links)
