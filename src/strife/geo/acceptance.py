"""Whether a gazetteer match in running text is a place mention.

The evidence, in order: what surrounds the words (a street word after them, an honorific
before them, a locative word before them, a dateline dash after them), the tagger's label
and how much of the entity the words cover, the document's case, whether the words are a
dictionary word, and how notable the place is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from strife.geo.gazetteer import KIND_CITY, MATCH_NAME, Gazetteer
from strife.geo.lexicon import (
    CONNECTORS,
    HONORIFICS,
    INSTITUTION_WORDS,
    KIND_HINTS,
    LOCATIVE_CUES,
    STREET_WORDS,
    Lexicon,
)
from strife.geo.names import name_key
from strife.geo.tokens import CaseMode, Tok

PLACE_LABELS = frozenset({"GPE", "LOC"})
NEVER_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LAW", "LANGUAGE"}
)
MISLABEL_FLOOR = 1000  # a whole ORG/PERSON entity is a town only if the town is this big
INSIDE_NAME_FLOOR = 10_000  # a place inside an organisation's name ("Minnesota House")
LOWER_CASE_FLOOR = (5000, 1000)  # single word, several words, in lower-case or CAPS text
ALTERNATE_FLOOR = 100_000  # a place matched only by an alternate name must be this big
Verdict = Literal["strong", "weak"] | None
_DIVISION_WORDS = frozenset(k for k, kind in KIND_HINTS.items() if kind != KIND_CITY)
_DASHES = frozenset({"—", "–", "--", "-", "(", ","})


@dataclass
class ScanContext:
    """One document's tokens plus what the finder learns about them on the way."""

    tokens: list[Tok]
    mode: CaseMode
    taken: list[bool]
    person_words: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, tokens: list[Tok], mode: CaseMode) -> ScanContext:
        scan = cls(tokens, mode, [False] * len(tokens))
        # Words of the full person names in the document: a lone "Turner" after "Haywood
        # Turner" is the person again, not Turner, Oregon.
        words: set[str] = set()
        for first, last in scan.entity_ranges():
            if tokens[first].ent == "PERSON" and last > first:
                words.update(name_key(t.text) for t in tokens[first : last + 1])
        scan.person_words = frozenset(words)
        return scan

    def entity_ranges(self) -> list[tuple[int, int]]:
        ranges = []
        i = 0
        while i < len(self.tokens):
            if self.tokens[i].ent_id < 0:
                i += 1
                continue
            j = i
            while j + 1 < len(self.tokens) and self.tokens[j + 1].ent_id == self.tokens[i].ent_id:
                j += 1
            ranges.append((i, j))
            i = j + 1
        return ranges


