"""Give ALL-CAPS and all-lower-case text the case the English model was trained on.

The spaCy model reads case: in "GUNMEN KILLED TWO POLICEMEN IN KABUL" every word looks like a
name, and in lower-case wire copy no name looks like one. Truecasing here changes only the case
of ASCII letters, so every character offset into the original text stays valid.
"""

from __future__ import annotations

import re
from collections.abc import Container

_WORD = re.compile(r"[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*|[\"“(]\s*)([a-z])")
_ALWAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _lower(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c  # "İ".lower() is two characters: keep the offsets


def _upper(c: str) -> str:
    up = c.upper()
    return up if len(up) == 1 else c


def case_mode(text: str) -> str:
    """"upper", "lower" or "mixed", from the share of capitals among the letters."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "mixed"
    upper = sum(1 for c in letters if c.isupper()) / len(letters)
    if upper > 0.7:
        return "upper"
    if upper < 0.005:
        return "lower"
    return "mixed"


def parse_form(text: str) -> str:
    """The form of ``text`` the model parses: ALL CAPS lowered, anything else as written.

    Lower-case copy parses well enough as it is (and the role model was trained on it), and an
    ALL-CAPS copy lowered becomes exactly that; mixed case keeps its capitals. Same length.
    """
    if case_mode(text) != "upper":
        return text
    return "".join(_lower(c) for c in text)


def truecase(text: str, proper_names: Container[str]) -> str:
    """Lower-case, then capitalise sentence starts and known names; same length as ``text``."""
    if case_mode(text) == "mixed":
        return text
    lowered = "".join(_lower(c) for c in text)
    chars = list(lowered)
    for match in _WORD.finditer(lowered):
        word = match.group(0)
        if word in _ALWAYS or word in proper_names:
            chars[match.start()] = _upper(chars[match.start()])
        elif word == "i":
            chars[match.start()] = "I"
    for match in _SENTENCE_START.finditer(lowered):
        chars[match.start(2)] = _upper(chars[match.start(2)])
    cased = "".join(chars)
    assert len(cased) == len(text)
    return cased
