"""What was hit: victims (people) and physical targets, their GTD target types, and weapons."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from strife.extract.lexicon import Lexicon
from strife.extract.numbers import parse_quantity
from strife.models import TargetType, WeaponType

_TARGET_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
_LOCATIVE_PREPS = frozenset({"at", "near", "in", "outside", "inside", "along", "on", "beside"})
_TARGET_PREPS = frozenset({"on", "at", "against", "of", "near", "outside", "inside", "into",
                           "under", "to"})


@dataclass(frozen=True)
class TargetMention:
    text: str
    start: int
    end: int
    target_type: TargetType | None
    is_person: bool
    prominent: bool
    generic: bool = False
    """"people", "persons": says nothing about who was hit"""
    size: int = 1
    """how many were hit ("five officers"), for ranking target types"""
    aimed: bool = False
    """the object of an attack word ("attacked the consulate"), not a casualty of one
    ("two officers were killed"): what the attack was aimed at"""
    manned: bool = False
    """a bare "checkpoint" or "post": its type is that of the police or soldiers hit at it"""


def _np_span(head: Token) -> Span:
    """The noun phrase without trailing relative clauses and parentheticals."""
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj") or child.lower_ in (
            "including", "among", "who", "which"
        ):
            break
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE_PREPS:
            break  # "soldiers at a bus stop": where they were is not what they were
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "of" and objects:
            right = _np_span(objects[0]).end - 1  # "a group of soldiers [at a bus stop]"
            continue
        right = child.right_edge.i
    left = head.left_edge.i
    while left < head.i and head.doc[left].lower_ in ("dead", "only", "at", "least", "some"):
        left += 1
    return head.doc[left : right + 1]


def target_type_of(span: Span, lexicon: Lexicon) -> TargetType | None:
    """The GTD target type of a noun phrase: longest lexicon match wins, the head breaks ties."""
    words = [t.lower_ for t in span if t.pos_ not in ("DET", "NUM", "PUNCT")]
    lemmas = [t.lemma_.lower() for t in span if t.pos_ not in ("DET", "NUM", "PUNCT")]
    best: tuple[int, TargetType] | None = None
    for seq in (words, lemmas):
        for size in range(min(4, len(seq)), 0, -1):
            for i in range(len(seq) - size + 1):
                hit = lexicon.targets.get(" ".join(seq[i : i + size]))
                if hit and (best is None or size > best[0]):
                    best = (size, hit)
    if best is None:
        return None
    head_hit = lexicon.targets.get(span.root.lemma_.lower()) or lexicon.targets.get(
        span.root.lower_
    )
    if best[0] == 1 and head_hit:
        return head_hit
    return best[1]


def _employer_type(head: Token, lexicon: Lexicon) -> TargetType | None:
    """"three employees of a medical charity", "an engineer employed by a construction
    company": the employer says what kind of target (GTD types people by who they work for)."""
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "for")
             and head.lemma_.lower() in lexicon.cue("staff_nouns")]
    for acl in (c for c in head.children if c.dep_ == "acl"):
        if acl.lemma_.lower() in ("employ", "work", "hire", "contract"):
            preps += [p for p in acl.children if p.dep_ in ("prep", "agent")
                      and p.lower_ in ("by", "for", "at")]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                found = _group_type(obj, lexicon) or target_type_of(_np_span(obj), lexicon)
                if found is None:
                    found = next((target_type_of(_np_span(a), lexicon) for a in obj.children
                                  if a.dep_ == "appos"), None)
                if found:
                    return found
    return None


def _group_type(token: Token, lexicon: Lexicon) -> TargetType | None:
    """Members of a named armed group are Terrorists/Non-State Militia (GTD), unless the
    target lexicon names the group as something else (a violent political party)."""
    words = [t.lower_ for t in token.subtree if t.i <= token.i]
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if phrase in lexicon.groups:
                return lexicon.targets.get(phrase, "Terrorists/Non-State Militia")
    return None


def _carried_type(head: Token, lexicon: Lexicon) -> TargetMention | None:
    """The people or owner behind a vehicle or building: "a bus carrying government
    employees", "the vehicle of the deputy governor", "a checkpoint manned by HTS fighters",
    "trucks belonging to a company" (GTD codes the victim, not the thing it rode in)."""
    lemma = head.lemma_.lower()
    candidates: list[Token] = []
    for child in head.children:
        verb = child.lemma_.lower()
        if child.dep_ == "acl" and lemma in lexicon.cue("carrier_nouns") and verb in (
                lexicon.cue("carry_verbs")):
            candidates += [c for c in child.children if c.dep_ == "dobj"]
        if child.dep_ == "acl" and verb in lexicon.cue("manned_verbs"):
            candidates += [o for a in child.children if a.dep_ == "agent"
                           for o in a.children if o.dep_ == "pobj"]
        if child.dep_ == "acl" and verb == "belong":
            candidates += [o for a in child.children if a.dep_ == "prep" and a.lower_ == "to"
                           for o in a.children if o.dep_ == "pobj"]
        if lemma in lexicon.cue("belonging_nouns") and (child.dep_ == "poss" or (
                child.dep_ == "prep" and child.lower_ == "of")):
            candidates += [child] if child.dep_ == "poss" else [
                o for o in child.children if o.dep_ == "pobj"]
    for owner in candidates:
        span = _np_span(owner)
        role = _role_of(owner)
        ttype = (_group_type(owner, lexicon) or _employer_type(owner, lexicon)
                 or (_role_type(role, lexicon) if role is not None else None)
                 or target_type_of(span, lexicon))
        if ttype is not None and ttype != "Private Citizens & Property":
            return TargetMention(span.text, span.start_char, span.end_char, ttype,
                                 _is_person(owner, lexicon),
                                 _is_prominent(owner, span, role, lexicon))
    return None


