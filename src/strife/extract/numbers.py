"""Numbers as news writes them: digits, words, "at least 12", "dozens", "two or three".

Vague quantities get their literal low bound: "dozens" is at least two dozen (24), "scores"
40, "hundreds" 200, "several" 3, "a few" 2. A range ("10 to 15") keeps its low bound.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "both": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "couple": 2, "pair": 2,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3,
    "few": 2, "numerous": 3, "many": 3, "some": 2,
}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")


def word_number(token: str) -> int | None:
    """A single token as a number: "7", "1,200", "seven", "twenty-one", "dozens"."""
    word = token.lower().strip()
    if _DIGITS.match(word):
        return int(word.replace(",", ""))
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    if word in _VAGUE:
        return _VAGUE[word]
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in _TENS and tail in _UNITS and _UNITS[tail] < 10:
            return _TENS[head] + _UNITS[tail]
    return None


def parse_quantity(words: list[str]) -> int | None:
    """Combine the number words of one quantity phrase ("two hundred", "a dozen", "40")."""
    total = 0
    current: int | None = None
    for word in words:
        lowered = word.lower()
        if lowered in _SCALES:
            current = (current or 1) * _SCALES[lowered]
            total += current
            current = None
            continue
        value = word_number(lowered)
        if value is None:
            continue
        if lowered == "dozen" and current is not None:
            current *= 12
        elif current is not None and value < 10 and current % 10 == 0 and current >= 20:
            current += value
        elif current is None:
            current = value
    if current is not None:
        total += current
    return total if (total or current == 0) else None
