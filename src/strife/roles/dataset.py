"""Training rows for the role model: candidate mentions of parsed MUC-4 documents, by string.

A string is positive for a role when it is one of the gold mentions of an entity of that role
in the same document: exactly what GRIT's scorer would reward if the string were predicted as
that entity's canonical mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from strife.models import ROLE_NAMES
from strife.roles.candidates import Candidate, candidate_spans
from strife.roles.features import mention_features
from strife.roles.strings import group_strings
from strife.roles.text import lower_text
from strife.roles.tokens import TokenTable, token_table
from strife.scoring.ceaf import normalise_mention

Entities = list[list[str]]


@dataclass
class DocRows:
    """One document's candidate mentions, their distinct strings and (for training) labels."""

    tokens: TokenTable
    candidates: list[Candidate]
    texts: list[str]
    keys: list[tuple[str, ...]]
    numeric: np.ndarray
    strings: list[str]
    string_ids: np.ndarray
    labels: np.ndarray

    @property
    def mention_labels(self) -> np.ndarray:
        return self.labels[self.string_ids]


def doc_rows(doc: Doc, triggers: frozenset[str], gold: dict[str, Entities] | None = None
             ) -> DocRows:
    tt = token_table(doc, triggers)
    candidates = candidate_spans(tt)
    texts, keys, numeric = mention_features(tt, candidates)
    strings, ids = group_strings(texts)
    labels = np.zeros((len(strings), len(ROLE_NAMES)), dtype=np.float32)
    for r, role in enumerate(ROLE_NAMES):
        wanted = {normalise_mention(m) for entity in (gold or {}).get(role, []) for m in entity}
        for i, text in enumerate(strings):
            labels[i, r] = float(text in wanted)
    return DocRows(tt, candidates, texts, keys, numeric, strings, ids, labels)


def parse_texts(nlp: Language, texts: Sequence[str], cache: Path | None = None,
                lower: bool = True) -> list[Doc]:
    """Parse texts (lower-cased unless ``lower`` is false), reusing a DocBin cache of the same
    texts when there is one."""
    lowered = [lower_text(t) for t in texts] if lower else list(texts)
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == lowered:
            return docs
    docs = list(nlp.pipe(lowered, batch_size=32))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs
