"""Fitting the two linear models with scikit-learn and turning them into shipped arrays.

Deterministic: the same passages give the same weights (lbfgs has no random state; rows are in
file order), so a test can retrain and compare with what ships.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from aikg.extract.features import COLUMNS
from aikg.extract.linear import LinearModel
from aikg.extract.pairs import NONE

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

TYPER_C = 1.0
RELATION_C = 0.5


def matrix(rows: Sequence[Sequence[int]]) -> csr_matrix:
    """Rows of hashed feature indices as a sparse count matrix."""
    from scipy.sparse import csr_matrix

    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float64)
    m = csr_matrix((data, indices, indptr), shape=(len(rows), COLUMNS))
    m.sum_duplicates()
    return m


def fit(
    rows: Sequence[Sequence[int]],
    labels: Sequence[str],
    classes: Sequence[str],
    c: float,
    class_weight: str | None = None,
    sample_weight: Sequence[float] | None = None,
) -> LinearModel:
    """A multinomial logistic regression over ``classes`` (every one kept, seen or not)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    x = matrix(rows)
    used = np.unique(x.indices)  # fit over the columns the data touches: 10-50x faster
    model = LogisticRegression(C=c, max_iter=3000, tol=1e-6, class_weight=class_weight)
    with threadpool_limits(1):  # one BLAS thread: sums in one order, so runs repeat exactly
        model.fit(
            x[:, used],
            list(labels),
            sample_weight=None if sample_weight is None else np.asarray(sample_weight),
        )
    weights = np.zeros((COLUMNS, len(classes)), dtype=np.float32)
    bias = np.full(len(classes), -30.0, dtype=np.float32)  # a class never seen is never chosen
    for k, name in enumerate(model.classes_):
        col = classes.index(str(name))
        weights[used, col] = model.coef_[k]
        bias[col] = model.intercept_[k]
    return LinearModel(tuple(classes), weights, bias)


def best_threshold(
    probabilities: np.ndarray, labels: Sequence[str], classes: Sequence[str], min_precision: float
) -> float:
    """The lowest threshold whose relation precision on ``labels`` reaches ``min_precision``
    (recall falls as the threshold rises); 0.5 when none does."""
    for threshold in np.arange(0.3, 0.96, 0.025):
        if pair_scores(probabilities, labels, classes, float(threshold))["precision"] >= min_precision:
            return float(round(threshold, 3))
    return 0.5


def pair_scores(
    probabilities: np.ndarray, labels: Sequence[str], classes: Sequence[str], threshold: float
) -> dict[str, float]:
    """Precision, recall and F1 of relations (not "none") between given names."""
    chosen = probabilities.argmax(axis=1)
    confidence = probabilities.max(axis=1)
    none = classes.index(NONE)
    truth = np.array([classes.index(x) for x in labels])
    said = (chosen != none) & (confidence >= threshold)
    correct = int((said & (chosen == truth)).sum())
    p = correct / max(int(said.sum()), 1)
    r = correct / max(int((truth != none).sum()), 1)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pairs": len(labels)}
