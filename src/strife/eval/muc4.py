"""Predictions of strife on MUC-4 corpora, in the shapes the scorers read.

The corpus files themselves are read by ``strife.scoring.muc4_corpus`` (re-exported here).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from strife.codebook.tables import gtd_tables
from strife.models import ROLE_NAMES, Result
from strife.scoring.muc4_corpus import (
    Entities,
    MucDocument,
    MucTemplate,
    parse_record,
    pool_templates,
    read_corpus,
    scorer_docid,
)

if TYPE_CHECKING:
    from strife.pipeline import Extractor

__all__ = [
    "Entities", "MucDocument", "MucTemplate", "canonical_entities",
    "parse_record", "pool_templates", "predict_with_pipeline", "predict_with_role_model",
    "read_corpus", "result_roles", "result_templates", "scorer_docid", "write_predictions",
]



def canonical_entities(entity_lists: Iterable[Entities]) -> Entities:
    """strife's prediction for a role: the first mention of each entity, without duplicates."""
    out: Entities = []
    for entities in entity_lists:
        for entity in entities:
            if entity and [entity[0]] not in out:
                out.append([entity[0]])
    return out


def result_roles(result: Result) -> dict[str, Entities]:
    """Pool the canonical mentions of every incident's ``roles`` in one document."""
    return {
        role: canonical_entities(getattr(i.roles, role) for i in result.incidents)
        for role in ROLE_NAMES
    }


def result_templates(result: Result) -> list[MucTemplate]:
    """One predicted template per incident, typed by its first mappable GTD attack type."""
    templates = []
    for incident in result.incidents:
        # GTD → MUC-4 types: strife/data/codebook/gtd.yaml (inverse of schema.md's table).
        muc_type = gtd_tables().attack_muc4
        kinds = [muc_type[t] for t in incident.attack_types]
        roles = {role: canonical_entities([getattr(incident.roles, role)]) for role in ROLE_NAMES}
        templates.append(MucTemplate(kinds[0] if kinds else "attack", roles))
    return templates


def write_predictions(path: str | Path, predictions: Iterator[tuple[str, dict]]) -> None:
    """GRIT-style predictions, one JSON line per document keyed by the scorer docid."""
    with Path(path).open("w", encoding="utf-8") as handle:
        for docid, payload in predictions:
            record = {"docid": docid, "scorer_docid": scorer_docid(docid), **payload}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def predict_with_pipeline(docs: Sequence[MucDocument], extractor: Extractor | None = None
                          ) -> dict[str, list[MucTemplate]]:
    """Run the full extractor (the shared default one unless given) on each document; one
    predicted template per incident."""
    from strife.ingest.documents import document_from_plain_text
    from strife.pipeline import default_extractor

    # MUC text has no title line: title="" stops line one being taken for a title.
    documents = [document_from_plain_text(d.text, title="", doc_id=d.docid) for d in docs]
    runner = extractor if extractor is not None else default_extractor()
    return {r.document.id: result_templates(r) for r in runner.extract_many(documents)}


def predict_with_role_model(docs: Sequence[MucDocument]) -> dict[str, dict[str, Entities]]:
    """Run only the trained role model (``--component roles``): role fillers per document,
    each text parsed in the form the pipeline parses it (ALL CAPS lowered, else as written)."""
    from strife.nlp import load_nlp
    from strife.nlp.casing import parse_form
    from strife.roles import RoleModel, spans_to_roles

    nlp = load_nlp()
    model = RoleModel.load(nlp=nlp)
    parsed = nlp.pipe((parse_form(d.text) for d in docs), batch_size=32)
    return {
        d.docid: spans_to_roles(model.predict(doc))
        for d, doc in zip(docs, parsed, strict=True)
    }
