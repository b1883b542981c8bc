"""Numbers as news writes them: digits, words, "at least 12", "dozens", "two or three".

The words live in ``data/lexicons/numbers.yaml``. Vague quantities get their literal low bound
("dozens" is at least two dozen, 24; "several" and "a number of" 3), and a range ("between 10
and 15", "10 to 15") keeps its low bound, as ACLED codes the lowest figure reported.
"""

from __future__ import annotations

import re
from functools import lru_cache

from strife.codebook.loader import load_data
from strife.codebook.schema import NumbersFile

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_RANGE = re.compile(r"^\d+-\d+$")


@lru_cache(maxsize=1)
def number_words() -> NumbersFile:
    """The number words of ``numbers.yaml``, keys in lower case (they match lowered tokens)."""
    raw = load_data("lexicons/numbers.yaml", NumbersFile)
    return raw.model_copy(update={
        name: {k.lower(): v for k, v in getattr(raw, name).items()}
        for name in NumbersFile.model_fields
    })


def ordinal_number(token: str) -> int | None:
    """"fourth" → 4: the place of one person in a running count (from "second" on)."""
    return number_words().ordinals.get(token.lower())


def vague_quantity(token: str) -> int | None:
    """The low bound of a vague quantity ("several", "dozens", the noun of "a number of")."""
    words = number_words()
    return words.vague.get(token.lower(), words.vague_nouns.get(token.lower()))


def word_number(token: str) -> int | None:
    """A single token as a number: "7", "1,200", "seven", "twenty-one", "dozens"."""
    words = number_words()
    word = token.lower().strip()
    if _DIGITS.match(word):
        return int(word.replace(",", ""))
    for table in (words.units, words.tens, words.vague):
        if word in table:
            return table[word]
    if _RANGE.match(word):  # "10-15": the low bound
        return int(word.split("-")[0].replace(",", ""))
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in words.tens and tail in words.units and words.units[tail] < 10:
            return words.tens[head] + words.units[tail]
    return None


def parse_quantity(words: list[str]) -> int | None:
    """Combine the number words of one quantity phrase ("two hundred", "a dozen", "40").

    A range ("10 to 15", "between 10 and 15", "10-15") keeps its first, lower figure: once a
    figure is complete, a second one is not added to it.
    """
    scales = number_words().scales
    total = 0
    current: int | None = None
    for word in words:
        lowered = word.lower()
        if lowered in scales:
            current = (current or 1) * scales[lowered]
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
