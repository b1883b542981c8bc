"""Bounded views of a parse, so that no rule's cost grows with the length of the document.

A rule that looks at a token's subtree, its ancestors or the entities of its sentence does so
once per trigger, count or noun: on a 100 KB live blog, or a text the parser reads as one
sentence of 3,000 tokens, unbounded views make extraction quadratic (issue 11, item 7). These
helpers look at most ``WIDTH`` tokens each way and find a sentence's entities by bisection.
Noun phrases longer than ``WIDTH`` tokens do not occur in news copy, so results on real text
do not change.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WIDTH = 40
"""tokens each way of a token that a rule may look at"""


def near_subtree(token: Token, width: int = WIDTH) -> Span:
    """The token's subtree, cut to ``width`` tokens each side of it (edges are O(1))."""
    doc = token.doc
    start = max(token.left_edge.i, token.i - width)
    end = min(token.right_edge.i, token.i + width) + 1
    return doc[start:end]


def near_children(token: Token, width: int = WIDTH) -> list[Token]:
    """The token's children within ``width`` tokens of it (a verb can have thousands of
    conjuncts; its subject, negation, auxiliaries and objects sit close by)."""
    doc, i = token.doc, token.i
    start = max(0, i - width)
    heads = _heads(doc)[start : i + width + 1].tolist()  # plain ints: no Token per look
    return [doc[start + j] for j, head in enumerate(heads) if head == i and start + j != i]


def _heads(doc: Doc) -> np.ndarray:
    """Each token's head index, read from the parse once per document."""
    heads = doc.user_data.get("strife.heads")
    if heads is None or len(heads) != len(doc):
        from spacy.attrs import HEAD

        relative = doc.to_array([HEAD]).astype(np.int64).reshape(-1)
        heads = relative + np.arange(len(doc), dtype=np.int64)
        doc.user_data["strife.heads"] = heads
    return heads


def near_ancestors(token: Token, depth: int = 6) -> list[Token]:
    """The first ``depth`` heads above the token."""
    return list(islice(token.ancestors, depth))


def _entity_index(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    # Doc.ents walks every token; the index is built once per document and kept on it.
    index = doc.user_data.get("strife.entity_index")
    if index is None:
        ents = tuple(doc.ents)
        index = ([e.start for e in ents], ents)
        doc.user_data["strife.entity_index"] = index
    return index


def ents_in(span: Span) -> list[Span]:
    """The document's entities inside the span, found by bisection (Span.ents is O(doc))."""
    starts, ents = _entity_index(span.doc)
    found = []
    for k in range(bisect_left(starts, span.start), len(ents)):
        ent = ents[k]
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            found.append(ent)
    return found


def spans_in(span: Span, spans: list[Span], starts: list[int]) -> list[Span]:
    """Of ``spans`` (sorted by start, ``starts`` their token starts), those inside ``span``."""
    found = []
    for k in range(bisect_left(starts, span.start), len(spans)):
        if spans[k].start >= span.end:
            break
        if spans[k].end <= span.end:
            found.append(spans[k])
    return found


def chunk_starts(doc: Doc, chunks: list[Span]) -> list[int]:
    """Token starts of the document's noun chunks, computed once per document."""
    cached = doc.user_data.get("strife.chunk_starts")
    if cached is None or len(cached) != len(chunks):
        cached = [c.start for c in chunks]
        doc.user_data["strife.chunk_starts"] = cached
    return cached
