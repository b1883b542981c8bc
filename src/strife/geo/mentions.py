"""Find place mentions in text: the tagger's GPE/LOC entities plus direct gazetteer matches.

spaCy's small model misses many places: it calls small towns people or organisations
("Alexandria" as PERSON, "Fargo" as ORG) and finds almost nothing in lower-case (MUC-4) or
ALL CAPS text. So every run of name-like words is also looked up in the gazetteer, and the
tagger's label is one piece of evidence among several (see ``acceptance``). Common words that
are also places ("police", "may", "reading") need more evidence than a look-up.
"""

from __future__ import annotations

from strife.geo.acceptance import Acceptance, ScanContext
from strife.geo.candidates import lookup_keys
from strife.geo.gazetteer import KIND_CITY, MATCH_NAME, Gazetteer
from strife.geo.lexicon import CONNECTORS, KIND_HINTS, Lexicon
from strife.geo.mention import Mention
from strife.geo.names import name_key
from strife.geo.tokens import CaseMode, Tok

MAX_WORDS = 6
EXTEND_WORDS = 3
DEMONYM_RIVAL_POPULATION = 100_000
PLACE_LABELS = frozenset({"GPE", "LOC"})
_TRIM = frozenset({"the", "'s", "’s", "'", "’", ",", ".", "-", "(", ")", '"'})


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gaz = gazetteer
        self.lex = lexicon
        self.acceptance = Acceptance(gazetteer, lexicon)

    def find(self, tokens: list[Tok], mode: CaseMode, demonyms: bool = False) -> list[Mention]:
        scan = ScanContext.of(tokens, mode)
        mentions, fallback = self._entity_mentions(scan, demonyms)
        i = 0
        while i < len(tokens):
            length, iso2, weak = (0, None, False) if scan.taken[i] else self._match_at(scan, i)
            if not length:
                i += 1
                continue
            span = tokens[i : i + length]
            text = " ".join(t.text for t in span)  # the offsets, not this text, are what count
            if iso2 is None or demonyms:
                mentions.append(Mention(span[0].start, span[-1].end, text, name_key(text),
                                        demonym=iso2, weak=weak))
            for j in range(i, i + length):
                scan.taken[j] = True
            i += length
        # A tagged place the gazetteer lacks stays a mention (unresolved) unless the scan
        # found known places inside it ("Fargo-Moorhead").
        for m in fallback:
            words = set(m.key.split())
            if words & scan.person_words or not m.text[:1].isupper() and scan.mode == "mixed":
                continue  # "Saakashvili" tagged as a place; "meth"
            if not any(o.start < m.end and m.start < o.end for o in mentions):
                mentions.append(m)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _entity_mentions(
        self, scan: ScanContext, demonyms: bool
    ) -> tuple[list[Mention], list[Mention]]:
        tokens = scan.tokens
        out: list[Mention] = []
        fallback: list[Mention] = []
        for first, last in scan.entity_ranges():
            label = tokens[first].ent
            while first <= last and tokens[first].text.lower() in _TRIM:
                first += 1
            while last >= first and tokens[last].text.lower() in _TRIM:
                last -= 1
            if first > last or label not in PLACE_LABELS | {"NORP"}:
                continue
            if label in PLACE_LABELS:
                last = self._longer_name(tokens, first, last)
            text = " ".join(t.text for t in tokens[first : last + 1])
            key = name_key(text)
            iso2 = self.demonym_country(_with_kind_word(key, tokens, last + 1))
            if label == "NORP" and iso2 is None:
                continue  # a people or party; the scan may still find a mislabelled town
            mention = Mention(tokens[first].start, tokens[last].end, text, key,
                              demonym=iso2, origin="ner")
            if iso2 is None and not self._known(mention):
                # Kept only if it looks like a name: "Rebels" tagged GPE is a noun.
                if all(t.pos in ("PROPN", "") for t in tokens[first : last + 1]):
                    fallback.append(mention)
                continue
            if iso2 is None or demonyms:
                out.append(mention)
            for j in range(first, last + 1):
                scan.taken[j] = True
        return out, fallback

    def _longer_name(self, tokens: list[Tok], first: int, last: int) -> int:
        """The tagger often stops short of a name with a connector in it ("Rio Grande" of
        "Rio Grande do Norte", "Newfoundland" of "Newfoundland and Labrador"): take the
        longest run of the name's own words that the gazetteer knows by its own name."""
        best = last
        stop = min(len(tokens), last + 1 + EXTEND_WORDS)
        for end in range(last + 1, stop):
            tok = tokens[end]
            if tok.sent_start or not (tok.is_cap or tok.text.lower() in CONNECTORS):
                break
            key = name_key(" ".join(t.text for t in tokens[first : end + 1]))
            if any(match == MATCH_NAME for _, match in self.gaz.lookup(key)):
                best = end
        return best

    def _known(self, mention: Mention) -> bool:
        if mention.key.removeprefix("the ") in self.lex.regions:
            return True
        return any(key in self.gaz.index for key, _ in lookup_keys(mention))

    def demonym_country(self, key: str) -> str | None:
        """The country of an adjective ("Kazakh", "Afghans"), unless the word is also the
        name of a notable place (small towns and alternate spellings give way to the
        adjective: "Canadian" is Canada, not Canadian, Texas). "Kazakh city", "a Somali
        town": an adjective before a kind word names the country too, never a place called
        so."""
        words = key.split()
        before_kind_word = len(words) > 1 and KIND_HINTS.get(words[-1]) == KIND_CITY
        if before_kind_word:
            key = " ".join(words[:-1])
        iso2 = self.gaz.demonyms.get(key)
        if iso2 is None and key.endswith("s"):
            iso2 = self.gaz.demonyms.get(key[:-1])
        if iso2 is None or before_kind_word:
            return iso2
        for row, match in self.gaz.lookup(key):
            if match == MATCH_NAME and self.acceptance.notable(row, DEMONYM_RIVAL_POPULATION):
                return None
        return iso2

    def _match_at(self, scan: ScanContext, i: int) -> tuple[int, str | None, bool]:
        """Length of the longest acceptable gazetteer name (or country adjective) starting at
        token i, or 0; the adjective's country; whether the evidence is weak."""
        tokens, mode = scan.tokens, scan.mode
        if not self.acceptance.can_start(tokens[i], mode):
            return 0, None, False
        end = i
        while end < len(tokens) and end - i < MAX_WORDS and not scan.taken[end]:
            if end > i and (tokens[end].sent_start or not self.acceptance.can_continue(
                    tokens[end], mode)):
                break
            end += 1
        for stop in range(end, i, -1):
            span = tokens[i:stop]
            if span[-1].text.lower() in CONNECTORS:
                continue
            key = name_key(" ".join(t.text for t in span))
            iso2 = self.demonym_country(_with_kind_word(key, tokens, stop))
            if iso2 and (mode != "mixed" or span[0].is_cap):
                return stop - i, iso2, False
            codes = self.gaz.index.get(key)
            verdict = self.acceptance.accept(scan, i, stop, key, codes) if codes else None
            if verdict:
                return stop - i, None, verdict == "weak"
        return 0, None, False


def _with_kind_word(key: str, tokens: list[Tok], after: int) -> str:
    """``key`` with the town word that follows it ("somali" + "capital"), which makes an
    adjective name its country even where a notable place shares the word (Somali Region);
    a division word keeps both readings open ("the Somali region" of Ethiopia)."""
    if after < len(tokens) and KIND_HINTS.get(tokens[after].text.lower()) == KIND_CITY:
        return f"{key} {tokens[after].text.lower()}"
    return key
