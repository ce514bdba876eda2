"""Inter-annotator agreement on binary decisions: Cohen's kappa, Fleiss' kappa,
Krippendorff's alpha (nominal) and percent agreement, in plain Python (no numpy: the base
install stays small).

The input is a *rating matrix*: one row per unit (a sentence, or a sentence × label), one
column per annotator, values 1.0 (label given), 0.0 (labeled the sentence, not with this
label) or NaN (did not label that sentence). Any iterable of rows will do (lists, tuples, a
numpy array).

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

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

Matrix = list[list[float]]
NAN = float("nan")


def _rows(matrix: Iterable[Iterable[float]]) -> Matrix:
    return [[float(v) for v in row] for row in matrix]


def cohen_kappa(a: Iterable[float], b: Iterable[float]) -> float:
    """Cohen's kappa of two annotators' binary decisions on the same units (no NaN)."""
    xs, ys = [float(v) for v in a], [float(v) for v in b]
    n = len(xs)
    if n == 0:
        return NAN
    p_a, p_b = math.fsum(xs) / n, math.fsum(ys) / n
    observed_disagreement = sum(1 for x, y in zip(xs, ys, strict=True) if x != y) / n
    expected_disagreement = p_a * (1 - p_b) + p_b * (1 - p_a)
    if expected_disagreement == 0:
        return NAN
    return 1.0 - observed_disagreement / expected_disagreement


def pairwise_cohen(matrix: Iterable[Iterable[float]], annotators: Sequence[str]) -> dict[str, float]:
    """Cohen's kappa for each pair of columns, over the units both rated; keys ``"A|B"``."""
    rows = _rows(matrix)
    result: dict[str, float] = {}
    for i, j in combinations(range(len(annotators)), 2):
        both = [r for r in rows if not (math.isnan(r[i]) or math.isnan(r[j]))]
        result[f"{annotators[i]}|{annotators[j]}"] = cohen_kappa([r[i] for r in both], [r[j] for r in both])
    return result


def fleiss_kappa(matrix: Iterable[Iterable[float]]) -> float:
    """Fleiss' kappa over the units that every column rated (see the module notes)."""
    rows = _rows(matrix)
    complete = [r for r in rows if not any(math.isnan(v) for v in r)]
    raters = len(rows[0]) if rows else 0
    if not complete or raters < 2:
        return NAN
    ones = [math.fsum(r) for r in complete]
    p_unit = [(k * k + (raters - k) * (raters - k) - raters) / (raters * (raters - 1.0)) for k in ones]
    p_one = math.fsum(ones) / (len(complete) * raters)
    chance = p_one * p_one + (1 - p_one) * (1 - p_one)
    if chance == 1:
        return NAN
    return (math.fsum(p_unit) / len(p_unit) - chance) / (1 - chance)


def _counts(matrix: Iterable[Iterable[float]]) -> list[tuple[float, float, float]]:
    """Per pairable unit (two or more values): number of values, of ones, of zeros."""
    out = []
    for row in _rows(matrix):
        values = [v for v in row if not math.isnan(v)]
        if len(values) >= 2:
            ones = math.fsum(values)
            out.append((float(len(values)), ones, len(values) - ones))
    return out


def krippendorff_alpha(matrix: Iterable[Iterable[float]]) -> float:
    """Krippendorff's alpha, nominal level, from the coincidence matrix of binary values."""
    units = _counts(matrix)
    if not units:
        return NAN
    # Coincidences: each unit contributes its ordered pairs of values, weighted 1/(m_u - 1).
    o_01 = math.fsum(ones * zeros / (m - 1) for m, ones, zeros in units)  # o_01 == o_10
    o_00 = math.fsum(zeros * (zeros - 1) / (m - 1) for m, _, zeros in units)
    o_11 = math.fsum(ones * (ones - 1) / (m - 1) for m, ones, _ in units)
    n_0, n_1 = o_00 + o_01, o_11 + o_01
    n = n_0 + n_1
    if n_0 == 0 or n_1 == 0:
        return NAN
    return 1.0 - (n - 1) * (2 * o_01) / (2 * n_0 * n_1)


def percent_agreement(matrix: Iterable[Iterable[float]]) -> float:
    """Mean over pairable units of the share of annotator pairs that agree."""
    units = _counts(matrix)
    if not units:
        return NAN
    shares = [(ones * (ones - 1) + zeros * (zeros - 1)) / (m * (m - 1)) for m, ones, zeros in units]
    return math.fsum(shares) / len(shares)


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
    return None if math.isnan(value) else round(float(value), 6)


def figures(matrix: Iterable[Iterable[float]], annotators: Sequence[str], items: int | None = None) -> Figures:
    """All figures of one rating matrix (units × annotators)."""
    rows = _rows(matrix)
    pairable = sum(1 for r in rows if sum(1 for v in r if not math.isnan(v)) >= 2) if items is None else items
    return Figures(
        pairwise_cohen(rows, annotators),
        fleiss_kappa(rows),
        krippendorff_alpha(rows),
        percent_agreement(rows),
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


def label_matrices(rated: Iterable[Iterable[bool]], given: dict[str, Iterable[Iterable[bool]]]) -> dict[str, Matrix]:
    """Per label, the rating matrix from ``rated`` (units × annotators: labeled the unit at
    all) and ``given[label]`` (same shape: gave this label)."""
    base = [[0.0 if r else NAN for r in row] for row in rated]
    return {
        name: [
            [1.0 if g and not math.isnan(b) else b for b, g in zip(brow, grow, strict=True)]
            for brow, grow in zip(base, mask, strict=True)
        ]
        for name, mask in given.items()
    }


def report(
    annotators: Sequence[str], rated: Iterable[Iterable[bool]], given: dict[str, Iterable[Iterable[bool]]]
) -> Report:
    """Agreement per label and overall over the sentences two or more annotators labeled.

    ``rated`` and each ``given[label]`` are sentences × annotators booleans. Overall pools
    every (sentence, label) decision into one binary matrix, so the overall figures weigh
    each label by how often it was decided on.
    """
    names = list(annotators)
    rated_rows = [[bool(v) for v in row] for row in rated]
    keep = [sum(row) >= 2 for row in rated_rows]
    kept = [row for row, k in zip(rated_rows, keep, strict=True) if k]
    kept_given: dict[str, Iterable[Iterable[bool]]] = {
        name: [[bool(v) for v in row] for row, k in zip(mask, keep, strict=True) if k] for name, mask in given.items()
    }
    items = sum(keep)
    matrices = label_matrices(kept, kept_given)
    per_label = {name: figures(m, names, items) for name, m in matrices.items()}
    pooled = [row for m in matrices.values() for row in m]
    return Report(names, items, per_label, figures(pooled, names, items))
