"""``PlaceResolver``: place mentions in, GeoNames entries out.

    resolver = PlaceResolver.load()            # once per process; later calls are free
    resolver.resolve_doc(doc)                  # every place mention in a parsed Doc
    resolver.resolve_spans(text, [(0, 10)])    # exactly these spans, in order
    resolver.lookup("Kazakh")                  # one name (demonyms name their country)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from strife.errors import UsageError
from strife.geo.candidates import candidates
from strife.geo.chains import complete_chains
from strife.geo.disambiguate import Group, disambiguate
from strife.geo.gazetteer import KIND_ADMIN1, KIND_ADMIN2, KIND_COUNTRY, MATCH_NAME, Gazetteer
from strife.geo.gazetteer_cache import load_gazetteer
from strife.geo.hierarchy import Settled, settle
from strife.geo.lexicon import Lexicon, load_lexicon
from strife.geo.links import link_mentions
from strife.geo.mention import Mention
from strife.geo.mentions import MentionFinder
from strife.geo.names import name_key
from strife.geo.place import ResolvedPlace, place_from_row, unresolved
from strife.geo.support import isolated, supported
from strife.geo.tokens import case_mode, tokens_from_doc, tokens_from_text

CONTEXT_WEIGHT = 0.5  # a place found around given spans informs them, at half a vote
DATELINE_WEIGHT = 1.0
WEAK_WEIGHT = 0.5  # a place only the gazetteer vouches for (see acceptance) counts half


class PlaceResolver:
    """Resolves place names against a ``Gazetteer``; hand in a small one in tests if need be."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon | None = None) -> None:
        self.gaz = gazetteer
        self.lex = lexicon or load_lexicon()
        self.finder = MentionFinder(gazetteer, self.lex)

    @classmethod
    def load(cls) -> PlaceResolver:
        """The resolver over the GeoNames gazetteer, built or read from cache once."""
        return _default_resolver()

    def find_mentions(
        self, doc: Doc | str, demonyms: bool = False, original: str | None = None
    ) -> list[Mention]:
        """Place mentions (not yet resolved) in a parsed doc or, with less evidence, raw text.
        ``original``: the text as written when ``doc`` was parsed from a re-cased copy of it
        (same offsets), so that the finder reads the real capitals."""
        tokens = tokens_from_doc(doc, original) if isinstance(doc, Doc) else tokens_from_text(doc)
        found = self.finder.find(tokens, case_mode(tokens), demonyms)
        text = original or (doc.text if isinstance(doc, Doc) else doc)
        found = complete_chains(found, text, self._is_division, self._is_known)
        return link_mentions(found, text, self.lex, self._is_division)

    def _is_known(self, key: str) -> bool:
        return key in self.gaz.index

    def _is_division(self, key: str) -> bool:
        """A country or first-level division is this name's own reading."""
        return any(
            self.gaz.kinds[row] in (KIND_COUNTRY, KIND_ADMIN1) and match == MATCH_NAME
            for row, match in self.gaz.lookup(key.removeprefix("the "))
        ) or key in self.gaz.demonyms

    def resolve_doc(
        self, doc: Doc, dateline: str | None = None, demonyms: bool = False,
        original: str | None = None,
    ) -> list[ResolvedPlace]:
        """Every place mention in the text, in text order (``demonyms``: country adjectives
        too). ``dateline`` ("BISHKEK, Kyrgyzstan") is context only: it tips ambiguous names
        towards its country; a dateline that is part of the text is a mention like any other.
        ``original``: see ``find_mentions``."""
        mentions = self.find_mentions(doc, demonyms=True, original=original)
        prior = self._dateline_countries(dateline)
        settled = self._resolve(
            mentions, [WEAK_WEIGHT if m.weak else 1.0 for m in mentions], prior
        )
        keep = supported(self.gaz, mentions, [s.row for s in settled])
        text = original or doc.text  # a property that joins every token: read it once
        return [
            self._place(m, s, text)
            for m, s, kept in zip(mentions, settled, keep, strict=True)
            if kept and (demonyms or not m.demonym)
        ]

    def resolve_spans(
        self, doc_or_text: Doc | str, spans: Sequence[tuple[int, int]]
    ) -> list[ResolvedPlace | None]:
        """Exactly the given ``(start, end)`` spans, in order; None for a blank span. Places
        found around them in the text are context, not output."""
        return self._resolve_given(doc_or_text, spans, None)

    def lookup(self, name: str, country_code: str | None = None) -> ResolvedPlace | None:
        """One name on its own: "Atyrau", "Alexandria, Louisiana", "Kazakh" (→ Kazakhstan).
        None when the gazetteer has no such place (in that country)."""
        name = name.strip()
        if not name:
            return None
        only = country_code.upper() if country_code else None
        key = name_key(name)
        iso2 = self.gaz.demonyms.get(key) or self.gaz.demonyms.get(key.removesuffix("s"))
        if iso2 and (only is None or iso2 == only):
            return place_from_row(self.gaz, self.gaz.country_rows[iso2], name, 0, len(name))
        hit = self._resolve_given(name, [(0, len(name))], only)[0]
        return hit if hit is not None and hit.resolved else None

    def _resolve_given(
        self, doc_or_text: Doc | str, spans: Sequence[tuple[int, int]], only: str | None
    ) -> list[ResolvedPlace | None]:
        text = doc_or_text.text if isinstance(doc_or_text, Doc) else doc_or_text
        given = [_given_mention(text, start, end) for start, end in spans]
        wanted = [m for m in given if m is not None]
        for m in wanted:
            self._mark_given(m)
        context = [
            m for m in self.find_mentions(doc_or_text, demonyms=True)
            if not any(m.start < g.end and g.start < m.end for g in wanted)
        ]
        mentions = link_mentions(wanted + context, text, self.lex)
        own = {id(m) for m in wanted}
        weights = [
            1.0 if id(m) in own else CONTEXT_WEIGHT * (WEAK_WEIGHT if m.weak else 1.0)
            for m in mentions
        ]
        found = self._resolve(mentions, weights, {}, only)
        settled = dict(zip(map(id, mentions), found, strict=True))
        out: list[ResolvedPlace | None] = []
        for (start, end), maybe in zip(spans, given, strict=True):
            out.append(
                None if maybe is None
                else self._place(maybe, settled[id(maybe)], text, start, end)
            )
        return out

    def _mark_given(self, m: Mention) -> None:
        """A caller's span may be an adjective: "Russian" names Russia."""
        iso2 = self.finder.demonym_country(m.key)
        if iso2:
            m.demonym = iso2

    def country_context(self, doc: Doc) -> Counter[str]:
        """Country codes weighted by how many mentions (demonyms included) fall in each."""
        return Counter(
            p.country_code for p in self.resolve_doc(doc, demonyms=True) if p.country_code
        )

    def _dateline_countries(self, dateline: str | None) -> dict[str, float]:
        if not dateline:
            return {}
        parts = [p.strip() for p in dateline.split(",") if p.strip()]
        hit = self.lookup(", ".join(parts[:2])) if parts else None
        return {hit.country_code: DATELINE_WEIGHT} if hit and hit.country_code else {}

    def _resolve(
        self, mentions: list[Mention], weights: list[float], prior: dict[str, float],
        only: str | None = None,
    ) -> list[Settled]:
        # One sense per discourse: every mention of a name shares one group, whose
        # candidates come from the member that says most (a designator, a state).
        group_of: dict[tuple[object, ...], int] = {}
        groups: list[Group] = []
        member: list[int] = []
        speakers: list[Mention] = []
        for m, weight in zip(mentions, weights, strict=True):
            key = (m.key, m.container_name, m.demonym)
            if key not in group_of:
                group_of[key] = len(groups)
                groups.append(Group([], 0.0))
                speakers.append(m)
            n = group_of[key]
            groups[n].weight += weight
            member.append(n)
            if m.hint is not None and speakers[n].hint is None:
                speakers[n] = m
        for g, m in zip(groups, speakers, strict=True):
            blocked = m.key.removeprefix("the ") in self.lex.regions
            g.candidates = [] if blocked else candidates(self.gaz, m)
            if only:
                g.candidates = [c for c in g.candidates if self.gaz.countries[c.row] == only]
        for i, m in enumerate(mentions):
            if m.container is not None and member[m.container] != member[i]:
                groups[member[i]].container = member[m.container]
        disambiguate(self.gaz, groups, prior)
        # Countries the text names, as read in context ("Lebanon" may be the Missouri town):
        # readings outside them then need more evidence, and the document is read again.
        named = self._named_countries(speakers, groups)
        if named and any(self._strays(g, named) for g in groups):
            disambiguate(self.gaz, groups, prior, named)
        rows = [groups[g].best for g in member]
        lone = isolated(self.gaz, mentions, rows)
        rows = [None if alone else row for row, alone in zip(rows, lone, strict=True)]
        return settle(self.gaz, mentions, rows, groups, member)

    def _named_countries(self, speakers: list[Mention], groups: list[Group]) -> frozenset[str]:
        """Countries the text names by name ("Nigeria") or adjective ("Somali town")."""
        named = set()
        for m, g in zip(speakers, groups, strict=True):
            best = g.best
            if m.demonym:
                named.add(m.demonym)
            elif best is not None and not m.weak and self.gaz.kinds[best] == KIND_COUNTRY:
                named.add(self.gaz.countries[best])
        return frozenset(named)

    def _strays(self, g: Group, named: frozenset[str]) -> bool:
        """The group chose a reading outside the named countries though it has one inside."""
        best = g.best
        return best is not None and self.gaz.countries[best] not in named and any(
            self.gaz.countries[c.row] in named for c in g.candidates)

    def _place(
        self, m: Mention, settled: Settled, text: str, start: int | None = None,
        end: int | None = None,
    ) -> ResolvedPlace:
        start = m.start if start is None else start
        end = m.end if end is None else end
        if settled.row is None:
            return unresolved(text[start:end], start, end)
        place = place_from_row(self.gaz, settled.row, text[start:end], start, end)
        if settled.fallback:  # the text's own name, the containing unit's point
            division = m.hint in (KIND_ADMIN1, KIND_ADMIN2)
            place = replace(place, name=m.text, fallback=True,
                            town=None if division else m.text)
        return replace(place, in_name=True) if m.in_name else place


def _given_mention(text: str, start: int, end: int) -> Mention | None:
    """A mention for a caller's span; "Alexandria, La." keeps only the part before the comma
    as the name (the rest is found again as its container)."""
    if not (0 <= start <= end <= len(text)):
        raise UsageError(
            f"span ({start}, {end}) is outside the text of {len(text)} characters; "
            "offsets are character positions in the document text"
        )
    piece = text[start:end]
    if not piece.strip():
        return None
    head = piece.split(",", 1)[0] if "," in piece else piece
    lead = len(head) - len(head.lstrip())
    head = head.strip()
    for suffix in ("'s", "’s"):
        if head.endswith(suffix) and len(head) > len(suffix):
            head = head[: -len(suffix)]
    begin = start + lead
    return Mention(begin, begin + len(head), head, name_key(head), origin="given")


@lru_cache(maxsize=1)
def _default_resolver() -> PlaceResolver:
    return PlaceResolver(load_gazetteer())
