#!/usr/bin/env python
"""Personal-data check benchmark: recall and false refusals on the labelled corpus,
start-up time, resident memory and speed on long input.

    .venv/bin/python scripts/benchmarks/pii_recall.py [--show-errors] [--deduce] [--runs 20]

Prints, for the development part and the held-out part of tests/data/pii_corpus/:
recall (share of sentences with personal data that are refused), the false-refusal
rate (share of clean sentences refused) and recall per kind (share of sentences with
that kind where that kind is found). Then the detector's start-up time and the resident
memory it adds to a Django process (measured in a fresh process), and the time to check
8,000 characters of case text, of text full of personal data and of hostile input. As a
check independent of both the corpus and deduce's name lists, it also fills sentence
templates with names from Faker's lists for seven locales and prints how many are found.
Targets: recall >= 98 %, false refusals <= 3 %, 8,000 characters in < 100 ms (the CPU
time is printed next to the wall-clock time, as other work on a shared machine inflates
the latter).

--deduce measures the full deduce pipeline (Deduce().deidentify) the same way, alone and
combined with our rules; the first run builds deduce's lookup cache (several minutes).
--show-errors lists what the development part misses and refuses wrongly (the held-out
part's errors are left out on purpose: tuning on them would make its figures meaningless;
add --show-heldout-errors to see them anyway).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

KINDS = (
    "name",
    "date",
    "bsn",
    "phone",
    "email",
    "address",
    "postcode",
    "iban",
    "licence_plate",
    "file_number",
    "handle",
)
# Deduce's tags as our kinds. Places, institutions and ages are allowed in anonymised
# text, so those annotators are switched off.
DEDUCE_KINDS = {
    "persoon": "name",
    "patient": "name",
    "locatie": "address",
    "straat": "address",
    "datum": "date",
    "bsn": "bsn",
    "id": "file_number",
    "telefoonnummer": "phone",
    "emailadres": "email",
    "url": "handle",
}
DEDUCE_DISABLED = {"placename", "hospital", "institution", "age"}


def resident_mb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def measure_start_up(which):
    """Run in a fresh process: Django set up, then the detector loaded; print JSON."""
    import django

    django.setup()
    before = resident_mb()
    started = time.perf_counter()
    if which == "rules":
        from advies.pii import find_personal_data, warm_up

        warm_up()
        find_personal_data("Moeder Sandra belt.")
    else:
        from deduce import Deduce

        deduce = Deduce()  # kept until measured: a worker keeps it for its lifetime
        deduce.deidentify("Moeder Sandra belt.", disabled=DEDUCE_DISABLED)
    seconds = time.perf_counter() - started
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "added_mb": resident_mb() - before,
                "total_mb": resident_mb(),
                "peak_mb": peak,
            }
        )
    )


def start_up(which):
    output = subprocess.run(  # noqa: S603 (our own script, fixed arguments)
        [sys.executable, __file__, "--measure-start-up", which],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


class Found:
    def __init__(self, kind, fragment):
        self.kind, self.fragment = kind, fragment


def deduce_detector():
    from deduce import Deduce

    deduce = Deduce()

    def detect(text):
        document = deduce.deidentify(text, disabled=DEDUCE_DISABLED)
        return [Found(DEDUCE_KINDS.get(a.tag, "name"), a.text) for a in document.annotations]

    return detect


def report(label, detect, show_errors, show_heldout_errors):
    from tests.advies import pii_corpus

    print(f"\n{label}")
    for part in pii_corpus.PARTS:
        result = pii_corpus.score(pii_corpus.load(part), detect)
        print(
            f"  {part:<21} recall {result.recall:6.1%} ({result.refused}/{result.personal})   "
            f"false refusals {result.false_refusal_rate:5.1%} ({result.falsely_refused}/{result.clean})"
        )
        per_kind = "  ".join(
            f"{kind} {result.kind_found[kind]}/{result.kind_total[kind]}"
            for kind in KINDS
            if result.kind_total[kind]
        )
        print(f"  {'':<21} per kind: {per_kind}")
        if show_errors and (part == "development" or show_heldout_errors):
            for sentence in result.missed:
                print(f"      missed  {part}:{sentence.line}  {sentence.text}")
            for sentence, findings in result.false_refusals:
                fragments = ", ".join(f"{f.fragment!r} ({f.kind})" for f in findings)
                print(f"      refused {part}:{sentence.line}  {sentence.text}  <- {fragments}")


# Names from Faker's lists (independent of deduce's) in sentences as professionals write them.
NAME_TEMPLATES = [
    "{F} zegt dat vader haar slaat.",
    "Moeder {F} wil geen contact.",
    "Ik sprak met {F} over school.",
    "De oudste, {F}, spijbelt.",
    "Volgens {L} is er geen geweld.",
    "{F} {L} is de vader.",
    "Het gezin {L} woont in Utrecht.",
    "Gisteren belde {F} nog.",
    "Vader heet {f} en werkt in de bouw.",
    "We hebben {F} {L} gesproken.",
    "zoon {f} is 12.",
    "Mevrouw {L} belde.",
    "De kinderen {F} en {G} zien vader niet.",
    "{F} (9) zit in groep 5.",
]
FAKER_LOCALES = ["nl_NL", "tr_TR", "pl_PL", "ar_AA", "fr_FR", "en_GB", "de_DE"]


def independent_names(detect, per_locale=300):
    """Share of template sentences with a Faker name in which a name is found."""
    import random

    from faker import Faker

    print(
        f"\n  Names from Faker's lists in {len(NAME_TEMPLATES)} sentence templates ({per_locale} per locale):"
    )
    pick = random.Random(3)  # noqa: S311 (a benchmark, not security)
    for locale in FAKER_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(1)
        missed = []
        for _ in range(per_locale):
            first, last = fake.first_name(), fake.last_name()
            text = pick.choice(NAME_TEMPLATES).format(F=first, G=fake.first_name(), L=last, f=first.lower())
            if not any(finding.kind == "name" for finding in detect(text)):
                missed.append(text)
        examples = f"missed e.g. {'; '.join(missed[:3])}" if missed else ""
        print(f"    {locale}  {1 - len(missed) / per_locale:6.1%}  {examples}")


def long_inputs():
    from tests.advies import pii_corpus

    clean = " ".join(s.text for part in pii_corpus.PARTS for s in pii_corpus.load(part) if not s.kinds)
    personal = " ".join(s.text for part in pii_corpus.PARTS for s in pii_corpus.load(part) if s.kinds)
    return {
        "case text without personal data": (clean * 3)[:8000],
        "case text full of personal data": (personal * 2)[:8000],
        "one word of 8,000 letters": "x" * 8000,
        "8,000 digits": "9" * 8000,
        "'a-' repeated": "a-" * 4000,
        "'@.' repeated": "@." * 4000,
        "initials 'A. ' repeated": "A. " * 2666,
        "a first name repeated": "Jan " * 2000,
        "digits and spaces": "0 " * 4000,
        "'Kerkstraat 1 ' repeated": ("Kerkstraat 1 " * 700)[:8000],
    }


def speed(detect, runs):
    """Wall-clock and CPU time per check: on a shared machine the CPU time says what one
    idle core would take."""
    print("\n  8,000 characters, median of runs in ms (wall clock / CPU):")
    for label, text in long_inputs().items():
        wall, cpu = [], []
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            detect(text)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        print(f"    {label:<36} {statistics.median(wall):7.1f} / {statistics.median(cpu):7.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--show-heldout-errors", action="store_true")
    parser.add_argument("--deduce", action="store_true", help="also measure the full deduce pipeline")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--measure-start-up", choices=["rules", "deduce"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_start_up:
        measure_start_up(args.measure_start_up)
        return

    load = os.getloadavg()
    print(f"Machine load (1, 5, 15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    cost = start_up("rules")
    print(
        f"Our rules (advies.pii, with deduce's name lists): start-up {cost['seconds']:.2f} s, "
        f"+{cost['added_mb']:.0f} MB resident (process {cost['total_mb']:.0f} MB, "
        f"peak {cost['peak_mb']:.0f} MB)"
    )
    import django

    django.setup()
    from advies.pii import find_personal_data

    report("Our rules", find_personal_data, args.show_errors, args.show_heldout_errors)
    independent_names(find_personal_data)
    speed(find_personal_data, args.runs)

    if args.deduce:
        cost = start_up("deduce")
        print(
            f"\nDeduce pipeline: start-up {cost['seconds']:.2f} s, "
            f"+{cost['added_mb']:.0f} MB resident (process {cost['total_mb']:.0f} MB, "
            f"peak {cost['peak_mb']:.0f} MB)"
        )
        deduce = deduce_detector()
        report("Deduce pipeline alone", deduce, args.show_errors, args.show_heldout_errors)
        report("Our rules or deduce", lambda t: find_personal_data(t) + deduce(t), False, False)
        independent_names(deduce, per_locale=100)
        speed(deduce, max(3, args.runs // 4))


if __name__ == "__main__":
    main()
