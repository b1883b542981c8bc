"""CEAF-REE: document-level role-filler entity scoring, as GRIT's scorer does it.

GRIT (Du, Rush, Cardie, EACL 2021) scores each document and role separately:

* every mention string is normalised (lower-case, ASCII punctuation removed, the words
  a/an/the dropped, whitespace collapsed), the way SQuAD's scorer normalises answers;
* a predicted entity (a list of mention strings) matches a gold entity when *every* predicted
  string is one of the gold entity's mentions (strife predicts one string per entity, so the
  predicted string must be among the gold alternatives);
* the best one-to-one alignment (Hungarian, ``linear_sum_assignment``) gives the number of
  matched entities; precision counts predicted entities, recall gold entities;
* counts are summed over documents, and the headline is the micro average over the five roles.

``match="head"`` relaxes the string test to the head noun (``head_word``): "the car bomb" and
"a powerful car bomb" both become "bomb", "members of the fmln" becomes "members". It is the
measure for free text whose gold strings were chosen by another annotator, where exact
boundaries are a matter of style; GRIT's strict match stays the default.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

from strife.models import ROLE_NAMES

Entity = Sequence[str]
"""One entity: its coreferent mention strings (the first is the canonical one)."""
DocRoles = Mapping[str, Sequence[Entity]]
"""One document's role fillers: role name → entities."""

_PUNCT = set(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalise_mention(text: str) -> str:
    """GRIT's normalisation; the order (lower, punctuation, articles, spaces) matters."""
    lowered = text.lower()
    no_punct = "".join(ch for ch in lowered if ch not in _PUNCT)
    no_articles = _ARTICLES.sub(" ", no_punct)
    return " ".join(no_articles.split())


# Words after which a noun phrase's head has been said: a modifier or a clause follows.
_HEAD_CUTS = frozenset({"of", "from", "in", "at", "on", "with", "near", "who", "that", "which",
                        "whose", "for", "by", "during", "after", "before", "and", "or"})
MATCHES = ("exact", "head")


def head_word(text: str) -> str:
    """The head noun of a mention: before any comma, parenthesis or post-modifier, the last
    word ("the mayor of San Salvador, Juan Perez" → "mayor"); "" when there is none."""
    core = re.split(r"[,(;:]| -- | — ", text, maxsplit=1)[0]
    words = normalise_mention(core).split()
    for i, word in enumerate(words):
        if word in _HEAD_CUTS and i > 0:
            words = words[:i]
            break
    return words[-1] if words else ""


def normalise_entities(entities: Iterable[Entity], match: str = "exact"
                       ) -> list[tuple[str, ...]]:
    """Normalise every mention; drop empty mentions, empty entities and exact duplicates."""
    key = head_word if match == "head" else normalise_mention
    out: list[tuple[str, ...]] = []
    for entity in entities:
        mentions = tuple(dict.fromkeys(m for m in map(key, entity) if m))
        if mentions and mentions not in out:
            out.append(mentions)
    return out


def entity_matches(predicted: Sequence[str], gold: Sequence[str]) -> bool:
    """GRIT's strict match: each predicted string is one of the gold entity's mentions."""
    return bool(predicted) and all(m in gold for m in predicted)


def aligned_matches(predicted: Sequence[Entity], gold: Sequence[Entity]) -> int:
    """Number of entities matched by the best one-to-one alignment."""
    if not predicted or not gold:
        return 0
    scores = np.zeros((len(gold), len(predicted)))
    for i, gold_entity in enumerate(gold):
        for j, predicted_entity in enumerate(predicted):
            scores[i, j] = float(entity_matches(predicted_entity, gold_entity))
    rows, cols = linear_sum_assignment(-scores)
    return int(scores[rows, cols].sum())


@dataclass
class RoleCounts:
    """Summed counts for one role; P, R and F1 derive from them."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: RoleCounts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class CeafReport:
    """Per-role counts over a corpus; ``micro`` pools the five roles."""

    roles: dict[str, RoleCounts] = field(
        default_factory=lambda: {role: RoleCounts() for role in ROLE_NAMES}
    )
    documents: int = 0

    @property
    def micro(self) -> RoleCounts:
        total = RoleCounts()
        for counts in self.roles.values():
            total.add(counts)
        return total


def score_document(predicted: DocRoles, gold: DocRoles, match: str = "exact"
                   ) -> dict[str, RoleCounts]:
    """CEAF-REE counts for one document, role by role (``match``: "exact" or "head")."""
    counts: dict[str, RoleCounts] = {}
    for role in ROLE_NAMES:
        pred = normalise_entities(predicted.get(role, []), match)
        ref = normalise_entities(gold.get(role, []), match)
        counts[role] = RoleCounts(aligned_matches(pred, ref), len(pred), len(ref))
    return counts


def score_corpus(predicted: Mapping[str, DocRoles], gold: Mapping[str, DocRoles],
                 match: str = "exact") -> CeafReport:
    """Score every gold document; a document with no prediction predicted nothing."""
    report = CeafReport()
    for docid, gold_roles in gold.items():
        report.documents += 1
        for role, counts in score_document(predicted.get(docid, {}), gold_roles, match).items():
            report.roles[role].add(counts)
    return report


def format_report(report: CeafReport, title: str) -> str:
    """The table ``strife eval muc4`` prints: P/R/F1 per role and the micro line, in percent."""
    lines = [title, f"{'role':<9}{'P':>7}{'R':>7}{'F1':>7}{'match':>7}{'pred':>6}{'gold':>6}"]
    rows = [*report.roles.items(), ("micro", report.micro)]
    for name, c in rows:
        lines.append(
            f"{name:<9}{100 * c.precision:7.2f}{100 * c.recall:7.2f}{100 * c.f1:7.2f}"
            f"{c.matched:7d}{c.predicted:6d}{c.gold:6d}"
        )
    return "\n".join(lines)
