"""Truecasing of lower-case MUC-4 text, to train the role model on mixed-case copies too.

MUC-4 survives only in lower case, but most news is mixed case, and the English parser tags,
chunks and names a mixed-case sentence differently from its lower-case copy. A role model that
reads the parse of the text as written must therefore see mixed-case parses in training. This
module rebuilds a plausible casing from data the repository has, in order of trust:

1. a case dictionary counted on mixed-case news (the geoparsing corpora), which also says
   which words stay lower case ("attack", "bus", "mayor" are never capitalised mid-sentence);
2. names whose casing we know: gazetteer places (countries, provinces, towns of some size),
   demonyms, and the armed-group lexicon (acronyms in capitals: FMLN, URNG);
3. the spaCy model's entities on the lower-case parse (persons, places, organisations);
4. the first letter of every sentence, the pronoun "I", and short acronyms in parentheses.

Only letters whose upper case is one character change, so offsets stay valid.
Used at training time only (``python -m strife.roles.train --cased …``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+$")
_SMALL = frozenset({"of", "the", "and", "de", "la", "del", "los", "las", "y", "el", "for", "in",
                    "on", "at", "to", "a", "an", "san", "por"} - {"san"})
_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC"})
_ACRONYM_IN_PARENS = re.compile(r"\(([a-z]{2,6})\)")
_MIN_CITY_POPULATION = 20000


def _sentence_start(text: str, start: int) -> bool:
    """At the start of the text or of a paragraph, or after a full stop (quotes allowed)."""
    before = text[max(0, start - 12) : start].rstrip("\"'( ")
    return not before.strip() or before.endswith("\n\n") or bool(_SENTENCE_END.search(
        text[max(0, start - 12) : start].rstrip("\"'(")))


def _upper(text: str) -> str:
    return "".join(u if len(u := c.upper()) == 1 else c for c in text)


def _title(word: str) -> str:
    return _upper(word[:1]) + word[1:] if word else word


@dataclass
class Recaser:
    """Known casings of single words and of multi-word names (keys in lower case)."""

    words: dict[str, str] = field(default_factory=dict)
    lower_words: frozenset[str] = frozenset()
    names: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, cased_texts: Iterable[str], names: Iterable[str]) -> Recaser:
        """Count word forms away from sentence starts; add the known names."""
        forms: dict[str, Counter[str]] = {}
        for text in cased_texts:
            for m in _WORD.finditer(text):
                if _sentence_start(text, m.start()):
                    continue  # a sentence start says nothing about the word's own case
                word = m.group()
                forms.setdefault(word.lower(), Counter())[word] += 1
        words: dict[str, str] = {}
        lower: set[str] = set()
        for key, counts in forms.items():
            total = sum(counts.values())
            if counts[key] >= 0.5 * total:
                lower.add(key)
            elif total >= 2:
                words[key] = counts.most_common(1)[0][0]
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for name in names:
            tokens = tuple(_WORD.findall(name))
            name_key = tuple(t.lower() for t in tokens)
            if not tokens or (len(name_key) == 1 and name_key[0] in lower):
                continue  # "Bus" may be a hamlet somewhere; in news it is a vehicle
            table.setdefault(name_key, tokens)
        return cls(words, frozenset(lower), table)

    def recase(self, text: str, lowered_doc: Doc | None = None) -> str:
        """A mixed-case copy of lower-case ``text`` (same length), from the rules above."""
        chars = list(text)

        def put(start: int, word: str) -> None:
            chars[start : start + len(word)] = list(word)

        if lowered_doc is not None:
            for ent in lowered_doc.ents:
                if ent.label_ not in _NAME_LABELS:
                    continue
                for t in ent:
                    if t.lower_ not in _SMALL and t.is_alpha and t.lower_ not in self.lower_words:
                        put(t.idx, _title(t.text))
        tokens = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        for i, (start, word) in enumerate(tokens):
            cased = self.words.get(word.lower())
            if cased is not None and len(cased) == len(word):
                put(start, cased)
            longest = self._name_at(tokens, i)
            if longest:
                for (s, w), form in zip(tokens[i : i + len(longest)], longest, strict=True):
                    if len(form) == len(w):
                        put(s, form)
        # a name capitalised once ("president Cerezo") is a name at every mention ("cerezo said")
        named = {word: "".join(chars[s : s + len(word)]) for s, word in tokens
                 if chars[s].isupper() and word not in self.lower_words and word not in _SMALL}
        for start, word in tokens:
            if word in named:
                put(start, named[word])
        for m in _ACRONYM_IN_PARENS.finditer(text):
            put(m.start(1), _upper(m.group(1)))
        for start, word in tokens:
            if word == "i" or _sentence_start(text, start):
                put(start, _title("".join(chars[start : start + len(word)])))
        return "".join(chars)

    def _name_at(self, tokens: Sequence[tuple[int, str]], i: int) -> tuple[str, ...]:
        for n in (5, 4, 3, 2, 1):
            key = tuple(w.lower() for _, w in tokens[i : i + n])
            if len(key) == n and key in self.names:
                return self.names[key]
        return ()


def xml_texts(paths: Iterable[Path]) -> list[str]:
    """The ``<text>`` of every article in the geoparsing corpora's XML files."""
    texts = []
    for path in paths:
        root = ET.parse(path).getroot()
        texts += [el.text or "" for el in root.iter("text")]
    return texts


def known_names() -> list[str]:
    """Names whose casing strife's own data fixes: places of some size, demonyms, groups."""
    from strife.extract.lexicon import load_lexicon
    from strife.geo.gazetteer import KIND_ADMIN1, KIND_CITY, KIND_COUNTRY
    from strife.geo.gazetteer_cache import load_gazetteer

    gaz = load_gazetteer()
    names = [name for row, name in enumerate(gaz.names)
             if gaz.kinds[row] in (KIND_COUNTRY, KIND_ADMIN1)
             or (gaz.kinds[row] == KIND_CITY and gaz.populations[row] >= _MIN_CITY_POPULATION)]
    names += [key.title() for key in gaz.demonyms]
    lexicon = load_lexicon()
    for alias, canonical in lexicon.groups.items():
        names.append(_group_form(alias, canonical))
    return names


def _group_form(alias: str, canonical: str) -> str:
    """"fmln" → "FMLN" when the canonical name spells it so; else title case, small words kept."""
    if " " not in alias and _upper(alias) in canonical.replace("(", " ").replace(")", " ").split():
        return _upper(alias)
    return " ".join(w if w in _SMALL else _title(w) for w in alias.split())
