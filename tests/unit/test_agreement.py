"""Agreement figures equal the reference implementations (scikit-learn, statsmodels,
krippendorff) on the same data, including the edge cases where they are undefined."""

from __future__ import annotations

import math
import warnings

import krippendorff
import numpy as np
import pytest
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters
from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss

from sverka.core import agreement as ag


def _sk_cohen(a: np.ndarray, b: np.ndarray) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        warnings.filterwarnings("ignore", "A single label was found", UserWarning)
        return float(cohen_kappa_score(a, b))


def _sm_fleiss(matrix: np.ndarray) -> float:
    complete = matrix[~np.isnan(matrix).any(axis=1)].astype(int)
    table, _ = aggregate_raters(complete, n_cat=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(sm_fleiss(table))


def _kd_alpha(matrix: np.ndarray) -> float:
    try:
        return float(krippendorff.alpha(reliability_data=matrix.T, level_of_measurement="nominal"))
    except ValueError:  # "There has to be more than one value in the domain."
        return math.nan


def _same(ours: float, theirs: float) -> None:
    if math.isnan(theirs):
        assert math.isnan(ours)
    else:
        assert ours == pytest.approx(theirs, abs=1e-12)


def _realish(seed: int, units: int = 400, raters: int = 3, missing: float = 0.2) -> np.ndarray:
    """Annotators who mostly agree with a hidden truth, sometimes skip a unit."""
    rng = np.random.default_rng(seed)
    truth = rng.random(units) < 0.3
    matrix = np.empty((units, raters))
    for r in range(raters):
        flip = rng.random(units) < 0.1 + 0.05 * r
        matrix[:, r] = np.where(truth ^ flip, 1.0, 0.0)
    matrix[rng.random((units, raters)) < missing] = np.nan
    return matrix


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_every_figure_equals_the_references(seed: int) -> None:
    matrix = _realish(seed)
    for i, j in [(0, 1), (0, 2), (1, 2)]:
        both = ~np.isnan(matrix[:, i]) & ~np.isnan(matrix[:, j])
        _same(ag.cohen_kappa(matrix[both, i], matrix[both, j]), _sk_cohen(matrix[both, i], matrix[both, j]))
    _same(ag.fleiss_kappa(matrix), _sm_fleiss(matrix))
    _same(ag.krippendorff_alpha(matrix), _kd_alpha(matrix))
    assert -1 <= ag.krippendorff_alpha(matrix) <= 1


def test_pairwise_cohen_names_pairs_in_annotator_order() -> None:
    matrix = _realish(7)
    result = ag.pairwise_cohen(matrix, ["ana", "bob", "cem"])
    assert list(result) == ["ana|bob", "ana|cem", "bob|cem"]
    both = ~np.isnan(matrix[:, 1]) & ~np.isnan(matrix[:, 2])
    _same(result["bob|cem"], _sk_cohen(matrix[both, 1], matrix[both, 2]))


def test_perfect_agreement() -> None:
    matrix = np.array([[1, 1], [0, 0], [1, 1], [0, 0], [0, 0]], dtype=float)
    assert ag.cohen_kappa(matrix[:, 0], matrix[:, 1]) == pytest.approx(1.0) == _sk_cohen(matrix[:, 0], matrix[:, 1])
    _same(ag.fleiss_kappa(matrix), _sm_fleiss(matrix))
    _same(ag.krippendorff_alpha(matrix), _kd_alpha(matrix))
    assert ag.percent_agreement(matrix) == 1.0


def test_a_constant_label_is_undefined_like_the_references() -> None:
    # Nobody ever gave the label: every figure but percent agreement is 0/0.
    matrix = np.zeros((6, 2))
    assert math.isnan(_sk_cohen(matrix[:, 0], matrix[:, 1]))
    assert math.isnan(ag.cohen_kappa(matrix[:, 0], matrix[:, 1]))
    _same(ag.fleiss_kappa(matrix), _sm_fleiss(matrix))
    assert math.isnan(ag.fleiss_kappa(matrix))
    assert math.isnan(_kd_alpha(matrix)) and math.isnan(ag.krippendorff_alpha(matrix))
    assert ag.percent_agreement(matrix) == 1.0


def test_one_annotator_constant_the_other_not() -> None:
    matrix = np.array([[0, 1], [0, 0], [0, 1], [0, 0]], dtype=float)
    _same(ag.cohen_kappa(matrix[:, 0], matrix[:, 1]), _sk_cohen(matrix[:, 0], matrix[:, 1]))
    _same(ag.fleiss_kappa(matrix), _sm_fleiss(matrix))
    _same(ag.krippendorff_alpha(matrix), _kd_alpha(matrix))
    assert ag.percent_agreement(matrix) == 0.5


def test_systematic_disagreement_is_negative() -> None:
    matrix = np.array([[1, 0], [0, 1], [1, 0], [0, 1]], dtype=float)
    assert ag.cohen_kappa(matrix[:, 0], matrix[:, 1]) == pytest.approx(-1.0)
    _same(ag.krippendorff_alpha(matrix), _kd_alpha(matrix))
    _same(ag.fleiss_kappa(matrix), _sm_fleiss(matrix))


def test_no_shared_units() -> None:
    matrix = np.array([[1, np.nan], [np.nan, 0]])
    assert math.isnan(ag.cohen_kappa(np.array([]), np.array([])))
    assert math.isnan(ag.fleiss_kappa(matrix))
    assert math.isnan(ag.krippendorff_alpha(matrix))
    assert math.isnan(ag.percent_agreement(matrix))


def test_report_pools_labels_and_keeps_only_items_two_annotators_labeled() -> None:
    # 4 sentences × 2 annotators; sentence 3 only ana labeled, so it is not an item.
    rated = np.array([[1, 1], [1, 1], [1, 1], [1, 0]], dtype=bool)
    given = {
        "protest": np.array([[1, 1], [0, 1], [1, 1], [1, 0]], dtype=bool),
        "violence": np.array([[0, 0], [1, 0], [0, 0], [0, 0]], dtype=bool),
    }
    report = ag.report(["ana", "bob"], rated, given)
    assert report.items == 3
    protest = report.labels["protest"]
    _same(protest.cohen_kappa["ana|bob"], _sk_cohen(np.array([1, 0, 1]), np.array([1, 1, 1])))
    pooled_a, pooled_b = np.array([1, 0, 1, 0, 1, 0]), np.array([1, 1, 1, 0, 0, 0])
    _same(report.overall.cohen_kappa["ana|bob"], _sk_cohen(pooled_a, pooled_b))
    pooled = np.column_stack([pooled_a, pooled_b]).astype(float)
    _same(report.overall.krippendorff_alpha, _kd_alpha(pooled))
    _same(report.overall.fleiss_kappa, _sm_fleiss(pooled))
    assert report.overall.percent_agreement == pytest.approx(4 / 6)
    data = report.to_json()
    assert set(data) == {"annotators", "items", "labels", "overall"}
    assert set(data["labels"]["violence"]) == {  # type: ignore[index]
        "cohen_kappa",
        "fleiss_kappa",
        "krippendorff_alpha",
        "percent_agreement",
        "items",
    }
    assert data["labels"]["violence"]["fleiss_kappa"] is not None  # type: ignore[index]


def test_undefined_figures_are_null_in_json() -> None:
    rated = np.ones((3, 2), dtype=bool)
    report = ag.report(["a", "b"], rated, {"never": np.zeros((3, 2), dtype=bool)})
    data = report.to_json()["labels"]["never"]  # type: ignore[index]
    assert data["cohen_kappa"] == {"a|b": None}
    assert data["fleiss_kappa"] is None and data["krippendorff_alpha"] is None
    assert data["percent_agreement"] == 1.0
