"""Document relevance: does this article report a relevant violent incident at all?

84 of 200 MUC-4 dev documents have no template; predicting nothing there is worth a lot of
precision. A logistic regression over tf-idf weighted lemma unigrams and bigrams does the
gating. It is trained here with SciPy's L-BFGS (no extra dependency) and applied as a sparse
dot product, so inference costs microseconds.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
from spacy.tokens import Doc


def doc_terms(doc: Doc) -> Counter[str]:
    """Lemma unigrams and bigrams of content tokens (numbers folded to ``#``)."""
    words = []
    for t in doc:
        if t.is_punct or t.is_space or t.is_stop:
            continue
        words.append("#" if t.like_num else t.lemma_.lower())
    terms: Counter[str] = Counter(words)
    terms.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return terms


class RelevanceModel:
    """``P(relevant | doc)`` from tf-idf features; vocabulary, idf and weights are the model."""

    def __init__(self, vocab: dict[str, int], idf: np.ndarray, weights: np.ndarray,
                 bias: float) -> None:
        self.vocab = vocab
        self.idf = idf
        self.weights = weights
        self.bias = bias

    def _row(self, terms: Counter[str]) -> tuple[list[int], list[float]]:
        cols, vals = [], []
        for term, count in terms.items():
            j = self.vocab.get(term)
            if j is not None:
                cols.append(j)
                vals.append((1.0 + math.log(count)) * float(self.idf[j]))
        norm = math.sqrt(sum(v * v for v in vals)) or 1.0
        return cols, [v / norm for v in vals]

    def matrix(self, term_lists: Sequence[Counter[str]]) -> csr_matrix:
        indptr, indices, data = [0], [], []
        for terms in term_lists:
            cols, vals = self._row(terms)
            indices += cols
            data += vals
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(term_lists), len(self.vocab)))

    def probability(self, terms: Counter[str]) -> float:
        cols, vals = self._row(terms)
        z = self.bias + sum(float(self.weights[j]) * v for j, v in zip(cols, vals, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def fit(cls, term_lists: Sequence[Counter[str]], labels: np.ndarray, min_df: int = 3,
            l2: float = 1.0) -> RelevanceModel:
        df: Counter[str] = Counter()
        for terms in term_lists:
            df.update(terms.keys())
        vocab = {t: i for i, t in enumerate(sorted(t for t, n in df.items() if n >= min_df))}
        n_docs = len(term_lists)
        idf = np.array([math.log((1 + n_docs) / (1 + df[t])) + 1 for t in vocab])
        model = cls(vocab, idf, np.zeros(len(vocab)), 0.0)
        x = model.matrix(term_lists)
        model.weights, model.bias = _logistic(x, labels.astype(float), l2)
        return model


def _logistic(x: csr_matrix, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by L-BFGS; returns weights and bias."""
    n, d = x.shape

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        value = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * w @ w
        g = p - y
        return float(value), np.concatenate([x.T @ g + l2 * w, [g.sum()]])

    result = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                      options={"maxiter": 500})
    return result.x[:d], float(result.x[d])
