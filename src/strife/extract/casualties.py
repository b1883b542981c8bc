"""Killed and wounded figures in a sentence, with attackers counted apart.

GTD counts everyone who died in ``nkill``, perpetrators included, and the perpetrators again in
``nkillter``. So each figure found here says how many people it counts, how many of them were
attackers, and whether it is a running total ("12 people were killed", "the toll rose to 15")
or one step of an attack ("he shot dead two officers").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from strife.extract.casualty_clauses import clause_counts, stated_zeros
from strife.extract.casualty_phrases import (
    CasualtyCount,
    Kind,
    coordinated_size,
    is_perpetrator_np,
    np_size,
    running_count,
)
from strife.extract.casualty_vocab import casualty_vocab
from strife.extract.lexicon import Lexicon
from strife.extract.numbers import word_number
from strife.extract.triggers import _habitual, _is_irreal


def _including_perpetrators(head: Token, lexicon: Lexicon, verb: Token) -> int:
    """Attackers named inside "…, including the bomber" (counted within the figure)."""
    for prep in [*head.children, *verb.children]:
        if prep.dep_ == "prep" and prep.lower_ in ("including", "among"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and is_perpetrator_np(obj, lexicon):
                    return coordinated_size(obj) or 1
    return 0


def _stray_subject(verb: Token) -> Token | None:
    """"One girl suffered burns and the other two were hurt": the parser hangs the second
    clause's subject on the first clause's object as a conjunct."""
    if verb.dep_ != "conj":
        return None
    first = verb.head
    for token in verb.doc[first.i + 1 : verb.i]:
        if token.dep_ == "conj" and token.head.dep_ == "dobj" and token.head.head.i == first.i:
            return token
    return None


def _attacker_conjuncts(head: Token, lexicon: Lexicon) -> int:
    """"three soldiers and two assailants were killed": the attackers among the parts."""
    return sum(np_size(p) or 0 for p in head.conjuncts
               if p.i > head.i and is_perpetrator_np(p, lexicon))


def _victim_heads(token: Token) -> tuple[list[Token], bool]:
    """The noun phrases a casualty word counts, and whether it is a running total."""
    deps = {c.dep_: c for c in token.children}
    for aux in [c for c in token.children if c.dep_ in ("aux", "auxpass")]:
        # "the other two were hurt" parsed with "two" under "were"
        for g in aux.children:
            if g.dep_ in ("nsubj", "nsubjpass"):
                deps.setdefault(g.dep_, g)
    lemma = token.lemma_.lower()
    vocab = casualty_vocab()
    if lemma in vocab.kill_verbs | vocab.wound_verbs | {"shoot"} and token.pos_ == "VERB":
        if "dobj" in deps:
            # "killed seven people" sums up the attack; "killed two officers" is one step, and
            # so is "the first blast killed five people".
            obj = deps["dobj"]
            generic = obj.lemma_.lower() in vocab.generic_people or obj.lower_ in \
                vocab.quantity_nouns
            return [obj], generic and not _one_step(token)
        if "nsubjpass" in deps:
            return [deps["nsubjpass"]], not _one_step(token)
        stray = _stray_subject(token) if "auxpass" in deps else None
        if stray is not None:
            return [stray], not _one_step(token)
        ranged = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "between"
                  for o in p.children if o.dep_ == "pobj"]
        if ranged:
            return ranged, True  # "killing between 12 and 15 people": the low bound
        if "nsubj" in deps and token.tag_ == "VBN":
            return [deps["nsubj"]], True
        if token.dep_ in ("conj",) and token.head.pos_ == "VERB":
            # a subject is a left child: the head's right children may be thousands of
            # conjuncts ("killed, killed, killed …")
            subject = next((c for c in token.head.lefts if c.dep_ == "nsubjpass"), None)
            if subject is not None:
                return [subject], True
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return [token.head], True
    if (lemma in vocab.die_verbs or _lost_life(token)) and "nsubj" in deps:
        return [deps["nsubj"]], True
    taken = _life_taken(token)
    if taken is not None:
        return [taken], True
    if token.lower_ in vocab.death_words | vocab.wound_words and \
            token.pos_ in ("ADJ", "VERB", "NOUN"):
        return _adjectival_heads(token, deps), True
    return [], True


def _more_of(head: Token, token: Token) -> bool:
    """"the other two were hurt", "three more were killed", "two more bodies were found": on
    top of a figure already told."""
    more = casualty_vocab().more_words
    modifiers = [c for t in (head, token) for c in t.children
                 if c.dep_ in ("amod", "advmod", "det", "nummod")]
    modifiers += [g for c in modifiers for g in c.children]
    return any(m.lower_ in more and m.dep_ in ("amod", "advmod", "det") for m in modifiers)


def _lost_life(token: Token) -> bool:
    """"three civilians lost their lives"."""
    return token.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lower_ in casualty_vocab().life_words for c in token.children)


def _injured_subjects(token: Token) -> list[Token]:
    """"escaped with minor injuries", "was hospitalised with head injuries", "suffered
    wounds": the subject of the verb the injuries hang off (not "died of his wounds")."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" else (
        token.head if token.dep_ == "dobj" else None)
    if verb is None or verb.pos_ != "VERB":
        return []
    vocab = casualty_vocab()
    if verb.lemma_.lower() in vocab.die_verbs | vocab.kill_verbs | vocab.wound_verbs:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _one_step(verb: Token) -> bool:
    """The figure is for one step of several: "the first blast killed five", "five were
    killed in the second explosion", "another attack killed three"."""
    steps = casualty_vocab().step_words
    for child in verb.children:
        nouns = [child] if child.dep_ in ("nsubj", "agent") else []
        if child.dep_ in ("prep", "agent"):
            nouns += [o for o in child.children if o.dep_ == "pobj"]
        for noun in nouns:
            if any(m.dep_ in ("amod", "det", "nummod") and m.lower_ in steps
                   for m in noun.children):
                return True
    return False


