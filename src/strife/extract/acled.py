"""ACLED's own coding of an incident: ``acled = {event_type, sub_event_type}`` (schema.md).

GTD and ACLED code the same event differently: an air strike is a GTD Bombing/Explosion with
Explosives and an ACLED "Explosions/Remote violence / Air/drone strike". This module owns the
ACLED side. Its vocabulary (event types, sub-event types and the words that tell them apart) is
``data/lexicons/acled.yaml``; the rules below are tried in order and the first that holds wins,
each implementing one definition of the ACLED codebook (in our words):

1. **Sexual violence** (Violence against civilians): rape or sexual assault.
2. **Violent demonstration** (Riots): demonstrators who turn violent or destroy property.
3. **Mob violence** (Riots): a crowd, not an organised armed group, attacks people or property.
4. **Chemical weapon** (Explosions/Remote violence): a chemical agent used as a weapon.
5. **Suicide bomb**: an attacker who means to die with the explosion (GTD ``suicide``).
6. **Air/drone strike**: violence from the air, by aircraft or drones.
7. **Shelling/artillery/missile attack**: long-range fire from the ground or sea.
8. **Grenade**: a grenade thrown or launched.
9. **Remote explosive/landmine/IED**: any other bomb or explosion (GTD Bombing/Explosion).
10. **Abduction/forced disappearance** (Violence against civilians): people taken (GTD
    kidnapping, hostage taking, hijacking).
11. **Government regains territory** / **Non-state actor overtakes territory** (Battles): a
    place changes hands after fighting; who took it decides which.
12. **Armed clash** (Battles): two organised armed sides fight — a battle word ("clashed",
    "exchanged fire") or an attack on armed people (GTD Military, Police, militia targets).
13. **Looting/property destruction** (Strategic developments): goods or buildings seized or
    destroyed, with nobody killed.
14. **Attack** (Violence against civilians): violence against unarmed people — the rest.

Rule 9 onwards also decide an incident coded from its GTD types alone (an incident stored
before strife coded ACLED types): the same rules with no words, so exports stay consistent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast, get_args

from strife.codebook.loader import load_data
from strife.codebook.schema import AcledFile
from strife.extract.window import near_children, near_subtree
from strife.models import (
    AcledCoding,
    AcledEventType,
    AcledSubEventType,
    Incident,
)

if TYPE_CHECKING:  # spaCy is not needed to code a stored incident from its GTD types
    from spacy.tokens import Span, Token

BATTLES, EXPLOSIONS, CIVILIANS, RIOTS, STRATEGIC = get_args(AcledEventType)
ACLED_DATA = "lexicons/acled.yaml"


@dataclass(frozen=True)
class AcledVocabulary:
    """``acled.yaml`` loaded: each cue list as one-word entries and multi-word phrases."""

    sub_event_types: dict[str, str]
    """sub-event type → its event type"""
    armed_targets: frozenset[str]
    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    def has(self, name: str, token: Token) -> bool:
        """The token is a one-word entry of the cue list (by its text or its lemma)."""
        words = self.words[name]
        return token.lower_ in words or token.lemma_.lower() in words

    def found(self, name: str, tokens: Sequence[Token]) -> bool:
        """Any entry of the cue list occurs in the tokens (phrases as consecutive tokens)."""
        return TokenBag(tokens).has(self, name)


class TokenBag:
    """Tokens read once for many cue lists: their words and lemmas as a set, and where each
    word stands, so a phrase is tried only where its first word occurs."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = list(tokens)
        self.at: dict[str, list[int]] = {}
        for n, token in enumerate(self.tokens):
            for form in {token.lower_, token.lemma_.lower()}:
                self.at.setdefault(form, []).append(n)

    def has(self, vocab: AcledVocabulary, name: str) -> bool:
        if not vocab.words[name].isdisjoint(self.at):
            return True
        for phrase in vocab.phrases[name]:
            for n in self.at.get(phrase[0], ()):
                window = self.tokens[n : n + len(phrase)]
                if len(window) == len(phrase) and all(
                    _word_is(t, w) for t, w in zip(window, phrase, strict=True)
                ):
                    return True
        return False


