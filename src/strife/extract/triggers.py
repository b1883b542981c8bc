"""Find the words that report a violent act that happened, and reject the rest.

A trigger is a verb or noun from ``triggers.yaml``. It is dropped when the text makes it unreal
or generic (schema.md, "What is not an incident"): negated, under a modal or a verb of threat,
plan, denial or prevention; a plural noun with nothing to pin it down; a noun inside a trend
("a string of attacks"); an explosion or fire in a sentence about an accident.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from strife.extract.acled import AcledVocabulary, load_acled_vocabulary, subjects
from strife.extract.lexicon import Lexicon, TriggerSense
from strife.extract.window import near_ancestors, near_children, near_subtree

_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "must", "can"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp", "conj", "pobj", "dobj"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    sense: TriggerSense
    is_verb: bool

    @property
    def start(self) -> int:
        return self.token.idx

    @property
    def end(self) -> int:
        return self.token.idx + len(self.token.text)


def _acled_sense(token: Token, lexicon: Lexicon, vocab: AcledVocabulary
                 ) -> tuple[TriggerSense, bool] | None:
    """Words that report ACLED-style violence by their context (acled.yaml): "a drone strike",
    "aircraft struck", "fired mortars", "seized a businessman", "sexually assaulted"."""
    if token.pos_ in ("VERB", "AUX") or token.tag_ in _PAST_TAGS:
        return _acled_verb_sense(token, lexicon, vocab)
    if token.pos_ not in ("NOUN", "PROPN") or not vocab.has("remote_nouns", token):
        return None
    modifiers = [c for c in near_children(token, 6) if c.dep_ in ("compound", "amod", "nmod")]
    if any(vocab.has("air_drone", c) or vocab.has("shelling", c) for c in modifiers):
        return lexicon.noun_triggers["airstrike"], False
    if token.lemma_.lower() == "strike" and any(c.ent_type_ in ("NORP", "GPE") for c in modifiers):
        # "Israeli strikes", "US strikes": a state's strikes are from the air (ACLED)
        return lexicon.noun_triggers["airstrike"], False
    return None


def _acled_verb_sense(token: Token, lexicon: Lexicon, vocab: AcledVocabulary
                      ) -> tuple[TriggerSense, bool] | None:
    """The verb rules of ``_acled_sense``; each reads the parse only for its own verbs."""
    lemma = token.lemma_.lower()
    if token.lower_ in ("raped", "rapes", "raping"):  # the lemmatizer reads "rap"
        return lexicon.verb_triggers["rape"], True
    children = near_children(token)
    if vocab.has("air_verbs", token):
        doer = [t for c in children if c.dep_ == "nsubj" for t in near_subtree(c)]
        if any(vocab.has("air_drone", t) for t in doer):
            return lexicon.noun_triggers["airstrike"], True
        if any(vocab.has("shelling", t) for t in doer):
            return lexicon.verb_triggers["shell"], True  # "a missile hit the port"
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    if vocab.has("launch_verbs", token):
        launched = [c for o in objects for c in (o, *o.conjuncts)]
        if launched and not any(
            lexicon.weapons.get(o.lower_) == "Firearms"
            or lexicon.weapons.get(o.lemma_) == "Firearms"
            or lexicon.weapons.get(f"{o.head.lower_} {o.lower_}") == "Firearms" for o in launched
        ):  # "fired mortars at the market"; "fired grenades and machine guns" is a gunfight
            if any(vocab.has("shelling", o) for o in launched):
                return lexicon.verb_triggers["shell"], True
            if any(vocab.has("grenade", o) for o in launched):
                return lexicon.verb_triggers["bomb"], True
    if vocab.has("seize_verbs", token) and any(
        vocab.has("seizable_people", o) or o.ent_type_ == "PERSON" for o in objects
    ):
        return lexicon.verb_triggers["kidnap"], True
    if vocab.has("take_away_verbs", token) and vocab.found(
        "disappearance", list(near_subtree(token.head, 30))
    ):
        return lexicon.verb_triggers["abduct"], True  # ACLED: a forced disappearance
    if lemma == "assault" and any(vocab.has("sexual_violence", c) for c in children):
        return lexicon.verb_triggers["rape"], True
    if lemma == "set" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children)
        for c in children
    ):
        return lexicon.verb_triggers["torch"], True
    return None


def _not_an_attack(token: Token, vocab: AcledVocabulary) -> bool:
    """"went on strike", "a general strike", "riot police": the word names no violence;
    "fought back": it answers the violence told."""
    lemma = token.lemma_.lower()
    if lemma == "strike" and token.pos_ == "NOUN":
        return vocab.found("labour_strike", list(token.doc[max(token.i - 8, 0) : token.i + 3]))
    back = any(c.lower_ == "back" for c in near_children(token, 4))
    if back and vocab.has("battle_words", token):
        return True  # "the soldiers fought back": a response to the attack, not another one
    return lemma == "riot" and token.dep_ in ("compound", "amod")


def _sense(token: Token, lexicon: Lexicon) -> tuple[TriggerSense, bool] | None:
    lemma = token.lemma_.lower()
    text = token.lower_
    vocab = load_acled_vocabulary()
    if _not_an_attack(token, vocab):
        return None
    specific = _acled_sense(token, lexicon, vocab)
    if specific is not None:
        return specific
    if token.pos_ in ("VERB", "AUX") or token.tag_ in _PAST_TAGS:
        sense = lexicon.verb_triggers.get(lemma) or lexicon.verb_triggers.get(text)
        if sense is not None:
            if sense.particle and not any(
                c.dep_ == "prt" and c.lower_ == sense.particle for c in token.children
            ):
                return None
            return sense, True
    if token.pos_ in ("NOUN", "PROPN", "VERB"):
        sense = lexicon.noun_triggers.get(lemma) or lexicon.noun_triggers.get(text)
        if sense is not None:
            return sense, False
    if lemma in ("open", "return", "exchange") and any(
        c.lower_ == "fire" and c.dep_ == "dobj" for c in token.children
    ):
        return lexicon.verb_triggers["shoot"], True
    if lemma in ("hold", "take", "keep") and any(
        # "took a teacher and pupils hostage", "held students hostage", however it is parsed
        w.lower_ in ("hostage", "hostages", "captive") for w in token.doc[token.i + 1 : token.i + 8]
    ) and not token.doc[token.i + 1 : token.i + 8].text.lower().startswith(("to ", "away")):
        return lexicon.verb_triggers["barricade"], True
    if token.lower_ == "shot" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "dead":
        return lexicon.verb_triggers["shoot"], True  # "shot dead", however it is tagged
    if lemma in ("drive", "steer", "plough", "plow") and _into_people(token, lexicon):
        return lexicon.verb_triggers["ram"], True  # GTD Vehicle: a vehicle driven into people
    return None


def _into_people(token: Token, lexicon: Lexicon) -> bool:
    """"drove a van into pedestrians", "drove his car into two police officers"."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "into" and any(
            o.dep_ == "pobj" and _hittable(o, lexicon) for o in prep.children)
        for prep in token.children
    )


