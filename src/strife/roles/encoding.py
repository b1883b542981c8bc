"""Target encoding: a string key (head lemma, governing verb, …) → smoothed per-role rates.

A key seen ``n`` times in training with ``k_r`` positives for role ``r`` encodes as
``(k_r + m·prior_r) / (n + m)`` plus ``log(1 + n)``, so rare keys fall back to the prior. For
the training rows themselves the rates come from the other folds (out-of-fold), or the booster
would learn that a key's rate predicts its own label perfectly.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

N_ROLES = 5
SMOOTHING = 5.0
WIDTH = N_ROLES + 1


class KeyTable:
    """Counts ``[n, k_1 … k_5]`` for each distinct key of one key name; row 0 is 'unseen'."""

    def __init__(self, index: dict[str, int], counts: np.ndarray) -> None:
        self.index = index
        self.counts = counts

    @classmethod
    def fit(cls, keys: Sequence[str], labels: np.ndarray, min_count: int) -> KeyTable:
        index: dict[str, int] = {}
        ids = np.fromiter((index.setdefault(k, len(index)) for k in keys), np.int64, len(keys))
        counts = np.zeros((len(index), WIDTH))
        np.add.at(counts[:, 0], ids, 1.0)
        for r in range(N_ROLES):
            np.add.at(counts[:, 1 + r], ids, labels[:, r])
        keep = counts[:, 0] >= min_count
        names = np.array(list(index), dtype=object)[keep]
        kept = {str(k): i + 1 for i, k in enumerate(names)}
        return cls(kept, np.vstack([np.zeros((1, WIDTH)), counts[keep]]))

    def lookup(self, keys: Sequence[str]) -> np.ndarray:
        ids = np.fromiter((self.index.get(k, 0) for k in keys), np.int64, len(keys))
        return self.counts[ids]


class TargetEncoder:
    """One ``KeyTable`` per name in ``KEY_NAMES``, and the role priors."""

    def __init__(self, tables: list[KeyTable], prior: np.ndarray) -> None:
        self.tables = tables
        self.prior = prior

    @classmethod
    def fit(cls, keys: Sequence[tuple[str, ...]], labels: np.ndarray, min_count: int = 1
            ) -> TargetEncoder:
        columns = list(zip(*keys, strict=True))
        tables = [KeyTable.fit(column, labels, min_count) for column in columns]
        prior = labels.mean(axis=0) if len(labels) else np.zeros(N_ROLES)
        return cls(tables, prior.astype(np.float64))

    def transform(self, keys: Sequence[tuple[str, ...]]) -> np.ndarray:
        out = np.zeros((len(keys), len(self.tables) * WIDTH), dtype=np.float32)
        if not keys:
            return out
        for j, column in enumerate(zip(*keys, strict=True)):
            counts = self.tables[j].lookup(column)
            n = counts[:, :1]
            base = j * WIDTH
            out[:, base : base + N_ROLES] = (counts[:, 1:] + SMOOTHING * self.prior) / (
                n + SMOOTHING
            )
            out[:, base + N_ROLES] = np.log1p(n[:, 0])
        return out

    def save(self, path: Path) -> None:
        payload = {
            "prior": self.prior.tolist(),
            "tables": [
                {"index": sorted(t.index, key=t.index.__getitem__),
                 "counts": t.counts[1:].astype(int).tolist()}
                for t in self.tables
            ],
        }
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            json.dump(payload, handle, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path) -> TargetEncoder:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            payload = json.load(handle)
        tables = []
        for raw in payload["tables"]:
            index = {key: i + 1 for i, key in enumerate(raw["index"])}
            seen = np.asarray(raw["counts"], float).reshape(-1, WIDTH)
            tables.append(KeyTable(index, np.vstack([np.zeros((1, WIDTH)), seen])))
        return cls(tables, np.asarray(payload["prior"]))


def out_of_fold(keys: Sequence[tuple[str, ...]], labels: np.ndarray, folds: np.ndarray
                ) -> np.ndarray:
    """Encodings of every row by an encoder fitted without that row's fold."""
    out = np.zeros((len(keys), len(keys[0]) * WIDTH if keys else 0), dtype=np.float32)
    for fold in np.unique(folds):
        held = np.flatnonzero(folds == fold)
        kept = np.flatnonzero(folds != fold)
        encoder = TargetEncoder.fit([keys[int(i)] for i in kept], labels[kept])
        out[held] = encoder.transform([keys[int(i)] for i in held])
    return out
