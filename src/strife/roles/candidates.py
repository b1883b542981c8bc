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

from strife.roles.tokens import TokenTable

# Tokens that can form a (lower-cased) name or compound noun run.
_NOMINAL = frozenset({"PROPN", "NOUN", "ADJ"})
_NOUNS = frozenset({"PROPN", "NOUN"})
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


def _subtree_end(tt: TokenTable, root: int) -> int:
    """One past the last token whose chain of heads reaches ``root`` (spans are projective)."""
    end = root + 1
    i = root + 1
    while i < len(tt):
        j, steps = i, 0
        while tt.head[j] != j and j != root and steps < 50:
            j, steps = tt.head[j], steps + 1
        if j != root:
            break
        end = i + 1
        i += 1
    return end


def _chunk_spans(tt: TokenTable, start: int, end: int, head: int) -> set[tuple[int, int]]:
    """Boundaries around one noun chunk: its suffixes up to the head, each with optional tail."""
    spans = {(a, b) for a in range(start, head + 1) for b in range(head + 1, end + 1)}
    for child in range(head + 1, min(head + 3, len(tt))):
        if tt.head[child] == head and tt.dep[child] == "prep" and tt.lower[child] == "of":
            tail = _subtree_end(tt, child)
            spans |= {(a, tail) for a in range(start, head + 1)}
    return spans


def _run_spans(tt: TokenTable) -> set[tuple[int, int]]:
    """Every sub-span of a run of nominal tokens (lower-cased names parse as such runs)."""
    spans: set[tuple[int, int]] = set()
    i = 0
    while i < len(tt):
        if tt.pos[i] not in _NOMINAL or tt.is_punct[i]:
            i += 1
            continue
        j = i
        while j < len(tt) and tt.pos[j] in _NOMINAL and j - i < _MAX_RUN:
            j += 1
        spans |= {(a, b) for a in range(i, j) for b in range(a + 1, j + 1)}
        i = j
    return spans


def _head_of(tt: TokenTable, start: int, end: int) -> int:
    """The last span token whose head lies outside the span (the root of a flat name)."""
    for i in range(end - 1, start - 1, -1):
        h = tt.head[i]
        if h == i or not start <= h < end:
            return i
    return end - 1


def _keep(tt: TokenTable, start: int, end: int) -> bool:
    if end - start > _MAX_TOKENS:
        return False
    first, last = tt.lower[start], tt.lower[end - 1]
    if first in _EDGE_STOP or last in _EDGE_STOP or tt.is_punct[end - 1]:
        return False
    if tt.is_punct[start] and first not in {'"', "'"}:
        return False
    if "\n" in tt.text[tt.idx[start] : tt.ends[end - 1]]:
        return False  # a filler never runs from a headline or paragraph into the next
    return any(p in _NOUNS for p in tt.pos[start:end])


def candidate_spans(tt: TokenTable) -> list[Candidate]:
    """All candidate spans in text order, each with its head and enclosing noun chunk."""
    spans: set[tuple[int, int]] = set()
    chunk_of: dict[int, tuple[int, int]] = {}
    chunk_at = {start: end for start, end, _ in tt.chunks}
    for start, end, head in tt.chunks:
        spans |= _chunk_spans(tt, start, end, head)
        spans.add((start, _subtree_end(tt, head)))
        # "members of the 8th front" even when the parser hangs "of" on the verb
        if end < len(tt) and tt.lower[end] == "of" and end + 1 in chunk_at:
            spans |= {(a, chunk_at[end + 1]) for a in range(start, head + 1)}
        for i in range(start, end):
            chunk_of[i] = (start, end)
    spans |= _run_spans(tt)
    spans |= set(tt.ents)
    out = []
    for start, end in sorted(spans):
        if not _keep(tt, start, end):
            continue
        head = _head_of(tt, start, end)
        c_start, c_end = chunk_of.get(head, (start, end))
        out.append(Candidate(start, end, head, c_start, c_end))
    return out