def _word_is(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word


@lru_cache(maxsize=1)
def load_acled_vocabulary() -> AcledVocabulary:
    """``acled.yaml``, read and checked once per process (schema: ``codebook.schema``)."""
    return acled_vocabulary(load_data(ACLED_DATA, AcledFile))


def acled_vocabulary(data: AcledFile) -> AcledVocabulary:
    """The validated file as lookups: tokens match words, token runs match phrases."""
    sub_event_types: dict[str, str] = {
        sub: event_type for event_type, subs in data.event_types.items() for sub in subs}
    cues: dict[str, list[str]] = data.cues.model_dump()
    words = {k: frozenset(w.lower() for w in v if " " not in w) for k, v in cues.items()}
    phrases = {k: tuple(tuple(w.lower().split()) for w in v if " " in w)
               for k, v in cues.items()}
    return AcledVocabulary(sub_event_types, frozenset(data.armed_targets), words, phrases)


def coding(sub_event_type: str, vocabulary: AcledVocabulary) -> AcledCoding:
    return AcledCoding(event_type=cast(AcledEventType, vocabulary.sub_event_types[sub_event_type]),
                       sub_event_type=cast(AcledSubEventType, sub_event_type))


def subjects(triggers: Iterable[Token]) -> list[Token]:
    """The tokens of every trigger's doer: its subject (or passive agent), with modifiers.
    A noun trigger's doer is that of the verb it hangs off ("a mob set fire to a church").
    Each verb is read once and each token listed once, however many triggers share them."""
    found: dict[int, Token] = {}
    verbs_seen: set[int] = set()
    for trigger in triggers:
        found.update((c.i, c) for c in trigger.children if c.dep_ in ("compound", "amod", "nmod"))
        verb = _doing_verb(trigger)
        if verb is None or verb.i in verbs_seen:
            continue
        verbs_seen.add(verb.i)
        for child in near_children(verb):
            if child.dep_ == "nsubj":
                found.update((t.i, t) for t in near_subtree(child))
            elif child.dep_ == "agent":
                found.update((t.i, t) for c in child.children for t in near_subtree(c))
    return [found[i] for i in sorted(found)]


def _doing_verb(trigger: Token) -> Token | None:
    verb = trigger
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj"):
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
        if not load_acled_vocabulary().has("doing_verbs", verb):
            return None  # "the army attributed the attack to …": who tells, not who did
    if verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in near_children(verb, 8)
    ):
        verb = verb.head  # "clashed with police and vandalised shops": one subject
    return verb


def _takes_place(token: Token, vocab: AcledVocabulary) -> tuple[bool, bool]:
    """(regain word, overtake word) for a verb: "retook", "seized", "took control"."""
    regain, overtake = vocab.has("regain", token), vocab.has("overtake", token)
    if token.lemma_.lower() in ("take", "assume", "wrest", "seize") and any(
        c.lemma_.lower() == "control" or (c.dep_ == "prt" and c.lower_ == "over")
        for c in token.children
    ):
        overtake = True
    return regain, overtake


def _state_side(doer: Token | None, vocab: AcledVocabulary) -> bool:
    """The doer is a state force: its head noun ("the army", "Somali troops"), or a phrase
    such as "government forces" ("Arakan Army fighters" are not the state)."""
    if doer is None:
        return False
    if doer.lemma_.lower() != "force" and vocab.has("state_forces", doer):
        return True
    return vocab.found("state_forces", list(near_subtree(doer, 6)))


