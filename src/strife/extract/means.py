"""How the attack was carried out: its GTD attack types and weapon types.

GTD codebook, attack type (our wording): the general method of attack, up to three, ordered by
the codebook's hierarchy (Assassination, Hijacking, Kidnapping, Barricade, Bombing/Explosion,
Armed Assault, Unarmed Assault, Facility/Infrastructure, Unknown). An assassination is an attack
meant to kill one or more specific, prominent people (an official, a leader, a judge, a named
journalist); when one is carried out with a bomb or a gun, the assassination is what is coded
and the means do not add an Armed Assault. Kidnapping is seizing people and taking them away;
a barricade incident holds them where they were seized. Unarmed Assault harms people by means
other than explosives, firearms, fire or sharp instruments (a beating with sticks, acid, poison).

GTD codebook, weapon type (our wording): the means the perpetrators used, up to four; rockets,
mortars, grenades and vehicle-borne bombs are Explosives, a vehicle is a weapon only when it is
driven into people; what the police or soldiers fired back is not the attackers' weapon; a
weapon that turned out to be fake is Fake Weapons; Unknown when the text does not say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from strife.extract.lexicon import Lexicon, load_lexicon
from strife.extract.mentions import SentenceFindings
from strife.extract.targets import TargetMention, WeaponMention
from strife.extract.triggers import Trigger

ATTACK_ORDER = (
    "Assassination", "Hijacking", "Hostage Taking (Kidnapping)",
    "Hostage Taking (Barricade Incident)", "Bombing/Explosion", "Armed Assault",
    "Unarmed Assault", "Facility/Infrastructure Attack", "Unknown",
)
_MINOR_KINDS = frozenset(
    {"Armed Assault", "Unarmed Assault", "Facility/Infrastructure Attack"})
_PROJECTILE_VERBS = frozenset({"fire", "shoot", "launch", "lob", "hurl", "throw"})
_RESPONDER_TYPES = frozenset({"Police", "Military"})
_HOSTAGE_HOLDING = frozenset({"take", "hold", "keep"})

Span = tuple[int, int]
Evidence = Callable[[int, int], None]
"""records the text that justifies a field: (start, end) offsets"""


def _subtree_span(token: Token, skip_subject: bool = True) -> Span:
    """Character extent of what the verb governs, its subject left out."""
    parts = [c for c in token.children if not (skip_subject and c.dep_ in ("nsubj", "agent"))]
    lo = min([token.idx, *(c.left_edge.idx for c in parts)])
    hi = max([token.idx + len(token.text),
              *(c.right_edge.idx + len(c.right_edge.text) for c in parts)])
    return lo, hi


def _inside(span: Span, start: int, end: int) -> bool:
    return span[0] <= start and end <= span[1]


def is_response(trigger: Trigger, lexicon: Lexicon) -> bool:
    """"before other officers shot him dead": police or troops answering the attack."""
    for child in trigger.token.children:
        if child.dep_ == "nsubj":
            if any(t.pos_ == "PROPN" for t in child.subtree):
                return False  # "the National Liberation Army", a named group, not the army
            kind = lexicon.targets.get(child.lemma_.lower()) or lexicon.targets.get(child.lower_)
            return kind in _RESPONDER_TYPES
    return False


def trigger_means(trigger: Trigger, weapons: Iterable[WeaponMention]
                  ) -> tuple[str, tuple[str, ...]]:
    """The attack type and weapons a trigger stands for, its objects considered: "fired
    rockets at the base" is a bombing with explosives, not gunfire."""
    sense = trigger.sense
    token = trigger.token
    if token.lower_ == "fire" and token.i > token.doc[:].start and token.nbor(-1).lemma_.lower(
    ) in ("open", "return", "exchange"):
        return "Armed Assault", ("Firearms",)  # "opened fire", however the parser reads it
    if token.lemma_.lower() in _PROJECTILE_VERBS and trigger.is_verb:
        governed = _subtree_span(token)
        kinds = {w.weapon_type for w in weapons if _inside(governed, w.start, w.end)}
        if "Explosives" in kinds and "Firearms" not in kinds:
            return "Bombing/Explosion", ("Explosives",)
    return sense.attack, sense.weapons


def _attacker_weapons(f: SentenceFindings, lexicon: Lexicon) -> list[WeaponMention]:
    """The sentence's weapons less those in the clause of a police or army response."""
    answered = [_subtree_span(t.token, False) for t in f.triggers if is_response(t, lexicon)]
    return [w for w in f.weapons if not any(_inside(s, w.start, w.end) for s in answered)]


def _fake(findings: list[SentenceFindings]) -> bool:
    """A sentence says a bomb or gun it names was not real ("the device turned out to be a
    fake bomb"); an attacker noun ("the gunman turned out to be …") does not count."""
    return any(
        f.fake is not None and any(w.noun and w.weapon_type in ("Explosives", "Firearms")
                                   for w in f.weapons)
        for f in findings
    )


def _exploded(findings: list[SentenceFindings], lexicon: Lexicon) -> bool:
    """A bomb that went off (a strong bombing word), not one that was only carried or shown."""
    return any(
        t.sense.strong and trigger_means(t, f.weapons)[0] == "Bombing/Explosion"
        for f in findings for t in f.triggers if not is_response(t, lexicon)
    )


