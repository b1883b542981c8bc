"""Candidate role-filler spans: every plausible noun phrase boundary in a parsed document.

MUC-4 gold fillers are short noun phrases ("guerrillas", "urban guerrillas", "the fmln",
"members of the salvadoran army", "car bomb"), and GRIT's score rewards a string only when it
is exactly one of the gold alternatives. So the generator over-produces boundaries around each
nominal head (chunk, chunk less its determiners, the chunk extended by an "of" phrase, runs of
name-like tokens and their sub-spans) and leaves the choice to the classifier. On MUC-4 dev
about 98% of gold entities have at least one mention among the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

# Tokens that can form a (lower-cased) name or compound noun run.
_NOMINAL = frozenset({"PROPN", "NOUN", "ADJ"})
_MAX_TOKENS = 12
_MAX_RUN = 6
# Words that never start or end a filler; pruning them keeps inference cheap.
_EDGE_STOP = frozenset({"and", "or", "of", "'s", ",", "-", "to", "in", "on", "at", "by", "for"})


@dataclass(frozen=True)
class Candidate:
    """A token span ``[start, end)`` with its syntactic head and its enclosing noun chunk."""

    start: int
    end: int
    head: int
    chunk_start: int
    chunk_end: int


def _chunk_spans(chunk: Span) -> set[tuple[int, int]]:
    """Boundaries around one noun chunk: its suffixes up to the head, each with optional tail."""
    doc = chunk.doc
    head = chunk.root.i
    spans: set[tuple[int, int]] = set()
    for start in range(chunk.start, head + 1):
        for end in range(head + 1, chunk.end + 1):
            spans.add((start, end))
    of_tail = _of_phrase_end(doc, head)
    if of_tail is not None:
        for start in range(chunk.start, head + 1):
            spans.add((start, of_tail))
    subtree = list(chunk.root.subtree)
    spans.add((subtree[0].i, subtree[-1].i + 1))
    return spans


def _of_phrase_end(doc: Doc, head: int) -> int | None:
    """End of "members [of the salvadoran army]": the subtree of an "of" child of the head."""
    for child in doc[head].rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return max(t.i for t in child.subtree) + 1
    return None


def _run_spans(doc: Doc) -> set[tuple[int, int]]:
    """Every sub-span of a run of nominal tokens (lower-cased names parse as such runs)."""
    spans: set[tuple[int, int]] = set()
    i = 0
    while i < len(doc):
        if doc[i].pos_ not in _NOMINAL or doc[i].is_punct:
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].pos_ in _NOMINAL and j - i < _MAX_RUN:
            j += 1
        for a in range(i, j):
            for b in range(a + 1, j + 1):
                spans.add((a, b))
        i = j
    return spans


def _head_of(doc: Doc, start: int, end: int) -> int:
    """The span token whose head lies outside the span (the last such, for flat names)."""
    heads = [i for i in range(start, end) if not start <= doc[i].head.i < end or doc[i].head.i == i]
    return heads[-1] if heads else end - 1


def _keep(doc: Doc, start: int, end: int) -> bool:
    if end - start > _MAX_TOKENS:
        return False
    first, last = doc[start], doc[end - 1]
    if first.lower_ in _EDGE_STOP or last.lower_ in _EDGE_STOP or last.is_punct:
        return False
    if first.is_punct and first.text not in {'"', "'"}:
        return False
    return any(t.pos_ in {"NOUN", "PROPN"} for t in doc[start:end])


def candidate_spans(doc: Doc) -> list[Candidate]:
    """All candidate spans in text order, each with its head and enclosing noun chunk."""
    spans: set[tuple[int, int]] = set()
    chunk_of: dict[int, tuple[int, int]] = {}
    for chunk in doc.noun_chunks:
        spans |= _chunk_spans(chunk)
        for i in range(chunk.start, chunk.end):
            chunk_of[i] = (chunk.start, chunk.end)
    spans |= _run_spans(doc)
    spans |= {(ent.start, ent.end) for ent in doc.ents}
    out = []
    for start, end in sorted(spans):
        if not _keep(doc, start, end):
            continue
        head = _head_of(doc, start, end)
        c_start, c_end = chunk_of.get(head, (start, end))
        out.append(Candidate(start, end, head, c_start, c_end))
    return out
