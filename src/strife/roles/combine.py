"""Role fillers from two sources for one incident: the trained model and the rule layer.

The model reads syntax and context learned from MUC-4 and finds fillers the rules never name
("the checkpoint", "a minibus"); the rules know strife's lexicons (named armed groups, weapon
nouns, people counted in a toll) and the names of attackers. Each role takes the entities of
the source that is stronger for it first — the rules for who did it (PerpInd, PerpOrg) and for
people harmed (Victim), the model for things attacked (Target) and instruments (Weapon) — then
the other source's entities whose head noun it has not already given (the same thing named
twice stays one entity). Chosen on mixed-case news (tests/data/roles/mixed_case_news.jsonl);
on lower-case MUC-4 text the model alone scores best, so the pipeline combines only for mixed
case.
"""

from __future__ import annotations

from strife.models import ROLE_NAMES, Roles
from strife.scoring.ceaf import head_word

RULES_FIRST = frozenset({"PerpInd", "PerpOrg", "Victim"})
"""Roles whose rule entities come before the model's."""


def _heads(entity: list[str]) -> set[str]:
    return {h for h in map(head_word, entity) if h}


def _union(first: list[list[str]], second: list[list[str]]) -> list[list[str]]:
    """``first``'s entities, then ``second``'s whose heads are new."""
    out = [list(e) for e in first]
    seen: set[str] = set().union(*(_heads(e) for e in out)) if out else set()
    for entity in second:
        heads = _heads(entity)
        if heads and not heads & seen:
            out.append(list(entity))
            seen |= heads
    return out


def combine_roles(model: Roles, rules: Roles, rules_first: frozenset[str] = RULES_FIRST
                  ) -> Roles:
    """One incident's roles from both sources (neither argument is changed)."""
    out = Roles()
    for role in ROLE_NAMES:
        first, second = (rules, model) if role in rules_first else (model, rules)
        setattr(out, role, _union(getattr(first, role), getattr(second, role)))
    return out