def weapon_types(findings: list[SentenceFindings], add_evidence: Evidence) -> list[str]:
    """Weapon types, in the order the text names them; "Unknown" when it names none."""
    lexicon = load_lexicon()
    types: list[str] = []
    fake = _fake(findings) and not _exploded(findings, lexicon)
    for f in findings:
        for w in _attacker_weapons(f, lexicon):
            kind = "Fake Weapons" if fake and w.weapon_type in ("Explosives", "Firearms") \
                else w.weapon_type
            if kind not in types:
                types.append(kind)
            add_evidence(w.start, w.end)
        for t in f.triggers:
            if is_response(t, lexicon):
                continue
            for kind in trigger_means(t, f.weapons)[1]:
                kind = "Fake Weapons" if fake and kind in ("Explosives", "Firearms") else kind
                if kind not in types:
                    types.append(kind)
                    add_evidence(t.start, t.end)
    return types or ["Unknown"]


def attack_types(findings: list[SentenceFindings], killed: bool, add_evidence: Evidence
                 ) -> list[str]:
    """GTD attack types in the codebook's order (see the module docstring)."""
    lexicon = load_lexicon()
    hit = [t for f in findings for t in f.targets]
    triggers = [(t, f) for f in findings for t in f.triggers if not is_response(t, lexicon)]
    means = {id(t): trigger_means(t, f.weapons) for t, f in triggers}
    strong = {means[id(t)][0] for t, _ in triggers if t.sense.strong} - {"Unknown"}
    found: dict[str, tuple[int, int]] = {}
    for t, _ in triggers:
        kind = means[id(t)][0]
        if t.sense.strong or kind not in _MINOR_KINDS or not strong:
            found.setdefault(kind, (t.start, t.end))
    weapons = [w for f in findings for w in _attacker_weapons(f, lexicon)]
    if weapons and not strong:
        # "Gunmen attacked a post, killing five": the means say what kind of attack it was.
        implied = kind_from_weapon(weapons[0], lexicon)
        if implied != "Unknown":
            found.setdefault(implied, (weapons[0].start, weapons[0].end))
    if _fake(findings) and not _exploded(findings, lexicon):
        found.pop("Bombing/Explosion", None)  # a hoax bomb is the means of a hijacking
    _kidnapping_or_barricade(found, triggers)
    _assassination(found, hit or [t for f in findings if f.reports_attack for t in f.mentioned],
                   bool(hit), killed)
    if len(found) > 1:
        found.pop("Unknown", None)  # a specific type says more than "an attack"
    types = sorted(found, key=ATTACK_ORDER.index)
    for kind in types:
        add_evidence(*found[kind])
    return types


def _kidnapping_or_barricade(found: dict[str, tuple[int, int]],
                             triggers: list[tuple[Trigger, SentenceFindings]]) -> None:
    """People abducted and then "held hostage" or "taken" somewhere were kidnapped: the
    holding words make a barricade incident only when nobody was abducted."""
    barricade = "Hostage Taking (Barricade Incident)"
    if "Hostage Taking (Kidnapping)" not in found or barricade not in found:
        return
    holding_only = all(
        t.token.lemma_.lower() in _HOSTAGE_HOLDING
        for t, _ in triggers if t.sense.attack == barricade
    )
    if holding_only:
        found.pop(barricade)


def _assassination(found: dict[str, tuple[int, int]], targets: list[TargetMention],
                   direct: bool, killed: bool) -> None:
    """GTD: an attack on a specific prominent person, meant to kill, is an assassination; the
    shooting that carried it out is not coded again as an armed assault. A beating that only
    hurt an official is an unarmed assault. A bomb is an assassination only when the person
    was its first, direct target (not one victim among a crowd)."""
    prominent = [t for t in targets if t.prominent and t.is_person]
    if "Assassination" not in found:
        if not prominent or "Unarmed Assault" in found and not killed:
            return
        direct_bomb = "Bombing/Explosion" in found and direct and targets[0].prominent
        lethal = any(k in found for k in ("Armed Assault", "Unknown"))
        if not (lethal and "Bombing/Explosion" not in found) and not direct_bomb:
            return
        first = found.get("Armed Assault") or found.get("Unknown") or found["Bombing/Explosion"]
        found["Assassination"] = first
    found.pop("Armed Assault", None)
    found.pop("Unknown", None)


def kind_from_weapon(weapon: WeaponMention, lexicon: Lexicon) -> str:
    """The attack type a weapon implies when no attack word says it. GTD: firearms and sharp
    instruments make an armed assault; blunt ones (sticks, stones) and a vehicle driven into
    people an unarmed assault (harm by means other than explosives, firearms, fire or blades)."""
    if weapon.weapon_type == "Melee":
        sharp = lexicon.cue("sharp_weapons")
        words = weapon.text.lower().split()
        return "Armed Assault" if any(w in sharp for w in words) else "Unarmed Assault"
    return {"Explosives": "Bombing/Explosion", "Incendiary": "Facility/Infrastructure Attack",
            "Chemical": "Unarmed Assault", "Firearms": "Armed Assault",
            "Vehicle": "Unarmed Assault"}.get(weapon.weapon_type, "Unknown")
