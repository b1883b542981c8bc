"""The trained MUC-4 role-filler model: load the shipped artefacts once, predict per document.

``RoleModel.predict(doc)`` reads a spaCy ``Doc`` of the document text as the pipeline parses
it: lower case (MUC-4, lowered ALL-CAPS feeds) or mixed case (modern news). The model was
trained on both forms (MUC-4 as written and truecased, ``strife.roles.recase``), so a mixed-case
article needs no second, lower-cased parse. It gates the doc by document relevance, scores
every candidate string per role with gradient-boosted trees and decodes one string per entity.
Only an ALL-CAPS doc is re-parsed, lower-cased: in capitals every word looks like a name.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Doc

from strife.errors import ModelError
from strife.models import ROLE_NAMES
from strife.nlp.casing import case_mode
from strife.roles.dataset import DocRows, doc_rows
from strife.roles.decode import DecodeConfig, RoleSpan, role_spans
from strife.roles.encoding import TargetEncoder
from strife.roles.features import load_triggers
from strife.roles.relevance import RelevanceModel, doc_terms
from strife.roles.strings import string_matrix
from strife.roles.text import is_lower, lower_text

if TYPE_CHECKING:
    import lightgbm
    from spacy.language import Language

ARTEFACTS = ("config.json", "relevance.npz", "mentions.json.gz", "strings.json.gz",
             "triggers.txt", *(f"booster_{role}.txt" for role in ROLE_NAMES))


def default_path() -> Path:
    return Path(str(resources.files("strife") / "data" / "models" / "roles"))


def doc_values(rows: DocRows, relevance: float) -> list[float]:
    """Document-level inputs every string row of the document shares; the last says whether
    the text was parsed as written in mixed case (the parser tags and chunks it differently)."""
    return [relevance, float(len(rows.tokens)), float(sum(rows.tokens.is_trigger)),
            float(len(rows.strings)), float(not is_lower(rows.tokens.text))]


def string_features(rows: DocRows, mention_te: np.ndarray, string_te: np.ndarray,
                    relevance: float) -> np.ndarray:
    return string_matrix(rows.string_ids, len(rows.strings), mention_te, rows.numeric,
                         string_te, doc_values(rows, relevance))


class RoleModel:
    """Relevance gate, target encoders, one booster per role, and the decoding settings."""

    def __init__(self, relevance: RelevanceModel, mentions: TargetEncoder,
                 strings: TargetEncoder, boosters: list[lightgbm.Booster],
                 triggers: frozenset[str], config: DecodeConfig) -> None:
        self.relevance_model = relevance
        self.mentions = mentions
        self.strings = strings
        self.boosters = boosters
        self.triggers = triggers
        self.config = config
        self._nlp: Language | None = None

    @classmethod
    def load(cls, path: str | Path | None = None, nlp: Language | None = None) -> RoleModel:
        """Load the shipped artefacts (``ModelError`` names the rebuild command if missing)."""
        import lightgbm

        folder = Path(path) if path is not None else default_path()
        missing = [name for name in ARTEFACTS if not (folder / name).is_file()]
        if missing:
            raise ModelError(
                f"role model files missing in {folder}: {', '.join(missing)}; rebuild with "
                "`make model` (python -m strife.roles.train --train "
                "../shared/data/muc4/train.jsonl --out src/strife/data/models/roles)"
            )
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            boosters = [lightgbm.Booster(model_file=str(folder / f"booster_{role}.txt"))
                        for role in ROLE_NAMES]
            model = cls(
                load_relevance(folder / "relevance.npz"),
                TargetEncoder.load(folder / "mentions.json.gz"),
                TargetEncoder.load(folder / "strings.json.gz"),
                boosters,
                load_triggers((folder / "triggers.txt").read_text(encoding="utf-8")),
                DecodeConfig(**config["decode"]),
            )
        except (OSError, ValueError, KeyError, TypeError, lightgbm.basic.LightGBMError) as exc:
            raise ModelError(f"role model in {folder} is unreadable ({exc}); rebuild it") from exc
        model._nlp = nlp
        return model

    def _model_doc(self, doc: Doc) -> Doc:
        """The doc as given, or its lower-cased re-parse when it is in ALL CAPS."""
        if case_mode(doc.text) != "upper":
            return doc
        if self._nlp is None:
            from strife.nlp import load_nlp

            self._nlp = load_nlp()
        return self._nlp(lower_text(doc.text))

    def relevance(self, doc: Doc) -> float:
        """Probability that the document reports a relevant violent incident."""
        return self.relevance_model.probability(doc_terms(self._model_doc(doc)))

    def scores(self, doc: Doc) -> tuple[DocRows, np.ndarray, float]:
        """Candidate rows, per-string role probabilities and the relevance of one doc."""
        parsed = self._model_doc(doc)
        relevance = self.relevance_model.probability(doc_terms(parsed))
        rows, probs = self._score_doc(parsed, relevance)
        return rows, probs, relevance

    def _score_doc(self, doc: Doc, relevance: float) -> tuple[DocRows, np.ndarray]:
        rows = doc_rows(doc, self.triggers)
        if not rows.strings:
            return rows, np.zeros((0, len(ROLE_NAMES)))
        x = string_features(rows, self.mentions.transform(rows.keys),
                            self.strings.transform([(s,) for s in rows.strings]), relevance)
        # one thread: LightGBM's thread start-up costs more than these few rows
        probs = np.column_stack([b.predict(x, num_threads=1) for b in self.boosters])
        return rows, probs

    def predict(self, doc: Doc) -> list[RoleSpan]:
        """Role-filler mentions; empty when the document is judged not relevant."""
        parsed = self._model_doc(doc)
        relevance = self.relevance_model.probability(doc_terms(parsed))
        if relevance < self.config.relevance:
            return []  # the gate comes first: irrelevant documents cost almost nothing
        rows, probs = self._score_doc(parsed, relevance)
        if not rows.strings:
            return []
        spans = role_spans(parsed, rows.candidates, rows.texts, probs[rows.string_ids],
                           self.config)
        if parsed is doc:
            return spans
        # same offsets, but the mention text must be verbatim from the text as given
        text = doc.text
        return [replace(s, text=text[s.start : s.end]) for s in spans]


def save_relevance(model: RelevanceModel, path: Path) -> None:
    terms = sorted(model.vocab, key=model.vocab.__getitem__)
    np.savez_compressed(path, terms=np.array(terms), idf=model.idf.astype(np.float32),
                        weights=model.weights.astype(np.float32), bias=np.array([model.bias]))


def load_relevance(path: Path) -> RelevanceModel:
    with np.load(path, allow_pickle=False) as data:
        vocab = {str(t): i for i, t in enumerate(data["terms"])}
        return RelevanceModel(vocab, data["idf"].astype(np.float64),
                              data["weights"].astype(np.float64), float(data["bias"][0]))


def save_config(config: DecodeConfig, path: Path, meta: dict[str, object]) -> None:
    path.write_text(json.dumps({"decode": asdict(config), "meta": meta}, indent=2) + "\n",
                    encoding="utf-8")
