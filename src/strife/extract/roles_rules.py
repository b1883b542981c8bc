"""MUC-4 style role fillers from the rule layer: verbatim mentions grouped into entities."""

from __future__ import annotations

from strife.extract.actors import Mention
from strife.extract.mentions import SentenceFindings
from strife.models import Roles

_NOT_INSTRUMENTS = frozenset({"Unknown", "Vehicle", "Sabotage Equipment"})


def _add(entities: list[list[str]], mentions: list[str]) -> None:
    """Add an entity unless one already holds any of its mentions (same thing said twice)."""
    keys = {m.lower() for m in mentions}
    for entity in entities:
        if keys & {m.lower() for m in entity}:
            for m in mentions:
                if m.lower() not in {e.lower() for e in entity}:
                    entity.append(m)
            return
    entities.append(list(dict.fromkeys(mentions)))


def _head_key(text: str) -> str:
    words = [w for w in text.lower().split() if w not in ("a", "an", "the")]
    return words[-1] if words else text.lower()


def rule_roles(findings: list[SentenceFindings], groups: list[Mention], text: str) -> Roles:
    roles = Roles()
    people = [m for f in findings for m in f.actors.individuals]
    descriptions = [m for f in findings for m in f.actors.descriptions]
    if people:
        names = list(dict.fromkeys(p.text for p in people))
        if len(names) == 1:
            # One named attacker: the descriptions ("the suspect", "the attacker") are him.
            _add(roles.PerpInd, names + [d.text for d in descriptions])
        else:
            for name in names:
                _add(roles.PerpInd, [name])
    else:
        by_head: dict[str, list[str]] = {}
        for d in descriptions:
            by_head.setdefault(_head_key(d.text), []).append(d.text)
        for mentions in by_head.values():
            _add(roles.PerpInd, mentions)
    for g in groups:
        verbatim = g.name if g.name in text else g.text
        _add(roles.PerpOrg, [verbatim, g.text])
    for f in findings:
        attackers = [(c.start, c.end) for c in f.counts if c.perpetrators == c.value]
        for t in f.targets:
            if any(s <= t.start < e for s, e in attackers):
                continue
            _add(roles.Victim if t.is_person else roles.Target, [text[t.start : t.end]])
        for w in f.weapons:
            # Only instruments named by a noun ("a grenade launcher"), not "opened fire".
            if w.noun and w.weapon_type not in _NOT_INSTRUMENTS:
                _add(roles.Weapon, [w.text])
    return roles
