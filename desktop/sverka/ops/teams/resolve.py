"""One set of labels per sentence from several annotators' decisions: the ``--resolve`` modes
of a dataset export.

- ``all``: the union of every person's labels (what exports gave before teams);
- ``majority``: a label given by more than half of the people who labeled the sentence;
- ``gold``: the adjudicated gold labels; where a sentence has no gold decision, its majority
  (:attr:`Resolved.fell_back` counts those sentences, for the dataset card);
- ``annotator:NAME``: that one annotator's labels (a person, the gold or a model).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Label
from sverka.ops.teams.annotators import AnnotatorError

MODES = ("all", "gold", "majority", "annotator:NAME")


class Resolved(dict[str, list[str]]):
    """sentence id -> label names (in schema order), for every sentence anyone concerned
    labeled; a sentence may map to [] (e.g. no label reached a majority)."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.fell_back = 0  # gold mode: sentences resolved by majority for want of gold


def decisions_by_sentence(session: Session, *where: object) -> dict[str, dict[str, set[str]]]:
    """sentence -> annotator -> labels, in label order."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    query = (
        select(Annotation.sentence_id, Annotation.annotator_id, Label.name)
        .join(Label, Label.id == Annotation.label_id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .where(*where)  # type: ignore[arg-type]
    )
    for sentence_id, annotator_id, name in session.execute(query):
        found[sentence_id][annotator_id].add(name)
    return found


def label_order(session: Session) -> dict[str, int]:
    return {name: i for i, name in enumerate(session.scalars(select(Label.name).order_by(Label.position, Label.name)))}


def majority_of(by_annotator: dict[str, set[str]]) -> set[str]:
    counts: dict[str, int] = defaultdict(int)
    for labels in by_annotator.values():
        for name in labels:
            counts[name] += 1
    return {name for name, n in counts.items() if 2 * n > len(by_annotator)}


def resolve_labels(session: Session, mode: str) -> Resolved:
    """The labels of each sentence under ``mode`` (see the module notes and :data:`MODES`)."""
    order = label_order(session)
    result = Resolved(mode)

    def put(sentence_id: str, labels: set[str]) -> None:
        result[sentence_id] = sorted(labels, key=lambda n: (order.get(n, len(order)), n))

    if mode.startswith("annotator:"):
        name = mode.partition(":")[2]
        who = session.scalar(select(Annotator.id).where(Annotator.name == name))
        if who is None:
            raise AnnotatorError(f"no annotator named {name!r} in this project")
        for sentence_id, by in decisions_by_sentence(session, Annotation.annotator_id == who).items():
            put(sentence_id, by[who])
        return result
    if mode not in ("all", "majority", "gold"):
        raise ValueError(f"unknown resolve mode {mode!r}; use one of {', '.join(MODES)}")
    team = decisions_by_sentence(session, Annotator.kind == "person")
    gold = decisions_by_sentence(session, Annotator.kind == "gold") if mode == "gold" else {}
    for sentence_id, by in team.items():
        if mode == "all":
            put(sentence_id, set().union(*by.values()))
        elif sentence_id not in gold:
            put(sentence_id, majority_of(by))
            result.fell_back += mode == "gold"
    for sentence_id, by in gold.items():
        put(sentence_id, set().union(*by.values()))
    return result
