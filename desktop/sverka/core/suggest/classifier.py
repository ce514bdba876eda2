"""A light multi-label classifier over labeled units, one binary model per label (one-vs-rest).

A *unit* is what an annotator labels: a sentence together with its aligned counterpart (the
original with its translation, or the reverse), joined into one text, so a Russian original
and its English version teach the same model. Features are character n-grams within words
(``char_wb``, 2–4) hashed into a fixed space — no vocabulary to keep, memory fixed whatever
the corpus — then TF-IDF weighted; each label gets a logistic model fitted by SGD with balanced
class weights (labels are rare). ``bench/bench_suggest.py`` compares this with a TF-IDF
vocabulary and with liblinear's logistic regression: on FLORES topics SGD had the best macro F1
(0.24 against 0.15) and trains 10,000 units in about a third of the CPU time. A label is
predicted only once it has ``min_examples`` units with it *and* without it: below that, a
model would mostly echo its few examples.

scikit-learn is imported inside the functions (the ``suggest`` extra; see :mod:`.available`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sverka.core.suggest.available import require_sklearn

MIN_EXAMPLES = 10  # units with a label, and units without it, before the label is predicted
HASH_FEATURES = 2**20
FEATURES = ("hash-char", "tfidf-char")
LEARNERS = ("logreg", "sgd")


@dataclass(frozen=True)
class Example:
    """A labeled unit: its text, the labels people gave it (maybe none) and its article (``group``),
    so cross-validation keeps an article's units on one side of a split."""

    text: str
    labels: frozenset[str]
    group: str = ""


@dataclass
class Readiness:
    """How many units have and lack each label, and which labels are predicted (``ready``)."""

    min_examples: int
    positives: dict[str, int]
    negatives: dict[str, int]

    @property
    def ready(self) -> list[str]:
        return [n for n in self.positives if self.is_ready(n)]

    @property
    def waiting(self) -> list[str]:
        return [n for n in self.positives if not self.is_ready(n)]

    def is_ready(self, label: str) -> bool:
        return self.positives.get(label, 0) >= self.min_examples and self.negatives.get(label, 0) >= self.min_examples


def readiness(examples: Sequence[Example], labels: Iterable[str], min_examples: int = MIN_EXAMPLES) -> Readiness:
    names = list(dict.fromkeys(labels))
    pos = dict.fromkeys(names, 0)
    for ex in examples:
        for name in ex.labels:
            if name in pos:
                pos[name] += 1
    return Readiness(min_examples, pos, {n: len(examples) - pos[n] for n in names})


