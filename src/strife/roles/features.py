"""Features of a candidate span: its form, its syntax, where it sits, and what surrounds it.

Each candidate gets (1) string *keys* (its text, head lemma, governing word, neighbours) that the
target encoder turns into per-role rates learned on the training split, and (2) numbers that
describe its shape and position. Lexical identity matters most on MUC-4 ("guerrillas" is a
perpetrator, "bus" a target), but syntax carries it to unseen words: the subject of "attacked",
the object of "kidnapped", the agent of "killed by", the object of "planted".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc

from strife.eval.ceaf import normalise_mention
from strife.roles.candidates import Candidate

KEY_NAMES: tuple[str, ...] = ("text", "head", "gov", "prep", "prev", "next", "first", "sent")
"""The target-encoded keys, in feature order."""

CATEGORICAL: tuple[str, ...] = ("head_pos", "head_dep", "ent_type", "gov_pos")
"""Small label sets given to the booster as categories (codes learned in training)."""

NUMERIC_NAMES: tuple[str, ...] = (
    "n_tokens", "is_chunk", "chunk_nodet", "starts_det", "starts_num", "has_of", "has_conj",
    "is_ent", "head_last", "n_propn", "left_cut", "right_cut", "sent_index", "sent_frac",
    "char_frac", "first_occurrence", "string_count", "head_count", "sent_triggers",
    "trigger_dist", "gov_trigger", "agent", "subject", "object", "doc_triggers", "doc_tokens",
    "string_trigger_sents", "in_quotes", "first_sent_trigger",
)

_DETERMINERS = frozenset({"a", "an", "the"})


def load_triggers(text: str) -> frozenset[str]:
    """Trigger lemmas from the lexicon file's text (one per line, ``#`` comments)."""
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w for w in words if w)


@dataclass
class DocContext:
    """What every candidate of one document looks up: triggers, sentences, string counts."""

    doc: Doc
    is_trigger: list[bool]
    sent_of: list[int]
    n_sents: int
    sent_trigger_count: list[int]
    trigger_positions: list[int]
    string_counts: Counter[str]
    head_counts: Counter[str]
    first_seen: dict[str, int]
    string_trigger_sents: dict[str, set[int]]
    first_trigger_sent: int
    ent_spans: frozenset[tuple[int, int]]
    n_chars: int


def doc_context(
    doc: Doc, candidates: list[Candidate], texts: list[str], triggers: frozenset[str]
) -> DocContext:
    is_trigger = [t.lemma_ in triggers or t.lower_ in triggers for t in doc]
    sent_of = [0] * len(doc)
    sents = list(doc.sents)
    counts = [0] * len(sents)
    for index, sent in enumerate(sents):
        for t in sent:
            sent_of[t.i] = index
            counts[index] += is_trigger[t.i]
    strings: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    trigger_sents: dict[str, set[int]] = {}
    for c, key in zip(candidates, texts, strict=True):
        strings[key] += 1
        first_seen.setdefault(key, c.start)
        if counts[sent_of[c.head]]:
            trigger_sents.setdefault(key, set()).add(sent_of[c.head])
    first_trigger = next((i for i, n in enumerate(counts) if n), len(sents))
    return DocContext(
        doc, is_trigger, sent_of, len(sents), counts,
        [i for i, flag in enumerate(is_trigger) if flag], strings,
        Counter(t.lemma_ for t in doc if t.pos_ in {"NOUN", "PROPN"}), first_seen, trigger_sents,
        first_trigger, frozenset((e.start, e.end) for e in doc.ents), len(doc.text),
    )


def candidate_keys(ctx: DocContext, c: Candidate, text: str) -> tuple[str, ...]:
    """The string keys of ``KEY_NAMES`` for one candidate."""
    doc = ctx.doc
    head = doc[c.head]
    gov = head.head
    prep = ""
    if head.dep_ == "pobj" and gov.dep_ in {"prep", "agent"}:
        prep = f"{gov.head.lemma_}|{gov.lower_}"
    prev = doc[c.start - 1].lower_ if c.start > 0 else "<s>"
    nxt = doc[c.end].lower_ if c.end < len(doc) else "</s>"
    first = doc[c.start].lower_
    sent_triggers = ctx.sent_trigger_count[ctx.sent_of[c.head]]
    return (
        text,
        head.lemma_,
        f"{gov.lemma_}|{head.dep_}",
        prep,
        prev,
        nxt,
        f"{first}|{head.lemma_}",
        f"{head.lemma_}|{min(sent_triggers, 2)}",
    )


