"""Features of one candidate mention: its form, its syntax, where it sits, what surrounds it.

Each mention gets (1) string *keys* (head lemma, governing word, dependency path to the
nearest attack word, neighbours) that the target encoder turns into per-role rates learned on
the training split, and (2) numbers for its shape and position. Lexical identity matters most
on MUC-4 ("guerrillas" perpetrate, a "bus" is a target), but syntax carries it to unseen words:
the subject of "attacked", the object of "kidnapped", the agent of "killed by" — the patterns
AutoSlog-style MUC systems learned, here as keys.
"""

from __future__ import annotations

import numpy as np

from strife.roles.candidates import Candidate
from strife.roles.tokens import TokenTable
from strife.scoring.ceaf import normalise_mention

KEY_NAMES: tuple[str, ...] = (
    "head", "gov", "prep", "prev", "next", "first", "trig_path", "gov2", "sent",
)
"""Mention-level target-encoded keys, in feature order (the string itself is encoded apart)."""

NUMERIC_NAMES: tuple[str, ...] = (
    "n_tokens", "is_chunk", "chunk_nodet", "starts_det", "starts_num", "has_of", "has_conj",
    "is_ent", "head_last", "n_propn", "left_cut", "right_cut", "in_quotes", "sent_index",
    "sent_frac", "char_frac", "sent_triggers", "trigger_dist", "gov_trigger", "agent",
    "subject", "object", "first_trigger_sent", "path_len",
)

_DETERMINERS = frozenset({"a", "an", "the"})
_PATH_HOPS = 4


def load_triggers(text: str) -> frozenset[str]:
    """Trigger lemmas from the lexicon file's text (one per line, ``#`` comments)."""
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w for w in words if w)


def mention_text(tt: TokenTable, c: Candidate) -> str:
    """The normalised string GRIT's scorer would compare."""
    return normalise_mention(tt.text[tt.idx[c.start] : tt.ends[c.end - 1]])


def trigger_path(tt: TokenTable, head: int) -> tuple[str, int]:
    """Dependency labels from the head up to the first attack word above it, and the hops."""
    labels = []
    i = head
    for hop in range(1, _PATH_HOPS + 1):
        labels.append(tt.dep[i])
        parent = tt.head[i]
        if parent == i:
            break
        if tt.is_trigger[parent]:
            return f"{'<'.join(labels)}<{tt.lemma[parent]}", hop
        i = parent
    return "-", 0


class DocFeatures:
    """Per-document look-ups shared by every mention: trigger positions and counts."""

    def __init__(self, tt: TokenTable) -> None:
        self.tt = tt
        n_sents = len(tt.sent_starts)
        self.n_sents = max(n_sents, 1)
        self.sent_triggers = [0] * self.n_sents
        self.triggers_by_sent: list[list[int]] = [[] for _ in range(self.n_sents)]
        for i, flag in enumerate(tt.is_trigger):
            if flag:
                self.sent_triggers[tt.sent_of[i]] += 1
                self.triggers_by_sent[tt.sent_of[i]].append(i)
        self.first_trigger_sent = next(
            (i for i, n in enumerate(self.sent_triggers) if n), self.n_sents
        )
        self.ents = frozenset(tt.ents)
        self.n_chars = max(len(tt.text), 1)

    def keys(self, c: Candidate, path: str) -> tuple[str, ...]:
        tt = self.tt
        h = c.head
        g = tt.head[h]
        prep = f"{tt.lemma[tt.head[g]]}|{tt.lower[g]}" if tt.dep[h] == "pobj" else ""
        trig = min(self.sent_triggers[tt.sent_of[h]], 2)
        return (
            tt.lemma[h],
            f"{tt.lemma[g]}|{tt.dep[h]}",
            prep,
            tt.lower[c.start - 1] if c.start > 0 else "<s>",
            tt.lower[c.end] if c.end < len(tt) else "</s>",
            f"{tt.lower[c.start]}|{tt.lemma[h]}",
            path,
            f"{tt.dep[h]}|{tt.lemma[g]}|{tt.dep[g]}|{tt.lemma[tt.head[g]]}",
            f"{tt.lemma[h]}|{trig}",
        )

    def numbers(self, c: Candidate, hops: int) -> list[float]:
        tt = self.tt
        h, s, e = c.head, c.start, c.end
        sent = tt.sent_of[h]
        near = [abs(i - h) for i in self.triggers_by_sent[sent] if not s <= i < e]
        g = tt.head[h]
        return [
            e - s,
            float((s, e) == (c.chunk_start, c.chunk_end)),
            float(e == c.chunk_end and s > c.chunk_start
                  and all(w in _DETERMINERS for w in tt.lower[c.chunk_start : s])),
            float(tt.lower[s] in _DETERMINERS),
            float(tt.like_num[s]),
            float("of" in tt.lower[s:e]),
            float("and" in tt.lower[s:e] or "," in tt.lower[s:e]),
            float((s, e) in self.ents),
            float(h == e - 1),
            float(tt.pos[s:e].count("PROPN")),
            float(s > 0 and s <= tt.head[s - 1] < e and tt.dep[s - 1] in {"compound", "amod"}),
            float(e < len(tt) and s <= tt.head[e] < e and tt.dep[e] in {"compound", "flat"}),
            float(s > 0 and tt.lower[s - 1] in {'"', "'"}),
            float(sent),
            sent / self.n_sents,
            tt.idx[s] / self.n_chars,
            float(self.sent_triggers[sent]),
            float(min(near, default=99)),
            float(tt.is_trigger[g] and g != h),
            float(tt.dep[g] == "agent"),
            float(tt.dep[h] in {"nsubj", "nsubjpass"}),
            float(tt.dep[h] in {"dobj", "pobj"}),
            float(sent == self.first_trigger_sent),
            float(hops),
        ]


def mention_features(
    tt: TokenTable, candidates: list[Candidate]
) -> tuple[list[str], list[tuple[str, ...]], np.ndarray]:
    """Normalised texts, keys and numeric matrix for every candidate mention of a document."""
    doc = DocFeatures(tt)
    texts, keys, rows = [], [], []
    for c in candidates:
        path, hops = trigger_path(tt, c.head)
        texts.append(mention_text(tt, c))
        keys.append(doc.keys(c, path))
        rows.append(doc.numbers(c, hops))
    numeric = np.array(rows, dtype=np.float32).reshape(len(candidates), len(NUMERIC_NAMES))
    return texts, keys, numeric
