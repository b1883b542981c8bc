"""Case folding that keeps character offsets: the role model reads lower-cased text.

MUC-4 is all lower case, modern wires are mixed case, some feeds are ALL CAPS; folding every
input to lower case makes the three give the same roles. ``str.lower`` can change the length
of a few non-ASCII characters (``"İ".lower()`` is two code points), which would shift every
offset after it, so those characters are left as they are.
"""

from __future__ import annotations


def lower_text(text: str) -> str:
    """``text`` in lower case, with exactly the same length and offsets."""
    if text.isascii():
        return text.lower()
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def is_lower(text: str) -> bool:
    """True when folding would change nothing (the doc can be used as parsed)."""
    return lower_text(text) == text
