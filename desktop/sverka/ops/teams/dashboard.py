"""The dashboard's numbers: label distribution, progress per annotator and per article,
decisions per hour, agreement per label. The same dict feeds `sverka dashboard --json`,
its charts (:mod:`sverka.ops.teams.charts`) and, later, the GUI's View ▸ Dashboard.

Progress counts the sentences a session would queue: those of original texts, timestamps
left out. People only; gold and model annotators are not part of the team's progress.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Article, Event, Label, Sentence, Text
from sverka.ops.teams.agreement import project_agreement

DECISION_EVENTS = ("add_label", "remove_label", "macro")


def _queued() -> Any:
    return Text.role == "original", Sentence.kind != "timestamp"


def label_distribution(session: Session) -> dict[str, dict[str, int]]:
    """label -> {annotator name: annotations}, people only, labels in schema order."""
    rows = session.execute(
        select(Label.name, Annotator.name, func.count(Annotation.id))
        .join(Annotation, Annotation.label_id == Label.id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .where(Annotator.kind == "person")
        .group_by(Label.name, Annotator.name, Label.position)
        .order_by(Label.position, Label.name, Annotator.name)
    ).all()
    found: dict[str, dict[str, int]] = {}
    for label, who, n in rows:
        found.setdefault(label, {})[who] = int(n)
    return found


def progress_per_annotator(session: Session) -> dict[str, dict[str, float | int]]:
    """annotator -> {labeled: sentences they labeled, total: sentences to label, share}."""
    total = int(session.scalar(select(func.count(Sentence.id)).join(Text).where(*_queued())) or 0)
    rows = session.execute(
        select(Annotator.name, func.count(distinct(Annotation.sentence_id)))
        .join(Annotation, Annotation.annotator_id == Annotator.id)
        .join(Sentence, Sentence.id == Annotation.sentence_id)
        .join(Text, Text.id == Sentence.text_id)
        .where(Annotator.kind == "person", *_queued())
        .group_by(Annotator.name)
    ).all()
    done = {name: int(n) for name, n in rows}
    people = session.scalars(select(Annotator.name).where(Annotator.kind == "person").order_by(Annotator.name))
    return {
        name: {
            "labeled": done.get(name, 0),
            "total": total,
            "share": round(done.get(name, 0) / total, 4) if total else 0.0,
        }
        for name in people
    }


def progress_per_article(session: Session) -> list[dict[str, Any]]:
    """Per article in list order: its sentences, how many the team labeled, and per person."""
    totals = session.execute(
        select(Article.id, Article.title, func.count(Sentence.id))
        .join(Text, Text.article_id == Article.id)
        .join(Sentence, Sentence.text_id == Text.id)
        .where(*_queued())
        .group_by(Article.id, Article.title, Article.position)
        .order_by(Article.position, Article.id)
    ).all()
    by_person: dict[str, dict[str, int]] = defaultdict(dict)
    for article_id, who, n in session.execute(
        select(Text.article_id, Annotator.name, func.count(distinct(Annotation.sentence_id)))
        .join(Sentence, Sentence.text_id == Text.id)
        .join(Annotation, Annotation.sentence_id == Sentence.id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .where(Annotator.kind == "person", *_queued())
        .group_by(Text.article_id, Annotator.name)
    ):
        by_person[article_id][who] = int(n)
    team = {
        article_id: int(n)
        for article_id, n in session.execute(
            select(Text.article_id, func.count(distinct(Annotation.sentence_id)))
            .join(Sentence, Sentence.text_id == Text.id)
            .join(Annotation, Annotation.sentence_id == Sentence.id)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .where(Annotator.kind == "person", *_queued())
            .group_by(Text.article_id)
        )
    }
    return [
        {
            "article_id": article_id,
            "title": title,
            "sentences": int(n),
            "labeled": team.get(article_id, 0),
            "by_annotator": dict(sorted(by_person.get(article_id, {}).items())),
        }
        for article_id, title, n in totals
    ]


def _hour(at: datetime) -> str:
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.replace(minute=0, second=0, microsecond=0).isoformat()


def decisions_per_hour(session: Session) -> dict[str, dict[str, int]]:
    """hour (UTC, ISO) -> {annotator: label decisions logged in it}, oldest hour first.

    Counted from the event log (adds, removals, single-choice replacements), so undone
    steps count as the work they were; merged copies bring their hours along."""
    rows = session.execute(
        select(Event.at, Annotator.name)
        .join(Annotator, Annotator.id == Event.annotator_id)
        .where(Event.kind.in_(DECISION_EVENTS), Annotator.kind == "person")
    )
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for at, who in rows:
        found[_hour(at)][who] += 1
    return {hour: dict(sorted(found[hour].items())) for hour in sorted(found)}


def agreement_per_label(session: Session) -> dict[str, dict[str, float | None]]:
    """label -> Krippendorff's alpha, Fleiss' kappa and percent agreement (None: undefined)."""
    report = project_agreement(session).to_json()
    labels: dict[str, dict[str, Any]] = report["labels"]  # type: ignore[assignment]
    keys = ("krippendorff_alpha", "fleiss_kappa", "percent_agreement")
    return {name: {k: figures[k] for k in keys} for name, figures in labels.items()}


def dashboard(session: Session) -> dict[str, Any]:
    """Every dashboard number in one JSON-ready dict."""
    return {
        "label_distribution": label_distribution(session),
        "progress_per_annotator": progress_per_annotator(session),
        "progress_per_article": progress_per_article(session),
        "decisions_per_hour": decisions_per_hour(session),
        "agreement_per_label": agreement_per_label(session),
    }
