"""Train the MUC-4 role model from the train split and write the shipped artefacts.

    python -m strife.roles.train --train ../shared/data/muc4/train.jsonl \\
        --cased ../shared/data/geoparsing/lgl.xml ../shared/data/geoparsing/geovirus.xml \\
        --out src/strife/data/models/roles [--dev ../shared/data/muc4/dev.jsonl]

Steps: parse the lower-case texts with the pinned spaCy model and, with ``--cased``, a
truecased copy of each (``strife.roles.recase``, its case dictionary counted on those
mixed-case corpora), so that one model serves lower-case and mixed-case news; candidate strings
and features; relevance classifier; target encoders (out-of-fold for the training rows, both
copies of a document in the same fold); one LightGBM booster per role. Decoding thresholds
were chosen on dev (``DecodeConfig`` defaults); ``--dev`` prints the dev score and ``--tune``
re-chooses them on dev. Needs ``lightgbm`` (the runtime dependency).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from strife.models import ROLE_NAMES
from strife.roles.dataset import DocRows, doc_rows, parse_texts
from strife.roles.decode import DecodeConfig
from strife.roles.encoding import TargetEncoder, out_of_fold
from strife.roles.features import load_triggers
from strife.roles.model import (
    RoleModel,
    default_path,
    save_config,
    save_relevance,
    string_features,
)
from strife.roles.recase import Recaser, known_names, xml_texts
from strife.roles.relevance import RelevanceModel, doc_terms
from strife.scoring.muc4_corpus import MucDocument, read_corpus

log = logging.getLogger("strife.roles.train")

FOLDS = 5
BOOSTER_PARAMS: dict[str, object] = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 100,
    "lambda_l2": 10.0, "feature_fraction": 0.3, "bagging_fraction": 0.5, "bagging_freq": 1,
    "max_bin": 31, "verbose": -1, "num_threads": 2, "seed": 7,
}
ROUNDS = 200


def _mention_keys(rows: list[DocRows]) -> tuple[list[tuple[str, ...]], np.ndarray, np.ndarray]:
    keys = [k for r in rows for k in r.keys]
    labels = np.vstack([r.mention_labels for r in rows])
    docs = np.concatenate([np.full(len(r.candidates), i) for i, r in enumerate(rows)])
    return keys, labels, docs


def _string_keys(rows: list[DocRows]) -> tuple[list[tuple[str, ...]], np.ndarray, np.ndarray]:
    keys: list[tuple[str, ...]] = [(s,) for r in rows for s in r.strings]
    labels = np.vstack([r.labels for r in rows])
    docs = np.concatenate([np.full(len(r.strings), i) for i, r in enumerate(rows)])
    return keys, labels, docs


def relevance_out_of_fold(terms: list, labels: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """Each training document's relevance from a model that did not see it."""
    out = np.zeros(len(terms))
    for fold in range(FOLDS):
        held = np.flatnonzero(folds == fold)
        model = RelevanceModel.fit([terms[i] for i in np.flatnonzero(folds != fold)],
                                   labels[folds != fold])
        out[held] = [model.probability(terms[i]) for i in held]
    return out


def training_matrix(rows: list[DocRows], relevance: np.ndarray, folds: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray]:
    """String rows of every training document, with out-of-fold encodings."""
    mk, ml, md = _mention_keys(rows)
    sk, sl, sd = _string_keys(rows)
    mention_te = out_of_fold(mk, ml, folds[md])
    string_te = out_of_fold(sk, sl, folds[sd])
    parts = [string_features(r, mention_te[md == i], string_te[sd == i], relevance[i])
             for i, r in enumerate(rows)]
    return np.vstack(parts), sl


def fit_boosters(x: np.ndarray, labels: np.ndarray, rounds: int) -> list:
    import lightgbm

    boosters = []
    for r, role in enumerate(ROLE_NAMES):
        start = time.time()
        data = lightgbm.Dataset(x, labels[:, r])
        boosters.append(lightgbm.train(BOOSTER_PARAMS, data, rounds))
        log.info("booster %s: %.0f s", role, time.time() - start)
    return boosters


def parse_forms(docs: list[MucDocument], split: str, cache: Path | None,
                recaser: Recaser | None) -> list[list[Doc]]:
    """Parses of the lower-case texts and, with a recaser, of their truecased copies."""
    from strife.nlp import load_nlp

    nlp = load_nlp()

    def cached(form: str) -> Path | None:
        return cache / f"{split}-{len(docs)}-{form}.spacy" if cache else None

    lowered = parse_texts(nlp, [d.text for d in docs], cached("lower"))
    if recaser is None:
        return [lowered]
    cased = [recaser.recase(doc.text, doc) for doc in lowered]
    return [lowered, parse_texts(nlp, cased, cached("cased"), lower=False)]


