"""A schema's model: trained from people's labels, kept in memory, asked for suggestions.

The model lives in memory only, one per project and schema, and is reused while the labels'
fingerprint is unchanged. It is not written beside the project: a model file is a pickle,
and loading a pickle that came with a shared project file would run whatever it holds; and
training is quick (``bench/bench_suggest.py``: a few seconds at 10,000 labeled sentences).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from sverka.core.suggest.classifier import MIN_EXAMPLES, Model, train, uncertainty
from sverka.db.models import Annotation, Annotator, Article, Label, Sentence, Text
from sverka.db.project import Project
from sverka.ops.suggest.training import SchemaLabels, fingerprint, schema_labels, training_units
from sverka.ops.suggest.units import unit_texts

DEFAULT_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Suggestion:
    label: str
    label_id: str
    confidence: float

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "confidence": round(self.confidence, 4)}


@dataclass
class SchemaModel:
    """A trained model of one schema, and the fingerprint of the labels it learned from."""

    schema: SchemaLabels
    model: Model
    fingerprint: tuple[object, ...]

    @property
    def min_examples(self) -> int:
        return self.model.readiness.min_examples

    def confidences(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.model.predict(texts)

    def suggestions(
        self, confidences: dict[str, float], min_confidence: float = DEFAULT_CONFIDENCE, label: str | None = None
    ) -> list[Suggestion]:
        """The labels at or above ``min_confidence``, best first; in a single-choice group only
        the best one (accepting two siblings would have the second replace the first)."""
        picked: list[Suggestion] = []
        groups: set[str] = set()
        for name, p in sorted(confidences.items(), key=lambda kv: -kv[1]):
            if p < min_confidence or (label is not None and name != label):
                continue
            group = self.schema.single_group.get(name)
            if group is not None:
                if group in groups:
                    continue
                groups.add(group)
            picked.append(Suggestion(name, self.schema.label_ids[name], p))
        return picked


_cache: dict[tuple[str, str, int], SchemaModel] = {}
_lock = threading.Lock()  # the GUI trains on a worker thread while the CLI or tests may ask too


def trained_model(
    project: Project, schema_id: str, *, min_examples: int = MIN_EXAMPLES, session: Session | None = None
) -> SchemaModel:
    """The schema's model for the current labels: the cached one when they are unchanged."""
    if session is None:
        with project.sessions() as own:
            return trained_model(project, schema_id, min_examples=min_examples, session=own)
    key = (project.url, schema_id, min_examples)
    mark = fingerprint(session, schema_id)
    with _lock:
        cached = _cache.get(key)
    if cached is not None and cached.fingerprint == mark:
        return cached
    labels = schema_labels(session, schema_id)
    units = training_units(session, schema_id)
    built = SchemaModel(labels, train(units, labels.names, min_examples=min_examples), mark)
    with _lock:
        _cache[key] = built
    return built


def forget(project: Project) -> None:
    """Drop the project's models (it closed)."""
    with _lock:
        for key in [k for k in _cache if k[0] == project.url]:
            del _cache[key]


def unlabeled_sentences(session: Session, schema_id: str, article_ids: Sequence[str] = ()) -> list[str]:
    """Sentences of original texts that no person has labeled in this schema or marked reviewed
    (what the model trains on), in reading order; timestamps left out, as in a session's queue."""
    person, reviewer = aliased(Annotator), aliased(Annotator)
    reviewed = select(reviewer.id).where(reviewer.id == Sentence.reviewed_by, reviewer.kind == "person").exists()
    labeled = (
        select(Annotation.id)
        .join(Label, Label.id == Annotation.label_id)
        .join(person, person.id == Annotation.annotator_id)
        .where(Annotation.sentence_id == Sentence.id, Label.schema_id == schema_id, person.kind == "person")
        .exists()
    )
    query = (
        select(Sentence.id)
        .join(Text, Text.id == Sentence.text_id)
        .join(Article, Article.id == Text.article_id)
        .where(Text.role == "original", Sentence.kind != "timestamp", ~labeled, ~reviewed)
        .order_by(Article.position, Article.id, Sentence.idx)
    )
    if article_ids:
        query = query.where(Article.id.in_(list(article_ids)))
    return list(session.scalars(query))


@dataclass(frozen=True)
class Scored:
    sentence_id: str
    confidences: dict[str, float]

    @property
    def uncertainty(self) -> float:
        return uncertainty(self.confidences)


def score_sentences(
    session: Session, model: SchemaModel, sentence_ids: Iterable[str], batch: int = 2000
) -> list[Scored]:
    """Every ready label's confidence for each sentence (in the order given)."""
    ids = list(dict.fromkeys(sentence_ids))
    out: list[Scored] = []
    for at in range(0, len(ids), batch):
        part = ids[at : at + batch]
        texts = unit_texts(session, part)
        known = [sid for sid in part if sid in texts]
        for sid, conf in zip(known, model.confidences([texts[s] for s in known]), strict=True):
            out.append(Scored(sid, conf))
    return out
