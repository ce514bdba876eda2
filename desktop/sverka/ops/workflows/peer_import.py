"""Importing other tools' files: TMX translation memories, Label Studio and doccano exports.

These compose two features, hence a workflow: the texts go in through the importer
(:mod:`sverka.ops.ingest`), then, in the next transaction, what the file says beyond the
texts — a TMX unit's alignment as manual rows, a labeling tool's classes as annotations by
the annotator the user names (:mod:`sverka.ops.annotation` finds labels and annotators). A
file is read and checked against the schema completely before anything is written, so a bad
file (broken XML, wrong shape, an unknown label) gets one line naming it and changes nothing.

:func:`import_files` takes any mix of paths: peer files (by ``fmt``, else by extension or
content) go here, the rest to :meth:`Importer.import_paths` as before; one report for both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sverka.core.peer_drafts import PeerArticle
from sverka.core.readers import ReadError, files_in_folder
from sverka.core.readers_peer_labels import looks_like_doccano, read_doccano, read_label_studio
from sverka.core.readers_tmx import read_tmx
from sverka.db.models import Annotation, Article, Link, Sentence, Text, new_id
from sverka.db.project import Project
from sverka.ops.annotation.schemas import SchemaError, annotator_id, create_adhoc_label, find_label
from sverka.ops.ingest.importer import Importer, checksum
from sverka.ops.ingest.report import ImportReport
from sverka.progress import CancelToken, Progress, no_progress

PEER_FORMATS: dict[str, Callable[[Path], list[PeerArticle]]] = {
    "tmx": read_tmx,
    "label-studio": read_label_studio,
    "doccano": read_doccano,
}
LABEL_FORMATS = ("label-studio", "doccano")
# Found in folders too: a .json or .jsonl in a corpus folder may be anything, a .tmx is TMX.
FOLDER_SUFFIXES = {".tmx"}


def _is_dir(path: Path) -> bool:
    """``is_dir`` that is False for a path the system refuses (a name too long): the importer
    then names that path in its one line."""
    try:
        return path.is_dir()
    except OSError:
        return False


def peer_format(path: Path, forced: str | None = None) -> str | None:
    """The peer format a path is read as, or None for Sverka's own formats (and folders)."""
    if forced is not None:
        return forced if not _is_dir(path) else None
    suffix = path.suffix.lower()
    if suffix == ".tmx":
        return "tmx"
    if suffix == ".json":  # Sverka reads no other .json: Label Studio's export is a JSON list
        return "label-studio"
    if suffix in (".jsonl", ".ndjson") and looks_like_doccano(path):
        return "doccano"
    return None


@dataclass
class PeerOptions:
    fmt: str | None = None  # None: by extension or content
    annotator: str | None = None  # whose the imported labels are
    create_labels: bool = False  # labels missing from the project's schemas are added (ad hoc)


@dataclass
class PeerImportReport:
    """The import's report (texts, errors, touched articles) and what came with the texts."""

    report: ImportReport = field(default_factory=ImportReport)
    links: int = 0  # manual alignment rows from TMX units
    annotations: int = 0  # labels imported as pre-annotations
    created_labels: list[str] = field(default_factory=list)


def _merge(into: ImportReport, other: ImportReport) -> None:
    into.articles += other.articles
    into.texts += other.texts
    into.sentences += other.sentences
    into.duplicates += other.duplicates
    into.errors.extend(other.errors)
    into.cancelled = into.cancelled or other.cancelled
    for article_id in other.article_ids:
        into.record_new(article_id)
    for article_id in other.grown_article_ids:
        into.record_grown(article_id)


def _check_labels(
    session: Session, path: Path, articles: list[PeerArticle], options: PeerOptions, fmt: str
) -> list[str]:
    """The file's label names not in the project (to create); ReadError when it cannot go in."""
    names = list(dict.fromkeys(name for a in articles for s in a.labels for name in s.labels))
    if not names:
        return []
    if not options.annotator or not options.annotator.strip():
        raise ReadError(path, f"holds {fmt} labels; name their annotator with --annotator NAME")
    missing = []
    for name in names:
        try:
            if find_label(session, name) is None:
                missing.append(name)
        except SchemaError as exc:
            raise ReadError(path, str(exc)) from exc
    if missing and not options.create_labels:
        raise ReadError(
            path,
            f"labels not in the project's schemas: {', '.join(map(repr, missing))}"
            " (add them to a schema, or import with --create-labels)",
        )
    return missing


def _insert_ignoring(session: Session) -> Any:
    return (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)(Annotation)


