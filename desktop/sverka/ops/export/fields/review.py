"""The review fields: ``translation_edited`` (an aligned translation sentence was post-edited),
``mqm`` (the MQM issues on the aligned translation sentences, offsets into the record's
``translation`` string) and ``mqm_score`` (their summed weights)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotator, MqmIssue, Sentence, Text
from sverka.db.wording import wording
from sverka.ops.export.fields import Chunk, FieldSet
from sverka.ops.views.review import weight


def fill(session: Session, chunk: Chunk) -> None:
    records = chunk.records
    tids = list({t for r in records.values() for t in r.get("translation_sentence_ids") or ()})
    bodies: dict[str, str] = {}
    edited: set[str] = set()
    issues: dict[str, list[Any]] = defaultdict(list)
    for start in range(0, len(tids), 500):
        part = tids[start : start + 500]
        for sid, ed, s_start, s_end, content in session.execute(
            select(Sentence.id, Sentence.edited, Sentence.start, Sentence.end, Text.content)
            .join(Text, Text.id == Sentence.text_id)
            .where(Sentence.id.in_(part))
        ):
            bodies[sid] = wording(ed, content, s_start, s_end)
            if ed is not None:
                edited.add(sid)
        for issue, who in session.execute(
            select(MqmIssue, Annotator.name)
            .join(Annotator, Annotator.id == MqmIssue.annotator_id)
            .where(MqmIssue.sentence_id.in_(part))
            .order_by(MqmIssue.start, MqmIssue.created_at)
        ):
            issues[issue.sentence_id].append((issue, who))
    for record in records.values():
        ids = record.get("translation_sentence_ids") or []
        record["translation_edited"] = any(sid in edited for sid in ids)
        entries: list[dict[str, Any]] = []
        offset = 0  # the record's translation joins its sentences' wordings with one space
        for sid in ids:
            body = bodies.get(sid, "")
            for issue, who in issues.get(sid, ()):
                entries.append(
                    {
                        "category": issue.category,
                        "severity": issue.severity,
                        "start": offset + issue.start,
                        "end": offset + issue.end,
                        "span": body[issue.start : issue.end],
                        "note": issue.note or "",
                        "stale": issue.stale_span is not None,
                        "annotator": who,
                        "sentence_id": sid,
                    }
                )
            offset += len(body) + 1
        record["mqm"] = entries
        # Always a float: one export's 0 and another's 15.0 must concatenate (datasets, Arrow).
        record["mqm_score"] = float(sum(weight(e["severity"]) for e in entries))


def mqm_csv_cell(value: Any) -> str:
    """The CSV rendering of ``mqm``: ``major accuracy/omission «span» (note) [annotator]; …``."""
    if not value:
        return ""
    parts = []
    for e in value:
        note = f" ({e['note']})" if e.get("note") else ""
        parts.append(f"{e['severity']} {e['category']} «{e['span']}»{note} [{e['annotator']}]")
    return "; ".join(parts)


REVIEW = FieldSet(
    "review",
    fields=("translation_edited", "mqm", "mqm_score"),
    csv_columns=("translation_edited", "mqm", "mqm_score"),
    csv_cells={"mqm": mqm_csv_cell},
    fill=fill,
)
