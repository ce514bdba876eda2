"""Agreement over a project: who labeled which sentence with what, as rating matrices for
:mod:`sverka.core.agreement`. People only (gold and model annotators are not raters)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
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
    sentence_index: dict[str, int] = {}
    s_idx = np.fromiter((sentence_index.setdefault(r[0], len(sentence_index)) for r in rows), np.int64, len(rows))
    a_idx = np.fromiter((column[r[1]] for r in rows), np.int64, len(rows))
    label_names = np.array([r[2] for r in rows], dtype=object)
    rated = np.zeros((len(sentence_index), len(names)), dtype=bool)
    rated[s_idx, a_idx] = True
    items = rated.sum(axis=1) >= 2
    on_items = items[s_idx] if len(rows) else np.zeros(0, dtype=bool)
    wanted = [label] if label is not None else sorted(set(label_names[on_items].tolist()))
    given = {}
    for name in wanted:
        mask = np.zeros_like(rated)
        hit = label_names == name
        mask[s_idx[hit], a_idx[hit]] = True
        given[name] = mask
    return report(names, rated, given)
