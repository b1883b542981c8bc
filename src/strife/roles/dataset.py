"""Training rows for the role model: candidates of parsed MUC-4 documents, features, labels.

A candidate is positive for a role when its normalised text is one of the gold mentions of an
entity of that role in the same document: exactly what GRIT's scorer would reward if the
candidate were predicted as that entity's canonical mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from strife.eval.ceaf import normalise_mention
from strife.models import ROLE_NAMES
from strife.roles import features
from strife.roles.candidates import Candidate, candidate_spans
from strife.roles.text import lower_text

Entities = list[list[str]]


@dataclass
class DocRows:
    """One document's candidates with their features and (for training) labels."""

    candidates: list[Candidate]
    keys: list[tuple[str, ...]]
    numeric: np.ndarray
    categorical: list[tuple[str, ...]]
    labels: np.ndarray


def doc_rows(doc: Doc, triggers: frozenset[str], gold: dict[str, Entities] | None = None
             ) -> DocRows:
    candidates = candidate_spans(doc)
    keys, numeric, cats = features.extract(doc, candidates, triggers)
    labels = np.zeros((len(candidates), len(ROLE_NAMES)), dtype=np.float32)
    if gold:
        for r, role in enumerate(ROLE_NAMES):
            wanted = {normalise_mention(m) for entity in gold.get(role, []) for m in entity}
            for i, row in enumerate(keys):
                labels[i, r] = float(row[0] in wanted)
    return DocRows(candidates, keys, numeric, cats, labels)


def parse_texts(nlp: Language, texts: Sequence[str], cache: Path | None = None) -> list[Doc]:
    """Parse lower-cased texts, reusing a DocBin cache of the same texts when there is one."""
    lowered = [lower_text(t) for t in texts]
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == lowered:
            return docs
    docs = list(nlp.pipe(lowered, batch_size=32))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs
