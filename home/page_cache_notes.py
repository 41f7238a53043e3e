"""The page cache's contract with views, templates and selectors: one typed record per
request (`PageCacheNotes`), in place of loose attributes set in one module and read in
others.

What may be cached, for how long and what varies (the rest is in `home.page_cache`):

- *what*: a GET of a CMS page for a visitor who is not logged in, without a view
  restriction, whose response sets no cookie; a view or template that shows something per
  visitor says `skip(request)`;
- *for how long*: `PAGE_CACHE_SECONDS`, or less when the response says `valid_until(request,
  moment)` (a page showing "open now" until the next opening or closing time);
- *what varies*: the scheme, host and full path (the language prefix included), and of the
  query string only the parameters the page type names in `cached_query_parameters`
  (default `DEFAULT_PAGE_QUERY_PARAMETERS`).

This module imports no model, so any layer (selectors, template tags, page
types) may use it; only `home.page_cache` reads what the record says.
"""

import time
from dataclasses import dataclass, field
from datetime import datetime

from home.choices import MUNICIPALITY_PARAMETER

# A page type's `cached_query_parameters` when it names none: the municipality filter of
# its service lists.
DEFAULT_PAGE_QUERY_PARAMETERS = (MUNICIPALITY_PARAMETER,)

ATTRIBUTE = "page_cache_notes"


@dataclass
class PageCacheNotes:
    """What the page cache knows about one request and its response."""

    started: float = field(default_factory=time.time)
    # The entry's key once the cache was asked (a hit, or a miss to store); None: not asked.
    key: str | None = None
    hit: bool = False
    # Set for a CMS page once Wagtail's view restrictions were checked: whether it may be
    # stored (no restriction). None: the response is not a CMS page.
    page_may_be_stored: bool | None = None
    skipped: bool = False
    valid_until: datetime | None = None
    # The tokens the page's content depends on (`home.cache_tokens.for_page`), read before
    # it rendered.
    token_names: tuple[str, ...] | None = None

    @property
    def asked(self):
        return self.key is not None


def notes(request) -> PageCacheNotes:
    """The request's record, made on first use."""
    found = getattr(request, ATTRIBUTE, None)
    if found is None:
        found = PageCacheNotes()
        setattr(request, ATTRIBUTE, found)
    return found


def skip(request) -> None:
    """Keep this response out of the page cache (it shows something per visitor, or for a
    query value nobody should be able to multiply entries with)."""
    notes(request).skipped = True


def valid_until(request, moment: datetime | None) -> None:
    """The response may not be served from the cache after `moment` (aware datetime)."""
    if moment is None:
        return
    record = notes(request)
    if record.valid_until is None or moment < record.valid_until:
        record.valid_until = moment
