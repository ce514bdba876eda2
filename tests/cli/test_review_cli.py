"""``sverka review``: postedit, issue, remove-issue, issues, history; one-line errors and exit codes;
``sverka export --format mqm-tsv``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from sverka.cli.main import main
from sverka.db.models import Sentence, Text
from sverka.db.project import open_project
from sverka.ops.ingest.importer import Importer

ARTICLE = [
    {
        "id": "zh-1",
        "title": "Жанаозен",
        "lang": "ru",
        "text": "Жители Жанаозена вышли на площадь. Они требовали снизить цены на газ. Власти обещали ответить.",
    },
    {
        "id": "zh-1-en",
        "translation_of": "zh-1",
        "lang": "en",
        "text": "Residents of Zhanaozen went out to the square. They demanded to lower the gas prices. "
        "The authorities promised to answer.",
    },
]


@pytest.fixture
def loaded(project_path: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    source = tmp_path / "article.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ARTICLE), encoding="utf-8")
    project = open_project(project_path)
    try:
        Importer(project).import_paths([source])
        with project.transaction() as session:  # as `sverka translate` leaves a machine translation
            text = session.scalar(select(Text).where(Text.role == "translation"))
            assert text is not None
            text.origin, text.model_id = "machine", "argos ru-en"
            ids = list(session.scalars(select(Sentence.id).where(Sentence.text_id == text.id).order_by(Sentence.idx)))
    finally:
        project.close()
    return project_path, ids


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_postedit_issue_history_issues(loaded: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = loaded
    sid = ids[1]
    code, out, _ = run(
        capsys, "review", str(path), "postedit", sid[:8], "They demanded lower gas prices.", "--annotator", "ana"
    )
    assert code == 0 and out.startswith(f"post-edited {sid}") and "[-to -]" in out
    code, out, _ = run(
        capsys, "review", str(path), "postedit", sid, "They demanded lower gas prices.", "--annotator", "ana"
    )
    assert code == 0 and out.startswith("unchanged")

    code, out, _ = run(
        capsys,
        "review",
        str(path),
        "issue",
        sid,
        "--span",
        "14:19",
        "--category",
        "terminology",
        "--severity",
        "2",
        "--note",
        "cheaper?",
        "--annotator",
        "ana",
    )
    assert code == 0
    issue_id, severity, category, span = out.strip().split("\t")
    assert (severity, category, span) == ("major", "terminology", "«lower»")

    code, out, _ = run(capsys, "review", str(path), "issues", "--json")
    data = json.loads(out)
    assert code == 0 and data["issues"][0]["id"] == issue_id and data["issues"][0]["sentence_score"] == 5.0
    assert data["articles"][0]["penalty"] == 5.0 and data["articles"][0]["issues"] == 1
    code, out, _ = run(capsys, "review", str(path), "issues")
    assert code == 0 and "MQM 5 (1 issues" in out and "«lower» — cheaper?" in out

    code, out, _ = run(capsys, "review", str(path), "history", sid, "--json")
    hist = json.loads(out)
    assert [r["origin"] for r in hist["revisions"]] == ["machine", "post-edited"]
    assert hist["current"] == "They demanded lower gas prices." and hist["issues"][0]["span"] == "lower"
    code, out, _ = run(capsys, "review", str(path), "history", sid)
    assert code == 0 and "diff:     They demanded [-to -]lower" in out

    code, out, _ = run(capsys, "review", str(path), "remove-issue", issue_id[:8], "--annotator", "ana")
    assert code == 0 and out.startswith("removed")
    code, out, _ = run(capsys, "review", str(path), "issues")
    assert "no MQM issues" in out


def test_errors_are_one_line_with_exit_codes(
    loaded: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = loaded
    base = ["review", str(path), "issue", ids[0], "--category", "style", "--severity", "minor", "--annotator", "a"]
    for extra, status, message in (
        (["--span", "0:999"], 1, "outside the sentence"),
        (["--span", "x"], 2, "--span must be START:END"),
    ):
        code, _out, err = run(capsys, *base, *extra)
        assert code == status and message in err and len(err.strip().splitlines()) == 1
    code, _out, err = run(
        capsys,
        "review",
        str(path),
        "issue",
        ids[0],
        "--span",
        "0:3",
        "--category",
        "vibes",
        "--severity",
        "minor",
        "--annotator",
        "a",
    )
    assert code == 1 and "unknown MQM category" in err
    code, _out, err = run(capsys, "review", str(path), "postedit", "nosuchid", "x", "--annotator", "a")
    assert code == 1 and err.strip() == "sverka: no sentence 'nosuchid'"
    with pytest.raises(SystemExit) as exc:
        main(["review", str(path)])
    assert exc.value.code == 2
    assert "required: ACTION" in capsys.readouterr().err
    code, _out, err = run(capsys, "review", str(path / "missing.sverka"), "issues")
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_export_mqm_tsv(loaded: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path, ids = loaded
    run(
        capsys,
        "review",
        str(path),
        "issue",
        ids[2],
        "--span",
        "4:15",
        "--category",
        "Accuracy/Omission",
        "--severity",
        "critical",
        "--annotator",
        "ana",
    )
    out_file = tmp_path / "mqm.tsv"
    code, _out, err = run(capsys, "export", str(path), "--format", "mqm-tsv", "-o", str(out_file))
    assert code == 0 and "exported 1" in err
    header, row = out_file.read_text(encoding="utf-8").splitlines()
    assert header.split("\t")[:9] == [
        "system",
        "doc",
        "doc_id",
        "seg_id",
        "rater",
        "source",
        "target",
        "category",
        "severity",
    ]
    cells = row.split("\t")
    assert cells[3] == "3" and cells[6] == "The <v>authorities</v> promised to answer."
    assert cells[7:9] == ["Accuracy/Omission", "Critical"]
    code, out, _ = run(capsys, "export", str(path), "--format", "mqm-tsv")  # to stdout
    assert code == 0 and out.splitlines()[1] == row
