"""Crisis numbers in content become tel: links that stay on one line."""

import pytest

from home.crisis_numbers import crisis_links, link_crisis_numbers


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Bel 112.</p>", '<p>Bel <a class="no-break" href="tel:112">112</a>.</p>'),
        (
            "<p>Veilig Thuis: 0800-2000</p>",
            '<p>Veilig Thuis: <a class="no-break" href="tel:08002000">0800-2000</a></p>',
        ),
        ("<b>0800-0432</b>", '<b><a class="no-break" href="tel:08000432">0800-0432</a></b>'),
        # already a link: left as it is, the number kept on one line inside a tel: link
        ('<a href="/hulp">Bel 112</a>', '<a href="/hulp">Bel 112</a>'),
        (
            '<a href="tel:08000432">Kindertelefoon 0800-0432</a>',
            '<a href="tel:08000432">Kindertelefoon <span class="no-break">0800-0432</span></a>',
        ),
        # other numbers that contain the digits are no crisis numbers
        (
            "<p>Postbus 1120, 0112 en 112,50 euro, artikel-112</p>",
            "<p>Postbus 1120, 0112 en 112,50 euro, artikel-112</p>",
        ),
        # what someone typed in a field, scripts and attributes are never touched
        ("<textarea>bel 112</textarea>", "<textarea>bel 112</textarea>"),
        (
            '<input value="112"><script>var n = "112";</script>',
            '<input value="112"><script>var n = "112";</script>',
        ),
    ],
)
def test_link_crisis_numbers(html, expected):
    assert link_crisis_numbers(html) == expected


def test_plain_text_is_escaped_before_linking():
    assert (
        crisis_links("<b>call 112</b>")
        == '&lt;b&gt;call <a class="no-break" href="tel:112">112</a>&lt;/b&gt;'
    )
