"""The peer-import workflow in process: routing by format, what a re-import keeps, labels
that cannot go in, an article whose text is already there with other sentences, Cancel."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sverka.db.models import Annotation, Annotator, Article, Label, Link, Schema, Sentence
from sverka.ops.workflows.peer_import import PeerOptions, import_files, peer_format
from sverka.ops.workflows.post_import import after_import
from sverka.progress import CancelToken


def _tmx(path: Path, *units: tuple[str, str]) -> Path:
    body = "".join(
        f'<tu><tuv xml:lang="ru"><seg>{ru}</seg></tuv><tuv xml:lang="en"><seg>{en}</seg></tuv></tu>' for ru, en in units
    )
    path.write_text(f'<tmx version="1.4"><header srclang="ru"/><body>{body}</body></tmx>', encoding="utf-8")
    return path


def _tasks(path: Path, *tasks: tuple[str, list[str]]) -> Path:
    choices = [
        {"data": {"text": text}, "annotations": [{"result": [{"type": "choices", "value": {"choices": labels}}]}]}
        for text, labels in tasks
    ]
    path.write_text(json.dumps(choices), encoding="utf-8")
    return path


def _count(project: Any, column: Any) -> int:
    with project.sessions() as session:
        return int(session.scalar(select(func.count(column))) or 0)


def _first_label(project: Any) -> str:
    with project.sessions() as session:
        return str(session.scalars(select(Label.name).order_by(Label.position)).first())


def test_formats_by_extension_content_or_choice(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    doccano = tmp_path / "d.jsonl"
    doccano.write_text('{"text": "a", "label": ["x"]}\n', encoding="utf-8")
    own = tmp_path / "own.jsonl"
    own.write_text('{"text": "a", "lang": "ru"}\n', encoding="utf-8")
    assert peer_format(tmp_path / "m.TMX") == "tmx" and peer_format(tmp_path / "t.json") == "label-studio"
    assert peer_format(doccano) == "doccano" and peer_format(own) is None
    assert peer_format(tmp_path / "a.txt") is None and peer_format(folder) is None
    assert peer_format(own, "doccano") == "doccano" and peer_format(folder, "tmx") is None


def test_manual_rows_survive_the_post_import_alignment_and_a_re_import(project: Any, tmp_path: Path) -> None:
    path = _tmx(tmp_path / "m.tmx", ("Один. Два.", "One. Two."), ("Три.", "Three."))
    done = import_files(project, [path])
    assert (done.report.articles, done.report.sentences, done.links) == (1, 4, 2)
    after_import(project, done.report, names=False)
    with project.sessions() as session:
        rows = session.execute(select(Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to, Link.origin)).all()
    assert sorted(rows) == [(0, 1, 0, 1, "manual"), (1, 2, 1, 2, "manual")]
    again = import_files(project, [path])
    assert again.report.duplicates == 1 and again.links == 0 and _count(project, Link.id) == 2


def test_a_known_original_gains_a_new_translation_with_its_rows(project: Any, tmp_path: Path) -> None:
    import_files(project, [_tmx(tmp_path / "a.tmx", ("Один.", "One."))])
    other = tmp_path / "b.tmx"
    other.write_text(
        '<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>Один.</seg></tuv>'
        '<tuv xml:lang="kk"><seg>Бір.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    done = import_files(project, [other])
    assert done.report.grown_article_ids and done.links == 1 and _count(project, Link.id) == 2


def test_an_original_already_imported_with_other_sentences_keeps_them(project: Any, tmp_path: Path) -> None:
    own = tmp_path / "own.jsonl"
    own.write_text(json.dumps({"text": "Один. Два.", "lang": "ru"}) + "\n", encoding="utf-8")
    import_files(project, [own])
    sentences = _count(project, Sentence.id)
    done = import_files(
        project, [_tasks(tmp_path / "t.json", ("Один. Два.", [_first_label(project)]))], PeerOptions(annotator="ana")
    )
    assert len(done.report.errors) == 1 and "already in the project with other sentences" in done.report.errors[0]
    assert _count(project, Sentence.id) == sentences and _count(project, Annotation.id) == 0


def test_labels_created_once_and_counted_once(project: Any, tmp_path: Path) -> None:
    path = _tasks(tmp_path / "t.json", ("A.", ["new-one"]), ("B.", ["new-one", "new-two"]))
    refused = import_files(project, [path], PeerOptions(annotator="ana"))
    assert "'new-one', 'new-two'" in refused.report.errors[0] and _count(project, Article.id) == 0
    done = import_files(project, [path], PeerOptions(annotator="ana", create_labels=True))
    assert done.created_labels == ["new-one", "new-two"] and done.annotations == 3
    again = import_files(project, [path], PeerOptions(annotator="ana"))  # now in the schema; nothing new
    assert again.annotations == 0 and again.report.errors == [] and _count(project, Annotation.id) == 3
    with project.sessions() as session:
        assert session.scalars(select(Annotator.kind).where(Annotator.name == "ana")).all() == ["person"]


def test_a_label_in_two_schemas_refuses_the_file(project: Any, tmp_path: Path) -> None:
    name = _first_label(project)
    with project.transaction() as session:
        schema = Schema(name="second", position=99)
        session.add(schema)
        session.flush()
        session.add(Label(schema_id=schema.id, name=name, position=0))
    done = import_files(project, [_tasks(tmp_path / "t.json", ("A.", [name]))], PeerOptions(annotator="ana"))
    assert "several schemas" in done.report.errors[0] and _count(project, Article.id) == 0


def test_cancel_before_reading_writes_nothing(project: Any, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    done = import_files(project, [_tmx(tmp_path / "m.tmx", ("Один.", "One."))], cancel=token)
    assert done.report.cancelled and _count(project, Article.id) == 0


@pytest.mark.parametrize("fmt", ["label-studio", "doccano"])
def test_a_forced_format_reads_every_named_file_so(project: Any, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "data.txt"
    path.write_text("Просто текст.\n", encoding="utf-8")
    done = import_files(project, [path], PeerOptions(fmt=fmt))
    assert len(done.report.errors) == 1 and str(path) in done.report.errors[0]


def test_tmx_files_in_a_folder_import_beside_its_texts(project: Any, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    _tmx(folder / "sub" / "m.tmx", ("Один.", "One."))
    (folder / "a.txt").write_text("Отдельный текст.\n", encoding="utf-8")
    (folder / "tasks.json").write_text("not json, and not read from a folder", encoding="utf-8")
    outside = _tmx(tmp_path / "outside.tmx", ("Два.", "Two."))
    (folder / "link.tmx").symlink_to(outside)
    done = import_files(project, [folder])
    assert done.report.articles == 2 and done.links == 1
    assert len(done.report.errors) == 1 and "outside the folder" in done.report.errors[0]


def test_a_labeled_task_with_its_translation_arrives_aligned(project: Any, tmp_path: Path) -> None:
    path = tmp_path / "tasks.jsonl"
    rows = [{"text": "Митинг начался. Днём.", "translation": "The rally began. At noon.", "label": []}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = import_files(project, [path])
    assert (done.report.texts, done.report.sentences, done.links) == (2, 2, 1)


def test_a_name_too_long_is_the_importers_one_line(project: Any, tmp_path: Path) -> None:
    for name in ("x" * 5000 + ".tmx", "x" * 5000 + ".jsonl", "x" * 5000):
        done = import_files(project, [tmp_path / name])
        assert len(done.report.errors) == 1 and "too long" in done.report.errors[0].lower(), done.report.errors
