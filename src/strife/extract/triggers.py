"""Find the words that report a violent act that happened, and reject the rest.

A trigger is a verb or noun from ``triggers.yaml``. It is dropped when the text makes it unreal
or generic (schema.md, "What is not an incident"): negated, under a modal or a verb of threat,
plan, denial or prevention; a plural noun with nothing to pin it down; a noun inside a trend
("a string of attacks"); an explosion or fire in a sentence about an accident.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from strife.extract.lexicon import Lexicon, TriggerSense

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


def _sense(token: Token, lexicon: Lexicon) -> tuple[TriggerSense, bool] | None:
    lemma = token.lemma_.lower()
    text = token.lower_
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
            t.lemma_.lower() in lexicon.cue("trend_nouns") for t in child.subtree
        ):
            # "a string of attacks … killed nine people": a sum over several incidents.
            return True
    for head in _governors(token):
        if any(c.dep_ == "neg" for c in head.children) and head.lemma_.lower() in lexicon.cue(
            "relating_verbs"
        ):
            return True  # "not linked to the shooting": another event, only named
        lemma = head.lemma_.lower()
        if lemma in irrealis and lemma not in ("try", "charge"):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children) and (
            head.pos_ == "VERB" and head.lemma_ not in ("say", "report", "tell")
        ):
            return True
        if lemma in lexicon.cue("trend_nouns"):
            return True
    return False


def _is_generic_noun(token: Token, lexicon: Lexicon) -> bool:
    """A plural trigger noun that names a kind of event rather than one event."""
    if token.tag_ not in ("NNS", "NNPS") and not token.lower_.endswith("s"):
        return False
    pinned = any(
        c.dep_ in ("nummod", "det", "poss") and c.lower_ not in ("such", "any", "some", "more")
        for c in token.children
    )
    return not pinned


def _in_accident(sentence: Span, lexicon: Lexicon) -> bool:
    return lexicon.cue("accident_words").occurs_in(sentence.text)


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
