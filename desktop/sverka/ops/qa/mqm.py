"""A QA finding as the arguments of an MQM issue, so one key can record it.

:func:`mqm_issue_args` returns the keyword arguments of
``sverka.ops.review.mqm.build_add_issue`` except ``session`` and ``annotator_id``:
``sentence_id`` (always a *translated* sentence: MQM marks the translation), ``start`` and
``end`` (a span of its current wording; empty where something is missing), ``category``,
``severity`` and ``note``. The caller runs the command through the history, so it is
undoable like every other issue.
"""

from __future__ import annotations

from typing import Any

from sverka.ops.qa.findings import Finding

_CATEGORY = {
    "omission": "accuracy/omission",
    "addition": "accuracy/addition",
    "number": "accuracy/mistranslation",
    "untranslated": "accuracy/untranslated",
    "punctuation": "fluency/punctuation",
}


def _category(f: Finding) -> str:
    if f.kind in _CATEGORY:
        return _CATEGORY[f.kind]
    if f.kind == "name":
        # Missing from the translation: an omission; only in the translation: an addition;
        # a different entity on each side: a mistranslation.
        if f.side == "original":
            return "accuracy/omission"
        return "accuracy/mistranslation" if " in the original, " in f.detail else "accuracy/addition"
    if f.kind == "length":
        return "accuracy/omission" if "shorter" in f.detail else "accuracy/addition"
    raise ValueError(f"unknown QA finding kind {f.kind!r}")


def mqm_issue_args(f: Finding) -> dict[str, Any] | None:
    """The MQM issue a finding stands for, or None when the translation has no sentence to
    carry it (an omission from a translation with no sentences at all)."""
    note = f"QA {f.kind}: {f.detail}"
    category = _category(f)
    if f.side == "translation" and f.span_sentence_id is not None:
        sentence_id, start, end = f.span_sentence_id, f.start, f.end
    elif f.translation_sentence_ids:
        # A span on the original side: the row's first translated sentence, at its start.
        sentence_id, start, end = f.translation_sentence_ids[0], 0, 0
    elif f.gap_sentence_id is not None:
        sentence_id, start, end = f.gap_sentence_id, f.gap_offset, f.gap_offset
    else:
        return None
    return {
        "sentence_id": sentence_id,
        "start": start,
        "end": end,
        "category": category,
        "severity": f.severity,
        "note": note,
    }
