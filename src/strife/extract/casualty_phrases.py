"""How many people one noun phrase counts, and whether they are the attackers.

"seven people", "two policemen and a civilian", "a total of 20 people", "several
passers-by", "the bomber himself": the size of a noun phrase, the building block of every
casualty figure (GTD ``nkill``/``nwound``), and whether it names the perpetrators (GTD
``nkillter``/``nwoundte``). Words from ``data/lexicons/casualties.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from strife.extract.casualty_vocab import casualty_vocab
from strife.extract.lexicon import Lexicon
from strife.extract.numbers import ordinal_number, parse_quantity, vague_quantity, word_number

Kind = Literal["killed", "wounded"]

@dataclass(frozen=True)
class CasualtyCount:
    kind: Kind
    value: int
    perpetrators: int
    """how many of ``value`` were attackers"""
    aggregate: bool
    start: int
    end: int
    later: bool = False
    extra: bool = False
    """people on top of the figures told before ("two more bodies were found", "the other two
    were hurt")"""
    """deaths of people an earlier figure counted among the wounded ("two of the wounded later
    died"): they move from the wounded to the dead"""


def np_size(head: Token) -> int | None:
    """How many people one noun phrase counts ("seven people", "the owner", "dozens")."""
    if head.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    ):
        return 0
    if head.pos_ == "NUM":
        return parse_quantity([t.text for t in head.subtree if t.dep_ != "prep"])
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if nums:
        return parse_quantity([t.text for n in nums for t in n.subtree])
    vocab = casualty_vocab()
    quantity = quantity_of(head) if head.lower_ in vocab.quantity_nouns else None
    if quantity is not None:
        return quantity
    vague = word_number(head.lower_)
    if vague is not None and head.lower_ not in ("a", "an", "one", "no"):
        return vague
    # "several people", "many civilians": a vague quantity word modifying the noun.
    modifiers = [vague_quantity(c.lower_) for c in head.children if c.dep_ in ("amod", "det")]
    if any(m is not None for m in modifiers):
        return next(m for m in modifiers if m is not None)
    if head.lower_ in vocab.self_words or head.lower_ in vocab.one_more_words:
        return 1  # "himself"; "two were killed and another wounded"
    if head.tag_ in ("NN", "NNP") or head.ent_type_ == "PERSON":
        determined = any(c.dep_ in ("det", "poss", "compound") for c in head.children)
        return 1 if determined or head.pos_ == "PROPN" else None
    return None


def running_count(head: Token) -> int | None:
    """"a fourth passenger", "the third victim": the person's place in a running count. Of the
    dead it is the toll so far (GTD nkill counts everyone who died, the earlier victims too);
    of the wounded it is not ("two officers were killed; a third was wounded": one wounded)."""
    ordinals = [ordinal_number(c.lower_) for c in head.children if c.dep_ == "amod"]
    found = next((n for n in ordinals if n is not None), None)
    if found is None or head.pos_ == "NUM":
        return None
    return found if any(c.dep_ == "det" for c in head.children) else None


def quantity_of(head: Token) -> int | None:
    """"a total of 20 people": the figure inside "of"; "a number of people": the vague low bound
    of the quantity noun itself."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                nums = [t.text for t in obj.subtree if t.pos_ == "NUM"]
                if nums:
                    return parse_quantity(nums)
            return vague_quantity(head.lower_)
    return None


def coordinated_size(head: Token) -> int | None:
    """Sum over "two policemen and a civilian"; parts without a size add nothing, since the
    parser also coordinates whatever follows ("23 others, police and officials said")."""
    first = np_size(head)
    if first is None:
        return None
    return first + sum(s for p in head.conjuncts if p.i > head.i and (s := np_size(p)) is not None
                       and p.lemma_.lower() not in casualty_vocab().reporters)


def is_perpetrator_np(head: Token, lexicon: Lexicon) -> bool:
    nouns = lexicon.cue("perpetrator_nouns")
    if head.lower_ in casualty_vocab().self_words:
        return True
    if head.lemma_.lower() in nouns or head.lower_ in nouns:
        return head.lower_ not in ("suspect",) or head.dep_ != "nsubj"
    if head.pos_ == "NUM":
        # "three of the assailants were killed"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                if any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in prep.children):
                    return True
    for tok in head.subtree:
        if tok.i == head.i or under_including(tok, head):
            continue
        if tok.dep_ == "appos" and tok.lemma_.lower() in nouns:
            return True
        if tok.lemma_.lower() in casualty_vocab().perpetrator_acts and any(
            lexicon.weapons.get(c.lower_) == "Explosives" for c in tok.children
        ):
            return True
    return False


def under_including(tok: Token, stop: Token) -> bool:
    current = tok
    while current.i != stop.i and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ in ("including", "among"):
            return True
        current = current.head
    return False
