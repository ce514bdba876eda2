"""Typed SQLAlchemy models for a Sverka project (the vocabulary of DESIGN.md).

Dialect-neutral on purpose: string UUID keys, JSON columns and plain types, so the same
models serve an SQLite file and a PostgreSQL team database. Text is stored verbatim on
``Text.content``; sentences, mentions and MQM issues point into it by character offsets.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy import (
    Text as SAText,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from sverka.db.ids import new_id as new_id  # re-exported: callers take it from here

# Named constraints so Alembic batch migrations on SQLite can find and alter them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


UUID = String(36)


def uuid_pk() -> Mapped[str]:
    return mapped_column(UUID, primary_key=True, default=new_id)


def fk(target: str, *, nullable: bool = False, index: bool = True) -> Mapped[Any]:
    return mapped_column(UUID, ForeignKey(target, ondelete="CASCADE"), nullable=nullable, index=index)


class ProjectInfo(Base):
    """Key/value facts about the project file (its id, the Sverka that created it, style)."""

    __tablename__ = "project_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(SAText)


ANNOTATOR_KINDS = ("person", "model", "gold")


class Annotator(Base):
    """Who gave an annotation: a person, a model's suggestions, or the adjudicated gold.

    Gold and model decisions are annotations like a person's, kept apart by ``kind`` so
    agreement and "everyone's labels" count people only. ``db_role`` is the PostgreSQL role
    a team server's row-level security ties this annotator's rows to (None in a file).
    """

    __tablename__ = "annotator"
    id: Mapped[str] = uuid_pk()
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default="person", server_default="person")  # person|model|gold
    db_role: Mapped[str | None] = mapped_column(String(63))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Article(Base):
    __tablename__ = "article"
    # The list's order from the index alone (30,000 ids without a table lookup each).
    __table_args__ = (Index("ix_article_order", "position", "created_at", "id"),)
    id: Mapped[str] = uuid_pk()
    title: Mapped[str] = mapped_column(SAText, default="")
    date: Mapped[str | None] = mapped_column(String(10))  # ISO YYYY-MM-DD
    url: Mapped[str | None] = mapped_column(SAText)
    external_id: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(SAText)  # file the article came from
    checksum: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="todo")  # todo|in_progress|done
    position: Mapped[int] = mapped_column(Integer, default=0, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    texts: Mapped[list[Text]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Text.position"
    )


class Text(Base):
    """One language version of an article."""

    __tablename__ = "text"
    # The project's languages from a small index, not a scan of every text's content.
    __table_args__ = (Index("ix_text_lang", "lang", "lang_override"),)
    id: Mapped[str] = uuid_pk()
    article_id: Mapped[str] = fk("article.id")
    lang: Mapped[str] = mapped_column(String(16))
    lang_override: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))  # original|translation
    origin: Mapped[str] = mapped_column(String(16), default="imported")  # imported|machine|post-edited
    model_id: Mapped[str | None] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(SAText)
    checksum: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str | None] = mapped_column(SAText)  # file the text came from
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article] = relationship(back_populates="texts")


class Sentence(Base):
    __tablename__ = "sentence"
    __table_args__ = (UniqueConstraint("text_id", "idx", name="uq_sentence_text_idx"),)
    id: Mapped[str] = uuid_pk()
    text_id: Mapped[str] = fk("text.id", index=False)  # covered by the unique (text_id, idx)
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="body")  # body|headline|timestamp|title
    lang: Mapped[str] = mapped_column(String(16))
    lang_override: Mapped[str | None] = mapped_column(String(16))
    # Post-edited wording; the imported text stays verbatim on Text.content.
    edited: Mapped[str | None] = mapped_column(SAText)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reviewed_by: Mapped[str | None] = mapped_column(UUID, ForeignKey("annotator.id", ondelete="SET NULL"))


class Link(Base):
    """An alignment row: sentences [src_from, src_to) of the original text with
    [tgt_from, tgt_to) of a translation (by sentence idx); empty ranges give 1-0 / 0-1."""

    __tablename__ = "link"
    __table_args__ = (Index("ix_link_translation_src", "translation_id", "src_from"),)
    id: Mapped[str] = uuid_pk()
    translation_id: Mapped[str] = fk("text.id", index=False)
    src_from: Mapped[int] = mapped_column(Integer)
    src_to: Mapped[int] = mapped_column(Integer)
    tgt_from: Mapped[int] = mapped_column(Integer)
    tgt_to: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(16), default="auto")  # auto|manual
    score: Mapped[float | None] = mapped_column(Float)


class Schema(Base):
    __tablename__ = "schema"
    id: Mapped[str] = uuid_pk()
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(SAText, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class LabelGroup(Base):
    __tablename__ = "label_group"
    __table_args__ = (UniqueConstraint("schema_id", "name", name="uq_label_group_schema_name"),)
    id: Mapped[str] = uuid_pk()
    schema_id: Mapped[str] = fk("schema.id")
    name: Mapped[str] = mapped_column(String(120))
    multi: Mapped[bool] = mapped_column(Boolean, default=True)  # False: single-choice
    position: Mapped[int] = mapped_column(Integer, default=0)


class Label(Base):
    __tablename__ = "label"
    __table_args__ = (UniqueConstraint("schema_id", "name", name="uq_label_schema_name"),)
    id: Mapped[str] = uuid_pk()
    schema_id: Mapped[str] = fk("schema.id")
    group_id: Mapped[str | None] = fk("label_group.id", nullable=True)
    name: Mapped[str] = mapped_column(String(120))
    color: Mapped[str] = mapped_column(String(9), default="#888888")
    hotkey: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(SAText, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Annotation(Base):
    __tablename__ = "annotation"
    __table_args__ = (UniqueConstraint("sentence_id", "label_id", "annotator_id", name="uq_annotation_unit"),)
    id: Mapped[str] = uuid_pk()
    # Covered by the unique (sentence_id, label_id, annotator_id): one index fewer for a tag to write.
    sentence_id: Mapped[str] = fk("sentence.id", index=False)
    label_id: Mapped[str] = fk("label.id")
    annotator_id: Mapped[str] = fk("annotator.id")
    link_id: Mapped[str | None] = fk("link.id", nullable=True, index=False)
    note: Mapped[str | None] = mapped_column(SAText)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Note(Base):
    """A free note on a sentence by one annotator (annotations may carry their own)."""

    __tablename__ = "note"
    __table_args__ = (UniqueConstraint("sentence_id", "annotator_id", name="uq_note_unit"),)
    id: Mapped[str] = uuid_pk()
    sentence_id: Mapped[str] = fk("sentence.id")
    annotator_id: Mapped[str] = fk("annotator.id")
    body: Mapped[str] = mapped_column(SAText)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Revision(Base):
    """Every wording a translated sentence has had (machine output, post-edits)."""

    __tablename__ = "revision"
    id: Mapped[str] = uuid_pk()
    sentence_id: Mapped[str] = fk("sentence.id")
    body: Mapped[str] = mapped_column(SAText)
    origin: Mapped[str] = mapped_column(String(16))  # imported|machine|post-edited
    annotator_id: Mapped[str | None] = fk("annotator.id", nullable=True, index=False)
    model_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MqmIssue(Base):
    """A translation error on a span [start, end) of a translated sentence's wording."""

    __tablename__ = "mqm_issue"
    id: Mapped[str] = uuid_pk()
    sentence_id: Mapped[str] = fk("sentence.id")
    annotator_id: Mapped[str] = fk("annotator.id", index=False)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(80))
    severity: Mapped[str] = mapped_column(String(16))  # minor|major|critical
    note: Mapped[str] = mapped_column(SAText, default="")
    # The words the span covered before a post-edit reached into it: the reviewer re-checks it.
    stale_span: Mapped[str | None] = mapped_column(SAText)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Entity(Base):
    __tablename__ = "entity"
    id: Mapped[str] = uuid_pk()
    canonical: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))  # place|person|organisation|other
    origin: Mapped[str] = mapped_column(String(16), default="auto")  # gazetteer|auto|curated
    gazetteer_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    # Key of an ad-hoc cluster (names outside the gazetteer), so merged projects agree on it.
    cluster_key: Mapped[str | None] = mapped_column(String(300), index=True)
    not_a_name: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # per-language style etc.
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Variant(Base):
    __tablename__ = "variant"
    __table_args__ = (UniqueConstraint("entity_id", "spelling", name="uq_variant_spelling"),)
    id: Mapped[str] = uuid_pk()
    entity_id: Mapped[str] = fk("entity.id")
    spelling: Mapped[str] = mapped_column(String(300))
    lang: Mapped[str | None] = mapped_column(String(16))
    script: Mapped[str] = mapped_column(String(16))  # latin|cyrillic|mixed
    key: Mapped[str] = mapped_column(String(300), index=True)
    origin: Mapped[str] = mapped_column(String(16), default="auto")  # gazetteer|inflected|fuzzy|adhoc|curated
    not_a_name: Mapped[bool] = mapped_column(Boolean, default=False)