def _adjectival_heads(token: Token, deps: dict[str, Token]) -> list[Token]:
    if "nsubj" in deps:
        return [deps["nsubj"]]
    if token.lower_ in casualty_vocab().wounds_words:
        subjects = _injured_subjects(token)
        if subjects:
            return subjects
    if token.dep_ == "oprd" and token.head.pos_ == "VERB":
        objs = [c for c in token.head.children if c.dep_ == "dobj"]
        if objs:
            return objs
    if token.lower_ in ("death", "deaths"):
        for prep in token.children:
            if prep.lower_ == "of":
                return [c for c in prep.children if c.dep_ == "pobj"]
    nums = [c for c in token.children if c.dep_ == "nummod"]
    if nums:
        return nums
    prev = token.nbor(-1) if token.i > token.sent.start else None
    if prev is not None and (prev.pos_ == "NUM" or word_number(prev.text) is not None):
        return [prev] if prev.lower_ not in ("a", "an") else []
    return []


def _counted_dead(token: Token) -> Token | None:
    """"the number of people killed", "the number of dead": the count noun."""
    nouns = casualty_vocab().count_nouns
    holder = token.head if token.dep_ == "acl" else token
    prep = holder.head
    if holder.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in nouns:
        return prep.head
    return None


def _toll(token: Token) -> Token | None:
    """"the death toll rose to 15", "a toll of 15", "the number of people killed rose to 15":
    the number the toll reaches."""
    counted = _counted_dead(token) if _kind_of(token) == "killed" else None
    if counted is not None:
        token = counted
    elif token.lower_ not in casualty_vocab().toll_words:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.pos_ == "NUM":
                    return obj
    verb = token.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "at"):
            for obj in prep.children:
                if obj.pos_ == "NUM" or word_number(obj.text) is not None:
                    return obj
                if any(c.dep_ == "nummod" for c in obj.children):
                    return obj  # "risen to 15 dead"
    return None


def _shot_dead(token: Token) -> bool:
    """"shot dead two officers": "dead" hangs off the verb or, misparsed, off its object."""
    if any(c.lower_ == "dead" for c in token.children):
        return True
    return any(
        c.dep_ == "dobj" and any(g.lower_ == "dead" for g in c.children) for c in token.children
    )


def _partitive(head: Token) -> bool:
    return any(
        p.lower_ == "of" and any(o.lower_ in ("them", "those", "these") for o in p.children)
        for p in head.children
    )


