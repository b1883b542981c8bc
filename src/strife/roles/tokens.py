"""A parsed document as plain Python lists, read from the spaCy ``Doc`` in one pass.

Candidate generation and features look tokens up hundreds of thousands of times; creating a
spaCy ``Token`` object per look-up cost more than the parse itself, so every attribute the
role model needs is copied out once into lists indexed by token position.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass
class TokenTable:
    """Per-token attributes of one document (index = token position)."""

    text: str
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    ent_type: list[str]
    like_num: list[bool]
    is_punct: list[bool]
    idx: list[int]
    ends: list[int]
    sent_of: list[int]
    sent_starts: list[int]
    is_trigger: list[bool]
    chunks: list[tuple[int, int, int]]
    ents: list[tuple[int, int]]

    def __len__(self) -> int:
        return len(self.lower)


def token_table(doc: Doc, triggers: frozenset[str]) -> TokenTable:
    lower, lemma, pos, dep, head, ent, num, punct, idx, ends = ([] for _ in range(10))
    for t in doc:
        lower.append(t.lower_)
        lemma.append(t.lemma_.lower())
        pos.append(t.pos_)
        dep.append(t.dep_)
        head.append(t.head.i)
        ent.append(t.ent_type_)
        num.append(t.like_num)
        punct.append(t.is_punct)
        idx.append(t.idx)
        ends.append(t.idx + len(t.text))
    sent_of = [0] * len(lower)
    starts = []
    for number, sent in enumerate(doc.sents):
        starts.append(sent.start)
        sent_of[sent.start : sent.end] = [number] * (sent.end - sent.start)
    is_trigger = [a in triggers or b in triggers for a, b in zip(lemma, lower, strict=True)]
    chunks = [(c.start, c.end, c.root.i) for c in doc.noun_chunks]
    ents = [(e.start, e.end) for e in doc.ents]
    return TokenTable(doc.text, lower, lemma, pos, dep, head, ent, num, punct, idx, ends,
                      sent_of, starts, is_trigger, chunks, ents)