def _governors(token: Token, depth: int = 4) -> list[Token]:
    """The chain of heads that can turn a clause irreal ("threatened to attack")."""
    chain: list[Token] = []
    current = token
    for _ in range(depth):
        if current.head.i == current.i or (
            current.dep_ not in _CLAUSE_DEPS and current.dep_ != "prep"
        ):
            break
        if current.dep_ == "relcl":
            break
        current = current.head
        chain.append(current)
    return chain


def _aimless(token: Token, lexicon: Lexicon) -> bool:
    """"shot wide from close range, the side's best chance": a shot with nobody and nothing
    that can be hurt on the receiving end."""
    if token.lemma_.lower() not in lexicon.cue("needs_object"):
        return False
    for child in token.children:
        if child.dep_ == "dobj" and _hittable(child, lexicon):
            return False
        if child.dep_ == "dobj" and lexicon.weapons.get(child.lower_) == "Explosives":
            return False  # "a bus struck a landmine": the vehicle set the bomb off
        if child.dep_ == "conj" and child.pos_ == "VERB" and any(
            c.dep_ == "dobj" and _hittable(c, lexicon) for c in child.children
        ):
            return False  # "shot and killed the councillor": the object is shared
        if child.dep_ in ("nsubjpass", "prt", "oprd", "acomp", "agent"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("at", "on", "into", "upon"):
            return False
        if child.lower_ == "dead":
            return False
    return token.dep_ not in ("acl", "relcl", "amod")


def _hittable(noun: Token, lexicon: Lexicon) -> bool:
    if noun.pos_ in ("PRON", "PROPN", "NUM") or noun.ent_type_ in ("PERSON", "NORP", "ORG"):
        return True
    if any(c.dep_ == "nummod" for c in noun.children):
        return True
    # "a police post": the modifier makes a target of a head the lexicon lacks on its own.
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    phrases = [" ".join([*words[i:], noun.lower_]) for i in range(len(words))]
    return any(p in lexicon.targets for p in [noun.lemma_.lower(), noun.lower_, *phrases])


def _habitual(token: Token, lexicon: Lexicon) -> bool:
    """"has been attacked dozens of times", "repeatedly bombed", "has killed thousands since
    2009": a history, not one event."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                         for m in child.children):
            return True
        if child.lower_ in lexicon.cue("habitual_adverbs"):
            return True
        if child.lemma_.lower() == "time" and child.tag_ == "NNS":
            return True
    return False


def _is_irreal(token: Token, lexicon: Lexicon) -> bool:
    irrealis = lexicon.cue("irrealis_heads")
    if token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        # "a bomb attack" is as real as the attack it modifies.
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in ("about", "on") and token.head.head.pos_ in (
        "NOUN", "PROPN"
    ) and token.head.head.lemma_.lower() in lexicon.cue("topic_nouns"):
        return True  # "a thriller about a kidnapping", "a report on the bombing": a topic
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and token.dep_ in ("xcomp", "advcl"):
            head = token.head
            if head.lemma_.lower() in irrealis or head.lower_ in irrealis:
                return True
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            t.lemma_.lower() in lexicon.cue("trend_nouns") for t in near_subtree(child, 8)
        ):
            # "a string of attacks … killed nine people": a sum over several incidents.
            return True
    history = load_acled_vocabulary()
    if any(history.has("history_heads", a) for a in near_ancestors(token)):
        return True  # "the anniversary of the 2022 missile strike": remembered, not new
    if _inside_history(token, lexicon):
        return True
    for head in _governors(token):
        # a head can have thousands of conjuncts ("killed, killed, killed …"): look near it
        relating = lexicon.cue("relating_verbs")
        close = near_children(head, 6)  # negation and auxiliaries stand next to their verb
        if head.lemma_.lower() in relating and any(c.dep_ == "neg" for c in close):
            return True  # "not linked to the shooting": another event, only named
        lemma = head.lemma_.lower()
        if lemma in irrealis and lemma not in ("try", "charge"):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in close) and (
            head.pos_ == "VERB" and head.lemma_ not in ("say", "report", "tell")
        ):
            return True
        if lemma in lexicon.cue("trend_nouns"):
            return True
    return False


def _inside_history(token: Token, lexicon: Lexicon) -> bool:
    """"an insurgency since 2004, in which more than 7,000 people have been killed": a clause
    that tells what a war or campaign has done is its history, not an incident."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        head = current.head
        if current.dep_ in ("relcl", "acl") and (
            head.lemma_.lower() in lexicon.cue("trend_nouns")
            or (head.dep_ == "pobj" and head.head.lower_ == "since")  # "since 2004, in which"
        ):
            return True
        current = current.head
    return False


def _is_generic_noun(token: Token, lexicon: Lexicon) -> bool:
    """A plural trigger noun that names a kind of event rather than one event."""
    if token.tag_ not in ("NNS", "NNPS") and not token.lower_.endswith("s"):
        return False
    vocab = load_acled_vocabulary()
    if token.dep_ in ("dobj", "nsubj") and vocab.has("carry_out_verbs", token.head):
        return False  # "warplanes carried out air strikes on the town": these strikes
    if token.lemma_.lower() == "strike" and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in token.children
    ):
        return False  # "Israeli strikes killed 12": one state's strikes on one day
    if vocab.has("battle_words", token) and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children
    ):
        return False  # "after clashes with army troops": this fighting
    pinned = any(
        c.dep_ in ("nummod", "det", "poss") and c.lower_ not in ("such", "any", "some", "more")
        for c in token.children
    )
    return not pinned


