"""Which labels came from accepted suggestions: the marker the event log keeps, read back.

Accepting a row's suggestions (the GUI's ``a``) is one undoable step, logged as a ``macro``
event whose payload carries :data:`ACCEPTED` (the model's confidences) beside its steps — a
plain macro, so undo, redo and file merges replay it with no special code. A label counts as
an accepted suggestion while the annotation row that step added (by id) still exists; an
undo removes it, a redo brings the same row back. Exports show it (``accepted_suggestions``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Event, Label

ACCEPTED = "accepted_suggestion"  # payload key of the macro that accepted suggestions


def _accepted_annotation_ids(session: Session) -> set[str]:
    ids: set[str] = set()
    for (payload,) in session.execute(
        select(Event.payload).where(
            Event.kind == "macro", Event.state == "done", cast(Event.payload, String).like(f'%"{ACCEPTED}"%')
        )
    ):
        if isinstance(payload, dict) and ACCEPTED in payload:
            for step in payload.get("steps", ()):
                if step.get("kind") == "add_label":
                    ids.add(step["payload"]["row"]["id"])
    return ids


def accepted_labels(session: Session, sentence_ids: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """sentence id -> (label name, annotator name) of the labels people took from suggestions."""
    wanted = list(dict.fromkeys(sentence_ids))
    accepted = _accepted_annotation_ids(session)
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if not accepted or not wanted:
        return out
    for at in range(0, len(wanted), 500):
        for sid, aid, label, who in session.execute(
            select(Annotation.sentence_id, Annotation.id, Label.name, Annotator.name)
            .join(Label, Label.id == Annotation.label_id)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .where(Annotation.sentence_id.in_(wanted[at : at + 500]))
            .order_by(Label.position)
        ):
            if aid in accepted:
                out[sid].append((label, who))
    return out
