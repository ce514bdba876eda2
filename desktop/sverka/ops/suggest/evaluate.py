"""How good a schema's model is: cross-validated precision/recall/F1 per label on people's labels,
folds split by article (an article's sentences share names and wording, and would flatter the
model if they sat on both sides of a split)."""

from __future__ import annotations

from sverka.core.suggest.classifier import MIN_EXAMPLES, Evaluation, cross_validate
from sverka.db.project import Project
from sverka.ops.suggest.training import schema_labels, training_units


def evaluate(
    project: Project, schema_id: str, *, folds: int = 5, min_examples: int = MIN_EXAMPLES, threshold: float = 0.5
) -> Evaluation:
    with project.sessions() as session:
        labels = schema_labels(session, schema_id)
        units = training_units(session, schema_id)
    return cross_validate(units, labels.names, folds=folds, min_examples=min_examples, threshold=threshold)