def _territory(tokens: Sequence[Token], vocab: AcledVocabulary) -> str | None:
    """Rule 11: a place taken after fighting; the taker's side names the sub-event."""
    for token in tokens:
        if token.pos_ != "VERB":
            continue
        regain, overtake = _takes_place(token, vocab)
        if not (regain or overtake):
            continue
        taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(vocab.has("territory", c) or c.ent_type_ in ("GPE", "LOC", "FAC")
                   for c in taken):
            continue
        doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if regain or _state_side(doer, vocab):
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    return None


def code_incident(incident: Incident, sentences: Sequence[Span] = (),
                  triggers: Sequence[Token] = ()) -> AcledCoding:
    """ACLED coding of an incident from the sentences that report it (rules in the docstring).

    With no sentences, the rules that need words are skipped: the coding follows from the GTD
    attack, target and weapon types, the suicide flag and the toll.
    """
    vocab = load_acled_vocabulary()
    tokens = [t for s in sentences for t in s]
    doers = subjects(triggers)

    bag = TokenBag(tokens)

    def said(name: str) -> bool:
        return bag.has(vocab, name)

    attacks, weapons = set(incident.attack_types), set(incident.weapon_types)
    if said("sexual_violence"):
        return coding("Sexual violence", vocab)
    if vocab.found("demonstrators", [*doers, *triggers]):
        return coding("Violent demonstration", vocab)
    if vocab.found("mob", doers) or any(vocab.has("mob", t) for t in triggers):
        return coding("Mob violence", vocab)
    if said("chemical"):
        return coding("Chemical weapon", vocab)
    if incident.suicide:
        return coding("Suicide bomb", vocab)  # GTD's suicide attacks are ACLED's suicide bombs
    armed_target = bool(set(incident.target_types) & vocab.armed_targets) or _armed_victims(
        triggers, vocab)
    if armed_target and {"Armed Assault", "Bombing/Explosion"} <= attacks:
        # A ground assault on armed people with guns and bombs is one battle (ACLED codes
        # the fight, not each weapon used in it).
        return coding("Armed clash", vocab)
    # "Israeli strikes killed 12": a strike by no named means is from the air
    bare_strike = not said("shelling") and any(
        t.pos_ == "NOUN" and t.lemma_.lower() == "strike" for t in triggers)
    remote = _remote_kind(incident, lambda cue: said(cue) or (cue == "air_drone" and bare_strike))
    if remote is not None:
        return coding(remote, vocab)
    if attacks & {"Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)",
                  "Hijacking"}:
        return coding("Abduction/forced disappearance", vocab)
    territory = _territory(tokens, vocab)
    if territory is not None:
        return coding(territory, vocab)
    if said("battle_words") or armed_target:
        return coding("Armed clash", vocab)
    no_deaths = not incident.killed.total
    if said("looting") or (no_deaths and "Facility/Infrastructure Attack" in attacks
                           and not weapons & {"Firearms", "Explosives"}):
        return coding("Looting/property destruction", vocab)
    return coding("Attack", vocab)


def _armed_victims(triggers: Sequence[Token], vocab: AcledVocabulary) -> bool:
    """Those hit are fighters ("killed 20 militants", "two soldiers were shot"): ACLED's
    Battles are fights between armed sides, whoever is counted as the victim."""
    for trigger in triggers:
        hit = [c for c in near_children(trigger) if c.dep_ in ("dobj", "nsubjpass")]
        if any(vocab.has("armed_parties", h) and not vocab.has("mob", h) for h in hit):
            return True
    return False


def _remote_kind(incident: Incident, said: Callable[[str], bool]) -> str | None:
    """Rules 5-9: explosions and remote violence, most specific delivery first."""
    if "Bombing/Explosion" not in incident.attack_types:
        return None
    for cue, sub_event_type in (("air_drone", "Air/drone strike"),
                                ("shelling", "Shelling/artillery/missile attack"),
                                ("grenade", "Grenade")):
        if said(cue):
            return sub_event_type
    return "Remote explosive/landmine/IED"
