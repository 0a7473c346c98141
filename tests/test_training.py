"""The shipped weights are what the documented command trains from the shipped data, and they
load as plain arrays (no pickles)."""

from __future__ import annotations

from importlib.resources import files
from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
from conftest import need

from aikg.extract.features import COLUMNS
from aikg.extract.linear import LinearModel, shipped
from aikg.extract.pairs import relation_classes

SHARED_TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "train"


def test_shipped_weights_are_plain_arrays() -> None:
    for name in ("typer", "relations"):
        data = files("aikg.extract").joinpath("data", f"{name}.npz").read_bytes()
        with np.load(BytesIO(data), allow_pickle=False) as arrays:  # a pickle would raise here
            assert set(arrays.files) == {"classes", "rows", "weights", "bias", "threshold"}
            assert arrays["weights"].dtype == np.float16
            assert arrays["rows"].max() < COLUMNS
    assert shipped("relations").classes == relation_classes()


def test_a_model_survives_saving(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    weights = np.zeros((COLUMNS, 3), dtype=np.float32)
    weights[[5, 77, 4000]] = rng.normal(size=(3, 3)).astype(np.float16)
    model = LinearModel(("none", "a", "b"), weights, np.array([0.1, -0.2, 0.3], dtype=np.float32), 0.7)
    model.save(tmp_path / "m.npz")
    again = LinearModel.load((tmp_path / "m.npz").read_bytes())
    rows = [[5, 77], [4000], [], [5, 5]]
    assert again.classes == model.classes and again.threshold == pytest.approx(0.7)
    assert np.allclose(again.probabilities(rows), model.probabilities(rows), atol=1e-6)
    assert np.allclose(model.probabilities(rows).sum(axis=1), 1.0)


@pytest.mark.shared
def test_training_rebuilds_the_shipped_weights() -> None:
    need(SHARED_TRAIN.is_dir(), f"the public training data is not at {SHARED_TRAIN}")
    from aikg.extract.training.train import DEFAULT_OWN, train

    trained = train(SHARED_TRAIN, DEFAULT_OWN)
    for name, model in (("typer", trained.typer), ("relations", trained.relations)):
        fresh = model.to_arrays()
        with np.load(
            BytesIO(files("aikg.extract").joinpath("data", f"{name}.npz").read_bytes())
        ) as shipped_arrays:
            assert list(fresh["classes"]) == list(shipped_arrays["classes"]), name
            assert np.array_equal(fresh["rows"], shipped_arrays["rows"]), name
            # float16 on disk; the solver's last digits differ with the machine's BLAS and
            # scikit-learn build: on a fresh machine (scikit-learn 1.7 to 1.9) the weights moved by
            # up to 0.004 and one class's bias by 0.016, with the same rows and threshold
            assert np.allclose(fresh["weights"], shipped_arrays["weights"], atol=1e-2), name
            assert np.allclose(fresh["bias"], shipped_arrays["bias"], atol=5e-2), name
            assert fresh["threshold"][0] == pytest.approx(shipped_arrays["threshold"][0]), name


def test_every_annotated_passage_extracts() -> None:
    """The annotated sets hold text no one here wrote (filings cut mid-list, tokenised
    Wikipedia, lists of names): extraction must read every passage of them, as it must any
    article a user ingests, without an exception."""
    need(SHARED_TRAIN.is_dir(), f"the public training data is not at {SHARED_TRAIN}")
    from aikg.extract.pipeline import extract
    from aikg.extract.training.corpora import read_all
    from aikg.extract.training.train import DEFAULT_OWN
    from aikg.ontology.models import Document, content_id
    from aikg.ontology.registry import default_registry

    names = default_registry()
    passages = read_all(SHARED_TRAIN, DEFAULT_OWN)
    claims = 0
    for p in passages:
        claims += len(extract(Document(id=content_id(p.text), path=f"{p.id}.txt", text=p.text), names).claims)
    assert len(passages) > 5000 and claims > len(passages) // 2
