"""The suggestion classifier learns what separates labels, and does not on shuffled labels."""

from __future__ import annotations

import random

import pytest

from sverka.core.suggest import available
from sverka.core.suggest.classifier import Example, cross_validate, readiness, score, train, uncertainty

pytest.importorskip("sklearn")

FIRE = ["the crowd set fire to the town hall", "толпа подожгла здание акимата", "cars were set on fire"]
PRICES = ["fuel prices doubled overnight", "цены на газ выросли вдвое", "wages did not keep up with prices"]
OTHER = ["the weather was mild", "в городе прошёл праздник", "a new park opened on Sunday"]


def _toy(n_articles: int = 30) -> list[Example]:
    rng = random.Random(7)
    out = []
    for a in range(n_articles):
        for _ in range(4):
            kind = rng.randrange(3)
            words = [FIRE, PRICES, OTHER][kind]
            text = f"{rng.choice(words)} near {rng.choice(['Almaty', 'Алматы', 'the square'])} ({a})"
            labels = frozenset([["violence"], ["economy"], []][kind])
            out.append(Example(text, labels, f"article-{a}"))
    return out


def test_a_separable_set_is_learned_on_held_out_articles() -> None:
    evaluation = cross_validate(_toy(), ["violence", "economy"], folds=5)
    assert set(evaluation.scores) == {"violence", "economy"}
    for s in evaluation.scores.values():
        assert s.f1 is not None and s.f1 > 0.9, s


def test_shuffled_labels_are_not_learned() -> None:
    examples = _toy()
    labels = [ex.labels for ex in examples]
    random.Random(3).shuffle(labels)
    shuffled = [Example(ex.text, lab, ex.group) for ex, lab in zip(examples, labels, strict=True)]
    evaluation = cross_validate(shuffled, ["violence", "economy"], folds=5)
    for s in evaluation.scores.values():
        assert s.f1 is None or s.f1 < 0.6, s


def test_a_label_below_the_threshold_is_not_predicted() -> None:
    examples = _toy()
    few = [Example(ex.text, ex.labels | ({"rare"} if i < 3 else set()), ex.group) for i, ex in enumerate(examples)]
    model = train(few, ["violence", "economy", "rare"], min_examples=10)
    assert model.labels == ["violence", "economy"]
    assert model.readiness.waiting == ["rare"] and model.readiness.positives["rare"] == 3
    [conf] = model.predict(["толпа подожгла здание на площади"])
    assert set(conf) == {"violence", "economy"} and conf["violence"] > 0.5 > conf["economy"]


def test_readiness_needs_units_with_and_without_the_label() -> None:
    examples = [Example("x", frozenset({"all"})) for _ in range(12)]
    ready = readiness(examples, ["all"], 10)
    assert ready.ready == [] and ready.negatives == {"all": 0}
    assert train(examples, ["all"]).predict(["x"]) == [{}]


def test_uncertainty_and_scores() -> None:
    assert uncertainty({}) == 0.0
    assert uncertainty({"a": 0.5, "b": 0.99}) == pytest.approx(1.0)
    assert uncertainty({"a": 0.9}) == pytest.approx(0.2)
    s = score("a", [True, True, False, False], [True, False, True, False])
    assert (s.precision, s.recall, s.f1) == (0.5, 0.5, 0.5)
    assert score("a", [False], [False]).f1 is None


def test_sgd_and_a_tfidf_vocabulary_also_work() -> None:
    for features, learner in (("tfidf-char", "sgd"), ("hash-char", "logreg")):
        evaluation = cross_validate(_toy(), ["violence"], features=features, learner=learner)
        assert evaluation.scores["violence"].f1 is not None and evaluation.scores["violence"].f1 > 0.8


def test_without_scikit_learn_the_message_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(available, "sklearn_available", lambda: False)
    with pytest.raises(available.SuggestUnavailable, match=r"pip install 'sverka\[suggest\]'"):
        available.require_sklearn()