def featurise(docs: list[MucDocument], forms: list[list[Doc]], triggers: frozenset[str]
              ) -> tuple[list[DocRows], list]:
    """Rows and relevance terms of every parse, form after form."""
    rows, terms = [], []
    for parsed in forms:
        rows += [doc_rows(doc, triggers, d.roles) for doc, d in zip(parsed, docs, strict=True)]
        terms += [doc_terms(doc) for doc in parsed]
    return rows, terms


def load_recaser(cased: list[Path] | None) -> Recaser | None:
    if not cased:
        return None
    return Recaser.build(xml_texts(cased), known_names())


def train(train_path: Path, out: Path, cache: Path | None, rounds: int,
          recaser: Recaser | None = None, limit: int | None = None) -> None:
    started = time.time()
    triggers_file = default_path() / "triggers.txt"
    triggers = load_triggers(triggers_file.read_text(encoding="utf-8"))
    docs = read_corpus(train_path, limit)
    forms = parse_forms(docs, "train", cache, recaser)
    rows, terms = featurise(docs, forms, triggers)
    log.info("features of %d documents in %d forms: %.0f s", len(docs), len(forms),
             time.time() - started)
    relevant = np.tile([float(bool(d.templates) or any(d.roles.values())) for d in docs],
                       len(forms))
    # both copies of a document in one fold: out-of-fold encodings must not see the other
    folds = np.tile(np.arange(len(docs)) % FOLDS, len(forms))
    x, labels = training_matrix(rows, relevance_out_of_fold(terms, relevant, folds), folds)
    boosters = fit_boosters(x, labels, rounds)
    out.mkdir(parents=True, exist_ok=True)
    save_relevance(RelevanceModel.fit(terms, relevant), out / "relevance.npz")
    mk, ml, _ = _mention_keys(rows)
    sk, sl, _ = _string_keys(rows)
    TargetEncoder.fit(mk, ml, min_count=2).save(out / "mentions.json.gz")
    TargetEncoder.fit(sk, sl).save(out / "strings.json.gz")
    for role, booster in zip(ROLE_NAMES, boosters, strict=True):
        booster.save_model(str(out / f"booster_{role}.txt"))
    if triggers_file.resolve() != (out / "triggers.txt").resolve():
        shutil.copyfile(triggers_file, out / "triggers.txt")
    save_config(DecodeConfig(), out / "config.json",
                {"rounds": rounds, "trained_on": train_path.name, "documents": len(docs),
                 "forms": ["lower", "truecased"][: len(forms)]})
    log.info("trained in %.0f s; artefacts in %s", time.time() - started, out)


def score_dev(out: Path, dev_path: Path, cache: Path | None, retune: bool,
              recaser: Recaser | None = None) -> None:
    """Print CEAF-REE on dev (and its truecased copy) with the saved settings; with
    ``retune`` choose the settings on dev, all forms pooled."""
    from strife.roles.tune import ScoredDoc, evaluate, tune
    from strife.scoring.ceaf import format_report

    model = RoleModel.load(out)
    corpus = read_corpus(dev_path)
    forms = parse_forms(corpus, "dev", cache, recaser)
    names = ["lower", "truecased"][: len(forms)]
    scored, pooled = [], []
    for name, parsed in zip(names, forms, strict=True):
        for d, doc in zip(corpus, parsed, strict=True):
            scored.append(ScoredDoc(f"{d.docid}#{name}", *model.scores(doc)))
            pooled.append(replace(d, docid=f"{d.docid}#{name}"))
    if retune:
        model.config = tune(scored, pooled)
        save_config(model.config, out / "config.json",
                    {**json.loads((out / "config.json").read_text())["meta"],
                     "tuned_on": f"{dev_path.name} ({', '.join(names)})"})
    for name in names:
        part = [s for s in scored if s.docid.endswith(f"#{name}")]
        gold = {d.docid: d.roles for d in pooled if d.docid.endswith(f"#{name}")}
        print(format_report(evaluate(part, gold, model.config),
                            f"CEAF-REE on {dev_path.name} ({name}), role model alone"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, help="MUC-4 train.jsonl (omit to only score)")
    parser.add_argument("--out", type=Path, default=default_path(), help="artefact folder")
    parser.add_argument("--cache", type=Path, help="folder for parsed-document caches")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="boosting rounds per role")
    parser.add_argument("--dev", type=Path, help="MUC-4 dev.jsonl: print the dev score")
    parser.add_argument("--tune", action="store_true", help="re-choose decoding on --dev")
    parser.add_argument("--cased", type=Path, nargs="*",
                        help="mixed-case news corpora (XML with <text>) for the truecaser: "
                             "train and score on truecased copies too")
    parser.add_argument("--limit", type=int, help="train on the first N documents only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    recaser = load_recaser(args.cased)
    if args.train is not None:
        train(args.train, args.out, args.cache, args.rounds, recaser, args.limit)
    RoleModel.load(args.out)  # fails loudly if anything written is unreadable
    if args.dev is not None:
        score_dev(args.out, args.dev, args.cache, args.tune, recaser)


if __name__ == "__main__":
    main()
