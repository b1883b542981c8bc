"""The one way strife matches a word list against text: whole words, never parts of words.

A cue list ("accident_words", "no_death_phrases") holds words and phrases. A phrase matches
only where each of its words stands as a whole word in the text, in order, separated by any
white space: "storm" never matches inside "stormed", "no one was hurt" matches across a line
break. Matching ignores case and reports offsets into the text it was given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class CueMatch:
    """One cue phrase found in a text: its characters ``start:end`` and the list entry."""

    start: int
    end: int
    phrase: str


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


class CueList:
    """A named, immutable list of lower-case words and phrases with whole-word matching."""

    def __init__(self, name: str, phrases: Iterable[str]) -> None:
        self.name = name
        self.phrases = frozenset(" ".join(str(p).lower().split()) for p in phrases)
        # Longest first: where two entries start at one place, the longer one is the match.
        ordered = sorted(self.phrases, key=len, reverse=True)
        alternation = "|".join(_phrase_pattern(p) for p in ordered) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    def __contains__(self, word: object) -> bool:
        """Whether ``word`` (one token or lemma, lower case) is an entry."""
        return word in self.phrases

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.phrases))

    def __len__(self) -> int:
        return len(self.phrases)

    def search(self, text: str) -> CueMatch | None:
        """The first entry in ``text`` (the longest of those that start there)."""
        found = self._pattern.search(text)
        if found is None:
            return None
        return CueMatch(found.start(), found.end(), " ".join(found.group().lower().split()))

    def finditer(self, text: str) -> Iterator[CueMatch]:
        """Every non-overlapping entry in ``text``, left to right."""
        for found in self._pattern.finditer(text):
            yield CueMatch(found.start(), found.end(), " ".join(found.group().lower().split()))

    def occurs_in(self, text: str) -> bool:
        """Whether any entry stands in ``text`` as whole words."""
        return self._pattern.search(text) is not None

    def __repr__(self) -> str:
        return f"CueList({self.name!r}, {len(self.phrases)} entries)"
