"""From mentions to distinct strings: the unit the role classifier scores.

GRIT's metric scores one string per predicted entity, so the classifier decides per distinct
normalised string of a document, from evidence pooled over all its occurrences: the strongest
and the average context (an entity named once as the subject of "attacked" and five times in
passing is still the attacker), where it first appears, and how often.
"""

from __future__ import annotations

import numpy as np

from strife.roles.features import NUMERIC_NAMES


def group_strings(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """Distinct strings in order of first appearance, and each mention's string id."""
    index: dict[str, int] = {}
    ids = np.fromiter((index.setdefault(t, len(index)) for t in texts), np.int64, len(texts))
    return list(index), ids


def _pool(values: np.ndarray, ids: np.ndarray, n: int) -> tuple[np.ndarray, ...]:
    """Max, mean and min of each column over the rows of each string id."""
    width = values.shape[1]
    high = np.full((n, width), -np.inf, dtype=np.float32)
    low = np.full((n, width), np.inf, dtype=np.float32)
    total = np.zeros((n, width), dtype=np.float32)
    np.maximum.at(high, ids, values)
    np.minimum.at(low, ids, values)
    np.add.at(total, ids, values)
    counts = np.bincount(ids, minlength=n).astype(np.float32)[:, None]
    return high, total / np.maximum(counts, 1.0), low, counts


def string_matrix(
    ids: np.ndarray, n_strings: int, mention_te: np.ndarray, numeric: np.ndarray,
    text_te: np.ndarray, doc_values: list[float],
) -> np.ndarray:
    """One row per distinct string: pooled mention encodings and numbers, string and doc values."""
    te_max, te_mean, _, counts = _pool(mention_te, ids, n_strings)
    num_max, num_mean, num_min, _ = _pool(numeric, ids, n_strings)
    doc = np.tile(np.asarray(doc_values, dtype=np.float32), (n_strings, 1))
    return np.hstack([text_te, te_max, te_mean, num_max, num_mean, num_min, counts, doc])


def feature_names(key_names: tuple[str, ...], doc_names: tuple[str, ...]) -> list[str]:
    """Column names of ``string_matrix`` (for importance reports)."""
    rates = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon", "n")
    te = [f"{k}.{r}" for k in key_names for r in rates]
    return (
        [f"text.{r}" for r in rates]
        + [f"max.{n}" for n in te] + [f"mean.{n}" for n in te]
        + [f"{agg}.{n}" for agg in ("max", "mean", "min") for n in NUMERIC_NAMES]
        + ["occurrences", *doc_names]
    )
