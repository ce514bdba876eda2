"""Inter-annotator agreement on binary decisions: Cohen's kappa, Fleiss' kappa,
Krippendorff's alpha (nominal) and percent agreement, in numpy.

The input is a *rating matrix*: one row per unit (a sentence, or a sentence × label), one
column per annotator, values 1.0 (label given), 0.0 (labeled the sentence, not with this
label) or NaN (did not label that sentence).

Undefined figures are NaN, never an exception, and match the reference implementations:

- Cohen's kappa is NaN when the expected disagreement is zero (both annotators constant and
  equal, or no shared units) — scikit-learn's ``cohen_kappa_score`` returns its
  ``replace_undefined_by`` default, NaN, in exactly these cases.
- Fleiss' kappa uses the units every annotator rated (the statistic assumes a full table, as
  statsmodels' ``fleiss_kappa`` asserts); NaN when chance agreement is 1 (one value
  throughout) or no unit is complete — statsmodels returns NaN (0/0) for the former.
- Krippendorff's alpha uses every unit with two or more values; NaN when only one value
  occurs (the ``krippendorff`` package raises ``ValueError`` there) or nothing is pairable.
- Percent agreement is the share of agreeing pairs of annotators per unit, averaged over
  units with two or more values (for two annotators: the share of units they agree on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float64]
NAN = float("nan")


def cohen_kappa(a: NDArray[np.float64], b: NDArray[np.float64]) -> float:
    """Cohen's kappa of two annotators' binary decisions on the same units (no NaN)."""
    n = len(a)
    if n == 0:
        return NAN
    p_a, p_b = float(a.mean()), float(b.mean())
    observed_disagreement = float(np.count_nonzero(a != b)) / n
    expected_disagreement = p_a * (1 - p_b) + p_b * (1 - p_a)
    if expected_disagreement == 0:
        return NAN
    return 1.0 - observed_disagreement / expected_disagreement


def pairwise_cohen(matrix: Matrix, annotators: Sequence[str]) -> dict[str, float]:
    """Cohen's kappa for each pair of columns, over the units both rated; keys ``"A|B"``."""
    result: dict[str, float] = {}
    for i, j in combinations(range(len(annotators)), 2):
        both = ~np.isnan(matrix[:, i]) & ~np.isnan(matrix[:, j])
        result[f"{annotators[i]}|{annotators[j]}"] = cohen_kappa(matrix[both, i], matrix[both, j])
    return result


def fleiss_kappa(matrix: Matrix) -> float:
    """Fleiss' kappa over the units that every column rated (see the module notes)."""
    complete = matrix[~np.isnan(matrix).any(axis=1)]
    raters = complete.shape[1]
    if len(complete) == 0 or raters < 2:
        return NAN
    ones = complete.sum(axis=1)
    zeros = raters - ones
    p_unit = (ones * ones + zeros * zeros - raters) / (raters * (raters - 1.0))
    p_one = float(ones.sum()) / (len(complete) * raters)
    chance = p_one * p_one + (1 - p_one) * (1 - p_one)
    if chance == 1:
        return NAN
    return (float(p_unit.mean()) - chance) / (1 - chance)


def _counts(matrix: Matrix) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Per pairable unit (two or more values): number of values, of ones, of zeros."""
    rated = (~np.isnan(matrix)).sum(axis=1).astype(np.float64)
    ones = np.nansum(matrix, axis=1)
    keep = rated >= 2
    return rated[keep], ones[keep], rated[keep] - ones[keep]


def krippendorff_alpha(matrix: Matrix) -> float:
    """Krippendorff's alpha, nominal level, from the coincidence matrix of binary values."""
    m, ones, zeros = _counts(matrix)
    if len(m) == 0:
        return NAN
    # Coincidences: each unit contributes its ordered pairs of values, weighted 1/(m_u - 1).
    o_01 = float((ones * zeros / (m - 1)).sum())  # o_01 == o_10
    o_00 = float((zeros * (zeros - 1) / (m - 1)).sum())
    o_11 = float((ones * (ones - 1) / (m - 1)).sum())
    n_0, n_1 = o_00 + o_01, o_11 + o_01
    n = n_0 + n_1
    if n_0 == 0 or n_1 == 0:
        return NAN
    return 1.0 - (n - 1) * (2 * o_01) / (2 * n_0 * n_1)


def percent_agreement(matrix: Matrix) -> float:
    """Mean over pairable units of the share of annotator pairs that agree."""
    m, ones, zeros = _counts(matrix)
    if len(m) == 0:
        return NAN
    return float(((ones * (ones - 1) + zeros * (zeros - 1)) / (m * (m - 1))).mean())


@dataclass(frozen=True)
class Figures:
    """The four figures for one rating matrix; ``items`` counts its pairable units."""

    cohen_kappa: dict[str, float]
    fleiss_kappa: float
    krippendorff_alpha: float
    percent_agreement: float
    items: int

    def to_json(self) -> dict[str, object]:
        """JSON has no NaN: undefined figures become null."""
        return {
            "cohen_kappa": {pair: _json(value) for pair, value in self.cohen_kappa.items()},
            "fleiss_kappa": _json(self.fleiss_kappa),
            "krippendorff_alpha": _json(self.krippendorff_alpha),
            "percent_agreement": _json(self.percent_agreement),
            "items": self.items,
        }


def _json(value: float) -> float | None:
    return None if np.isnan(value) else round(float(value), 6)


def figures(matrix: Matrix, annotators: Sequence[str], items: int | None = None) -> Figures:
    """All figures of one rating matrix (units × annotators)."""
    pairable = int(((~np.isnan(matrix)).sum(axis=1) >= 2).sum()) if items is None else items
    return Figures(
        pairwise_cohen(matrix, annotators),
        fleiss_kappa(matrix),
        krippendorff_alpha(matrix),
        percent_agreement(matrix),
        pairable,
    )


@dataclass(frozen=True)
class Report:
    annotators: list[str]
    items: int
    labels: dict[str, Figures]
    overall: Figures

    def to_json(self) -> dict[str, object]:
        return {
            "annotators": self.annotators,
            "items": self.items,
            "labels": {name: f.to_json() for name, f in self.labels.items()},
            "overall": self.overall.to_json(),
        }


def label_matrices(rated: NDArray[np.bool_], given: dict[str, NDArray[np.bool_]]) -> dict[str, Matrix]:
    """Per label, the rating matrix from ``rated`` (units × annotators: labeled the unit at
    all) and ``given[label]`` (same shape: gave this label)."""
    base = np.where(rated, 0.0, np.nan)
    return {name: np.where(rated & mask, 1.0, base) for name, mask in given.items()}


def report(annotators: Sequence[str], rated: NDArray[np.bool_], given: dict[str, NDArray[np.bool_]]) -> Report:
    """Agreement per label and overall over the sentences two or more annotators labeled.

    ``rated`` and each ``given[label]`` are sentences × annotators booleans. Overall pools
    every (sentence, label) decision into one binary matrix, so the overall figures weigh
    each label by how often it was decided on.
    """
    names = list(annotators)
    keep = rated.sum(axis=1) >= 2
    rated = rated[keep]
    given = {name: mask[keep] for name, mask in given.items()}
    items = int(keep.sum())
    matrices = label_matrices(rated, given)
    per_label = {name: figures(m, names, items) for name, m in matrices.items()}
    pooled = np.vstack(list(matrices.values())) if matrices else np.empty((0, len(names)))
    return Report(names, items, per_label, figures(pooled, names, items))
