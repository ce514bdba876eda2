"""The review fields: ``translation_edited`` (an aligned translation sentence was post-edited),
``mqm`` (the MQM issues on the aligned translation sentences, offsets into the record's
``translation`` string) and ``mqm_score`` (their summed weights)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from sverka.ops.export.fields import Chunk, FieldSet
from sverka.ops.export.queries import MQM_ISSUES, rows_for
from sverka.ops.views.review import weight


def fill(session: Session, chunk: Chunk) -> None:
    n = len(chunk.sources)
    # The aligned translation sentences are in the chunk's sources already: their wording and
    # post-edit mark need no query; the issues come from the export's MQM stream, else one
    # query over the paired texts.
    issues: dict[str, list[Any]] = defaultdict(list)
    rows = chunk.prefetched.get("mqm")
    for issue in rows if rows is not None else rows_for(session.connection(), MQM_ISSUES, chunk.translation_ids()):
        issues[issue[0]].append(issue)
    bodies: dict[str, str] = {}
    edited: set[str] = set()
    for source in chunk.sources:
        if source.translation is None:
            continue
        for t in source.targets:  # records._SENTENCE_COLS: id, text_id, idx, kind, lang, text, edited, …
            if issues:  # the wordings only place issues: without any, none is needed
                bodies[t[0]] = t[5]
            if t[6]:
                edited.add(t[0])
    ids_column = [ids or [] for ids in chunk.column("translation_sentence_ids")]
    cols = chunk.columns
    if edited:
        cols["translation_edited"] = [any(sid in edited for sid in ids) for ids in ids_column]
    else:
        cols["translation_edited"] = [False] * n
    if not issues:  # most chunks carry no MQM issue: no per-sentence walk, no weight sum
        cols["mqm"] = [[] for _ in range(n)]
        cols["mqm_score"] = [0.0] * n
        return
    mqm: list[list[dict[str, Any]]] = []
    scores: list[float] = []
    for ids in ids_column:
        entries: list[dict[str, Any]] = []
        offset = 0  # the record's translation joins its sentences' wordings with one space
        for sid in ids:
            body = bodies.get(sid, "")
            # queries.MQM_ISSUES: sentence id, category, severity, start, end, note, stale, annotator
            for _, category, severity, start, end, note, stale, who in issues.get(sid, ()):
                entries.append(
                    {
                        "category": category,
                        "severity": severity,
                        "start": offset + start,
                        "end": offset + end,
                        "span": body[start:end],
                        "note": note or "",
                        "stale": bool(stale),
                        "annotator": who,
                        "sentence_id": sid,
                    }
                )
            offset += len(body) + 1
        mqm.append(entries)
        # Always a float: one export's 0 and another's 15.0 must concatenate (datasets, Arrow).
        scores.append(float(sum(weight(e["severity"]) for e in entries)))
    cols["mqm"] = mqm
    cols["mqm_score"] = scores


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