def _attach(session: Session, peer: PeerArticle, options: PeerOptions, done: PeerImportReport) -> str | None:
    """Write a stored article's TMX rows and labels; a problem line when they do not fit."""
    draft = peer.draft
    article_id = session.scalar(select(Article.id).where(Article.checksum == checksum(draft.original.content)))
    if article_id is None:
        return None
    texts = session.execute(select(Text.id, Text.role, Text.checksum).where(Text.article_id == article_id)).all()
    original = next(t for t in texts if t.role == "original")
    stored = [
        (r.start, r.end)
        for r in session.execute(
            select(Sentence.start, Sentence.end).where(Sentence.text_id == original.id).order_by(Sentence.idx)
        )
    ]
    if stored != [(s, e) for s, e, _k in draft.original.spans or []]:
        # The same text imported earlier as plain text: its sentences are not the file's units.
        return (
            f"{draft.source}: article {article_id[:8]} is already in the project with other sentences;"
            " its rows and labels were not imported"
        )
    for translation, links in zip(draft.translations, peer.links, strict=True):
        digest = checksum(translation.content)
        text_id = next((t.id for t in texts if t.role == "translation" and t.checksum == digest), None)
        if text_id is None or session.scalar(select(Link.id).where(Link.translation_id == text_id).limit(1)):
            continue  # a translation aligned before (a re-import) keeps its rows
        rows = [
            {"id": new_id(), "translation_id": text_id, "src_from": a, "src_to": b, "tgt_from": c, "tgt_to": d}
            for a, b, c, d in links
        ]
        session.execute(insert(Link), [{**r, "origin": "manual", "score": None} for r in rows])
        done.links += len(rows)
    if peer.labels and options.annotator:
        who = annotator_id(session, options.annotator)
        sentence_ids = list(
            session.scalars(select(Sentence.id).where(Sentence.text_id == original.id).order_by(Sentence.idx))
        )
        label_ids: dict[str, str] = {}
        for labeled in peer.labels:
            for name in labeled.labels:
                if name not in label_ids:
                    label = find_label(session, name)
                    if label is None:
                        label = create_adhoc_label(session, name)
                        done.created_labels.append(name)
                    label_ids[name] = label.id
                result = session.execute(
                    _insert_ignoring(session)
                    .values(
                        id=new_id(),
                        sentence_id=sentence_ids[labeled.sentence],
                        label_id=label_ids[name],
                        annotator_id=who,
                    )
                    .on_conflict_do_nothing(index_elements=["sentence_id", "label_id", "annotator_id"])
                )
                done.annotations += max(0, int(getattr(result, "rowcount", 0) or 0))
    return None


def import_peer_files(
    project: Project,
    paths: Sequence[Path],
    options: PeerOptions,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    importer: Importer | None = None,
) -> PeerImportReport:
    """Import TMX / Label Studio / doccano files; errors are collected per file, never raised.
    ``importer``: the one to store the drafts with (e.g. with a pending-work hook)."""
    done = PeerImportReport()
    report = done.report
    read: list[PeerArticle] = []
    with project.sessions() as session:
        for number, path in enumerate(paths, start=1):
            if cancel is not None and cancel.cancelled:
                report.cancelled = True
                return done
            fmt = peer_format(path, options.fmt) or "tmx"
            try:
                articles = PEER_FORMATS[fmt](path)
                _check_labels(session, path, articles, options, fmt)
            except ReadError as exc:
                report.errors.append(str(exc))
                continue
            read.extend(articles)
            progress(number, len(paths), "reading")
    if not read:
        return done
    _merge(report, (importer or Importer(project)).import_drafts([a.draft for a in read]))
    with project.transaction() as session:
        for peer in read:
            problem = _attach(session, peer, options, done)
            if problem:
                report.errors.append(problem)
    return done


def import_files(
    project: Project,
    paths: Sequence[Path],
    options: PeerOptions | None = None,
    *,
    original_lang: str | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    importer: Importer | None = None,
) -> PeerImportReport:
    """Import any files and folders: peer formats here, Sverka's own through the importer
    (``importer``, or a plain one)."""
    options = options or PeerOptions()
    peers = [p for p in paths if peer_format(p, options.fmt) is not None]
    own = [p for p in paths if p not in peers]
    early: list[str] = []
    for folder in (p for p in own if _is_dir(p) and options.fmt in (None, "tmx")):
        found, problems = files_in_folder(folder, FOLDER_SUFFIXES)
        peers.extend(found)
        # Folder-level problems (an unreadable sub-folder) are the importer's to report.
        early.extend(str(e) for e in problems if Path(e.path).suffix.lower() in FOLDER_SUFFIXES)
    importer = importer or Importer(project)
    done = (
        import_peer_files(project, peers, options, progress=progress, cancel=cancel, importer=importer)
        if peers
        else PeerImportReport()
    )
    done.report.errors[:0] = early
    if own and not done.report.cancelled:
        report = importer.import_paths(own, original_lang=original_lang, progress=progress, cancel=cancel)
        _merge(done.report, report)
    return done
