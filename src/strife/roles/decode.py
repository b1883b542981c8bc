"""From candidate scores to role fillers: pool per string, suppress overlaps, cap per role.

GRIT's metric scores one string per predicted entity, so decoding works on distinct normalised
strings: a string's score is its best candidate's score, its first occurrence is its canonical
mention, and a lower-scoring string that overlaps or nests inside a chosen one of the same role
("bomb" inside "car bomb") is taken as the same entity and not predicted again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc

from strife.models import ROLE_NAMES
from strife.roles.candidates import Candidate


@dataclass(frozen=True)
class RoleSpan:
    """One mention of a role filler: character offsets into the document text.

    ``entity`` groups coreferent mentions within the document; the first mention of an entity
    in text order is its canonical one (the string MUC-4 scoring reads).
    """

    role: str
    start: int
    end: int
    text: str
    score: float
    entity: int


@dataclass
class DecodeConfig:
    """Relevance gate, per-role thresholds and caps.

    The defaults were chosen on MUC-4 dev for the shipped boosters: first for the model alone,
    lower-case and truecased copies pooled (``python -m strife.roles.train --dev … --cased …
    --tune``: gate 0.2, PerpInd 0.2/3, Weapon 0.2/3), then the other roles' thresholds and
    caps for the whole pipeline (``bench/tune_role_decoding.py``). A retrained model keeps
    them unless ``--tune`` is given.
    """

    relevance: float = 0.2
    thresholds: dict[str, float] = field(
        default_factory=lambda: {"PerpInd": 0.2, "PerpOrg": 0.1, "Target": 0.15,
                                 "Victim": 0.15, "Weapon": 0.2}
    )
    caps: dict[str, int] = field(
        default_factory=lambda: {"PerpInd": 3, "PerpOrg": 1, "Target": 5, "Victim": 6,
                                 "Weapon": 3}
    )


def _same_entity(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Overlapping token spans, or one string nested in the other with the same last word."""
    if a[0] < b[1] and b[0] < a[1]:
        return True
    wa, wb = a[2].split(), b[2].split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    return f" {a[2]} " in f" {b[2]} " or f" {b[2]} " in f" {a[2]} "


def best_strings(texts: list[str], scores: np.ndarray) -> dict[str, int]:
    """For each distinct string, the index of its best-scoring candidate."""
    best: dict[str, int] = {}
    for i, text in enumerate(texts):
        j = best.get(text)
        if j is None or scores[i] > scores[j]:
            best[text] = i
    return best


def decode_role(
    role: str, candidates: list[Candidate], texts: list[str], scores: np.ndarray,
    threshold: float, cap: int,
) -> list[int]:
    """Indices of the chosen candidates (one per entity) for one role, best first."""
    chosen: list[int] = []
    best = best_strings(texts, scores)
    for i in sorted(best.values(), key=lambda k: -scores[k]):
        if scores[i] < threshold or len(chosen) >= cap:
            break
        me = (candidates[i].start, candidates[i].end, texts[i])
        if any(_same_entity(me, (candidates[j].start, candidates[j].end, texts[j]))
               for j in chosen):
            continue
        chosen.append(i)
    return chosen


def role_spans(
    doc: Doc, candidates: list[Candidate], texts: list[str], scores: np.ndarray,
    config: DecodeConfig,
) -> list[RoleSpan]:
    """Decode every role; each chosen string's occurrences become its entity's mentions."""
    spans: list[RoleSpan] = []
    entity = 0
    for r, role in enumerate(ROLE_NAMES):
        column = scores[:, r]
        for i in decode_role(role, candidates, texts, column, config.thresholds[role],
                             config.caps[role]):
            spans += _mentions(doc, candidates, texts, i, role, float(column[i]), entity)
            entity += 1
    spans.sort(key=lambda s: (s.entity, s.start))
    return spans


def _mentions(
    doc: Doc, candidates: list[Candidate], texts: list[str], chosen: int, role: str,
    score: float, entity: int,
) -> list[RoleSpan]:
    """Every non-overlapping occurrence of the chosen string (the chosen span wins ties)."""
    same = [k for k, text in enumerate(texts) if text == texts[chosen]]
    # one mention per head: the chosen span first, then spans not opening on a quote mark
    same.sort(key=lambda k: (k != chosen, candidates[k].head, doc[candidates[k].start].is_punct,
                             candidates[k].start))
    taken: list[tuple[int, int]] = []
    out = []
    for k in same:
        c = candidates[k]
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        span = doc[c.start : c.end]
        out.append(RoleSpan(role, span.start_char, span.end_char, span.text, score, entity))
    return out


def spans_to_roles(spans: list[RoleSpan]) -> dict[str, list[list[str]]]:
    """``Incident.roles`` shape: role → entities, each its mention strings in text order."""
    by_entity: dict[int, list[RoleSpan]] = {}
    for span in spans:
        by_entity.setdefault(span.entity, []).append(span)
    roles: dict[str, list[list[str]]] = {role: [] for role in ROLE_NAMES}
    for mentions in sorted(by_entity.values(), key=lambda m: min(s.start for s in m)):
        mentions.sort(key=lambda s: s.start)
        roles[mentions[0].role].append(list(dict.fromkeys(s.text for s in mentions)))
    return roles
