"""Gold decisions from the adjudication view: the gold annotator's labels on a sentence set
to a chosen set (an annotator's choice, the majority) or one label toggled — tagging commands
(:mod:`sverka.ops.annotation.tagging`) for the gold annotator (:mod:`sverka.ops.teams`), so
they are logged, undoable and merged like any label."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Label, Sentence, Text, new_id, utcnow
from sverka.ops.annotation import tagging
from sverka.ops.history import Command, Macro
from sverka.ops.teams.annotators import gold_annotator


def build_gold_set(session: Session, sentence_id: str, labels: Sequence[str], text: str = "") -> Command | None:
    """Make the gold labels of a sentence exactly ``labels`` (names); None when they are."""
    gold = gold_annotator(session)
    by_name = {name: lid for lid, name in session.execute(select(Label.id, Label.name))}
    unknown = [n for n in labels if n not in by_name]
    if unknown:
        raise LookupError(f"no label {', '.join(map(repr, unknown))} in this project")
    wanted = {by_name[n] for n in labels}
    have = set(
        session.scalars(
            select(Annotation.label_id).where(Annotation.sentence_id == sentence_id, Annotation.annotator_id == gold)
        )
    )
    article = session.scalar(
        select(Text.article_id).join(Sentence, Sentence.text_id == Text.id).where(Sentence.id == sentence_id)
    )
    if article is None:
        raise LookupError(f"no sentence {sentence_id}")
    steps: list[Command] = [
        step for lid in sorted(have - wanted) if (step := tagging.build_remove(session, sentence_id, lid, gold))
    ]
    names = {lid: name for name, lid in by_name.items()}
    for lid in sorted(wanted - have, key=lambda i: labels.index(names[i])):
        # Added directly (not build_add): the removals above already take out any sibling of
        # a single-choice group, and a second removal of the same row could not be undone.
        row = {
            "id": new_id(),
            "sentence_id": sentence_id,
            "label_id": lid,
            "annotator_id": gold,
            "link_id": None,
            "note": None,
            "created_at": utcnow().isoformat(),
        }
        steps.append(tagging.AddAnnotation(row, names[lid], article))
    if not steps:
        return None
    return Macro(steps, text or "gold: " + (", ".join(labels) or "no label"))


def build_gold_toggle(session: Session, sentence_id: str, label_id: str) -> Command | None:
    """Toggle one gold label (a single-choice group's sibling gives way, as in tagging)."""
    return tagging.build_toggle(session, sentence_id, label_id, gold_annotator(session))