class Acceptance:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gaz = gazetteer
        self.lex = lexicon

    def can_start(self, tok: Tok, mode: CaseMode) -> bool:
        if tok.ent in NEVER_LABELS or not tok.text[:1].isalpha():
            return False
        if mode == "mixed":
            return tok.is_cap
        return tok.text.lower() not in self.lex.stop_words

    def can_continue(self, tok: Tok, mode: CaseMode) -> bool:
        if tok.ent in NEVER_LABELS:
            return False
        if tok.text.lower() in CONNECTORS:
            return True
        return tok.is_cap if mode == "mixed" else tok.text[:1].isalpha()

    def notable(self, row: int, floor: int) -> bool:
        if not self.gaz.has_point(row):
            return False
        return self.gaz.kinds[row] != KIND_CITY or self.gaz.populations[row] >= floor

    def _any_notable(self, codes: tuple[int, ...], floor: int, own_name: bool = False) -> bool:
        return any(
            self.notable(code >> 2, floor) and (not own_name or code & 3 == MATCH_NAME)
            for code in codes
        )

    def accept(
        self, scan: ScanContext, i: int, stop: int, key: str, codes: tuple[int, ...]
    ) -> Verdict:
        """None to refuse; "strong" when the text itself marks a place (the tagger's GPE or
        LOC, a locative word, a dateline, "… Police Department"); "weak" when only the
        gazetteer says so, which the resolver keeps only where the story's geography
        supports it."""
        tokens = scan.tokens
        if not self._plausible(tokens, i, stop, key, codes):
            return None
        single = stop - i == 1
        entity = self._entity_verdict(scan, i, stop, codes)
        if entity is None:
            return None
        if scan.mode == "mixed":
            return entity if self._mixed_case(scan, i, single, key) else None
        # Lower-case or ALL CAPS: no capitals to trust, so demand a notable place and
        # refuse dictionary words.
        if any(t.text.lower() in self.lex.stop_words for t in (tokens[i], tokens[stop - 1])):
            return None
        if single and (key in self.lex.common_words or len(key) < 4):
            return None
        if single and tokens[i].pos and tokens[i].pos not in {"PROPN", "NOUN", "X"}:
            return None
        return entity if self._any_notable(codes, LOWER_CASE_FLOOR[0 if single else 1]) else None

    def _plausible(
        self, tokens: list[Tok], i: int, stop: int, key: str, codes: tuple[int, ...]
    ) -> bool:
        if key in self.lex.not_places or key in self.lex.regions:
            return False
        if stop < len(tokens) and name_key(tokens[stop].text) in STREET_WORDS:
            return False
        if i > 0 and name_key(tokens[i - 1].text) in HONORIFICS:
            return False
        if stop - i == 1:
            text = tokens[i].text
            if len(key) < 3 or key in self.lex.stop_words:
                return False
            if text.endswith(".") and len(key) <= 4:  # "Sen.", "Ave.": abbreviations
                return False
        # Only an alternate name of a small place ("Passover" for a Tennessee hamlet):
        # too thin to call a place.
        return self._any_notable(codes, 0, own_name=True) or self._any_notable(
            codes, ALTERNATE_FLOOR
        )

    def _mixed_case(self, scan: ScanContext, i: int, single: bool, key: str) -> bool:
        tokens = scan.tokens
        tok = tokens[i]
        if not single:
            return True
        if key in self.lex.common_words:
            # A dictionary word capitalised only because it opens a sentence or sits in a
            # title-case headline is not evidence of a place.
            prev = tokens[i - 1] if i > 0 else None
            if tok.sent_start or prev is None or prev.is_cap or tok.text.isupper():
                return False
            return tok.ent in PLACE_LABELS
        if not tok.pos:  # unparsed text: "Chiquita Henry" is more likely a person
            return not _beside_capital(tokens, i)
        return True

    def _entity_verdict(
        self, scan: ScanContext, i: int, stop: int, codes: tuple[int, ...]
    ) -> Verdict:
        """A name the tagger put inside another kind of entity is a place only with a cue."""
        tokens = scan.tokens
        label = tokens[i].ent
        if label in PLACE_LABELS:
            return "strong"
        if label in NEVER_LABELS:
            return None
        before = tokens[i - 1].text.lower() if i > 0 else ""
        if _dateline(tokens, i, stop) or before in LOCATIVE_CUES or before in self.lex.place_verbs:
            return "strong"
        if not label:
            return "weak"
        first, last = _entity_extent(tokens, i, stop)
        if first == i and last == stop - 1:
            return "weak" if self._whole_entity(scan, i, stop, codes) else None
        after = tokens[stop].text.lower() if stop < len(tokens) else ""
        at_front = first == i or (first + 1 == i and tokens[first].text.lower() == "the")
        if after in _DIVISION_WORDS:
            return "strong"  # "Ogun province", "Kidal region": the text calls it a place
        site = after in INSTITUTION_WORDS or after in self.lex.facility_words
        if at_front and (site or after in {"'s", "’s"}):
            return "strong"
        if label != "PERSON" and self._any_notable(codes, INSIDE_NAME_FLOOR, own_name=True):
            return "weak"
        return None

    def _whole_entity(self, scan: ScanContext, i: int, stop: int, codes: tuple[int, ...]) -> bool:
        """The tagger called these exact words a person or an organisation: believe the
        gazetteer instead when it knows the place by this very name and the words are not
        part of a person's full name elsewhere in the document."""
        if not self._any_notable(codes, MISLABEL_FLOOR, own_name=True):
            return False
        if scan.tokens[i].ent == "PERSON":
            return not any(name_key(t.text) in scan.person_words for t in scan.tokens[i:stop])
        return True


def _entity_extent(tokens: list[Tok], i: int, stop: int) -> tuple[int, int]:
    ent_id = tokens[i].ent_id
    first = i
    while first > 0 and tokens[first - 1].ent_id == ent_id:
        first -= 1
    last = stop - 1
    while last + 1 < len(tokens) and tokens[last + 1].ent_id == ent_id:
        last += 1
    return first, last


def _dateline(tokens: list[Tok], i: int, stop: int) -> bool:
    """"HAMILTON — …", "BEIRUT, Lebanon (AP) —": capitals opening a line, then a dash."""
    if not all(t.text.isupper() or t.text.lower() in CONNECTORS for t in tokens[i:stop]):
        return False
    opens = i == 0 or tokens[i].sent_start or tokens[i - 1].text in {".", "\n", "\n\n"}
    return opens and stop < len(tokens) and tokens[stop].text in _DASHES


def _beside_capital(tokens: list[Tok], i: int) -> bool:
    before = i > 0 and tokens[i - 1].is_cap and not tokens[i].sent_start
    after = i + 1 < len(tokens) and tokens[i + 1].is_cap and tokens[i + 1].text.isalpha()
    return before or after
