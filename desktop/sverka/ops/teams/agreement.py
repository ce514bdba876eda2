"""Agreement over a project: who labeled which sentence with what, as rating matrices for
:mod:`sverka.core.agreement`. People only (gold and model annotators are not raters)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.core.agreement import Report, report
from sverka.db.models import Annotation, Label
from sverka.ops.teams.annotators import AnnotatorError, people


def project_agreement(session: Session, annotators: Sequence[str] | None = None, label: str | None = None) -> Report:
    """Agreement per label and overall among ``annotators`` (default: every person) over the
    sentences two or more of them labeled; ``label`` restricts the per-label part to one."""
    team = people(session, annotators)
    if label is not None and session.scalar(select(Label.id).where(Label.name == label)) is None:
        raise AnnotatorError(f"no label named {label!r} in this project")
    names = list(team)
    column = {annotator_id: i for i, annotator_id in enumerate(team.values())}
    rows = session.execute(
        select(Annotation.sentence_id, Annotation.annotator_id, Label.name)
        .join(Label, Label.id == Annotation.label_id)
        .where(Annotation.annotator_id.in_(list(team.values())))
    ).all()
    # Sentences × annotators: who labeled the sentence at all, and who gave each label.
    sentence_index: dict[str, int] = {}
    cells = [(sentence_index.setdefault(r[0], len(sentence_index)), column[r[1]], r[2]) for r in rows]
    rated = [[False] * len(names) for _ in sentence_index]
    for s, a, _ in cells:
        rated[s][a] = True
    items = [sum(row) >= 2 for row in rated]
    wanted = [label] if label is not None else sorted({name for s, _, name in cells if items[s]})
    given: dict[str, list[list[bool]]] = {name: [[False] * len(names) for _ in sentence_index] for name in wanted}
    for s, a, name in cells:
        mask = given.get(name)
        if mask is not None:
            mask[s][a] = True
    return report(names, rated, dict(given))
