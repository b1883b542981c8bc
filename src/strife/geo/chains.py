"""Place chains: "<village>, <district>, <province>, <country>" read as one hierarchy.

Analyst summaries and wire datelines name an event place by its chain of divisions, and
the smallest links are often villages the tagger does not know and the gazetteer lacks. A
chain is a run of capitalised names joined by commas that follows a locative word ("in",
"near", "outside") or opens the text (a dateline), and that ends in a place the finder has
already found. Each name in it becomes a mention, even one no gazetteer knows, so that the
resolver can place it inside the next link or, failing that, fall back to that link.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from strife.geo.designators import LOCAL_DESIGNATORS
from strife.geo.gazetteer import KIND_ADMIN1, KIND_ADMIN2
from strife.geo.lexicon import KIND_HINTS
from strife.geo.mention import Mention
from strife.geo.names import name_key

# A capital of any Latin script ("Şırnak", "Ōsaka"), then word characters.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha())
_NAME_WORD = rf"[{_UPPER}][\w'’.-]*"
_DESIGNATOR = "|".join(sorted(KIND_HINTS, key=len, reverse=True))
# Lower-case words inside names: "Pieve di Teco", "Seine-et-Marne", "Tal al Abyad".
_LINK_WORDS = "al|el|de|du|of|ad|as|an|bin|bani|di|del|della|degli|dei|da|do|dos|las|los|la|le|et|y"
# One link: one to four capitalised words, optionally a designator ("Nad Ali district").
_LINK = re.compile(
    rf"({_NAME_WORD}(?:[ -](?:{_NAME_WORD}|(?:{_LINK_WORDS})\b)){{0,3}})"
    rf"(?:\s+(?:{_DESIGNATOR})\b)?"
)
_SEPARATOR = re.compile(r"\s*,\s*")
_OPENERS = frozenset(
    "in near outside at of on into inside around from towards toward across".split()
)
# "near <town> in <province>" needs a word of place before the town: "of Democrats in
# Minnesota" is no chain.
_IN_OPENERS = frozenset("in near outside at around inside".split())
_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?(?:(?:\w+\s+){0,2}(?:"
                     rf"{_DESIGNATOR})\s+of\s+)?$")
_IN = re.compile(r"\s+in\s+(?:the\s+)?$")
_DIVISION_KEYS = frozenset(k for k, v in KIND_HINTS.items() if v in (KIND_ADMIN1, KIND_ADMIN2))
_DIVISION_AFTER = re.compile(r"\s+(?:" + "|".join(_DIVISION_KEYS) + r")\b", re.I)
_LAST_WORD = re.compile(r"\s+([^\W\d_]+)$")
MAX_LINKS = 5


def complete_chains(
    mentions: list[Mention], text: str, is_division: Callable[[str], bool] = lambda _: False,
    is_known: Callable[[str], bool] = lambda _: False,
) -> list[Mention]:
    """Mentions plus a mention for every link of a chain that none covers; a found mention
    strictly inside a link ("Qalai" of "Qalai Dost") gives way to the whole link."""
    added: list[Mention] = []
    dropped: set[int] = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    for end_mention in ordered:
        division = (
            bool(_DIVISION_AFTER.match(text, end_mention.end))
            or end_mention.key.rsplit(" ", 1)[-1] in _DIVISION_KEYS  # "Laghman province"
            or is_division(end_mention.key)
        )
        links, by_in = _links_before(text, end_mention, division)
        openers = _IN_OPENERS if by_in else _OPENERS
        if not links or not (links[0][2] or _opens_chain(text, links[0][0], openers)):
            continue
        # The text itself marks every link a place: none is a weak, gazetteer-only find.
        end_mention.weak = False
        for start, end, _ in links:
            inside = [m for m in ordered if start <= m.start and m.end <= end]
            same = [m for m in inside + added if m.start == start and m.end == end]
            if same:
                for m in same:
                    m.weak = False
                continue
            if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end)
                   for m in ordered):
                continue  # overlaps a found mention it does not contain: leave it be
            piece = text[start:end]
            if not is_known(name_key(piece)) and any(is_known(m.key) for m in inside):
                # "Kabul and Kandahar": two places; "Bonny Island": the known "Bonny" stays;
                # but the known "Nad Ali" replaces the "Ali" found inside it.
                continue
            dropped.update(id(m) for m in inside)
            added.append(Mention(start, end, piece, name_key(piece), origin="chain"))
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted(kept + added, key=lambda m: m.start)


def _links_before(
    text: str, last: Mention, division: bool
) -> tuple[list[tuple[int, int, bool]], bool]:
    """The links before ``last`` that are joined to it by commas (or, when ``last`` is a
    division, by "in": "near <town> in <province>"), earliest first, each with whether a
    designator word follows its name; and whether "in" joined one."""
    links: list[tuple[int, int, bool]] = []
    cursor = last.start
    by_in = False
    for hop in range(MAX_LINKS):
        sep = _separator_ending_at(text, cursor)
        if sep is None and hop == 0 and division:
            found = _IN.search(text, max(0, cursor - 12), cursor)
            sep, by_in = (found.start(), True) if found else (None, False)
        if sep is None:
            break
        link = _link_ending_at(text, sep)
        if link is None:
            break
        links.append(link)
        cursor = link[0]
    links.reverse()
    return links, by_in


def _separator_ending_at(text: str, end: int) -> int | None:
    """Start of the ", " just before ``end``, or None."""
    i = end
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == 0 or text[i - 1] != ",":
        return None
    i -= 1
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i


def _link_ending_at(text: str, end: int) -> tuple[int, int, bool] | None:
    """The name of the link that ends at ``end`` (designator excluded): (start, end,
    whether a designator follows)."""
    local = _LAST_WORD.search(text, max(0, end - 40), end)
    if local and name_key(local.group(1)) in LOCAL_DESIGNATORS:
        # "Primorsko-goranska županija": a designator in the local language.
        found = _link_ending_at(text, local.start())
        return (found[0], found[1], True) if found else None
    for match in _LINK.finditer(text, max(0, end - 80), end):
        if match.end() != end:
            continue
        start = match.start(1)
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’"):
            return None
        return start, match.end(1), match.end(1) != end
    return None


def _opens_chain(text: str, start: int, openers: frozenset[str]) -> bool:
    """A chain follows a locative word, a designator phrase ("the village of") or opens
    the text or a line (a dateline)."""
    before = text[max(0, start - 60) : start]
    if not before.strip() or before.rstrip(" ").endswith("\n"):
        return True
    match = _BEFORE.search(before)
    return match is not None and match.group(1).lower() in openers
