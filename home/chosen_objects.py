"""The objects chosen by the page being prepared, shared by the stream loader and the
blocks and link handlers that read them.

`home.streams.load_chosen` loads each kind of chosen object once for a page and puts
them here while the page's StreamFields turn into values; the chooser blocks of
`home.blocks` and the link handlers of `home.rich_text` look here before asking the
database. This module imports nothing of `home`, so those three depend on it and not on
each other.
"""

import contextlib
import contextvars

_CHOSEN = contextvars.ContextVar("home_streams_chosen", default=None)

# The key under which the targets of rich-text page links are kept (beside model classes).
PAGE_LINKS = "page-links"


def chosen():
    """The objects loaded for the page being prepared: {model or PAGE_LINKS: {pk: obj}}."""
    return _CHOSEN.get()


@contextlib.contextmanager
def choosing(objects):
    token = _CHOSEN.set(objects)
    try:
        yield
    finally:
        _CHOSEN.reset(token)
