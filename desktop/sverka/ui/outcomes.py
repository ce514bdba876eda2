"""The one adapter between what ops commands report and what the window does with it.

The window must not decide what a command meant. Issue 8 moves these decisions into ops:
commands that decide multi-sentence tagging and say whether a label went on or off, and
:class:`~sverka.ops.history.Changes` with explicit flags (a schema edit says so). Until that
API lands, its three rules live here and nowhere else in the UI, so switching to it is a
change of this module only (each function names what replaces it).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from sverka.ops.annotation import tagging
from sverka.ops.history import Changes, Command, Executed, Macro


def build_label_toggle(session: Session, sentence_ids: Sequence[str], label_id: str, who: str) -> Command | None:
    """Toggle a label on a cell's sentences: one sentence as ``tagging.build_toggle``; a
    multi-sentence cell (a 2-1 link) takes it on all of them, or off all of them when the
    first has it. (To become one ops call, e.g. ``tagging.build_toggle_many``.)"""
    if len(sentence_ids) == 1:
        return tagging.build_toggle(session, sentence_ids[0], label_id, who)
    adding = tagging.build_remove(session, sentence_ids[0], label_id, who) is None
    build = tagging.build_add if adding else tagging.build_remove
    steps = [step for sid in sentence_ids if (step := build(session, sid, label_id, who)) is not None]
    return Macro(steps, steps[0].describe()) if steps else None


def label_went_on(executed: Executed) -> bool:
    """Whether a label toggle put the label on (one-key flow moves on only then).
    (To become an outcome field of the executed command.)"""
    return not executed.description.startswith("remove")


def is_schema_edit(changes: Changes) -> bool:
    """Whether a command (or its undo) edited the label schema: labels, keys and chips change.

    Schema edits touch none of the tracked sets; a names curation touches entities only and
    is not one (it used to reload the labels and refit every row). (To become an explicit
    ``Changes`` flag.)"""
    return not (changes.sentences or changes.articles or changes.entities or changes.links)