def _role_of(head: Token) -> Token | None:
    """A named person's role, given in apposition: "Abdul Safi, a member of the council"."""
    if not (head.pos_ == "PROPN" or head.ent_type_ == "PERSON"):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def _role_type(role: Token, lexicon: Lexicon) -> TargetType | None:
    return _employer_type(role, lexicon) or target_type_of(_np_span(role), lexicon)


def _is_person(head: Token, lexicon: Lexicon) -> bool:
    people = lexicon.cue("person_nouns")
    return head.ent_type_ == "PERSON" or head.lower_ in people or head.lemma_.lower() in people


def find_targets(sentence: Span, trigger_ids: set[int], lexicon: Lexicon) -> list[TargetMention]:
    """Objects of attack verbs and of "attack on X": the people and things that were hit."""
    found: dict[int, TargetMention] = {}
    perp_nouns = lexicon.cue("perpetrator_nouns")
    for token in sentence:
        if token.dep_ not in _TARGET_DEPS or token.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        if not _hit_by_trigger(token, trigger_ids):
            continue
        # "seven people, including five law enforcement officers": the subset says who.
        subset = [o for p in token.children if p.lower_ in ("including", "among")
                  for o in p.children if o.dep_ == "pobj"]
        for head in [token, *token.conjuncts, *subset]:
            if head.lemma_.lower() in perp_nouns or head.i in found:
                continue
            mention = _carried_type(head, lexicon) or _typed_target(head, lexicon)
            if mention is not None:
                found[head.i] = replace(mention, aimed=_aimed(token, lexicon))
    return sorted(found.values(), key=lambda t: t.start)


def _typed_target(head: Token, lexicon: Lexicon) -> TargetMention | None:
    """One noun hit by an attack, typed by what it is (GTD: the victim's type, so a named
    person takes the type of the role given beside the name)."""
    span = _np_span(head)
    role = _role_of(head)
    ttype = (_group_type(head, lexicon) or _employer_type(head, lexicon)
             or (_role_type(role, lexicon) if role is not None else None)
             or target_type_of(span, lexicon))
    person = _is_person(head, lexicon) or (
        head.head.lemma_.lower() in lexicon.cue("people_verbs")
        and any(c.dep_ == "nummod" for c in head.children))  # "abducted five shepherds"
    if ttype is None and not person:
        return None
    lemma = head.lemma_.lower()
    # Staff with no employer named and "people" say nothing of the kind of target: the place
    # they were at decides ("employees at the town hall").
    generic = lemma in lexicon.cue("generic_people") or (
        lemma in lexicon.cue("staff_nouns") and ttype is None)
    manned = lemma in lexicon.cue("manned_posts") and not any(
        c.dep_ in ("compound", "amod") for c in head.children)
    return TargetMention(
        span.text, span.start_char, span.end_char, ttype or "Private Citizens & Property",
        person, _is_prominent(head, span, role, lexicon), generic, _size(head), manned=manned,
    )


def _aimed(token: Token, lexicon: Lexicon) -> bool:
    """Hit by an attack word that says what was attacked ("attacked the consulate", "opened
    fire on a convoy", "fired at a base"), not by one that counts casualties ("killed",
    "wounded") nor only placed near it ("exploded at a market")."""
    if token.dep_ in ("dobj", "nsubjpass"):
        verb = token.head
    elif token.head.lower_ in ("on", "against", "into") or (
            token.head.lower_ == "at" and token.head.head.lemma_.lower() in ("fire", "shoot")):
        verb = token.head.head
    else:
        return False
    lemma = verb.lemma_.lower()
    return not any(lemma in lexicon.cue(name) for name in ("kill_verbs", "wound_verbs",
                                                           "die_verbs"))


