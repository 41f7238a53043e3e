"""Form behaviour shared by every public form."""

from django.utils.functional import lazy


def with_browser_line_breaks(data):
    """`data` with every line break as one LF, as a browser counts it.

    A browser submits a line break in a text area as CR LF but counts it as one character
    against `maxlength` (HTML: the length of the element's API value, where line breaks are
    LF). Without this, text that fitted in the box is refused as too long on the server.
    """
    if data is None:
        return data
    if hasattr(data, "lists"):  # a QueryDict: keep every value of repeated keys
        if not any(
            "\r" in value for _key, values in data.lists() for value in values if isinstance(value, str)
        ):
            return data
        normalised = data.copy()
        for key, values in data.lists():
            normalised.setlist(key, [one_line_break(value) for value in values])
        return normalised
    return {key: one_line_break(value) for key, value in data.items()}


def one_line_break(value):
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, list | tuple):
        return type(value)(one_line_break(item) for item in value)
    return value


class BrowserLineBreaksMixin:
    """For a form: line breaks count and are stored as one character (LF), so `max_length`
    refuses exactly what the browser's `maxlength` refuses. Put it before `forms.Form`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = with_browser_line_breaks(self.data)


def _interpolated(message, values):
    return str(message) % values


# A translated message with named values, translated when it is shown (in the language of
# that request), not when it is made: `gettext_lazy("...%(label)s") % {...}` at the level
# of a class or module is translated once, in whichever language was active when the
# module was first imported (in a running server: the language of its first request).
lazy_interpolated = lazy(_interpolated, str)
