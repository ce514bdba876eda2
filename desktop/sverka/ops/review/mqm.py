"""MQM translation review: error categories and severities, and undoable issue commands.

An issue marks a span [start, end) of a translated sentence's *current* wording (its post-edit
if any) with a category, a severity and a note, as in Google's MQM practice and the WMT MQM
data. Scores follow that practice: minor 1, major 5, critical 10 per error, summed per sentence
and per article, and normalised per 100 words of the translation (lower is better).

A post-edit that reaches into an issue's span flags the issue as *stale* instead of dropping
it: ``MqmIssue.stale_span`` keeps the words it covered until the reviewer marks the span again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Self

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sverka.db.models import MqmIssue, Sentence, Text, new_id, utcnow
from sverka.db.wording import wording
from sverka.ops.history import Changes, Command, Inverted, StateChange

# The read side (issue lists, scores) lives in sverka.ops.views.review, shared with exports.
from sverka.ops.views.review import SEVERITIES

CATEGORIES: tuple[str, ...] = (
    "accuracy/mistranslation",
    "accuracy/omission",
    "accuracy/addition",
    "accuracy/untranslated",
    "fluency/grammar",
    "fluency/spelling",
    "fluency/punctuation",
    "terminology",
    "style",
    "locale convention",
    "names/inconsistent variant",
)


class MqmError(LookupError):
    """A bad issue: unknown sentence or category, a span outside the wording."""


# --- vocabulary -----------------------------------------------------------------------------


def normalize_category(value: str) -> str:
    """Accept ``Accuracy/Mistranslation``, ``mistranslation`` or ``names``; return the canonical name."""
    wanted = " ".join(value.strip().lower().replace("_", " ").split())
    if wanted in CATEGORIES:
        return wanted
    found = [c for c in CATEGORIES if wanted and wanted in (c.split("/")[-1], c.split("/")[0])]
    if len(found) == 1:
        return found[0]
    raise MqmError(f"unknown MQM category {value!r}; use one of: {', '.join(CATEGORIES)}")


def normalize_severity(value: str) -> str:
    """``minor``/``major``/``critical``, or their keys 1/2/3."""
    wanted = value.strip().lower()
    if wanted in ("1", "2", "3"):
        return SEVERITIES[int(wanted) - 1]
    if wanted in SEVERITIES:
        return wanted
    raise MqmError(f"unknown MQM severity {value!r}; use minor, major or critical")


# --- commands ---------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _row(issue: MqmIssue) -> dict[str, Any]:
    return {
        "id": issue.id,
        "sentence_id": issue.sentence_id,
        "annotator_id": issue.annotator_id,
        "start": issue.start,
        "end": issue.end,
        "category": issue.category,
        "severity": issue.severity,
        "note": issue.note or "",
        "stale_span": issue.stale_span,
        "created_at": _iso(issue.created_at),
    }


def _changed(session: Session, sentence_id: str) -> Changes:
    article = session.scalar(
        select(Text.article_id).join(Sentence, Sentence.text_id == Text.id).where(Sentence.id == sentence_id)
    )
    return Changes(sentences={sentence_id}, articles={article} if article else set(), review=True)


class AddIssue(Command):
    kind = "add_mqm_issue"

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    def apply(self, session: Session) -> Changes:
        created = self.row.get("created_at")
        session.add(MqmIssue(**{**self.row, "created_at": datetime.fromisoformat(created) if created else utcnow()}))
        session.flush()
        return _changed(session, self.row["sentence_id"])

    def revert(self, session: Session) -> Changes:
        session.execute(delete(MqmIssue).where(MqmIssue.id == self.row["id"]))
        return _changed(session, self.row["sentence_id"])

    def to_payload(self) -> dict[str, Any]:
        return {"row": self.row}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["row"])

    def describe(self) -> str:
        return f"mark {self.row['severity']} {self.row['category']}"


class RemoveIssue(Inverted, AddIssue):
    """The mirror image of AddIssue: apply deletes, revert puts the same row back."""

    kind = "remove_mqm_issue"

    def describe(self) -> str:
        return f"remove {self.row['category']} error"


_EDITABLE = ("start", "end", "category", "severity", "note", "stale_span")


class UpdateIssue(StateChange):
    kind = "update_mqm_issue"

    def __init__(self, issue_id: str, sentence_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        self.issue_id, self.sentence_id, self.before, self.after = issue_id, sentence_id, before, after

    def _write(self, session: Session, state: dict[str, Any]) -> Changes:
        issue = session.get(MqmIssue, self.issue_id)
        if issue is None:
            raise LookupError(f"no MQM issue {self.issue_id}")
        for name in _EDITABLE:
            setattr(issue, name, state[name])
        session.flush()
        return _changed(session, self.sentence_id)

    def to_payload(self) -> dict[str, Any]:
        return {"id": self.issue_id, "sentence_id": self.sentence_id, "before": self.before, "after": self.after}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["id"], payload["sentence_id"], payload["before"], payload["after"])

    def describe(self) -> str:
        return "edit MQM issue"


def _wording(session: Session, sentence_id: str) -> str:
    row = session.execute(
        select(Sentence.edited, Sentence.start, Sentence.end, Text.content, Text.role)
        .join(Text, Text.id == Sentence.text_id)
        .where(Sentence.id == sentence_id)
    ).first()
    if row is None:
        raise MqmError(f"no sentence {sentence_id}")
    if row.role != "translation":
        raise MqmError("MQM issues go on translated sentences, not on the original")
    return wording(row.edited, row.content, row.start, row.end)


def _check_span(wording: str, start: int, end: int) -> None:
    # An empty span (start == end) is a position: where something was omitted.
    if not 0 <= start <= end <= len(wording):
        raise MqmError(f"span {start}:{end} is outside the sentence (0:{len(wording)})")


def build_add_issue(
    session: Session,
    sentence_id: str,
    start: int,
    end: int,
    category: str,
    severity: str,
    note: str | None,
    annotator_id: str,
) -> Command:
    """Record an error on [start, end) of a translated sentence's current wording."""
    _check_span(_wording(session, sentence_id), start, end)
    return AddIssue(
        {
            "id": new_id(),
            "sentence_id": sentence_id,
            "annotator_id": annotator_id,
            "start": start,
            "end": end,
            "category": normalize_category(category),
            "severity": normalize_severity(severity),
            "note": (note or "").strip(),
            "created_at": _iso(utcnow()),
        }
    )


