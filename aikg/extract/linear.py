"""A linear classifier over hashed features, as shipped: weights in a ``.npz`` of plain arrays
(no pickled objects), scored in batches with numpy. Training lives in ``aikg.extract.training``
and needs scikit-learn; scoring needs only numpy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from io import BytesIO
from itertools import accumulate, chain
from pathlib import Path

import numpy as np

from aikg.extract.features import COLUMNS


@dataclass(frozen=True)
class LinearModel:
    """Class scores ``x @ weights + bias`` over hashed binary features, as probabilities."""

    classes: tuple[str, ...]
    weights: np.ndarray  # (COLUMNS, len(classes)) float32
    bias: np.ndarray  # (len(classes),) float32
    threshold: float = 0.5  # the probability a non-"none" answer must reach

    def probabilities(self, rows: Sequence[Sequence[int]]) -> np.ndarray:
        """One row of class probabilities per feature-index list."""
        if not rows:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        # Batches are small (a document's candidates or pairs): plain lists and ``take`` spare
        # numpy calls; the sums are the same, row by row in the same order.
        lengths = [len(r) for r in rows]
        flat = np.array(list(chain.from_iterable(rows)), dtype=np.int64)
        starts = np.array([0, *accumulate(lengths[:-1])], dtype=np.int64)
        scores = np.add.reduceat(self.weights.take(flat, axis=0), starts, axis=0) + self.bias
        if 0 in lengths:
            scores[np.array(lengths) == 0] = self.bias
        scores -= np.maximum.reduce(scores, axis=1, keepdims=True)  # what .max() calls, minus a wrapper
        np.exp(scores, out=scores)
        scores /= np.add.reduce(scores, axis=1, keepdims=True)  # likewise .sum()
        return scores

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The arrays saved to disk: only the rows that training touched, as float16."""
        used = np.flatnonzero(np.any(self.weights != 0, axis=1)).astype(np.int32)
        return {
            "classes": np.array(self.classes),
            "rows": used,
            "weights": self.weights[used].astype(np.float16),
            "bias": self.bias.astype(np.float32),
            "threshold": np.array([self.threshold], dtype=np.float32),
        }

    def save(self, path: Path) -> None:
        """Write the arrays to ``path`` (a compressed ``.npz``)."""
        np.savez_compressed(path, **self.to_arrays())  # type: ignore[arg-type]

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> LinearModel:
        """The model ``to_arrays`` saved: the touched rows back in a full weight matrix."""
        classes = tuple(str(c) for c in arrays["classes"])
        weights = np.zeros((COLUMNS, len(classes)), dtype=np.float32)
        weights[arrays["rows"]] = arrays["weights"].astype(np.float32)
        return cls(classes, weights, arrays["bias"].astype(np.float32), float(arrays["threshold"][0]))

    @classmethod
    def load(cls, data: bytes) -> LinearModel:
        """The model in an ``.npz`` file's bytes; a pickled object in it is refused."""
        with np.load(BytesIO(data), allow_pickle=False) as arrays:
            return cls.from_arrays({k: arrays[k] for k in arrays.files})


@cache
def shipped(name: str) -> LinearModel:
    """The model ``name`` (``typer`` or ``relations``) shipped in aikg/extract/data/."""
    return LinearModel.load(files("aikg.extract").joinpath("data", f"{name}.npz").read_bytes())
