"""Sverka's own TMX, Label Studio and doccano exports import back into the same pairs and
labels (the export branch's writers; skipped where they are not there yet). translate-toolkit
reads the exported TMX as the oracle of its pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from support.pair import write_pair
from sverka.db.models import Annotation, Annotator, Label, Link, Sentence, Text
from sverka.db.project import open_project
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.ingest.importer import Importer
from sverka.ops.workflows.peer_import import PeerOptions, import_files
from sverka.ops.workflows.post_import import after_import
from sverka.ops.workflows.project import initialise


def _writers() -> Any:
    writers = pytest.importorskip("sverka.ops.export.writers")
    if not {"tmx", "label-studio", "doccano"} <= set(getattr(writers, "FORMATS", {})):
        pytest.skip("the export writers for tmx, label-studio and doccano are not on this branch")
    return writers


def _fresh(path: Path) -> Any:
    project = open_project(path, create=True)
    initialise(project)
    return project


def _source(tmp_path: Path) -> Any:
    """A project with the aligned pair and two labels by ana on original sentences."""
    project = _fresh(tmp_path / "source.sverka")
    report = Importer(project).import_paths(write_pair(tmp_path / "in"))
    after_import(project, report, names=False)
    with project.transaction() as session:
        who = annotator_id(session, "ana")
        labels = list(session.scalars(select(Label.id).order_by(Label.position).limit(2)))
        sentences = list(
            session.scalars(
                select(Sentence.id)
                .join(Text, Text.id == Sentence.text_id)
                .where(Text.role == "original")
                .order_by(Sentence.idx)
            )
        )
        for sentence, label in ((sentences[1], labels[0]), (sentences[2], labels[1])):
            session.add(Annotation(sentence_id=sentence, label_id=label, annotator_id=who))
    return project


def _pairs(project: Any) -> list[tuple[str, str]]:
    out = []
    with project.sessions() as session:
        texts = {t.id: t for t in session.scalars(select(Text))}
        spans = {(s.text_id, s.idx): (s.start, s.end) for s in session.scalars(select(Sentence))}
        for link in session.scalars(select(Link).order_by(Link.src_from)):
            translation = texts[link.translation_id]
            original = next(
                t for t in texts.values() if t.article_id == translation.article_id and t.role == "original"
            )
            if link.src_to - link.src_from == 1 and link.tgt_to - link.tgt_from == 1:
                s, e = spans[(original.id, link.src_from)]
                ts, te = spans[(translation.id, link.tgt_from)]
                out.append((original.content[s:e], translation.content[ts:te]))
    return out


def _labels(project: Any) -> set[tuple[str, str, str]]:
    with project.sessions() as session:
        rows = session.execute(
            select(Text.content, Sentence.start, Sentence.end, Label.name, Annotator.name)
            .select_from(Annotation)
            .join(Sentence, Sentence.id == Annotation.sentence_id)
            .join(Text, Text.id == Sentence.text_id)
            .join(Label, Label.id == Annotation.label_id)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
        )
        return {(content[start:end].strip(), label, who) for content, start, end, label, who in rows}


def test_a_sverka_tmx_export_imports_back_into_the_same_pairs(tmp_path: Path) -> None:
    writers = _writers()
    tmx = pytest.importorskip("translate.storage.tmx")
    source = _source(tmp_path)
    out = tmp_path / "export.tmx"
    writers.export_file(source, "tmx", out)
    with out.open("rb") as handle:
        expected = [(u.source, u.target) for u in tmx.tmxfile(handle).units]
    source.close()
    target = _fresh(tmp_path / "target.sverka")
    done = import_files(target, [out])
    assert done.report.errors == [] and done.links == len(expected)
    after_import(target, done.report, names=False)
    assert _pairs(target) == expected
    target.close()


@pytest.mark.parametrize(("fmt", "name"), [("label-studio", "tasks.json"), ("doccano", "records.jsonl")])
def test_label_exports_import_back_with_the_same_labels(tmp_path: Path, fmt: str, name: str) -> None:
    writers = _writers()
    source = _source(tmp_path)
    wanted = {(text, label, "bo") for text, label, _who in _labels(source)}
    out = tmp_path / name
    writers.export_file(source, fmt, out)
    source.close()
    target = _fresh(tmp_path / "target.sverka")
    done = import_files(target, [out], PeerOptions(annotator="bo"))
    assert done.report.errors == [] and done.annotations == len(wanted)
    assert _labels(target) == wanted
    assert done.links > 0  # the translation came along beside each text
    target.close()
