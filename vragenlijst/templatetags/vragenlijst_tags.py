"""Template helpers of the Scheidingswijzer."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Dutch phone numbers as the portal writes them: 112, 0800-2000, 0800-0432, 0800-5550101,
# 010-1234567, 06 12345678.
PHONE_NUMBER = re.compile(r"(?<![\w-])(?:112|0[89]00[-\s]?\d{4}(?:\d{3})?|0\d{1,3}[-\s]?\d{6,8})(?![\w-])")


def tel_href(number):
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


@register.filter(needs_autoescape=True)
def phone_links(text, autoescape=True):
    """The text with every phone number in it a tel: link (the rest escaped)."""
    text = conditional_escape(str(text)) if autoescape else str(text)
    parts, last = [], 0
    for match in PHONE_NUMBER.finditer(text):
        parts.append(text[last : match.start()])
        parts.append(format_html('<a href="{}">{}</a>', tel_href(match.group()), match.group()))
        last = match.end()
    parts.append(text[last:])
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 (the text was escaped above)
