"""An annotation session's queue in an order the suggestions model gives (issue 16).

- ``uncertainty`` (active learning): the sentence the model is least sure of comes next —
  labeling it teaches the model most;
- ``label:<label id>``: the sentence most likely to carry that label comes next (review every
  likely "violence" sentence first).

The model scores a window of the queue — the next :data:`WINDOW` sentences in reading order
from the cursor — not all of it: a queue can hold 300,000 sentences, and a key press must not
wait for them. Without a model (or a label it does not predict yet) the queue reads in order.
"""

from __future__ import annotations

from sverka.db.project import Project
from sverka.ops.annotation import sessions
from sverka.ops.annotation.sessions import SessionState
from sverka.ops.suggest.model import SchemaModel, score_sentences

WINDOW = 200
UNCERTAINTY = "uncertainty"
BY_LABEL = "label:"


def next_by_model(
    project: Project, annotator_id: str, state: SessionState, model: SchemaModel | None, after: str | None
) -> str | None:
    """The next sentence of the queue in the session's model order; None: use reading order."""
    order = state.filter.order
    if model is None or not model.model.labels:
        return None
    label: str | None = None
    if order.startswith(BY_LABEL):
        wanted = order[len(BY_LABEL) :]
        label = next((name for name, lid in model.schema.label_ids.items() if lid == wanted), None)
        if label is None or label not in model.model.labels:
            return None
    elif order != UNCERTAINTY:
        return None
    pool = [sid for sid in sessions.queued(project, annotator_id, state, after, WINDOW) if sid != after]
    if not pool:
        return None
    with project.sessions() as session:
        scored = score_sentences(session, model, pool)
    if not scored:
        return None
    if label is not None:
        return max(scored, key=lambda s: s.confidences.get(label, 0.0)).sentence_id
    return max(scored, key=lambda s: s.uncertainty).sentence_id