def _in_accident(sentence: Span, lexicon: Lexicon) -> bool:
    return lexicon.cue("accident_words").occurs_in(sentence.text)


def backed_by_armed_sides(sentence: Span, triggers: list[Trigger]) -> bool:
    """A weak trigger done by an armed side, a mob or demonstrators ("gang members looted a
    warehouse", "a mob beat a man"), or a battle word with an armed side in the sentence
    ("troops fought militants"): ACLED's actors make it political violence."""
    vocab = load_acled_vocabulary()
    doers = subjects([t.token for t in triggers if not vocab.has("no_agent_backing", t.token)])
    if any(vocab.has(name, t) for t in doers for name in ("armed_parties", "mob", "demonstrators")):
        return True
    return any(vocab.has("battle_words", t.token) and _an_event(t) for t in triggers) and any(
        vocab.has("armed_parties", t) for t in sentence
    )


def _an_event(trigger: Trigger) -> bool:
    """A battle verb, or a battle noun told as something that happened ("died in the
    fighting", "after clashes with troops"); "fighting … has displaced millions" is the war
    as a state of affairs, not one event."""
    token = trigger.token
    return trigger.is_verb or token.dep_ in ("pobj", "dobj", "conj", "appos", "ROOT")


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in the sentence that reports an actual act."""
    found: list[Trigger] = []
    accident: bool | None = None
    for token in sentence:
        hit = _sense(token, lexicon)
        if hit is None:
            continue
        sense, is_verb = hit
        if token.lower_ == "fire" and token.dep_ == "dobj" and token.head.lemma_ in (
            "open", "return", "exchange"
        ):
            continue
        if _habitual(token, lexicon) or (is_verb and _aimless(token, lexicon)):
            continue
        if _is_irreal(token, lexicon):
            continue
        if not is_verb and _is_generic_noun(token, lexicon):
            continue
        if sense.attack in ("Bombing/Explosion", "Facility/Infrastructure Attack", "Unknown"):
            if accident is None:
                accident = _in_accident(sentence, lexicon)
            if accident:
                continue
        found.append(Trigger(token, sense, is_verb))
    return found