def _is_prominent(head: Token, span: Span, role: Token | None, lexicon: Lexicon) -> bool:
    """One named or singled-out official, leader or public figure: the kind of victim an
    assassination targets (GTD: an assassination aims at a specific, prominent person;
    ``strife.codebook.attack_types``). A journalist or a cleric counts when named."""
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in head.children):
        return False
    words = {t.lower_ for t in span} | {head.lemma_.lower()}
    if role is not None:
        words |= {t.lower_ for t in _np_span(role)}
    if any(w in lexicon.cue("prominent_titles") for w in words):
        return True
    named = head.pos_ == "PROPN" or head.ent_type_ == "PERSON"
    return named and any(w in lexicon.cue("prominent_if_named") for w in words)


def _is_reporter(chunk: Span, lexicon: Lexicon) -> bool:
    """"police said", "according to officials": the source of the report, not a target."""
    root = chunk.root
    reporting = lexicon.cue("reporting_verbs")
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in reporting:
        return True
    return root.dep_ == "pobj" and root.head.head.lemma_.lower() in reporting


def mentioned_targets(
    sentence: Span, lexicon: Lexicon, chunks: list[Span] | None = None
) -> list[TargetMention]:
    """Every noun phrase of the sentence with a target type: the fallback when no target
    hangs off an attack word ("an explosion outside a church")."""
    perp_nouns = lexicon.cue("perpetrator_nouns")
    found: list[TargetMention] = []
    pool = chunks if chunks is not None else list(sentence.noun_chunks)
    for chunk in pool:
        if not (sentence.start <= chunk.start and chunk.end <= sentence.end):
            continue
        root = chunk.root
        if root.lemma_.lower() in perp_nouns or root.lower_ in perp_nouns or _is_reporter(
            chunk, lexicon
        ):
            continue
        if root.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORG", "NORP"):
            continue
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.cue("response_verbs"):
            continue  # "security forces stormed the building": the responders, not a target
        carried = _carried_type(root, lexicon)
        if carried is not None:
            found.append(carried)
            continue
        ttype = _employer_type(root, lexicon) or target_type_of(chunk, lexicon)
        if ttype is None:
            continue
        found.append(TargetMention(
            chunk.text, chunk.start_char, chunk.end_char, ttype, _is_person(root, lexicon),
            _is_prominent(root, chunk, None, lexicon),
            root.lemma_.lower() in lexicon.cue("generic_people"),
        ))
    return found


def _size(head: Token) -> int:
    nums = [c.text for c in head.children if c.dep_ == "nummod"]
    return min(parse_quantity(nums) or 1, 1000) if nums else 1


def _hit_by_trigger(token: Token, trigger_ids: set[int]) -> bool:
    if token.dep_ in ("dobj", "nsubjpass"):
        return token.head.i in trigger_ids
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _TARGET_PREPS:
        return False
    verb = prep.head
    if prep.lower_ == "to" and verb.lemma_.lower() == "set" and any(
            c.dep_ == "dobj" and c.i in trigger_ids for c in verb.children):
        return True  # "set fire to a school": the object of the light verb is the attack
    return verb.i in trigger_ids and prep.lower_ != "to" and not (
        prep.lower_ == "of" and verb.pos_ == "VERB")


def _modifies_a_target(last: Token, lexicon: Lexicon) -> bool:
    """"a fuel tanker", "a gun shop": the weapon word only says what kind of thing was hit."""
    head = last.head
    return last.dep_ == "compound" and head.i != last.i and (
        head.lemma_.lower() in lexicon.targets or head.lower_ in lexicon.targets)


@dataclass(frozen=True)
class WeaponMention:
    text: str
    start: int
    end: int
    weapon_type: WeaponType
    noun: bool
    """named by a noun ("a car bomb"), not by a verb phrase ("opened fire")"""


def find_weapons(sentence: Span, lexicon: Lexicon) -> list[WeaponMention]:
    """Weapon words and phrases in the sentence, longest match first, no overlaps."""
    tokens = list(sentence)
    words = [t.lower_ for t in tokens]
    firsts = lexicon.weapon_first_words
    found: list[WeaponMention] = []
    i = 0
    while i < len(tokens):
        hit = None
        for size in range(min(5, len(tokens) - i), 0, -1) if words[i] in firsts else ():
            wtype = lexicon.weapons.get(" ".join(words[i : i + size]))
            if wtype is not None:
                hit = (size, wtype, tokens[i : i + size])
                break
        if hit is None or _modifies_a_target(hit[2][-1], lexicon):
            i += hit[0] if hit is not None else 1
            continue
        size, wtype, window = hit
        start, last = window[0], window[-1]
        np_start = start.i
        while np_start > sentence.start and tokens[np_start - sentence.start - 1].dep_ in (
            "det", "amod", "compound", "nummod") and np_start - 1 >= sentence.start:
            np_start -= 1
        first = sentence.doc[np_start]
        found.append(
            WeaponMention(
                sentence.doc.text[first.idx : last.idx + len(last.text)], first.idx,
                last.idx + len(last.text), wtype,
                last.pos_ in ("NOUN", "PROPN")
                and last.lemma_.lower() not in lexicon.cue("not_instrument_nouns"),
            )
        )
        i += size
    return found