def _died_later(head: Token) -> bool:
    """"An officer wounded in the attack died in hospital": counted among the dead, not the
    wounded."""
    return head.dep_ in ("nsubj", "nsubjpass") and \
        head.head.lemma_.lower() in casualty_vocab().die_verbs


def _died_of_wounds(head: Token, verb: Token) -> bool:
    """"Two of the wounded later died", "an injured officer succumbed to his wounds": people an
    earlier figure counted among the wounded (GTD moves them from nwound to nkill)."""
    vocab = casualty_vocab()
    if verb.lemma_.lower() not in vocab.die_verbs:
        return False
    if _died_later(head) and any(
        c.dep_ in ("amod", "acl", "prep") and (c.lower_ in vocab.wound_words or any(
            o.lower_ in vocab.wound_words for o in c.children if o.dep_ == "pobj"))
        for c in head.children
    ):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in vocab.later_words for c in verb.children):
        return True
    return any(
        p.dep_ == "prep" and any(o.lower_ in vocab.wounds_words for o in p.children)
        for p in verb.children
    )


def _toll_includes_attackers(toll_word: Token, lexicon: Lexicon) -> int:
    """"The death toll of nine includes the bomber": the attackers inside the toll."""
    verb = toll_word.head
    if verb.lemma_.lower() != "include":
        return 0
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return sum((coordinated_size(o) or 1) for o in objects if is_perpetrator_np(o, lexicon))


def _kind_of(token: Token) -> Kind | None:
    lemma = token.lemma_.lower()
    vocab = casualty_vocab()
    if lemma in vocab.kill_verbs or lemma in vocab.die_verbs or token.lower_ in vocab.death_words \
            or _lost_life(token):
        return "killed"
    if lemma == "shoot" and _shot_dead(token):
        return "killed"
    if lemma in vocab.wound_verbs or token.lower_ in vocab.wound_words:
        return "wounded"
    if token.lower_ in vocab.toll_words or _life_taken(token) is not None:
        return "killed"
    return None


def _life_taken(token: Token) -> Token | None:
    """"the attack claimed the lives of ten worshippers": the people whose lives it took."""
    vocab = casualty_vocab()
    if token.lemma_.lower() not in vocab.life_taking_verbs:
        return None
    for obj in token.children:
        if obj.dep_ == "dobj" and obj.lower_ in vocab.life_words:
            for prep in obj.children:
                if prep.lower_ == "of":
                    return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def find_counts(sentence: Span, lexicon: Lexicon) -> list[CasualtyCount]:
    counts: list[CasualtyCount] = stated_zeros(sentence, lexicon)
    seen: set[int] = set()
    for token in sentence:
        kind = _kind_of(token)
        if kind is None or _habitual(token, lexicon):
            continue
        toll = _toll(token)
        # A stated toll is real; "the number of people killed rose" is no trend of attacks.
        if toll is None and _is_irreal(token, lexicon):
            continue
        heads, aggregate = ([toll], True) if toll is not None else _victim_heads(token)
        for head in heads:
            if head.i in seen or (kind == "wounded" and _died_later(head)):
                continue
            running = running_count(head) if kind == "killed" else None
            size = running if running is not None else coordinated_size(head)
            if size is None or (size == 0 and any(c.kind == kind and not c.value for c in counts)):
                continue
            seen.add(head.i)
            perp = size if is_perpetrator_np(head, lexicon) else max(
                _including_perpetrators(head, lexicon, token),
                _attacker_conjuncts(head, lexicon))
            if toll is not None:
                perp = max(perp, _toll_includes_attackers(token, lexicon),
                           _including_perpetrators(head, lexicon, token.head))
            start = min(head.left_edge.idx, token.idx)
            if _partitive(head) or running is not None:
                # "killing two of them": people already counted; "a fourth passenger has
                # died": the toll so far, not four more
                aggregate = True
            last = max([head, *head.conjuncts], key=lambda t: t.i)
            end = max(last.idx + len(last.text), token.idx + len(token.text))
            later = running is None and kind == "killed" and _died_of_wounds(head, token)
            extra = not later and running is None and _more_of(head, token)
            counts.append(CasualtyCount(kind, size, min(perp, size),
                                        aggregate and not (later or extra), start, end,
                                        later=later, extra=extra))
    return clause_counts(sentence, lexicon, counts)
