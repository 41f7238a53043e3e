#!/usr/bin/env python
"""Brings the demo content's catalogue (home/demo/content/en.po) up to date with its files.

    .venv/bin/python scripts/demo_messages.py

What `makemessages` does for the interface: a Dutch text without an entry gets one with an
empty msgstr, for the translator; an entry that no file uses any more becomes obsolete
(`#~`, kept for reference, ignored by the loader); every entry's `#:` lines say which files
have its text. The demo loads again once no msgstr is empty (see SCHEMA.md).
"""

import sys
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from home.demo.content.loader import CONTENT, texts_to_translate  # noqa: E402


def update_catalogue(folder=CONTENT):
    """Update `folder`/en.po in place; returns (new entries, entries made obsolete)."""
    catalogue = polib.pofile(str(folder / "en.po"))
    entries = {(entry.msgctxt, entry.msgid): entry for entry in catalogue if not entry.obsolete}
    places = {}
    for where, dutch in texts_to_translate(folder):
        key = (where, dutch) if (where, dutch) in entries else (None, dutch)
        places.setdefault(key, {})[where] = None
    added = 0
    for (context, dutch), wheres in places.items():
        entry = entries.get((context, dutch))
        if entry is None:
            entry = polib.POEntry(msgid=dutch, msgstr="")
            catalogue.append(entry)
            added += 1
        entry.occurrences = [(where, "") for where in wheres]
    unused = [entry for key, entry in entries.items() if key not in places]
    for entry in unused:
        entry.obsolete = True
    catalogue.save()
    return added, len(unused)


if __name__ == "__main__":
    added, obsolete = update_catalogue()
    print(f"en.po: {added} new texts to translate, {obsolete} entries no longer used (now obsolete).")
