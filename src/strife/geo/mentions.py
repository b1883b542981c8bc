"""Find place mentions in text: the tagger's GPE/LOC entities plus direct gazetteer matches.

spaCy's small model misses many places, and nearly all of them in lower-case (MUC-4) or ALL
CAPS text, so every run of name-like words is also looked up in the gazetteer. Common words
that are also places ("police", "may", "reading") need more evidence than a look-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from strife.geo.gazetteer import KIND_CITY, MATCH_NAME, Gazetteer
from strife.geo.lexicon import (
    CONNECTORS,
    INSTITUTION_WORDS,
    LOCATIVE_CUES,
    STREET_WORDS,
    Lexicon,
)
from strife.geo.names import name_key
from strife.geo.tokens import CaseMode, Tok

MAX_WORDS = 6
DEMONYM_RIVAL_POPULATION = 100_000
PLACE_LABELS = frozenset({"GPE", "LOC"})
_NEVER_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LAW", "LANGUAGE"}
)
_TRIM = frozenset({"the", "'s", "’s", "'", "’", ",", ".", "-", "(", ")", '"'})


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key: str
    hint: int | None = None  # gazetteer kind a designator word points to
    container: int | None = None  # index of the mention that contains this one
    container_name: str | None = None  # a US state named by abbreviation ("La.")
    demonym: str | None = None  # ISO alpha-2 when the mention is a country adjective
    origin: str = "gazetteer"


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gaz = gazetteer
        self.lex = lexicon

    def find(
        self, tokens: list[Tok], mode: CaseMode, demonyms: bool = False
    ) -> list[Mention]:
        taken = [False] * len(tokens)
        mentions = self._entity_mentions(tokens, taken, demonyms)
        i = 0
        while i < len(tokens):
            length, iso2 = (0, None) if taken[i] else self._match_at(tokens, i, taken, mode)
            if length:
                span = tokens[i : i + length]
                text = " ".join(t.text for t in span)  # offsets below are what count
                if iso2 is None or demonyms:
                    mentions.append(Mention(span[0].start, span[-1].end, text, name_key(text),
                                            demonym=iso2))
                for j in range(i, i + length):
                    taken[j] = True
                i += length
            else:
                i += 1
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _entity_mentions(
        self, tokens: list[Tok], taken: list[bool], demonyms: bool
    ) -> list[Mention]:
        out = []
        for first, last in _entity_ranges(tokens):
            label = tokens[first].ent
            if label not in PLACE_LABELS and not (demonyms and label == "NORP"):
                continue
            while first <= last and tokens[first].text.lower() in _TRIM:
                first += 1
            while last >= first and tokens[last].text.lower() in _TRIM:
                last -= 1
            if first > last:
                continue
            text = " ".join(t.text for t in tokens[first : last + 1])
            key = name_key(text)
            iso2 = self.demonym_country(key)
            if label == "NORP" or iso2:
                if iso2 is None or not demonyms:
                    continue
                mention = Mention(tokens[first].start, tokens[last].end, text, key,
                                  demonym=iso2, origin="ner")
            else:
                mention = Mention(tokens[first].start, tokens[last].end, text, key, origin="ner")
            out.append(mention)
            for j in range(first, last + 1):
                taken[j] = True
        return out

    def demonym_country(self, key: str) -> str | None:
        """The country of an adjective ("Kazakh", "Afghans"), unless the word is also the
        name of a notable place (small towns and alternate spellings give way to the
        adjective: "Canadian" is Canada, not Canadian, Texas)."""
        iso2 = self.gaz.demonyms.get(key)
        if iso2 is None and key.endswith("s"):
            iso2 = self.gaz.demonyms.get(key[:-1])
        if iso2 is None:
            return None
        for row, match in self.gaz.lookup(key):
            if match == MATCH_NAME and self._notable(row, DEMONYM_RIVAL_POPULATION):
                return None
        return iso2

    def _match_at(
        self, tokens: list[Tok], i: int, taken: list[bool], mode: CaseMode
    ) -> tuple[int, str | None]:
        """Length of the longest acceptable gazetteer name (or country adjective) starting at
        token i, or 0; and the adjective's country."""
        if not self._can_start(tokens[i], mode):
            return 0, None
        end = i
        while end < len(tokens) and end - i < MAX_WORDS and not taken[end]:
            if end > i and tokens[end].sent_start:
                break
            if not self._can_continue(tokens[end], mode):
                break
            end += 1
        for stop in range(end, i, -1):
            span = tokens[i:stop]
            if span[-1].text.lower() in CONNECTORS:
                continue
            key = name_key(" ".join(t.text for t in span))
            iso2 = self.demonym_country(key)
            if iso2 and (mode != "mixed" or span[0].is_cap):
                return stop - i, iso2
            rows = self.gaz.index.get(key)
            if rows and key not in self.lex.regions and self._accept(tokens, i, stop, key, rows, mode):
                return stop - i, None
        return 0, None

    def _can_start(self, tok: Tok, mode: CaseMode) -> bool:
        if tok.ent in _NEVER_LABELS or not tok.text[:1].isalpha():
            return False
        if mode == "mixed":
            return tok.is_cap
        return tok.text.lower() not in self.lex.stop_words

    def _can_continue(self, tok: Tok, mode: CaseMode) -> bool:
        if tok.ent in _NEVER_LABELS:
            return False
        if tok.text.lower() in CONNECTORS:
            return True
        if mode == "mixed":
            return tok.is_cap
        return tok.text[:1].isalpha()

    def _accept(
        self, tokens: list[Tok], i: int, stop: int, key: str, codes: tuple[int, ...],
        mode: CaseMode,
    ) -> bool:
        span = tokens[i:stop]
        if not self._entity_allows(tokens, i, stop):
            return False
        if stop < len(tokens) and name_key(tokens[stop].text) in STREET_WORDS:
            return False
        single = stop - i == 1
        if single and (len(key) < 3 or key in self.lex.stop_words):
            return False
        if mode == "mixed":
            return self._accept_mixed(tokens, i, single, key)
        # Lower-case or ALL CAPS: no capitals to trust, so demand a notable place and
        # refuse dictionary words.
        if any(t.text.lower() in self.lex.stop_words for t in (span[0], span[-1])):
            return False
        if single:
            if key in self.lex.common_words or len(key) < 4:
                return False
            if span[0].pos and span[0].pos not in {"PROPN", "NOUN", "X"}:
                return False
        floor = 5000 if single else 1000
        return any(self._notable(code >> 2, floor) for code in codes)

    def _accept_mixed(self, tokens: list[Tok], i: int, single: bool, key: str) -> bool:
        tok = tokens[i]
        if not single:
            return True
        if not tok.pos and _beside_capital(tokens, i):
            return False  # unparsed text: "Chiquita Henry" is more likely a person
        if tok.pos and tok.pos != "PROPN" and tok.ent not in PLACE_LABELS:
            return False
        if key in self.lex.common_words:
            # A dictionary word capitalised only because it opens a sentence or sits in a
            # title-case headline is not evidence of a place.
            prev = tokens[i - 1] if i > 0 else None
            if tok.sent_start or prev is None or prev.is_cap or tok.text.isupper():
                return False
        return True

    def _notable(self, row: int, floor: int) -> bool:
        if not self.gaz.has_point(row):
            return False
        return self.gaz.kinds[row] != KIND_CITY or self.gaz.populations[row] >= floor

    def _entity_allows(self, tokens: list[Tok], i: int, stop: int) -> bool:
        """A name inside a person's or organisation's name is a place only with a cue."""
        label = tokens[i].ent
        if not label or label in PLACE_LABELS:
            return True
        if label in _NEVER_LABELS:
            return False
        ent_id = tokens[i].ent_id
        first = i
        while first > 0 and tokens[first - 1].ent_id == ent_id:
            first -= 1
        last = stop - 1
        while last + 1 < len(tokens) and tokens[last + 1].ent_id == ent_id:
            last += 1
        prev = tokens[first - 1].text.lower() if first > 0 else ""
        if first == i and last == stop - 1:
            # The whole entity is the name: a mislabelled place if a locative word precedes.
            return prev in LOCATIVE_CUES
        at_front = first == i or (first + 1 == i and tokens[first].text.lower() == "the")
        if label in {"ORG", "FAC"} and stop <= last and at_front:
            return tokens[stop].text.lower() in INSTITUTION_WORDS
        return False


def _beside_capital(tokens: list[Tok], i: int) -> bool:
    before = i > 0 and tokens[i - 1].is_cap and not tokens[i].sent_start
    after = i + 1 < len(tokens) and tokens[i + 1].is_cap and tokens[i + 1].text.isalpha()
    return before or after


def _entity_ranges(tokens: list[Tok]) -> list[tuple[int, int]]:
    ranges = []
    i = 0
    while i < len(tokens):
        if tokens[i].ent_id < 0:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].ent_id == tokens[i].ent_id:
            j += 1
        ranges.append((i, j))
        i = j + 1
    return ranges