def build_remove_issue(session: Session, issue_id: str) -> Command | None:
    issue = session.get(MqmIssue, issue_id)
    return None if issue is None else RemoveIssue(_row(issue))


def build_edit_issue(session: Session, issue_id: str, **changes: Any) -> Command | None:
    """Change an issue's span, category, severity or note; a new span clears the stale flag."""
    issue = session.get(MqmIssue, issue_id)
    if issue is None:
        raise MqmError(f"no MQM issue {issue_id}")
    unknown = set(changes) - {"start", "end", "category", "severity", "note"}
    if unknown:
        raise MqmError(f"cannot change {', '.join(sorted(unknown))} of an MQM issue")
    before = {name: getattr(issue, name) for name in _EDITABLE}
    after = dict(before)
    after.update({k: v for k, v in changes.items() if v is not None})
    after["category"] = normalize_category(after["category"])
    after["severity"] = normalize_severity(after["severity"])
    after["note"] = (after["note"] or "").strip()
    if changes.get("start") is not None or changes.get("end") is not None:
        # Giving the span again (even the same one) confirms it: the stale flag goes.
        _check_span(_wording(session, issue.sentence_id), after["start"], after["end"])
        after["stale_span"] = None
    return None if after == before else UpdateIssue(issue_id, issue.sentence_id, before, after)
