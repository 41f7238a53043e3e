"""The labelled corpus of case sentences in tests/data/pii_corpus/, and how the
personal-data check scores on it. Used by test_pii.py and scripts/benchmarks/pii_recall.py."""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "pii_corpus"
PARTS = ("development", "heldout", "heldout_after_tuning")
HELD_OUT = ("heldout", "heldout_after_tuning")


@dataclass(frozen=True)
class Sentence:
    text: str
    kinds: frozenset  # empty: the sentence must pass
    line: int


def load(part):
    sentences = []
    path = CORPUS / f"{part}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kinds, text = line.split("\t", 1)
        sentences.append(
            Sentence(
                text=text, kinds=frozenset() if kinds == "-" else frozenset(kinds.split(",")), line=number
            )
        )
    return sentences


@dataclass
class Score:
    personal: int = 0
    refused: int = 0
    clean: int = 0
    falsely_refused: int = 0
    kind_total: Counter = field(default_factory=Counter)
    kind_found: Counter = field(default_factory=Counter)
    missed: list = field(default_factory=list)
    false_refusals: list = field(default_factory=list)

    @property
    def recall(self):
        return self.refused / self.personal if self.personal else 1.0

    @property
    def false_refusal_rate(self):
        return self.falsely_refused / self.clean if self.clean else 0.0


def score(sentences, detect):
    """`detect(text)` returns findings with a `.kind`. A sentence with personal data counts
    as refused when anything is found; a kind counts as found when a finding of that kind is."""
    result = Score()
    for sentence in sentences:
        findings = detect(sentence.text)
        kinds = {finding.kind for finding in findings}
        if sentence.kinds:
            result.personal += 1
            if findings:
                result.refused += 1
            else:
                result.missed.append(sentence)
            for kind in sentence.kinds:
                result.kind_total[kind] += 1
                result.kind_found[kind] += kind in kinds
        else:
            result.clean += 1
            if findings:
                result.falsely_refused += 1
                result.false_refusals.append((sentence, findings))
    return result