def _trigger_distance(ctx: DocContext, c: Candidate) -> int:
    """Tokens to the nearest trigger in the same sentence (99 when none)."""
    sent = ctx.sent_of[c.head]
    best = 99
    for i in ctx.trigger_positions:
        if ctx.sent_of[i] == sent and not c.start <= i < c.end:
            best = min(best, abs(i - c.head))
    return best


def numeric_features(ctx: DocContext, c: Candidate, key: str) -> list[float]:
    """The ``NUMERIC_NAMES`` values for one candidate (``key`` is its normalised text)."""
    doc = ctx.doc
    head = doc[c.head]
    tokens = doc[c.start : c.end]
    sent = ctx.sent_of[c.head]
    first_lower = doc[c.start].lower_
    return [
        c.end - c.start,
        float((c.start, c.end) == (c.chunk_start, c.chunk_end)),
        float(c.end == c.chunk_end and c.start > c.chunk_start
              and all(t.lower_ in _DETERMINERS for t in doc[c.chunk_start : c.start])),
        float(first_lower in _DETERMINERS),
        float(doc[c.start].like_num),
        float(any(t.lower_ == "of" for t in tokens)),
        float(any(t.lower_ in {"and", ","} for t in tokens)),
        float((c.start, c.end) in ctx.ent_spans),
        float(c.head == c.end - 1),
        float(sum(t.pos_ == "PROPN" for t in tokens)),
        float(c.start > 0 and doc[c.start - 1].head.i in range(c.start, c.end)
              and doc[c.start - 1].dep_ in {"compound", "amod", "nmod"}),
        float(c.end < len(doc) and doc[c.end].head.i in range(c.start, c.end)
              and doc[c.end].dep_ in {"compound", "flat"}),
        float(sent),
        sent / max(ctx.n_sents, 1),
        doc[c.start].idx / max(ctx.n_chars, 1),
        float(ctx.first_seen.get(key) == c.start),
        float(ctx.string_counts[key]),
        float(ctx.head_counts[head.lemma_]),
        float(ctx.sent_trigger_count[sent]),
        float(_trigger_distance(ctx, c)),
        float(ctx.is_trigger[head.head.i] and head.head.i != c.head),
        float(head.head.dep_ == "agent" or head.dep_ == "agent"),
        float(head.dep_ in {"nsubj", "nsubjpass"}),
        float(head.dep_ in {"dobj", "pobj"}),
        float(len(ctx.trigger_positions)),
        float(len(doc)),
        float(len(ctx.string_trigger_sents.get(key, ()))),
        float(c.start > 0 and doc[c.start - 1].text in {'"', "'"}),
        float(sent == ctx.first_trigger_sent),
    ]


def categorical_values(ctx: DocContext, c: Candidate) -> tuple[str, ...]:
    head = ctx.doc[c.head]
    return (head.pos_, head.dep_, head.ent_type_, head.head.pos_)


def extract(
    doc: Doc, candidates: list[Candidate], triggers: frozenset[str]
) -> tuple[list[tuple[str, ...]], np.ndarray, list[tuple[str, ...]]]:
    """Keys, numeric matrix and categorical values for every candidate of one document."""
    texts = [normalise_mention(doc[c.start : c.end].text) for c in candidates]
    ctx = doc_context(doc, candidates, texts, triggers)
    keys = [candidate_keys(ctx, c, t) for c, t in zip(candidates, texts, strict=True)]
    numeric = np.array(
        [numeric_features(ctx, c, k[0]) for c, k in zip(candidates, keys, strict=True)],
        dtype=np.float32,
    ).reshape(len(candidates), len(NUMERIC_NAMES))
    cats = [categorical_values(ctx, c) for c in candidates]
    return keys, numeric, cats
