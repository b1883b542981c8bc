"""How a perpetrator group is named in a record: as the text names it, in GTD's form.

GTD names a group by its full name with its short form in brackets ("Tehrik-i-Taliban Pakistan
(TTP)"), and a dissident faction as a group of its own ("... (FARC) dissidents"). A mention keeps
the lexicon's canonical name as its key, so one group named two ways is one perpetrator.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    name: str
    start: int
    end: int
    text: str
    key: str = ""
    """which group this is: the lexicon's canonical name, else the folded name ("TTP" and
    "Pakistani Taliban" share one), so one group named two ways is one perpetrator"""

    @property
    def group_key(self) -> str:
        return self.key or " ".join(self.name.casefold().split())


def with_dissidents(group: Mention, text: str) -> Mention:
    """"FARC dissidents" are a group of their own (GTD names them so), not the FARC."""
    after = text[group.end : group.end + 12]
    word = after.split()[0] if after.split() else ""
    if not after.startswith(" ") or word.lower().strip(".,;") not in ("dissidents", "dissident"):
        return group
    end = group.end + 1 + len(word.rstrip(".,;"))
    key = group.key or group.name
    return Mention(f"{key if is_acronym_of(group.name, key) else group.name} dissidents",
                   group.start, end, text[group.start : end], f"{key} dissidents")


def spelled_out(name: str, key: str) -> str:
    """"TTP" alone is named "Tehrik-i-Taliban Pakistan (TTP)", as GTD names it: an acronym
    says little to a reader, and the full name still contains it."""
    return key if is_acronym_of(name, key) else name


def is_acronym_of(name: str, key: str) -> bool:
    """"TTP", "CPI-Maoist": the short form GTD writes in brackets after the group's name."""
    return " " not in name and key.lower().endswith(f"({name.lower()})")


def with_acronyms(groups: list[Mention], text: str) -> list[Mention]:
    """"Tehrik-i-Taliban Pakistan (TTP)": the name and its acronym in brackets are one mention,
    named as GTD writes group names; the acronym alone later in the text is the same group
    (it shares the lexicon's key)."""
    out: list[Mention] = []
    merged: set[int] = set()
    for i, group in enumerate(groups):
        if i in merged:
            continue
        after = groups[i + 1] if i + 1 < len(groups) else None
        if after is not None and text[group.end : after.start].strip() == "(" and (
            text[after.end : after.end + 1] == ")"
        ) and (after.key == group.key or not group.key) and (
            after.text.isupper() or is_acronym_of(after.text, after.key)):
            group = Mention(f"{group.name} ({after.text})", group.start, after.end + 1,
                            text[group.start : after.end + 1], group.key or after.key)
            merged.add(i + 1)
        out.append(group)
    return out
