"""How the attack was carried out, read from the text: the evidence for the attack-type rule
(``strife.codebook.attack_types``) and the incident's GTD weapon types.

GTD codebook, weapon type (our wording): the means the perpetrators used, up to four; rockets,
mortars, grenades and vehicle-borne bombs are Explosives; a vehicle is a weapon only when it
is driven into people; what the police or soldiers fired back is not the attackers' weapon; a
weapon that turned out to be fake is Fake Weapons; Unknown when the text does not say.

What an attack word stands for depends on its objects: "fired rockets at the base" is a
bombing with explosives, not gunfire; "opened fire" is gunfire however the parser reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from strife.codebook.attack_types import AttackCue, Victim, decide_attack_types, implied_attack
from strife.extract.lexicon import Lexicon, load_lexicon
from strife.extract.mentions import SentenceFindings
from strife.extract.targets import WeaponMention
from strife.extract.triggers import Trigger
from strife.models import AttackType, TargetType, WeaponType

Span = tuple[int, int]
Evidence = Callable[[int, int], None]
"""records the text that justifies a field: (start, end) offsets"""

_PROJECTILE_VERBS = frozenset({"fire", "shoot", "launch", "lob", "hurl", "throw"})
_RESPONDER_TYPES: frozenset[TargetType] = frozenset({"Police", "Military"})
_HOSTAGE_HOLDING = frozenset({"take", "hold", "keep"})


def _governed(token: Token, skip_subject: bool = True) -> Span:
    """Character extent of what a verb governs, its subject left out."""
    parts = [c for c in token.children if not (skip_subject and c.dep_ in ("nsubj", "agent"))]
    lo = min([token.idx, *(c.left_edge.idx for c in parts)])
    hi = max([token.idx + len(token.text),
              *(c.right_edge.idx + len(c.right_edge.text) for c in parts)])
    return lo, hi


def _inside(span: Span, start: int, end: int) -> bool:
    return span[0] <= start and end <= span[1]


def is_response(trigger: Trigger, lexicon: Lexicon) -> bool:
    """"before other officers shot him dead": police or troops answering the attack. A named
    subject ("the National Liberation Army") is a group, not the army."""
    for child in trigger.token.children:
        if child.dep_ == "nsubj":
            if any(t.pos_ == "PROPN" for t in child.subtree):
                return False
            kind = lexicon.targets.get(child.lemma_.lower()) or lexicon.targets.get(child.lower_)
            return kind in _RESPONDER_TYPES
    return False


def trigger_means(trigger: Trigger, weapons: Iterable[WeaponMention]
                  ) -> tuple[AttackType, tuple[WeaponType, ...]]:
    """The attack type and weapons an attack word stands for, its objects considered."""
    token = trigger.token
    if token.lower_ == "fire" and token.i > 0 and token.nbor(-1).lemma_.lower() in (
        "open", "return", "exchange"
    ):
        return "Armed Assault", ("Firearms",)
    if trigger.is_verb and token.lemma_.lower() in _PROJECTILE_VERBS:
        governed = _governed(token)
        kinds = {w.weapon_type for w in weapons if _inside(governed, w.start, w.end)}
        if "Explosives" in kinds and "Firearms" not in kinds:
            return "Bombing/Explosion", ("Explosives",)
    return trigger.sense.attack, trigger.sense.weapons


def _attacker_weapons(f: SentenceFindings, lexicon: Lexicon) -> list[WeaponMention]:
    """The sentence's weapons less those in the clause of a police or army response."""
    answered = [_governed(t.token, False) for t in f.triggers if is_response(t, lexicon)]
    return [w for w in f.weapons if not any(_inside(s, w.start, w.end) for s in answered)]


def _fake(findings: list[SentenceFindings], lexicon: Lexicon) -> bool:
    """A sentence says a bomb or gun it names was not real, and no bomb went off. An attacker
    noun ("the gunman turned out to be …") is not a weapon that was fake."""
    said = any(
        f.fake is not None and any(w.noun and w.weapon_type in ("Explosives", "Firearms")
                                   for w in f.weapons)
        for f in findings
    )
    exploded = any(
        t.sense.strong and trigger_means(t, f.weapons)[0] == "Bombing/Explosion"
        for f in findings for t in f.triggers if not is_response(t, lexicon)
    )
    return said and not exploded


def weapon_attack(weapon: WeaponMention, lexicon: Lexicon) -> AttackType:
    """The attack type a weapon implies. GTD: a blade makes an armed assault, a blunt weapon
    (sticks, stones) an unarmed assault; the other weapons as ``codebook/gtd.yaml`` says."""
    if weapon.weapon_type == "Melee" and not lexicon.cue("sharp_weapons").occurs_in(
            weapon.text):
        return "Unarmed Assault"
    return implied_attack(weapon.weapon_type)


def weapon_types(findings: list[SentenceFindings], add_evidence: Evidence) -> list[WeaponType]:
    """Weapon types, in the order the text names them; "Unknown" when it names none."""
    lexicon = load_lexicon()
    fake = _fake(findings, lexicon)
    types: list[WeaponType] = []

    def add(kind: WeaponType, start: int, end: int) -> None:
        kind = "Fake Weapons" if fake and kind in ("Explosives", "Firearms") else kind
        if kind not in types:
            types.append(kind)
        add_evidence(start, end)

    for f in findings:
        for w in _attacker_weapons(f, lexicon):
            add(w.weapon_type, w.start, w.end)
        for t in f.triggers:
            if not is_response(t, lexicon):
                for kind in trigger_means(t, f.weapons)[1]:
                    add(kind, t.start, t.end)
    return types or ["Unknown"]


def attack_types(findings: list[SentenceFindings], killed: bool, add_evidence: Evidence
                 ) -> list[AttackType]:
    """The evidence for ``decide_attack_types``, gathered from the incident's sentences."""
    lexicon = load_lexicon()
    cues = [
        AttackCue(trigger_means(t, f.weapons)[0], t.start, t.end, t.sense.strong,
                  holding=t.token.lemma_.lower() in _HOSTAGE_HOLDING)
        for f in findings for t in f.triggers if not is_response(t, lexicon)
    ]
    weapons = [w for f in findings for w in _attacker_weapons(f, lexicon)]
    weapon = None if not weapons else AttackCue(
        weapon_attack(weapons[0], lexicon), weapons[0].start, weapons[0].end)
    hit = [t for f in findings for t in f.targets]
    targets = hit or [t for f in findings if f.reports_attack for t in f.mentioned]
    victim = Victim(
        prominent=any(t.prominent and t.is_person for t in targets),
        bomb_aimed_at_them=bool(hit) and hit[0].prominent,
        killed=killed,
    )
    found = decide_attack_types(cues, weapon, victim, _fake(findings, lexicon))
    for span in found.values():
        add_evidence(*span)
    return list(found)
