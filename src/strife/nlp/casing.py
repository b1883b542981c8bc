"""The case in which an article is parsed: ALL CAPS lowered, everything else as written.

The English model reads case, and in "GUNMEN KILLED TWO POLICEMEN IN KABUL" every word looks
like a name. Lowered, an ALL-CAPS copy reads like lower-case wire copy (MUC-4's form), which
the parser handles and the role model was trained on; so both give the same incidents. Only
letters whose lower case is one character change, so every offset into the original text
stays valid.
"""

from __future__ import annotations


def _lower(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c  # "İ".lower() is two characters: keep the offsets


def case_mode(text: str) -> str:
    """"upper", "lower" or "mixed", from the share of capitals among the letters."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return "mixed"
    upper = sum(1 for c in letters if c.isupper()) / len(letters)
    if upper > 0.7:
        return "upper"
    if upper < 0.005:
        return "lower"
    return "mixed"


def parse_form(text: str) -> str:
    """The text the model parses: ALL CAPS lowered, anything else as written; same length."""
    if case_mode(text) != "upper":
        return text
    return "".join(_lower(c) for c in text)
