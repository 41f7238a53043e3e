"""Phone numbers anywhere in the main content become tel: links (the base template runs
`link_phone_numbers` over it), but never inside a link, a button, a field, an option, a
script or a tag's attributes."""

import pytest

from home.phone_numbers import link_phone_numbers
from home.templatetags.portal_tags import phone_links_in_html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Bel 112.</p>", '<p>Bel <a href="tel:112">112</a>.</p>'),
        ("<h2>Bel nu 112</h2>", '<h2>Bel nu <a href="tel:112">112</a></h2>'),
        ("<p>Veilig Thuis: 0800-2000</p>", '<p>Veilig Thuis: <a href="tel:08002000">0800-2000</a></p>'),
        ("<b>0800-0432</b>", '<b><a href="tel:08000432">0800-0432</a></b>'),
        # already a link: left as it is
        ('<a href="/hulp">Bel 112</a> of 112', '<a href="/hulp">Bel 112</a> of <a href="tel:112">112</a>'),
        # other numbers that contain the digits are no phone numbers
        (
            "<p>Postbus 1120, 0112 en 112,50 euro, artikel-112</p>",
            "<p>Postbus 1120, 0112 en 112,50 euro, artikel-112</p>",
        ),
        # what someone typed in a field, buttons, options, scripts and attributes are never touched
        (
            "<textarea>bel 112</textarea><p>112</p>",
            '<textarea>bel 112</textarea><p><a href="tel:112">112</a></p>',
        ),
        ("<button>Bel 112</button>", "<button>Bel 112</button>"),
        (
            '<select><option value="112">112</option></select>',
            '<select><option value="112">112</option></select>',
        ),
        (
            '<input value="112"><script>var n = "112";</script>',
            '<input value="112"><script>var n = "112";</script>',
        ),
    ],
)
def test_link_phone_numbers_in_html(html, expected):
    assert link_phone_numbers(html) == expected


def test_unsafe_text_is_escaped_before_linking():
    assert phone_links_in_html("<b>call 112</b>") == '&lt;b&gt;call <a href="tel:112">112</a>&lt;/b&gt;'
