"""The WMT MQM TSV: the layout of Google's WMT MQM data (github.com/google/wmt-mqm-human-evaluation).

``system doc doc_id seg_id rater source target category severity comment``, one row per error
with its span marked ``<v>…</v>`` in the target, and a ``No-error`` row for each reviewed
translation sentence without errors. Segments are the translation's sentences; ``source`` is
the original sentence(s) aligned to each. Rows per error, not per sentence: this format does
not use the field sets.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotator, Article, Link, MqmIssue, Revision, Sentence, Text
from sverka.db.project import Project
from sverka.db.wording import wording
from sverka.ops.export.files import atomic_write
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.pairing import aligned, pick_translation
from sverka.ops.export.records import article_order
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress, no_progress

TSV_COLUMNS = ("system", "doc", "doc_id", "seg_id", "rater", "source", "target", "category", "severity", "comment")
CHUNK = 200


def tsv_category(category: str) -> str:
    """WMT spelling: ``Accuracy/Mistranslation``, ``Locale convention``."""
    return "/".join(part[:1].upper() + part[1:] for part in category.split("/"))


def _cell(value: object) -> str:
    # The WMT files are unquoted TSV: a tab or line break inside a cell would shift columns.
    return " ".join(str(value).replace("\t", " ").splitlines()) if value is not None else ""


def _marked(target: str, start: int, end: int) -> str:
    start, end = max(0, min(start, len(target))), max(0, min(end, len(target)))
    return f"{target[:start]}<v>{target[start : max(start, end)]}</v>{target[max(start, end) :]}"


def _chunk_rows(
    session: Session, article_ids: list[str], options: ExportOptions, first_doc: int, seg: list[int]
) -> Iterator[list[str]]:
    names: dict[str, str] = {aid: name for aid, name in session.execute(select(Annotator.id, Annotator.name))}
    texts: dict[str, list[Any]] = defaultdict(list)
    for text in session.execute(
        select(
            Text.id, Text.article_id, Text.role, Text.lang, Text.lang_override, Text.origin, Text.model_id, Text.content
        )
        .where(Text.article_id.in_(article_ids))
        .order_by(Text.position)
    ):
        texts[text.article_id].append(text)
    titles: dict[str, str | None] = {
        aid: ext
        for aid, ext in session.execute(select(Article.id, Article.external_id).where(Article.id.in_(article_ids)))
    }
    for number, article_id in enumerate(article_ids, start=first_doc):
        original = next((t for t in texts[article_id] if t.role == "original"), None)
        translation = pick_translation(texts[article_id], options.target_lang)
        if original is None or translation is None:
            continue
        yield from _article_rows(
            session, article_id, titles.get(article_id) or article_id, number, original, translation, names, seg
        )


def _sentences(session: Session, text_id: str) -> list[Any]:
    return list(
        session.execute(
            select(
                Sentence.id,
                Sentence.idx,
                Sentence.start,
                Sentence.end,
                Sentence.edited,
                Sentence.reviewed_at,
                Sentence.reviewed_by,
            )
            .where(Sentence.text_id == text_id)
            .order_by(Sentence.idx)
        )
    )


def _article_rows(
    session: Session,
    article_id: str,
    doc: str,
    doc_id: int,
    original: Any,
    translation: Any,
    names: dict[str, str],
    seg: list[int],
) -> Iterator[list[str]]:
    src, tgt = _sentences(session, original.id), _sentences(session, translation.id)
    links = list(
        session.execute(
            select(Link.translation_id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to).where(
                Link.translation_id == translation.id
            )
        )
    )
    sources: dict[str, list[Any]] = defaultdict(list)  # target sentence id -> aligned originals
    for idx, (targets, _kind) in sorted(aligned(src, tgt, links, idx=1).items()):
        for t in targets:
            sources[t.id].extend(s for s in src if s.idx == idx)
    ids = [t.id for t in tgt]
    issues: dict[str, list[MqmIssue]] = defaultdict(list)
    for issue in session.scalars(
        select(MqmIssue).where(MqmIssue.sentence_id.in_(ids)).order_by(MqmIssue.start, MqmIssue.created_at)
    ):
        issues[issue.sentence_id].append(issue)
    editors: dict[str, str] = {}  # sentence id -> its latest post-editor
    for sid, who in session.execute(
        select(Revision.sentence_id, Revision.annotator_id)
        .where(Revision.sentence_id.in_(ids), Revision.annotator_id.is_not(None))
        .order_by(Revision.created_at)
    ):
        editors[sid] = str(who)
    for t in tgt:
        seg[0] += 1
        target = wording(t.edited, translation.content, t.start, t.end).strip()
        source = " ".join(wording(s.edited, original.content, s.start, s.end).strip() for s in sources[t.id])
        system = translation.model_id or "human"
        if t.edited is not None:
            system += "+post-edit"
        head = [system, doc, str(doc_id), str(seg[0])]
        if issues[t.id]:
            body = wording(t.edited, translation.content, t.start, t.end)
            lead = len(body) - len(body.lstrip())
            for issue in issues[t.id]:
                comment = issue.note or ""
                if issue.stale_span is not None:
                    comment = f"[stale span] {comment}".strip()
                yield [
                    *head,
                    names.get(issue.annotator_id, ""),
                    source,
                    _marked(target, issue.start - lead, issue.end - lead),
                    tsv_category(issue.category),
                    issue.severity.capitalize(),
                    comment,
                ]
            continue
        reviewer = t.reviewed_by if t.reviewed_at is not None else None
        reviewer = reviewer or next((s.reviewed_by for s in sources[t.id] if s.reviewed_at is not None), None)
        reviewer = reviewer or editors.get(t.id)
        reviewed = t.reviewed_at is not None or any(s.reviewed_at is not None for s in sources[t.id])
        if reviewed or t.id in editors:
            yield [*head, names.get(reviewer or "", ""), source, target, "No-error", "No-error", ""]


def iter_mqm_rows(
    project: Project, options: ExportOptions | None = None, progress: Progress = no_progress
) -> Iterator[list[str]]:
    """TSV rows (without the header) in article order."""
    options = options or ExportOptions()
    seg = [0]  # running segment number over every translation sentence exported
    with project.sessions() as session:
        article_ids = article_order(session, options)
        for start in range(0, len(article_ids), CHUNK):
            yield from _chunk_rows(session, article_ids[start : start + CHUNK], options, start + 1, seg)
            progress(min(start + CHUNK, len(article_ids)), len(article_ids), "exporting")


def write_mqm_tsv(
    project: Project, out: IO[str], options: ExportOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write the header and one row per error / reviewed error-free segment; returns the row count."""
    # Cells holding a double quote are quoted (and their quotes doubled): a target opening
    # with a quotation mark, common in news, otherwise reads as a quoted cell running to the
    # next quote in pandas' and datasets' TSV readers. Tabs and line breaks never reach a cell.
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(TSV_COLUMNS)
    count = 0
    for row in iter_mqm_rows(project, options, progress):
        writer.writerow([_cell(v) for v in row])
        count += 1
    return count


def export_mqm_tsv(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write the MQM TSV atomically (temp file + rename), like the other exports."""
    protected = [project.path] if project.path is not None else []
    return atomic_write(path, "utf-8", lambda out: write_mqm_tsv(project, out, options, progress), protected)


def _write(project: Project, out: IO[str], options: ExportOptions, progress: Progress) -> int:
    return write_mqm_tsv(project, out, options, progress)


WRITER = Writer("mqm-tsv", _write, suffix=".tsv", description="MQM TSV: one row per translation error (WMT layout)")
