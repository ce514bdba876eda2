"""``sverka stats`` and ``sverka list`` read a current project file on plain sqlite3 (issue 17):
the same output as the full SQLAlchemy path, byte for byte, and the full path for everything
they do not cover."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sverka.cli.main import main
from sverka.db import direct_read
from sverka.db.models import Annotation, Annotator, Article, Label, Link, ProjectInfo, Schema, Sentence, Text
from sverka.db.project import open_project
from sverka.ops import direct_views

SNAPSHOTS = Path(__file__).resolve().parents[2] / "db" / "snapshots"
LANGS = ["ru", "en", "kk", "ky", "uz"]


def _sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def _team_project(path: Path, seed: int, languages: str | None) -> None:
    """Articles in several languages with translations of every origin, language overrides on
    texts and sentences, people, a model and the gold labeling with ties in every count."""
    rng = random.Random(seed)
    project = open_project(path, create=True)
    with project.transaction() as session:
        if languages is not None:
            session.add(ProjectInfo(key="languages", value=languages))
        schema = Schema(name="events")
        session.add(schema)
        session.flush()
        labels = [Label(schema_id=schema.id, name=n) for n in ("protest", "violence", "casualties", "arrest", "aid")]
        people = [Annotator(name=n) for n in ("cleo", "ana", "bob", "dmitri")]
        others = [Annotator(name="gold", kind="gold"), Annotator(name="model:tiny", kind="model")]
        session.add_all([*labels, *people, *others])
        session.flush()
        sentences: list[Sentence] = []
        for a in range(rng.randint(6, 14)):
            article = Article(
                title=f"article {a}",
                checksum=f"{seed}-{a}",
                position=rng.randint(0, 4),  # ties: then the order of creation
                status=("todo", "todo", "in_progress", "done")[a % 4],
                date=rng.choice([None, f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]),
                url=rng.choice([None, f"https://example.org/{a}"]),
            )
            session.add(article)
            session.flush()
            roles = [("original", "imported")] + [
                ("translation", rng.choice(["imported", "machine", "post-edited"])) for _ in range(rng.randint(0, 2))
            ]
            original_sentences = 0
            for position, (role, origin) in enumerate(roles):
                text = Text(
                    article_id=article.id,
                    lang=rng.choice(LANGS),
                    lang_override=rng.choice([None, None, "tt"]),
                    role=role,
                    origin=origin,
                    content="x" * 40,
                    checksum=f"{seed}-{a}-{position}",
                    position=position,
                )
                session.add(text)
                session.flush()
                count = rng.randint(0 if role == "original" and a == 0 else 1, 5)  # one empty original
                if role == "original":
                    original_sentences = count
                else:  # alignment rows: a label on the translation side labels its original
                    for i in range(min(count, original_sentences)):
                        session.add(Link(translation_id=text.id, src_from=i, src_to=i + 1, tgt_from=i, tgt_to=i + 1))
                for idx in range(count):
                    sentence = Sentence(
                        text_id=text.id,
                        idx=idx,
                        start=idx * 5,
                        end=idx * 5 + 4,
                        lang=rng.choice([text.lang, text.lang, rng.choice(LANGS)]),
                        lang_override=rng.choice([None, None, None, "be"]),
                    )
                    session.add(sentence)
                    sentences.append(sentence)
        session.flush()
        seen: set[tuple[str, str, str]] = set()
        who = [*people, *others] + [rng.choice(people + others) for _ in range(rng.randint(0, 60))]
        for annotator in who:  # everyone at least once
            # The first half of the sentences only: the later articles stay unlabeled ("todo").
            unit = (rng.choice(sentences[: len(sentences) // 2]).id, rng.choice(labels).id, annotator.id)
            if unit not in seen:
                seen.add(unit)
                session.add(Annotation(sentence_id=unit[0], label_id=unit[1], annotator_id=unit[2]))
    project.close()


def _output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def _stats_output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    return _output(capsys, "stats", *argv)


@pytest.mark.parametrize(
    ("seed", "languages"),
    [(1, None), (2, "all"), (3, "ru,en,kk"), (4, "ky,zz"), (5, "zz"), (6, "all"), (7, "en")],
)
def test_the_direct_path_prints_what_the_full_path_prints(
    seed: int,
    languages: str | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "team.sverka"
    _team_project(path, seed, languages)
    direct = direct_views.project_stats(str(path))
    assert direct is not None  # the direct path applies to this project
    assert _sidecars(path) == []
    fast_json, fast_text = _stats_output(capsys, str(path), "--json"), _stats_output(capsys, str(path))

    monkeypatch.setattr(direct_views, "project_stats", lambda target: None)  # the full path
    full_json, full_text = _stats_output(capsys, str(path), "--json"), _stats_output(capsys, str(path))
    assert fast_json == full_json  # same keys, values and order (ties included)
    assert fast_text == full_text
    assert json.loads(fast_json) == direct


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_direct_list_prints_what_the_full_list_prints(
    seed: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.sverka"
    _team_project(path, seed, "all")
    direct = direct_views.list_articles(str(path))
    assert direct is not None
    assert {row["status"] for row in direct} == {"todo", "in_progress", "done"}
    assert any(0 < row["labeled"] < row["sentences"] for row in direct)
    fast_json, fast_text = _output(capsys, "list", str(path), "--json"), _output(capsys, "list", str(path))

    monkeypatch.setattr(direct_views, "list_articles", lambda target: None)  # the full path
    assert fast_json == _output(capsys, "list", str(path), "--json")
    assert fast_text == _output(capsys, "list", str(path))
    assert json.loads(fast_json) == direct and _sidecars(path) == []


def test_the_team_project_has_what_the_comparison_needs(tmp_path: Path) -> None:
    # The comparison above means something only on a project that has every kind of count.
    path = tmp_path / "team.sverka"
    _team_project(path, 1, None)
    stats = direct_views.project_stats(str(path))
    assert stats is not None
    assert len(stats["texts_by_lang"]) >= 3 and len(stats["texts_by_origin"]) >= 2
    assert len(stats["sentences_by_lang"]) >= 3 and len(stats["labels"]) >= 3
    assert set(stats["annotations_by_kind"]) == {"person", "gold", "model"}
    assert stats["annotators"] == ["ana", "bob", "cleo", "dmitri"]
    assert stats["project_languages"] == ["en", "ru", "kk"]  # no key: the legacy detection


def test_the_direct_path_reads_an_imported_project(
    tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "seeds.sverka"
    assert main(["init", str(path)]) == 0
    assert main(["import", str(path), str(seeds)]) == 0
    capsys.readouterr()
    assert direct_views.project_stats(str(path)) is not None
    fast = _stats_output(capsys, str(path), "--json")
    monkeypatch.setattr(direct_views, "project_stats", lambda target: None)
    assert fast == _stats_output(capsys, str(path), "--json")
    assert json.loads(fast)["articles"] == 2 and _sidecars(path) == []
    listed = _output(capsys, "list", str(path), "--json")
    monkeypatch.setattr(direct_views, "list_articles", lambda target: None)
    assert listed == _output(capsys, "list", str(path), "--json") and len(json.loads(listed)) == 2


# --- what the direct path leaves to the full one ------------------------------------------


@pytest.fixture
def current(tmp_path: Path) -> Path:
    path = tmp_path / "p.sverka"
    open_project(path, create=True).close()
    conn = direct_read.open_current(str(path))
    assert conn is not None
    conn.close()
    assert _sidecars(path) == []  # the WAL closed with the last connection
    return path


def test_urls_and_missing_files_take_the_full_path(current: Path, tmp_path: Path) -> None:
    assert direct_read.open_current(f"sqlite:///{current}") is None
    assert direct_read.open_current("postgresql+psycopg://u:S3cret@127.0.0.1:1/db") is None
    assert direct_read.open_current(str(tmp_path / "missing.sverka")) is None
    assert direct_read.open_current(str(tmp_path)) is None  # a folder
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert direct_read.open_current(str(tmp_path / "notes.txt")) is None


def test_older_newer_and_damaged_files_take_the_full_path_and_stay_alone(current: Path, tmp_path: Path) -> None:
    older = tmp_path / "0001.sverka"
    shutil.copy2(SNAPSHOTS / "0001.sverka", older)
    newer = tmp_path / "newer.sverka"
    newer.write_bytes(current.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    damaged = tmp_path / "damaged.sverka"
    data = bytearray(current.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\xa5" * 8192
    damaged.write_bytes(bytes(data))
    for path in (older, newer, damaged):
        before = path.read_bytes()
        assert direct_read.open_current(str(path)) is None, path.name
        assert path.read_bytes() == before and _sidecars(path) == [], path.name


def test_a_missing_column_takes_the_full_path(current: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(current) as conn:
        conn.execute("ALTER TABLE annotator DROP COLUMN db_role")
    conn.close()
    assert direct_read.open_current(str(current)) is None
    assert main(["stats", str(current), "--json"]) == 1
    assert "lacks column 'db_role'" in capsys.readouterr().err


def test_a_read_only_project_takes_the_full_path(current: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(direct_read, "write_blocker", lambda path: "the file is not writable")
    assert direct_read.open_current(str(current)) is None


def test_a_stale_schema_table_takes_the_full_path(current: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(direct_read, "REVISION", "0000_stale")
    assert direct_read.open_current(str(current)) is None


def test_pending_work_takes_the_full_path_which_finishes_it(
    current: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    record = {"kind": "import", "steps": ["align"], "article_ids": [], "owner": {"host": "gone", "pid": 1}}
    with sqlite3.connect(current) as conn:
        conn.execute("INSERT INTO project_info(key, value) VALUES ('pending/x', ?)", (json.dumps(record),))
    conn.close()
    assert direct_read.open_current(str(current)) is None
    finished: list[str] = []
    monkeypatch.setattr("sverka.cli.common.finish_interrupted", lambda project: finished.append(project.display_name))
    assert main(["stats", str(current), "--json"]) == 0
    assert finished == ["p.sverka"] and json.loads(capsys.readouterr().out)["articles"] == 0


def test_a_busy_project_falls_back_instead_of_failing(current: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(conn: sqlite3.Connection) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(direct_views, "_counts", refuse)
    monkeypatch.setattr(direct_views, "_articles", refuse)
    assert direct_views.project_stats(str(current)) is None
    assert direct_views.list_articles(str(current)) is None
    assert _sidecars(current) == []


def test_an_empty_project_lists_nothing_directly(current: Path) -> None:
    assert direct_views.list_articles(str(current)) == []


def test_a_file_name_with_uri_characters_reads_directly(tmp_path: Path) -> None:
    folder = tmp_path / "a b%20#1"
    folder.mkdir()
    path = folder / "p ?x=1 ü.sverka"
    open_project(path, create=True).close()
    assert direct_views.project_stats(str(path)) is not None
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # nothing made beside or elsewhere
