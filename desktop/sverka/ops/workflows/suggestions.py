"""Writing suggestions as labels: a person accepting a row's suggestions, and pre-labeling
unlabeled sentences as a model annotator (``sverka suggest --apply``).

Both compose the suggest feature (what the model predicts) with annotation (the tagging
commands), so they live here. Each is one undoable step in the event log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Self

from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.history import Command, Macro, Session
from sverka.ops.suggest.model import DEFAULT_CONFIDENCE, SchemaModel, Suggestion, score_sentences, unlabeled_sentences
from sverka.ops.teams.annotators import ensure_annotator
from sverka.ops.views.suggestions import ACCEPTED


class SuggestionMacro(Macro):
    """A macro that remembers where its labels came from (``meta``: the model's confidences).

    Its kind stays ``macro``: undo, redo and merges replay it as a plain macro, and the extra
    payload key is what :mod:`sverka.ops.views.suggestions` reads back for exports."""

    def __init__(self, steps: list[Command], text: str = "", meta: dict[str, Any] | None = None, key: str = ACCEPTED):
        super().__init__(steps, text)
        self.meta = meta or {}
        self.key = key

    def to_payload(self) -> dict[str, Any]:
        return {**super().to_payload(), self.key: self.meta}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        macro = super().from_payload(payload)
        macro.key = APPLIED if APPLIED in payload else ACCEPTED
        macro.meta = dict(payload.get(macro.key) or {})
        return macro


def _flat(command: Command | None) -> list[Command]:
    if command is None:
        return []
    if isinstance(command, Macro):
        return [step for inner in command.steps for step in _flat(inner)]
    return [command]


def build_accept(
    session: Session, sentence_ids: Sequence[str], suggestions: Sequence[Suggestion], annotator_id: str
) -> Command | None:
    """Put a row's suggested labels on its sentences as the annotator's own, in one step (a
    suggested label the sentence already has is left as it is; nothing left: None)."""
    steps: list[Command] = []
    taken: dict[str, float] = {}
    for suggestion in suggestions:
        added = [
            s for sid in sentence_ids for s in _flat(tagging.build_add(session, sid, suggestion.label_id, annotator_id))
        ]
        if added:
            steps.extend(added)
            taken[suggestion.label] = round(suggestion.confidence, 4)
    if not steps:
        return None
    text = "accept suggestions: " + ", ".join(taken)
    return SuggestionMacro(steps, text, {"labels": taken})


APPLIED = "model_prelabels"  # payload key of a pre-labeling step (not an accepted suggestion)


@dataclass
class Applied:
    annotator: str
    event_id: str | None
    sentences: int  # sentences that got at least one label
    labels: int


def apply_suggestions(
    project: Project,
    model: SchemaModel,
    annotator: str,
    *,
    min_confidence: float = DEFAULT_CONFIDENCE,
    label: str | None = None,
    article_ids: Sequence[str] = (),
) -> Applied:
    """Label the sentences no person has labeled in the schema with the model's suggestions, as
    the annotator ``annotator`` of kind ``model`` (created on first use; a person's name is
    refused). One undoable step; agreement, progress and exports count people only."""
    with project.sessions() as session:
        scored = score_sentences(session, model, unlabeled_sentences(session, model.schema.id, article_ids))
    picks = [(s.sentence_id, model.suggestions(s.confidences, min_confidence, label)) for s in scored]
    picks = [(sid, found) for sid, found in picks if found]
    counted: dict[str, int] = {"sentences": 0, "labels": 0}

    def build(session: Session) -> Command | None:
        who = ensure_annotator(session, annotator, "model")
        steps: list[Command] = []
        counted.update(sentences=0, labels=0)
        for sid, found in picks:
            added = [s for sug in found for s in _flat(tagging.build_add(session, sid, sug.label_id, who))]
            counted["sentences"] += bool(added)
            counted["labels"] += sum(isinstance(s, tagging.AddAnnotation) and s.kind == "add_label" for s in added)
            steps.extend(added)
        if not steps:
            return None
        command = SuggestionMacro(steps, f"pre-label as {annotator}", {"schema": model.schema.name}, key=APPLIED)
        command.actor = who
        return command

    done = history.execute(project, build, None)
    return Applied(annotator, done.event_id if done else None, counted["sentences"], counted["labels"])
