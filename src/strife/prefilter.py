"""A relevance prefilter: could this article report political violence? Decided without spaCy.

Most of a news stream is sport, business, weather and culture. Parsing those costs as much as
parsing an attack report and yields nothing, so ``strife batch --prefilter`` (and ingest, when
wired to ``PrefilteredExtractor``) first scores each article on word cues from
``data/lexicons/prefilter.yaml`` in one pass over its words (well under a millisecond), and
parses only those that reach the threshold. A skipped article still yields a ``Result`` with no
incidents, so it is stored (and never read again) like any other document.

::

    prefilter = Prefilter.load()
    prefilter.relevant("Gunmen killed two police officers in ...")   # True
    extractor = PrefilteredExtractor(Extractor, prefilter)           # the model loads lazily
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from strife.chunking import chunks
from strife.codebook.loader import load_data
from strife.codebook.schema import PrefilterFile
from strife.errors import ModelError
from strife.extracting import Extracting
from strife.models import Document, Result

LEXICON_FILE = "prefilter.yaml"
SEEN_WORDS = 200_000
"""How many distinct words the prefilter remembers the cues of (then it starts again)."""


@dataclass(frozen=True)
class Relevance:
    """The prefilter's verdict on one text, with the cue words that made the score."""

    score: int
    relevant: bool
    cues: tuple[str, ...]


@dataclass(frozen=True)
class _Cue:
    kind: str
    """"ignore", "strong" or "weak"."""
    words: tuple[tuple[str, bool], ...]
    """(word, is a prefix) for each word of the entry."""
    entry: str


_RANK = {"ignore": 2, "strong": 1, "weak": 0}
_WORD = re.compile(r"[a-z0-9]+")


class Prefilter:
    """Scores texts on the prefilter lexicon; ``relevant(text)`` is the yes/no decision.

    Words are looked up in dictionaries keyed by a cue's first word (or its prefix, for
    ``kill*``), so one article costs one pass over its words: a fraction of a millisecond.
    """

    def __init__(self, lexicon: dict[str, Any]) -> None:
        try:
            self.threshold = int(lexicon["threshold"])
            self.max_repeats = int(lexicon["max_repeats"])
            self.weights = {k: int(lexicon["weights"][k]) for k in ("strong", "weak")}
            cues = [_cue(kind, str(entry)) for kind in _RANK for entry in lexicon[kind]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"the prefilter lexicon is malformed ({exc!r}); "
                             f"check strife/data/lexicons/{LEXICON_FILE}") from None  # fmt: skip
        self._exact: dict[str, list[_Cue]] = {}
        self._prefix: dict[str, list[_Cue]] = {}
        for cue in cues:
            word, is_prefix = cue.words[0]
            (self._prefix if is_prefix else self._exact).setdefault(word, []).append(cue)
        self._lengths = sorted({len(word) for word in self._prefix})
        self._seen: dict[str, tuple[_Cue, ...]] = {}

    @classmethod
    def load(cls) -> Prefilter:
        """The prefilter built from the lexicon that ships with strife (read once per process)."""
        return _shipped_prefilter()

    def assess(self, text: str) -> Relevance:
        words = _WORD.findall(text.lower())
        counts: Counter[str] = Counter()
        score = 0
        at = 0
        while at < len(words):
            cue = self._longest_cue(words, at)
            if cue is None:
                at += 1
                continue
            at += len(cue.words)
            if cue.kind == "ignore":
                continue
            counts[cue.entry] += 1
            if counts[cue.entry] <= self.max_repeats:
                score += self.weights[cue.kind]
        return Relevance(score, score >= self.threshold, tuple(counts))

    def _longest_cue(self, words: list[str], at: int) -> _Cue | None:
        found = self._starting(words[at])
        if not found:
            return None
        matching = [c for c in found if _matches(c, words, at)]
        # The longest phrase wins ("heart attack" over "attack"), then ignore over strong.
        return max(matching, key=lambda c: (len(c.words), _RANK[c.kind]), default=None)

    def _starting(self, word: str) -> tuple[_Cue, ...]:
        """The cues whose first word fits ``word``; remembered, since news reuses its words."""
        found = self._seen.get(word)
        if found is None:
            cues = list(self._exact.get(word, ()))
            for length in self._lengths:
                if length > len(word):
                    break
                cues.extend(self._prefix.get(word[:length], ()))
            if len(self._seen) >= SEEN_WORDS:
                self._seen.clear()
            found = self._seen[word] = tuple(cues)
        return found

    def relevant(self, text: str) -> bool:
        return self.assess(text).relevant

    def keeps(self, document: Document) -> bool:
        """Whether ``document`` should be parsed; its title counts when the text lacks it."""
        text = document.text
        if document.title and document.title not in text:
            text = f"{document.title}\n{text}"
        return self.relevant(text)


def _cue(kind: str, entry: str) -> _Cue:
    """``"car bomb*"`` → words ("car", exact) and ("bomb", prefix)."""
    words = []
    for token in re.split(r"[\s-]+", entry.strip().lower()):
        word = token.removesuffix("*")
        if not _WORD.fullmatch(word):
            raise ValueError(f"{kind} entry {entry!r}: {token!r} is not a word")
        words.append((word, token.endswith("*")))
    return _Cue(kind, tuple(words), entry)


def _matches(cue: _Cue, words: list[str], at: int) -> bool:
    if at + len(cue.words) > len(words):
        return False
    return all(
        words[at + i].startswith(w) if is_prefix else words[at + i] == w
        for i, (w, is_prefix) in enumerate(cue.words)
    )


@lru_cache(maxsize=1)
def _shipped_prefilter() -> Prefilter:
    lexicon = load_data(f"lexicons/{LEXICON_FILE}", PrefilterFile).model_dump()
    return Prefilter(lexicon)


class PrefilteredExtractor:
    """An extractor that parses only the documents the prefilter keeps, in input order.

    Skipped documents come back as results without incidents. The real extractor is made by
    ``make_extractor`` on the first kept document, so a stream with nothing relevant never
    loads the models.
    """

    def __init__(
        self,
        make_extractor: Callable[[], Extracting],
        prefilter: Prefilter | None = None,
        chunk_size: int = 64,
    ) -> None:
        self._make_extractor = make_extractor
        self._extractor: Extracting | None = None
        self.prefilter = prefilter or Prefilter.load()
        self.chunk_size = chunk_size
        self.skipped = 0
        self.parsed = 0

    def extract(self, document: Document) -> Result:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for chunk in chunks(documents, self.chunk_size):
            yield from self._run(chunk)

    @property
    def failures(self) -> list:
        """The real extractor's ``failures`` (documents it could not extract), if any."""
        return list(getattr(self._extractor, "failures", ()))

    def _run(self, chunk: list[Document]) -> Iterator[Result]:
        keep = [self.prefilter.keeps(d) for d in chunk]
        kept = [d for d, k in zip(chunk, keep, strict=True) if k]
        parsed: dict[str, Result] = {}
        if kept:
            if self._extractor is None:
                self._extractor = self._make_extractor()
            # Chunks keep the model's batching (nlp.pipe) while the output stays in input order.
            # By id: an extractor that skips failures leaves the failed documents out.
            parsed = {r.document.id: r for r in self._extractor.extract_many(kept)}
        self.parsed += len(kept)
        self.skipped += len(chunk) - len(kept)
        for document, k in zip(chunk, keep, strict=True):
            if not k:
                yield Result(document=document)
            elif document.id in parsed:
                yield parsed[document.id]
