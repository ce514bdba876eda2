"""`sverka merge`: annotators' copies of one project join without loss or duplicates."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from support.pair import EN, RU, write_pair
from sverka.cli.main import main
from sverka.db.models import Annotation, Annotator, Article, Event, Note, Sentence, Text
from sverka.db.project import Project, open_project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id, find_label
from sverka.ops.teams.merge import MergeError, merge_projects


def _sentences(project: Project) -> list[str]:
    with project.sessions() as session:
        return list(
            session.scalars(
                select(Sentence.id).join(Text).where(Text.role == "original").order_by(Text.article_id, Sentence.idx)
            )
        )


def _do(project: Project, who_name: str, build: Callable[..., object], *args: object) -> history.Executed:
    with project.transaction() as session:
        who = annotator_id(session, who_name)
    done = history.execute(project, lambda s: build(s, *args, who), who)  # type: ignore[arg-type]
    assert done is not None
    return done


def _label(project: Project, name: str) -> str:
    with project.sessions() as session:
        label = find_label(session, name)
        assert label is not None
        return label.id


def _decisions(path: Path) -> set[tuple[str, str, str]]:
    project = open_project(path)
    with project.sessions() as session:
        rows = session.execute(
            select(Annotation.sentence_id, Annotation.label_id, Annotator.name).join(
                Annotator, Annotator.id == Annotation.annotator_id
            )
        ).all()
    project.close()
    return {tuple(r) for r in rows}  # type: ignore[misc]


@pytest.fixture
def copies(tmp_path: Path) -> dict[str, Path]:
    """A base project with one label by ana, and ana's and bob's copies of it."""
    base = tmp_path / "base.sverka"
    assert main(["init", str(base)]) == 0
    write_pair(tmp_path / "in")
    assert main(["import", str(base), str(tmp_path / "in")]) == 0
    project = open_project(base)
    first = _sentences(project)[0]
    _do(project, "ana", tagging.build_add, first, _label(project, "protest"))
    project.close()
    paths = {"base": base}
    for name in ("ana", "bob", "team"):
        paths[name] = tmp_path / f"{name}.sverka"
        shutil.copy2(base, paths[name])
    return paths


def _work_apart(copies: dict[str, Path], tmp_path: Path) -> dict[str, object]:
    facts: dict[str, object] = {}
    ana = open_project(copies["ana"])
    s = _sentences(ana)
    protest, violence = _label(ana, "protest"), _label(ana, "violence")
    # ana takes back her pre-copy label, labels two more sentences, writes a note, reviews one.
    tagging_remove = _do(ana, "ana", tagging.build_remove, s[0], protest)
    facts["ana_remove"] = tagging_remove.event_id
    facts["ana_add"] = _do(ana, "ana", tagging.build_add, s[1], violence).event_id
    _do(ana, "ana", tagging.build_add, s[2], protest)
    with ana.transaction() as session:
        who = annotator_id(session, "ana")
    history.execute(ana, lambda x: tagging.build_note(x, s[1], who, "ana's note"), who)
    history.execute(ana, lambda x: tagging.build_reviewed(x, s[2], who, True), who)
    undone = _do(ana, "ana", tagging.build_add, s[3], violence)
    history.undo(ana, undone.event_id)
    _do(ana, "carl", tagging.build_add, s[3], protest)  # carl is created in both copies
    ana.close()

    bob = open_project(copies["bob"])
    _do(bob, "bob", tagging.build_add, s[1], protest)
    _do(bob, "bob", tagging.build_add, s[2], protest)
    _do(bob, "carl", tagging.build_add, s[4], violence)
    # bob imports an article of his own (absent from the base)
    other = tmp_path / "bob-in"
    write_pair(other, "second")
    (other / "second.ru.txt").write_text(RU.replace("120", "300"), encoding="utf-8")
    (other / "second.en.txt").write_text(EN.replace("120", "300"), encoding="utf-8")
    bob.close()
    assert main(["import", str(copies["bob"]), str(other)]) == 0
    bob = open_project(copies["bob"])
    with bob.sessions() as session:
        new_sentence = session.scalars(
            select(Sentence.id).join(Text).join(Article).where(Article.source.like("%second%"), Text.role == "original")
        ).first()
    assert new_sentence is not None
    _do(bob, "bob", tagging.build_add, new_sentence, violence)
    facts["bob_new_sentence"] = new_sentence
    bob.close()
    return facts


def test_merge_keeps_every_decision_once_and_respects_removals(copies: dict[str, Path], tmp_path: Path) -> None:
    facts = _work_apart(copies, tmp_path)
    expected = (_decisions(copies["ana"]) | _decisions(copies["bob"])) - _decisions(copies["base"])
    target = open_project(copies["team"])
    sources = [(n, open_project(copies[n])) for n in ("ana", "bob")]
    report = merge_projects(target, sources)
    for _, p in sources:
        p.close()
    target.close()
    merged = _decisions(copies["team"])
    # ana's removal of her pre-copy label wins over bob's copy, which still had it.
    assert merged == expected
    assert all(r.conflicts == [] for r in report.sources)
    ana_report, bob_report = report.sources
    assert ana_report.events_copied_undone == 1 and ana_report.events_replayed == 6
    assert bob_report.added["article"] == 1 and bob_report.added["sentence"] > 3
    assert bob_report.added["link"] >= 3  # the new article's alignment comes with it
    project = open_project(copies["team"])
    with project.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Annotator).where(Annotator.name == "carl")) == 1
        assert session.scalar(select(Note.body)) == "ana's note"
        assert session.scalar(select(func.count()).select_from(Sentence).where(Sentence.reviewed_at.is_not(None))) == 1
        seqs = list(session.scalars(select(Event.seq)))
        assert len(seqs) == len(set(seqs))
        assert session.get(Sentence, facts["bob_new_sentence"]) is not None
    # Replayed events are undoable in the target.
    history.undo(project, str(facts["ana_add"]))
    project.close()
    assert len(_decisions(copies["team"])) == len(merged) - 1


def test_merge_twice_adds_nothing(copies: dict[str, Path], tmp_path: Path) -> None:
    _work_apart(copies, tmp_path)
    for attempt in range(2):
        target = open_project(copies["team"])
        sources = [(n, open_project(copies[n])) for n in ("ana", "bob")]
        report = merge_projects(target, sources)
        for _, p in sources:
            p.close()
        with target.sessions() as session:
            counts = (
                session.scalar(select(func.count(Annotation.id))),
                session.scalar(select(func.count(Event.id))),
                session.scalar(select(func.count(Sentence.id))),
            )
        target.close()
        if attempt == 0:
            first = counts
        else:
            assert counts == first
            assert all(not r.added and r.events_replayed == 0 for r in report.sources)


def test_merging_a_different_project_is_refused_in_one_line(copies: dict[str, Path], tmp_path: Path) -> None:
    stranger = tmp_path / "stranger.sverka"
    open_project(stranger, create=True).close()
    target, other = open_project(copies["team"]), open_project(stranger)
    with pytest.raises(MergeError, match="not a copy of the target project"):
        merge_projects(target, [("stranger.sverka", other)])
    target.close()
    other.close()


def test_merge_is_all_or_nothing(copies: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _work_apart(copies, tmp_path)
    before = _decisions(copies["team"])

    def crash(self: object, governed: set[str]) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr("sverka.ops.teams.merge._Merger.decisions", crash)
    target = open_project(copies["team"])
    sources = [(n, open_project(copies[n])) for n in ("ana", "bob")]
    with pytest.raises(RuntimeError):
        merge_projects(target, sources)
    for _, p in sources:
        p.close()
    with target.sessions() as session:
        assert session.scalar(select(func.count(Article.id))) == 1
    target.close()
    assert _decisions(copies["team"]) == before


def test_merge_cli(copies: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _work_apart(copies, tmp_path)
    capsys.readouterr()
    assert main(["merge", str(copies["team"]), str(copies["ana"]), str(copies["bob"])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith(f"{copies['ana']}: added") and "events replayed" in out[0]
    assert main(["merge", "--json", str(copies["team"]), str(copies["ana"])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"][0]["added"] == {} and data["sources"][0]["events_replayed"] == 0
    stranger = tmp_path / "stranger.sverka"
    assert main(["init", str(stranger)]) == 0
    capsys.readouterr()
    assert main(["merge", str(copies["team"]), str(stranger)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a copy of the target project" in err
    assert main(["merge", str(copies["team"]), str(copies["team"])]) == 1
    assert "is the target itself" in capsys.readouterr().err
