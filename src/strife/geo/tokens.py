"""A light token view shared by parsed spaCy docs and raw text.

The place finder needs only a token's text, offsets, part of speech and entity label. A
``Doc`` gives all of them; raw text (``resolve_spans`` on a string, with no parse) gives the
first two, and the finder falls back to capitalisation and word lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

CaseMode = Literal["mixed", "lower", "upper"]

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?|\S", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    pos: str = ""  # Universal POS tag, "" when the text was not parsed
    ent: str = ""  # entity label, "" outside entities
    ent_id: int = -1  # which entity (index into doc.ents), -1 outside
    sent_start: bool = False

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def tokens_from_doc(doc: Doc, original: str | None = None) -> list[Tok]:
    ent_of: dict[int, tuple[str, int]] = {}
    for n, ent in enumerate(doc.ents):
        for i in range(ent.start, ent.end):
            ent_of[i] = (ent.label_, n)
    # Token.is_sent_start re-checks the whole doc on every call; read the sentences once.
    starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") else {0}
    out = []
    for tok in doc:
        label, n = ent_of.get(tok.i, ("", -1))
        end = tok.idx + len(tok.text)
        text = original[tok.idx : end] if original is not None else tok.text
        out.append(Tok(text, tok.idx, end, tok.pos_, label, n, tok.i in starts))
    return out


def tokens_from_text(text: str) -> list[Tok]:
    out = []
    sent_start = True
    for m in _WORD.finditer(text):
        word = m.group()
        out.append(Tok(word, m.start(), m.end(), sent_start=sent_start))
        sent_start = word in {".", "!", "?"}
    return out


def case_mode(tokens: list[Tok]) -> CaseMode:
    """Lower-case (MUC-4) or ALL CAPS text has no capitals to go by; the finder then matches
    every word against the gazetteer with stricter filters."""
    words = [t.text for t in tokens if len(t.text) > 1 and t.text.isalpha()]
    if not words:
        return "mixed"
    lower = sum(1 for w in words if w.islower())
    upper = sum(1 for w in words if w.isupper())
    if lower >= 0.97 * len(words):
        return "lower"
    if upper >= 0.8 * len(words):
        return "upper"
    return "mixed"
