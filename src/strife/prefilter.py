"""A relevance prefilter: could this article report political violence? Decided without spaCy.

Most of a news stream is sport, business, weather and culture. Parsing those costs as much as
parsing an attack report and yields nothing, so ``strife batch --prefilter`` (and ingest, when
wired to ``PrefilteredExtractor``) first scores each article on word cues from
``data/lexicons/prefilter.yaml`` with one regular expression, microseconds per article, and
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
from importlib import resources
from typing import Any, Protocol

import yaml

from strife.errors import ModelError
from strife.models import Document, Result

LEXICON_FILE = "prefilter.yaml"


class Extracting(Protocol):
    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]: ...


@dataclass(frozen=True)
class Relevance:
    """The prefilter's verdict on one text, with the cue words that made the score."""

    score: int
    relevant: bool
    cues: tuple[str, ...]


class Prefilter:
    """Scores texts on the prefilter lexicon; ``relevant(text)`` is the yes/no decision."""

    def __init__(self, lexicon: dict[str, Any]) -> None:
        try:
            self.threshold = int(lexicon["threshold"])
            self.max_repeats = int(lexicon["max_repeats"])
            self.weights = {k: int(lexicon["weights"][k]) for k in ("strong", "weak")}
            self._pattern = _compile(lexicon["ignore"], lexicon["strong"], lexicon["weak"])
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise ModelError(f"the prefilter lexicon is malformed ({exc!r}); "
                             f"check strife/data/lexicons/{LEXICON_FILE}") from None  # fmt: skip

    @classmethod
    def load(cls) -> Prefilter:
        """The prefilter built from the lexicon that ships with strife (read once per process)."""
        return _shipped_prefilter()

    def assess(self, text: str) -> Relevance:
        counts: Counter[str] = Counter()
        score = 0
        for match in self._pattern.finditer(text):
            kind = match.lastgroup
            if kind == "ignore":
                continue
            word = _stem(match.group())
            counts[word] += 1
            if counts[word] <= self.max_repeats:
                score += self.weights[kind or "weak"]
        return Relevance(score, score >= self.threshold, tuple(counts))

    def relevant(self, text: str) -> bool:
        return self.assess(text).relevant

    def keeps(self, document: Document) -> bool:
        """Whether ``document`` should be parsed; its title counts when the text lacks it."""
        text = document.text
        if document.title and document.title not in text:
            text = f"{document.title}\n{text}"
        return self.relevant(text)


_SUFFIX = re.compile(r"(?:ings|ing|ers|er|ed|es|s)$")


def _stem(word: str) -> str:
    """"attacks", "attacking", "attacked" count as one word: "attack"."""
    word = word.lower()
    stem = _SUFFIX.sub("", word)
    return stem if len(stem) >= 3 else word


def _compile(ignore: list[str], strong: list[str], weak: list[str]) -> re.Pattern[str]:
    """One alternation: ignored phrases first, so that "heart attack" never counts as attack."""

    def group(name: str, fragments: list[str]) -> str:
        # Longer fragments first: "car bomb" must win over "car" if both were listed.
        body = "|".join(sorted((str(f) for f in fragments), key=len, reverse=True))
        return rf"(?P<{name}>\b(?:{body})\b)"

    return re.compile(
        "|".join((group("ignore", ignore), group("strong", strong), group("weak", weak))),
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _shipped_prefilter() -> Prefilter:
    try:
        text = resources.files("strife.data.lexicons").joinpath(LEXICON_FILE).read_text("utf-8")
        lexicon = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"the prefilter lexicon {LEXICON_FILE} is missing or malformed: {exc}; "
                         "reinstall strife") from None  # fmt: skip
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
        chunk: list[Document] = []
        for document in documents:
            chunk.append(document)
            if len(chunk) >= self.chunk_size:
                yield from self._run(chunk)
                chunk = []
        if chunk:
            yield from self._run(chunk)

    def _run(self, chunk: list[Document]) -> Iterator[Result]:
        keep = [self.prefilter.keeps(d) for d in chunk]
        kept = [d for d, k in zip(chunk, keep, strict=True) if k]
        parsed: Iterator[Result] = iter(())
        if kept:
            if self._extractor is None:
                self._extractor = self._make_extractor()
            # Chunks keep the model's batching (nlp.pipe) while the output stays in input order.
            parsed = iter(list(self._extractor.extract_many(kept)))
        self.parsed += len(kept)
        self.skipped += len(chunk) - len(kept)
        for document, k in zip(chunk, keep, strict=True):
            yield next(parsed) if k else Result(document=document)
