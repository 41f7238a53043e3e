"""Build common-passwords-nl.txt.gz: Django's own common-password list (about 20,000
passwords from leaked-password corpora, shipped with Django under its BSD licence) merged
with the Dutch words in dutch_words.txt (written for this portal). Sorted, lower case, one
per line, gzipped without a timestamp so that a rebuild gives the same file.

    .venv/bin/python -m portal.passwords.build_list
"""

import gzip
from pathlib import Path

import django.contrib.auth

HERE = Path(__file__).resolve().parent
DJANGO_LIST = Path(django.contrib.auth.__file__).parent / "common-passwords.txt.gz"
DUTCH_WORDS = HERE / "dutch_words.txt"
OUTPUT = HERE / "common-passwords-nl.txt.gz"


def dutch_words():
    for line in DUTCH_WORDS.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            yield word


def build():
    with gzip.open(DJANGO_LIST, "rt", encoding="utf-8") as source:
        django_list = {line.strip() for line in source if line.strip()}
    entries = sorted(django_list | set(dutch_words()))
    payload = ("\n".join(entries) + "\n").encode("utf-8")
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(payload)
    return len(django_list), len(entries)


if __name__ == "__main__":
    from_django, total = build()
    print(f"{OUTPUT.name}: {total} entries ({from_django} from Django, {total - from_django} added)")
