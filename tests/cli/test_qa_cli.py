"""`sverka qa`: findings of an imported, aligned article as text and JSON, one article,
one kind, errors with exit codes; a finding becomes an undoable MQM issue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from support.pair import EN, RU
from sverka.cli.main import main
from sverka.db.models import MqmIssue, Sentence, Text
from sverka.db.project import open_project
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.history import execute, undo
from sverka.ops.qa import mqm_issue_args, run_qa
from sverka.ops.review.mqm import build_add_issue

# The translator wrote 29 for 19 and left out the last sentence.
EN_FLAWED = EN.replace("until January 19.", "until January 29.").replace(
    "The internet was shut down across the country.\n", ""
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.ru.txt").write_text(RU, encoding="utf-8")
    (folder / "news.en.txt").write_text(EN_FLAWED, encoding="utf-8")
    target = str(tmp_path / "p.sverka")
    assert run(capsys, "init", target)[0] == 0
    assert run(capsys, "import", target, str(folder / "news.ru.txt"), str(folder / "news.en.txt"))[0] == 0
    return target


def test_qa_text_and_json(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "qa", project)
    assert status == 0
    assert "omission" in out and "Интернет был отключён" in out
    assert "original has 19; translation has 29" in out
    assert out.rstrip().endswith("1 omission, 1 number")

    status, out, _err = run(capsys, "qa", project, "--json")
    found = json.loads(out)
    assert status == 0 and {f["kind"] for f in found} == {"omission", "number"}
    for f in found:
        assert set(f) >= {"kind", "article_id", "sentence_ids", "translation_sentence_ids", "detail"}
    omission = next(f for f in found if f["kind"] == "omission")
    assert len(omission["sentence_ids"]) == 1 and omission["translation_sentence_ids"] == []
    number = next(f for f in found if f["kind"] == "number")
    assert len(number["translation_sentence_ids"]) == 1 and number["span"]["side"] == "translation"

    status, out, _err = run(capsys, "qa", project, "--article", "1", "--kind", "number", "--json")
    assert status == 0 and [f["kind"] for f in json.loads(out)] == ["number"]


def test_qa_errors(project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "qa", project, "--article", "zz")
    assert status == 1 and err.strip() == "sverka: no article 'zz'"
    status, _out, err = run(capsys, "qa", str(tmp_path / "missing.sverka"))
    assert status == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        main(["qa", project, "--kind", "spelling"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_a_finding_becomes_an_undoable_mqm_issue(project: str) -> None:
    proj = open_project(project)
    try:
        findings = {f.kind: f for f in run_qa(proj)}
        omission = mqm_issue_args(findings["omission"])
        number = mqm_issue_args(findings["number"])
        assert omission is not None and number is not None
        assert omission["category"] == "accuracy/omission" and omission["start"] == omission["end"]
        assert number["category"] == "accuracy/mistranslation" and number["severity"] == "major"
        with proj.sessions() as session:
            sentence = session.get(Sentence, number["sentence_id"])
            assert sentence is not None
            content = session.scalar(select(Text.content).where(Text.id == sentence.text_id))
            assert content is not None
            text = content[sentence.start : sentence.end]
        assert text[number["start"] : number["end"]] == "29"
        done = [
            execute(proj, lambda s, a=args: build_add_issue(s, annotator_id=annotator_id(s, "qa"), **a), None)
            for args in (omission, number)
        ]
        with proj.sessions() as session:
            issues = list(session.scalars(select(MqmIssue.category)))
        assert sorted(issues) == ["accuracy/mistranslation", "accuracy/omission"]
        assert done[-1] is not None
        undo(proj, done[-1].event_id)
        with proj.sessions() as session:
            assert len(list(session.scalars(select(MqmIssue.id)))) == 1
    finally:
        proj.close()


def test_names_come_from_the_projects_mentions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "n.ru.txt").write_text(RU, encoding="utf-8")
    (folder / "n.en.txt").write_text(EN.replace("took place in Almaty", "took place in Shymkent"), encoding="utf-8")
    target = str(tmp_path / "n.sverka")
    run(capsys, "init", target)
    run(capsys, "import", target, str(folder / "n.ru.txt"), str(folder / "n.en.txt"))
    status, out, _err = run(capsys, "qa", target, "--kind", "name", "--json")
    (finding,) = json.loads(out)
    assert status == 0 and "Алматы" in finding["detail"] and "Shymkent" in finding["detail"]
    # The headline's "Protests in Almaty" is the same entity as "Протесты в Алматы": no finding there.
    assert finding["row"] == 1


def test_export_qa_flag(project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "qa.jsonl"
    assert run(capsys, "export", project, "--qa", "-o", str(out))[0] == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(f["kind"] for r in records for f in r["qa"]) == ["number", "omission"]
    status, plain, _err = run(capsys, "export", project)
    assert status == 0 and all("qa" not in json.loads(line) for line in plain.splitlines())