class Mention(Base):
    __tablename__ = "mention"
    id: Mapped[str] = uuid_pk()
    sentence_id: Mapped[str] = fk("sentence.id")
    variant_id: Mapped[str] = fk("variant.id")
    text_id: Mapped[str] = fk("text.id", index=False)
    # Offsets into Text.content, or into Sentence.edited when in_edit (post-edited wording).
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    in_edit: Mapped[bool] = mapped_column(Boolean, default=False)
    surface: Mapped[str] = mapped_column(String(300))
    alternatives: Mapped[list[str] | None] = mapped_column(JSON)  # other readings (e.g. Назарбаева)


class WorkSession(Base):
    """An annotator's stretch of work: the queue's filter, start, end and counts."""

    __tablename__ = "work_session"
    id: Mapped[str] = uuid_pk()
    annotator_id: Mapped[str] = fk("annotator.id")
    queue: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    cursor_sentence_id: Mapped[str | None] = mapped_column(UUID)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decisions: Mapped[int] = mapped_column(Integer, default=0)


class Event(Base):
    """The event log: every committed user action, for undo/redo across restarts and merges."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_seq", "seq"),)
    id: Mapped[str] = uuid_pk()
    seq: Mapped[int] = mapped_column(Integer)  # order of events in this project
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    annotator_id: Mapped[str | None] = fk("annotator.id", nullable=True, index=False)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(8), default="done")  # done|undone


class MtCache(Base):
    """Machine translation per source sentence and model, so re-runs only fill gaps."""

    __tablename__ = "mt_cache"
    __table_args__ = (UniqueConstraint("model_key", "source_hash", name="uq_mt_cache_unit"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    model_key: Mapped[str] = mapped_column(String(200))
    source_hash: Mapped[str] = mapped_column(String(64))
    output: Mapped[str] = mapped_column(SAText)
