"""Casualty statements that a single noun phrase does not carry: stated zeros, attackers as the
only casualties, and attackers counted on top of a figure.

GTD codebook, "Casualties and Consequences" (in our words):
* A report that nobody was killed or hurt codes ``nkill``/``nwound`` 0; a report that is silent
  leaves them unknown. So "there were no reported casualties" and "no fatalities were
  reported" are figures (0), not silence.
* Perpetrator deaths count in ``nkill`` and again in ``nkillter``. "The assailants were the
  only casualties" makes the dead attackers the whole toll (killed = attackers, nobody hurt);
  "in addition to the two attackers, ten people were killed" makes it ten plus two.
Words from ``data/lexicons/casualties.yaml``; the zero phrases from ``cues.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from strife.extract.casualty_phrases import (
    CasualtyCount,
    Kind,
    coordinated_size,
    is_perpetrator_np,
)
from strife.extract.casualty_vocab import casualty_vocab
from strife.extract.lexicon import Lexicon

_BOTH: tuple[Kind, Kind] = ("killed", "wounded")
_PLURAL_UNKNOWN = 2
"""Attackers in the plural whose number the text never gives: at least two."""


def _phrase_zeros(sentence: Span, lexicon: Lexicon) -> list[CasualtyCount]:
    """"No one was hurt", "escaped unharmed": whole phrases from cues.yaml."""
    found = []
    pairs: tuple[tuple[Kind, str], ...] = (
        ("killed", "no_death_phrases"), ("wounded", "no_injury_phrases"))
    for kind, cue in pairs:
        hit = lexicon.cue(cue).search(sentence.text)
        if hit is not None:
            start = sentence.start_char + hit.start
            found.append(CasualtyCount(kind, 0, 0, True, start, sentence.start_char + hit.end))
    return found


def _negated(noun: Token) -> bool:
    """"no casualties", "no reported casualties", "no reports of casualties", "without
    casualties", "did not cause any casualties"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "without":
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _negated(head.head)  # "no immediate reports of casualties"
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return any(c.dep_ == "neg" for c in head.children)
    return False


def _said_of_all(word: Token) -> bool:
    """"The drivers were released unharmed", "everyone escaped unhurt": a plural subject."""
    verb = word.head if word.dep_ != "ROOT" else word
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.tag_ in ("NNS", "NNPS") or s.lower_ in ("everyone", "everybody", "all", "they")
               for s in subjects)


def _token_zeros(sentence: Span) -> list[CasualtyCount]:
    vocab = casualty_vocab()
    zero_nouns = vocab.zero_nouns
    found: list[CasualtyCount] = []
    for token in sentence:
        if token.lower_ in vocab.unharmed_words and _said_of_all(token) and not any(
                c.dep_ == "neg" for c in [*token.children, *token.head.children]):
            # "the drivers were released unharmed"
            found.extend(CasualtyCount(kind, 0, 0, True, token.idx, token.idx + len(token.text))
                         for kind in _BOTH)
            continue
        kinds = zero_nouns.get(token.lower_)
        if kinds and token.pos_ in ("NOUN", "ADJ", "VERB") and _negated(token):
            start = min(token.left_edge.idx, token.idx)
            end = token.idx + len(token.text)
            found.extend(CasualtyCount(kind, 0, 0, True, start, end)
                         for kind in _BOTH if kind in kinds)
    return found


def stated_zeros(sentence: Span, lexicon: Lexicon) -> list[CasualtyCount]:
    """Each kind stated as zero in the sentence, once."""
    found: dict[str, CasualtyCount] = {}
    for count in [*_phrase_zeros(sentence, lexicon), *_token_zeros(sentence)]:
        found.setdefault(count.kind, count)
    return list(found.values())


def attackers_in_context(head: Token, lexicon: Lexicon) -> int:
    """How many attackers "the assailants" are: their number here, else the latest number
    given to attackers earlier in the text ("Two assailants attempted …"), else at least two
    for a plural and one for a singular."""
    size = coordinated_size(head)
    if size and any(c.dep_ == "nummod" for c in head.children):
        return size
    if head.tag_ not in ("NNS", "NNPS") and head.lower_ != "themselves":
        return size or 1
    nouns = lexicon.cue("perpetrator_nouns")
    for token in reversed(head.doc[: head.i]):
        if token.lower_ in nouns and any(c.dep_ == "nummod" for c in token.children):
            return coordinated_size(token) or _PLURAL_UNKNOWN
    return _PLURAL_UNKNOWN


