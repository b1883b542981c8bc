"""Relations between mentions that the text states outright.

- containment: "Alexandria, Louisiana", "Alexandria, La.", "Nad Ali district, Helmand
  province", "Kazakhstan's southern city of Taraz";
- kind: "Helmand province", "the town of Atyrau", "Zhambyl region".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from strife.geo.gazetteer import KIND_ADMIN1, KIND_ADMIN2
from strife.geo.lexicon import INSTITUTION_WORDS, KIND_HINTS, Lexicon
from strife.geo.mention import Mention
from strife.geo.names import name_key

_HINT_WORDS = "|".join(sorted(KIND_HINTS, key=len, reverse=True))
# "Helmand province", "Helmand Province," but not "Paris City Hall".
_HINT_AFTER = re.compile(rf"\s+({_HINT_WORDS})\b(?!\s+[A-Z])", re.I)
_HINT_BEFORE = re.compile(rf"\b({_HINT_WORDS})\s+of\s+(?:the\s+)?$", re.I)
# Between a mention and the one that contains it: a comma, perhaps after a designator.
_CONTAINED_BY = re.compile(rf"^(?:\s+(?:{_HINT_WORDS}))?\s*,\s*$", re.I)
# "Kazakhstan's southern city of " — a possessive, a few words, a designator, "of".
_POSSESSIVE_OF = re.compile(
    rf"^\s*['’]s\s+(?:[\w-]+\s+){{0,4}}?(?:{_HINT_WORDS})\s+of\s+(?:the\s+)?$", re.I
)
# "<town> in <province>": only a division after "in" contains (not "Kabul in 2010").
_IN_DIVISION = re.compile(rf"^(?:\s+(?:{_HINT_WORDS}))?\s+in\s+(?:the\s+)?$", re.I)
_DIVISION_HINTS = frozenset({KIND_ADMIN1, KIND_ADMIN2})
_NEAR_BEFORE = re.compile(r"\b(?:near|outside)\s+$", re.I)
# Up to four capitalised words right after a mention.
_NAME_RUN = re.compile(r"(?: [A-Z][\w'’-]*){1,4}")
_NOT_NAME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_STATE_AFTER = re.compile(r"\s*,\s*(W\.\s?Va\.|D\.C\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)")


def link_mentions(
    mentions: list[Mention], text: str, lexicon: Lexicon,
    is_division: Callable[[str], bool] | None = None,
) -> list[Mention]:
    """Add state-abbreviation mentions, then set each mention's hint and container.
    ``is_division``: whether a name key names a country or province, which makes "<town>
    in <that name>" a containment."""
    mentions = sorted(mentions + _state_abbreviations(mentions, text, lexicon),
                      key=lambda m: m.start)
    for mention in mentions:
        _standalone_state(mention, lexicon)
        _set_hint(mention, text)
    starts = {m.start for m in mentions}
    for i, mention in enumerate(mentions):
        if mention.container is None:
            mention.container = _find_container(mentions, i, text, is_division)
        mention.in_name = _opens_a_name(mention, text, lexicon, starts)
    for mention in mentions:
        container = mentions[mention.container] if mention.container is not None else None
        if container is not None and mention.hint is None and container.key == mention.key:
            # "Kidal, Kidal region": a place inside the region of its own name is the town.
            mention.hint = KIND_HINTS["city"]
    return mentions


def _opens_a_name(mention: Mention, text: str, lexicon: Lexicon, starts: set[int]) -> bool:
    """The place's words run on into more capitalised words that are neither a place, a
    designator nor a site ("Boko Haram", "Derna Mujahideen Shura Council")."""
    if mention.demonym or text[mention.start : mention.end].isupper():
        return False  # an adjective, or capitals throughout (a dateline, a headline)
    words = _NAME_RUN.match(text, mention.end)
    if words is None or mention.end + 1 in starts:
        return False
    run = [name_key(w) for w in words.group(0).split()]
    if run[0] in _NOT_NAME_WORDS or run[0] in KIND_HINTS:
        return False
    return not any(w in lexicon.facility_words or w in INSTITUTION_WORDS for w in run)


def _state_abbreviations(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """"Alexandria, La.": the abbreviation becomes a mention of the state (a mention the
    tagger already made there is rewritten, since its own key "la" means nothing)."""
    at = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        match = _STATE_AFTER.match(text, m.end)
        if not match:
            continue
        state = lexicon.us_state_forms.get(match.group(1).replace(" ", ""))
        if state is None:
            continue
        existing = at.get(match.start(1))
        if existing is not None:
            if existing.end == match.end(1):
                existing.key, existing.hint, existing.container_name = (
                    name_key(state), KIND_ADMIN1, "US")
            continue
        out.append(
            Mention(match.start(1), match.end(1), match.group(1), name_key(state),
                    hint=KIND_ADMIN1, container_name="US", origin="abbrev")
        )
    return out


def _standalone_state(mention: Mention, lexicon: Lexicon) -> None:
    """An AP abbreviation on its own ("in S.C. and Ga.") names the state; a bare postal
    code ("IN", "OR") is only trusted after a town, above."""
    if "." not in mention.text or mention.container_name:
        return
    form = mention.text.replace(" ", "")
    state = lexicon.us_state_forms.get(form) or lexicon.us_state_forms.get(form + ".")
    if state:
        mention.key, mention.hint, mention.container_name = name_key(state), KIND_ADMIN1, "US"


def _set_hint(mention: Mention, text: str) -> None:
    if mention.hint is not None or mention.demonym:
        return
    words = mention.key.split()
    if len(words) > 1 and words[-1] in KIND_HINTS:  # "Helmand Province" as one name
        mention.hint = KIND_HINTS[words[-1]]
        return
    after = _HINT_AFTER.match(text, mention.end)
    if after:
        mention.hint = KIND_HINTS[after.group(1).lower()]
        return
    before = _HINT_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before:
        mention.hint = KIND_HINTS[before.group(1).lower()]
    elif _NEAR_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        mention.hint = KIND_HINTS["town"]  # "near Tillaberi": a town is near, a region is not


def _find_container(
    mentions: list[Mention], i: int, text: str, is_division: Callable[[str], bool] | None
) -> int | None:
    mention = mentions[i]
    if i + 1 < len(mentions):
        nxt = mentions[i + 1]
        between = text[mention.end : nxt.start]
        if not nxt.demonym and _CONTAINED_BY.match(between):
            return i + 1
        if not nxt.demonym and _IN_DIVISION.match(between) and (
            nxt.hint in _DIVISION_HINTS or (is_division is not None and is_division(nxt.key))
        ):
            return i + 1  # "near Sibi in Balochistan province"
    for j in range(i - 1, max(-1, i - 3), -1):
        prev = mentions[j]
        if prev.demonym:
            continue
        if _POSSESSIVE_OF.match(text[prev.end : mention.start]):
            return j
    return None