@dataclass
class Model:
    """The trained models of the ready labels, over one shared feature space."""

    readiness: Readiness
    features: str
    learner: str
    vectorizer: Any = None
    columns: Any = None  # the feature columns the training units used (see :func:`train`)
    selector: Any = None  # a sparse 0/1 matrix picking those columns: one product per batch
    estimators: dict[str, Any] = field(default_factory=dict)
    weights: Any = None  # every label's coefficients as one (features × labels) matrix
    intercepts: Any = None
    trained_on: int = 0
    seconds: float = 0.0

    @property
    def labels(self) -> list[str]:
        return list(self.estimators)

    def features_of(self, texts: Sequence[str]) -> Any:
        if self.selector is None:
            return self.vectorizer.transform(list(texts))
        # The hashed pipeline by hand (what TfidfTransformer does: sublinear tf, idf, l2 rows):
        # the pipeline's input checks cost ~35 ms a call, longer than a key press may wait.
        import numpy as np
        from sklearn.preprocessing import normalize

        hashing, tfidf = (step for _, step in self.vectorizer.steps)
        matrix = hashing.transform(list(texts)).tocsr()
        matrix.data = (np.log(matrix.data) + 1.0) * tfidf.idf_[matrix.indices]
        return (normalize(matrix) @ self.selector).tocsr()

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text, the confidence (probability) of every ready label."""
        if not texts or not self.estimators:
            return [{} for _ in texts]
        import numpy as np

        # Both learners are logistic: p = sigmoid(x·w + b), for all labels in one product
        # (asking each estimator costs ~7 ms of input checks per label and call).
        margins = np.asarray(self.features_of(texts) @ self.weights) + self.intercepts
        probabilities = 1.0 / (1.0 + np.exp(-margins))
        names = list(self.estimators)
        return [{name: float(p) for name, p in zip(names, row, strict=True)} for row in probabilities]


def _vectorizer(features: str) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
    from sklearn.pipeline import make_pipeline

    if features == "tfidf-char":
        return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2, lowercase=True)
    if features != "hash-char":
        raise ValueError(f"unknown features {features!r}; use one of {', '.join(FEATURES)}")
    hashing = HashingVectorizer(
        analyzer="char_wb", ngram_range=(2, 4), n_features=HASH_FEATURES, alternate_sign=False, norm=None
    )
    return make_pipeline(hashing, TfidfTransformer(sublinear_tf=True))


def _estimator(learner: str) -> Any:
    from sklearn.linear_model import LogisticRegression, SGDClassifier

    if learner == "logreg":
        return LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", max_iter=200)
    if learner == "sgd":
        return SGDClassifier(
            loss="log_loss", alpha=1e-5, class_weight="balanced", max_iter=30, tol=None, random_state=0
        )
    raise ValueError(f"unknown learner {learner!r}; use one of {', '.join(LEARNERS)}")


def train(
    examples: Sequence[Example],
    labels: Iterable[str],
    *,
    min_examples: int = MIN_EXAMPLES,
    features: str = "hash-char",
    learner: str = "sgd",
) -> Model:
    """Train one binary model per ready label of ``labels`` (see :class:`Readiness`)."""
    require_sklearn()
    started = time.perf_counter()
    ready = readiness(examples, labels, min_examples)
    model = Model(ready, features, learner, trained_on=len(examples))
    if not ready.ready:  # nothing to learn yet: leave numpy and scikit-learn unloaded
        model.seconds = time.perf_counter() - started
        return model
    import numpy as np

    model.vectorizer = _vectorizer(features)
    matrix = model.vectorizer.fit_transform([ex.text for ex in examples]).tocsc()
    if features == "hash-char":
        # Only the columns the training units use: the solvers' cost grows with the width of the
        # matrix (2**20 hashed columns made a 120-unit fit take 2 s; the used ~700 take 25 ms).
        from scipy.sparse import csr_matrix

        model.columns = np.flatnonzero(np.diff(matrix.indptr))
        matrix = matrix[:, model.columns]
        # Picking columns by a product costs what the text's n-grams cost; fancy indexing a
        # 2**20-wide matrix cost ~60 ms per prediction at 10,000 training units.
        width = len(model.columns)
        model.selector = csr_matrix((np.ones(width), (model.columns, np.arange(width))), shape=(HASH_FEATURES, width))
    matrix = matrix.tocsr()
    for name in ready.ready:
        y = np.fromiter((name in ex.labels for ex in examples), dtype=np.int8, count=len(examples))
        model.estimators[name] = _estimator(learner).fit(matrix, y)
    model.weights = np.column_stack([e.coef_.ravel() for e in model.estimators.values()])
    model.intercepts = np.array([float(e.intercept_[0]) for e in model.estimators.values()])
    model.seconds = time.perf_counter() - started
    return model


def uncertainty(confidences: dict[str, float]) -> float:
    """How unsure the model is about a unit: 1 when some label is a coin flip, 0 when every
    label is sure either way (the most uncertain label decides; no ready label: 0)."""
    return max((1.0 - 2.0 * abs(p - 0.5) for p in confidences.values()), default=0.0)


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one label over held-out units (None when undefined)."""

    label: str
    support: int  # held-out units with the label
    predicted: int  # held-out units the model gave it
    true_positives: int
    precision: float | None
    recall: float | None
    f1: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "support": self.support,
            "predicted": self.predicted,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def score(label: str, truth: Sequence[bool], predicted: Sequence[bool]) -> Score:
    tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t and p)
    support, given = sum(truth), sum(predicted)
    precision = tp / given if given else None
    recall = tp / support if support else None
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(label, support, given, tp, precision, recall, f1)


@dataclass
class Evaluation:
    """Cross-validated scores per label (labels never ready in any fold are left out)."""

    folds: int
    units: int
    scores: dict[str, Score]
    threshold: float

    def to_json(self) -> dict[str, Any]:
        return {
            "folds": self.folds,
            "units": self.units,
            "threshold": self.threshold,
            "labels": {name: s.to_json() for name, s in self.scores.items()},
        }


def cross_validate(
    examples: Sequence[Example],
    labels: Iterable[str],
    *,
    folds: int = 5,
    min_examples: int = MIN_EXAMPLES,
    threshold: float = 0.5,
    features: str = "hash-char",
    learner: str = "sgd",
) -> Evaluation:
    """Train on all folds but one, predict the held-out fold, for every fold; folds are split by
    ``Example.group`` (the article), so no article's units are on both sides of a split."""
    require_sklearn()
    from sklearn.model_selection import GroupKFold

    names = list(dict.fromkeys(labels))
    groups = [ex.group or str(i) for i, ex in enumerate(examples)]
    k = min(folds, len(set(groups)))
    if k < 2:
        return Evaluation(k, len(examples), {}, threshold)
    predicted: list[set[str]] = [set() for _ in examples]
    trained: set[str] = set()
    for train_at, test_at in GroupKFold(n_splits=k).split(examples, groups=groups):
        model = train(
            [examples[i] for i in train_at], names, min_examples=min_examples, features=features, learner=learner
        )
        trained |= set(model.labels)
        for i, conf in zip(test_at, model.predict([examples[i].text for i in test_at]), strict=True):
            predicted[i] = {n for n, p in conf.items() if p >= threshold}
    scores = {
        name: score(name, [name in ex.labels for ex in examples], [name in p for p in predicted])
        for name in names
        if name in trained
    }
    return Evaluation(k, len(examples), scores, threshold)