def _only_attackers(sentence: Span, lexicon: Lexicon) -> list[CasualtyCount]:
    """"The assailants were the only casualties", "the only casualty was the bomber": the dead
    attackers are the whole toll, and for "casualties" nobody else was hurt."""
    vocab = casualty_vocab()
    for token in sentence:
        kinds = vocab.only_nouns.get(token.lower_)
        if not kinds or not any(c.lower_ in vocab.only_words for c in token.children):
            continue
        verb = token.head
        if verb.lemma_.lower() != "be":
            continue
        others = [c for c in verb.children
                  if c.dep_ in ("nsubj", "attr") and c.i != token.i]
        attackers = [o for o in others if is_perpetrator_np(o, lexicon)]
        if not attackers:
            continue
        size = attackers_in_context(attackers[0], lexicon)
        start = min(verb.left_edge.idx, token.idx)
        end = max(t.idx + len(t.text) for t in (token, attackers[0].right_edge))
        counts = [CasualtyCount("killed", size, size, True, start, end)]
        if "wounded" in kinds:
            counts.append(CasualtyCount("wounded", 0, 0, True, start, end))
        return counts
    return []


def _phrase_at(sentence: Span, words: tuple[str, ...]) -> Token | None:
    """The last token of ``words`` where the phrase occurs in the sentence."""
    lowered = [t.lower_ for t in sentence]
    for i in range(len(lowered) - len(words) + 1):
        if tuple(lowered[i : i + len(words)]) == words:
            return sentence[i + len(words) - 1]
    return None


def _attackers_on_top(
    sentence: Span, lexicon: Lexicon, counts: list[CasualtyCount]
) -> list[CasualtyCount]:
    """"In addition to the two attackers, at least ten people were killed": the attackers
    died too and are not in the figure; they are added as dead perpetrators."""
    if not any(c.kind == "killed" and c.value > c.perpetrators for c in counts):
        return []
    for words in casualty_vocab().addition_phrases:
        last = _phrase_at(sentence, words)
        if last is None:
            continue
        objects = [c for c in last.children if c.dep_ in ("pobj", "dobj")]
        if not objects and last.i + 1 < sentence.end:
            # the parser often hangs the object elsewhere: take the next noun phrase
            objects = [t for t in sentence.doc[last.i + 1 : sentence.end]
                       if t.pos_ in ("NOUN", "PROPN", "PRON")][:1]
        attackers = [o for o in objects if is_perpetrator_np(o, lexicon)]
        if attackers:
            size = attackers_in_context(attackers[0], lexicon)
            start = sentence.doc[last.i - len(words) + 1].idx
            end = attackers[0].right_edge.idx + len(attackers[0].right_edge.text)
            return [CasualtyCount("killed", size, size, True, start, end)]
    return []


def _attackers_among(sentence: Span, lexicon: Lexicon) -> int:
    """"The death toll stood at 11, the bomber among them": attackers inside the figure."""
    for token in sentence:
        if any(p.dep_ == "prep" and p.lower_ == "among" and any(
                o.lower_ in ("them", "those", "dead") for o in p.children)
               for p in token.children) and is_perpetrator_np(token, lexicon):
            return attackers_in_context(token, lexicon)
    return 0


def clause_counts(
    sentence: Span, lexicon: Lexicon, counts: list[CasualtyCount]
) -> list[CasualtyCount]:
    """The sentence's figures with what whole clauses add: the noun-phrase figures
    ``counts`` (with attackers placed inside a total), then the clauses' own figures."""
    among = _attackers_among(sentence, lexicon)
    if among:
        counts = [replace(c, perpetrators=among) if c.kind == "killed" and c.aggregate
                  and not c.perpetrators and c.value > among else c for c in counts]
    return [*counts, *_only_attackers(sentence, lexicon),
            *_attackers_on_top(sentence, lexicon, counts)]
