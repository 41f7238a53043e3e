#!/usr/bin/env python
"""Rebuild advies/pii/data/dutch_words.txt.gz, the ordinary Dutch words the personal-data
check knows, from the OpenTaal word list.

    apt-get install wdutch   # OpenTaal's list as /usr/share/dict/dutch (BSD / CC BY 3.0)
    .venv/bin/python scripts/pii_vocabulary.py [--source /usr/share/dict/dutch] [--max-length 40]

OpenTaal writes proper nouns (names, places) with a capital and ordinary words in lower
case, so the lower-case entries are exactly the words that are not names. The whole list
is kept: cut at ten letters it made 'Professionals', 'Toestemming' and 'Omgangsbegeleiding'
unknown words, and an unknown word opening a sentence is taken for a name.
"""

import argparse
import gzip
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "advies" / "pii" / "data" / "dutch_words.txt.gz"
WORD = re.compile(r"[a-zà-öø-ÿ]+(?:'[a-z]+)?")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default="/usr/share/dict/dutch")
    parser.add_argument("--max-length", type=int, default=40)
    args = parser.parse_args()
    with open(args.source, encoding="utf-8") as source:
        words = {line.strip() for line in source}
    kept = sorted(w for w in words if WORD.fullmatch(w) and len(w) <= args.max_length)
    # mtime=0 keeps the file byte-identical when the list has not changed.
    TARGET.write_bytes(gzip.compress("\n".join(kept).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(kept)} words of at most {args.max_length} letters -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
