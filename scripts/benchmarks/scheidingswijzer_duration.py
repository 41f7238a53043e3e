#!/usr/bin/env python
"""How long the Scheidingswijzer takes a person, per path: the figure behind "Het duurt
ongeveer ... minuten" on the start page and on the home page.

For every persona (vragenlijst/personas.py) it renders the questions of each step the
persona is asked, in the persona's role and with its earlier answers, and counts the
words a person reads (title, intro, questions, help texts, every answer option), the
questions answered and the pages sent; then the result page's heading, reason and
actions. A time is estimated from those counts:

    reading at --wpm words per minute (default 150: careful reading at B1 level,
    well below the ~240 of fluent adult readers), plus --seconds-per-question to choose
    an answer (default 6), plus --seconds-per-page to send a page and see the next one
    (default 3).

Prints the figures per persona group (min, median, max) and over all personas. No
database needed. Figures, not assertions.

    .venv/bin/python scripts/benchmarks/scheidingswijzer_duration.py
    .venv/bin/python scripts/benchmarks/scheidingswijzer_duration.py --wpm 120
"""

import argparse
import os
import re
import statistics
import sys
from collections import defaultdict, namedtuple
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.utils import translation  # noqa: E402

from vragenlijst.decision_table import ACTIONS, route_for  # noqa: E402
from vragenlijst.personas import PERSONAS  # noqa: E402
from vragenlijst.steps import MUNICIPALITY, STEPS_BY_SLUG  # noqa: E402

Municipality = namedtuple("Municipality", "slug name")
# Four municipalities, as each demo region has.
MUNICIPALITIES = [Municipality(f"gemeente-{n}", f"Gemeente {n}") for n in "ABCD"]
WORD = re.compile(r"\w+")


class Earlier:
    def __init__(self, answers):
        self.answers = answers

    def get(self, field):
        value = self.answers.get(field, "")
        return value if isinstance(value, str) else ""


def words(*texts):
    return sum(len(WORD.findall(str(text))) for text in texts if text)


def step_counts(step, role, earlier):
    kwargs = {"role": role, "earlier": Earlier(earlier)}
    if step == MUNICIPALITY:
        kwargs["municipalities"] = MUNICIPALITIES
    form = STEPS_BY_SLUG[step].form(**kwargs)
    read = words(form.get_title(), form.get_intro())
    for field in form.fields.values():
        read += words(field.label, field.help_text)
        read += sum(words(label) for _value, label in getattr(field, "choices", []))
    return read, len(form.fields)


def persona_counts(persona):
    read, questions, pages, earlier = 0, 0, 0, {}
    with translation.override(persona.language):
        for step, answers in persona.steps:
            step_read, step_questions = step_counts(step, persona.role, earlier)
            read, questions, pages = read + step_read, questions + step_questions, pages + 1
            earlier.update(answers)
        decision = route_for(persona.answers)
        read += words(decision.rule.heading, decision.rule.reason)
        read += sum(words(ACTIONS[code].label) for code in decision.action_codes)
    return read, questions, pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wpm", type=float, default=150)
    parser.add_argument("--seconds-per-question", type=float, default=6)
    parser.add_argument("--seconds-per-page", type=float, default=3)
    args = parser.parse_args()

    def minutes(counts):
        read, questions, pages = counts
        seconds = read / args.wpm * 60 + questions * args.seconds_per_question + pages * args.seconds_per_page
        return seconds / 60

    by_group = defaultdict(list)
    for persona in PERSONAS:
        counts = persona_counts(persona)
        by_group[persona.group.split(" (")[0]].append((minutes(counts), counts, persona))

    print(
        f"Scheidingswijzer duration per path ({len(PERSONAS)} personas): {args.wpm:g} words/min, "
        f"{args.seconds_per_question:g} s per question, {args.seconds_per_page:g} s per page"
    )
    print(f"{'group':<16}{'n':>3}  {'words':>12}  {'questions':>9}  {'minutes min / median / max':>28}")
    everyone = []
    for group, rows in sorted(by_group.items()):
        times = [row[0] for row in rows]
        everyone += rows
        read = [row[1][0] for row in rows]
        questions = [row[1][1] for row in rows]
        print(
            f"{group:<16}{len(rows):>3}  {min(read):>5}-{max(read):<6}  "
            f"{min(questions):>4}-{max(questions):<4}  "
            f"{min(times):>9.1f} / {statistics.median(times):>4.1f} / {max(times):>4.1f}"
        )
    longest = max(everyone, key=lambda row: row[0])
    full = [row[0] for row in everyone if row[1][2] >= 6]  # paths with every question of the role
    print(f"longest path: {longest[0]:.1f} min ({longest[2].name})")
    if full:
        median = statistics.median(full)
        print(f"complete paths (6 pages or more): median {median:.1f} min, max {max(full):.1f} min")


if __name__ == "__main__":
    main()
