"""Train the MUC-4 role model from the train split and write the shipped artefacts.

    python -m strife.roles.train --train ../shared/data/muc4/train.jsonl \\
        --out src/strife/data/models/roles [--dev ../shared/data/muc4/dev.jsonl]

Steps: parse lower-cased texts with the pinned spaCy model; candidate strings and features;
relevance classifier; target encoders (out-of-fold for the training rows); one LightGBM booster
per role. Decoding thresholds were chosen on dev (``DecodeConfig`` defaults); ``--dev`` prints
the dev score and ``--tune`` re-chooses them on dev. Needs ``lightgbm`` (the runtime dependency).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import time
from pathlib import Path

import numpy as np

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


def featurise(docs: list[MucDocument], cache: Path | None, triggers: frozenset[str]
              ) -> tuple[list[DocRows], list]:
    from strife.nlp import load_nlp

    parsed = parse_texts(load_nlp(), [d.text for d in docs], cache)
    rows = [doc_rows(doc, triggers, d.roles) for doc, d in zip(parsed, docs, strict=True)]
    return rows, [doc_terms(doc) for doc in parsed]


def train(train_path: Path, out: Path, cache: Path | None, rounds: int) -> None:
    started = time.time()
    triggers_file = default_path() / "triggers.txt"
    triggers = load_triggers(triggers_file.read_text(encoding="utf-8"))
    docs = read_corpus(train_path)
    rows, terms = featurise(docs, cache / "train.spacy" if cache else None, triggers)
    log.info("features of %d documents: %.0f s", len(docs), time.time() - started)
    relevant = np.array([bool(d.templates) or any(d.roles.values()) for d in docs], float)
    folds = np.arange(len(docs)) % FOLDS
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
                {"rounds": rounds, "trained_on": train_path.name, "documents": len(docs)})
    log.info("trained in %.0f s; artefacts in %s", time.time() - started, out)


def score_dev(out: Path, dev_path: Path, cache: Path | None, retune: bool) -> None:
    """Print CEAF-REE on dev with the saved settings; with ``retune`` choose them on dev."""
    from strife.nlp import load_nlp
    from strife.roles.tune import ScoredDoc, evaluate, tune
    from strife.scoring.ceaf import format_report

    model = RoleModel.load(out)
    corpus = read_corpus(dev_path)
    parsed = parse_texts(load_nlp(), [d.text for d in corpus],
                         cache / "dev.spacy" if cache else None)
    scored = [ScoredDoc(d.docid, *model.scores(doc)) for d, doc in zip(corpus, parsed,
                                                                        strict=True)]
    gold = {d.docid: d.roles for d in corpus}
    relevant = np.array([bool(d.templates) or any(d.roles.values()) for d in corpus])
    accuracy = np.mean((np.array([s.relevance for s in scored]) >= 0.5) == relevant)
    log.info("dev relevance accuracy at 0.5: %.1f%%", 100 * accuracy)
    if retune:
        model.config = tune(scored, corpus)
        save_config(model.config, out / "config.json",
                    {**json.loads((out / "config.json").read_text())["meta"],
                     "tuned_on": dev_path.name})
    print(format_report(evaluate(scored, gold, model.config),
                        f"CEAF-REE on {dev_path.name}, role model alone"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, help="MUC-4 train.jsonl (omit to only score)")
    parser.add_argument("--out", type=Path, default=default_path(), help="artefact folder")
    parser.add_argument("--cache", type=Path, help="folder for parsed-document caches")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="boosting rounds per role")
    parser.add_argument("--dev", type=Path, help="MUC-4 dev.jsonl: print the dev score")
    parser.add_argument("--tune", action="store_true", help="re-choose decoding on --dev")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.train is not None:
        train(args.train, args.out, args.cache, args.rounds)
    RoleModel.load(args.out)  # fails loudly if anything written is unreadable
    if args.dev is not None:
        score_dev(args.out, args.dev, args.cache, args.tune)


if __name__ == "__main__":
    main()
