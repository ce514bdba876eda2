"""Issue 13, through the CLI as a subprocess: every fault is one line, never a traceback,
and never costs the project file or the good files of a batch.

Rows: 4 (readers), 5, 6, 9, 10, 12, 13, 14, 15, 19, 21, 22 of the reliability review.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.cli_process import assert_one_line_error, error_lines, file_size_limit, sverka, unprivileged
from sverka.db.project import head_revision

GOOD_CSV = (
    "text,lang\nThe river rose overnight. Roads were closed.,en\nPolice blocked the square. Nobody was hurt.,en\n"
)


def _sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project with two articles, closed cleanly (no -wal/-shm beside it)."""
    path = tmp_path / "p.sverka"
    assert sverka("init", str(path)).returncode == 0
    (tmp_path / "ok.csv").write_text(GOOD_CSV, encoding="utf-8")
    result = sverka("import", str(path), str(tmp_path / "ok.csv"), "--no-names")
    assert result.returncode == 0, result.stderr
    assert _sidecars(path) == []
    return path


def _sentence_ids(project: Path) -> list[str]:
    conn = sqlite3.connect(f"{project.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM sentence ORDER BY text_id, idx")]
    finally:
        conn.close()


def _tag_lines(ids: list[str]) -> str:
    return "".join(json.dumps({"sentence_id": sid, "label": "violence", "annotator": "ana"}) + "\n" for sid in ids)


def _note_lines(ids: list[str], repeat: int) -> str:
    """Every line a real change: a new long note on a sentence."""
    return "".join(
        json.dumps({"sentence_id": sid, "action": "note", "note": f"{round_} " * 1500, "annotator": "ana"}) + "\n"
        for round_ in range(repeat)
        for sid in ids
    )


def _articles(project: Path) -> int:
    return int(json.loads(sverka("stats", str(project), "--json").stdout)["articles"])


# --- row 4: one odd input never aborts the batch ------------------------------------------


def test_hostile_tables_and_names_fail_alone_and_good_files_import(project: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "surrogate.jsonl").write_text('{"text": "Lone \\ud800 surrogate."}\n', encoding="utf-8")
    (bad / "deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    (bad / "number.jsonl").write_text('{"text": "A long id.", "id": ' + "9" * 5000 + "}\n", encoding="utf-8")
    odd_name = Path(os.fsdecode(bytes(bad) + b"/caf\xe9.txt"))  # Latin-1 bytes: not UTF-8
    odd_name.write_bytes(b"A report with an odd file name.\n")
    too_long = str(tmp_path / ("x" * 5000 + ".txt"))
    good = tmp_path / "more.csv"
    good.write_text("text\nA new article arrived. It is fine.\n", encoding="utf-8")
    before = _articles(project)

    result = sverka(
        "import",
        str(project),
        *(str(bad / n) for n in ("surrogate.jsonl", "deep.jsonl", "number.jsonl")),
        str(odd_name),
        too_long,
        str(good),
        "--json",
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 4, lines  # the odd name imports; the other four fail alone
    assert any("surrogate.jsonl:1:" in line and "surrogate" in line for line in lines)
    assert any("deep.jsonl:1:" in line and "nested too deeply" in line for line in lines)
    assert any("number.jsonl:1:" in line and "digits" in line for line in lines)
    assert any("File name too long" in line for line in lines)
    report = json.loads(result.stdout)
    assert report["articles"] == 2 and report["errors"] == 4
    assert _articles(project) == before + 2
    titles = [a["title"] for a in json.loads(sverka("list", str(project), "--json").stdout)]
    assert "caf\\xe9" in titles  # stored with the undecodable byte escaped


# --- rows 5 and 9: read-only files and folders --------------------------------------------


def test_read_only_project_reads_and_refuses_writes_in_one_line(project: Path, tmp_path: Path) -> None:
    as_user = unprivileged(tmp_path)
    ids = _sentence_ids(project)
    project.chmod(0o444)
    before = project.read_bytes()

    stats = sverka("stats", str(project), prefix=as_user)
    assert stats.returncode == 0 and "articles   2" in stats.stdout, stats.stderr
    assert _sidecars(project) == []  # reading left no (mode 0444) -shm behind

    tag = sverka("tag", str(project), stdin=_tag_lines(ids[:2]), prefix=as_user)
    assert_one_line_error(tag, "p.sverka", "read-only", "not writable")
    assert tag.stdout == ""
    (tmp_path / "new.csv").write_text("text\nSomething new. Really.\n", encoding="utf-8")
    imported = sverka("import", str(project), str(tmp_path / "new.csv"), prefix=as_user)
    assert_one_line_error(imported, "read-only")
    assert project.read_bytes() == before and _sidecars(project) == []

    project.chmod(0o644)  # permission restored: writing works at once
    tag = sverka("tag", str(project), stdin=_tag_lines(ids[:2]), prefix=as_user)
    assert tag.returncode == 0 and tag.stdout.count('"changed": true') == 2, tag.stderr


def test_read_only_folder_checks_and_reads(project: Path, tmp_path: Path) -> None:
    as_user = unprivileged(tmp_path)
    ids = _sentence_ids(project)
    folder = project.parent
    folder.chmod(0o555)
    try:
        check = sverka("check", str(project), prefix=as_user)
        assert check.returncode == 0 and "ok (schema" in check.stdout, check.stderr
        stats = sverka("stats", str(project), prefix=as_user)
        assert stats.returncode == 0 and "articles   2" in stats.stdout, stats.stderr
        tag = sverka("tag", str(project), stdin=_tag_lines(ids[:1]), prefix=as_user)
        line = assert_one_line_error(tag, "read-only", "folder")
        assert "damaged" not in line
    finally:
        folder.chmod(0o755)
    assert _sidecars(project) == []


def test_check_on_a_full_disk_is_not_called_damage(project: Path) -> None:
    # No write is possible at all (RLIMIT_FSIZE 0); a check only reads, so it still passes.
    check = sverka("check", str(project), preexec_fn=file_size_limit(0))
    assert check.returncode == 0 and "ok (schema" in check.stdout, check.stderr


# --- row 6: relative paths ------------------------------------------------------------------


def test_check_with_a_relative_path(project: Path) -> None:
    result = sverka("check", project.name, cwd=project.parent)
    expected = f"p.sverka: ok (schema {head_revision()})"
    assert result.returncode == 0 and result.stdout.strip() == expected, result.stderr


# --- row 10: credentials ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "url"),
    [
        ("stats", "postgresql+psycopg://u:S3cret@127.0.0.1:1/db"),
        ("init", "postgresql+psycopg://u:S3cret@127.0.0.1:1/db"),
        ("check", "postgresql+psycopg://u:S3cret@127.0.0.1:1/db"),
        ("stats", "postgresql+psycopg://u@127.0.0.1:1/db?password=S3cret"),
    ],
)
def test_a_database_password_is_never_printed(command: str, url: str) -> None:
    result = sverka(command, url)  # port 1 on loopback: refused at once, no network
    assert "S3cret" not in result.stdout + result.stderr
    assert_one_line_error(result, "***")


# --- row 13: what cannot be a project ------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("foo://bar", "unknown database URL scheme 'foo'"),
        ("sqlite://", "in-memory"),
        ("sqlite:///:memory:", "in-memory"),
        ("mysql://u:S3cret@127.0.0.1:1/db", "not installed"),
    ],
)
def test_urls_that_cannot_hold_a_project(target: str, expected: str) -> None:
    result = sverka("stats", target)
    assert "S3cret" not in result.stderr
    assert_one_line_error(result, expected)


def test_symlink_loop_and_folder_as_project(tmp_path: Path) -> None:
    (tmp_path / "loop.sverka").symlink_to(tmp_path / "loop.sverka")
    assert_one_line_error(sverka("stats", str(tmp_path / "loop.sverka")), "symbolic links")
    assert_one_line_error(sverka("stats", str(tmp_path)), "folder")
    assert_one_line_error(sverka("check", str(tmp_path / "loop.sverka")), "symbolic links")


def test_home_pointing_at_a_file(tmp_path: Path) -> None:
    home = tmp_path / "home.txt"
    home.write_text("not a folder")
    assert_one_line_error(sverka("--home", str(home), "models", "list"), "home.txt", "not a folder")
    assert_one_line_error(sverka("--home", str(home), "demo"), "not a folder")


# --- rows 8 and 14: hostile model archives ----------------------------------------------------

META = {"type": "translate", "from_code": "ru", "to_code": "en", "package_version": "1.0"}


def _archive(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def _package(top: str = "translate-ru_en", metadata: bytes | None = None, model: bytes = b"\0" * 16) -> list:
    return [
        (f"{top}/metadata.json", metadata if metadata is not None else json.dumps(META).encode()),
        (f"{top}/model/model.bin", model),
        (f"{top}/sentencepiece.model", b"tokenizer"),
    ]


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        (_package(top="./translate-ru_en"), "not a plain path"),
        ([("./", b""), *_package()], "./"),
        (_package(metadata=b'{"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"), "nested too deeply"),
        (_package(metadata=b'{"from_code": "ru", "to_code": "en", "package_version": ' + b"9" * 5000 + b"}"), "digits"),
    ],
    ids=["dot-folder", "dot-member", "deep-metadata", "huge-number"],
)
def test_hostile_archives_are_refused_in_one_line(tmp_path: Path, members: list, expected: str) -> None:
    archive = _archive(tmp_path / "hostile.argosmodel", members)
    result = sverka("--home", str(tmp_path / "home"), "models", "install", str(archive))
    assert_one_line_error(result, "hostile.argosmodel", expected)
    assert [p.name for p in (tmp_path / "home" / "models").iterdir()] == []


def test_compression_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    # 64 MB of zeros deflate ~1000x, well under the total bound: only the ratio catches it.
    archive = _archive(tmp_path / "bomb.argosmodel", _package(model=b"\0" * (64 * 1024**2)))
    assert archive.stat().st_size < 1024**2
    result = sverka("--home", str(tmp_path / "home"), "models", "install", str(archive))
    assert_one_line_error(result, "bomb.argosmodel", "zip bomb")
    assert list((tmp_path / "home" / "models").iterdir()) == []


def _installed(home: Path, name: str, metadata: bytes) -> None:
    folder = home / "models" / name
    (folder / "model").mkdir(parents=True)
    (folder / "model" / "model.bin").write_bytes(b"\0")
    (folder / "sentencepiece.model").write_bytes(b"x")
    (folder / "metadata.json").write_bytes(metadata)


def test_model_metadata_cannot_reach_the_terminal_raw(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _installed(home, "translate-ru_en", json.dumps({**META, "package_version": "1.0\x1b[2J\x1b[31mOWNED"}).encode())
    _installed(
        home,
        "translate-kk_en",
        b'{"from_code": "kk", "to_code": "en", "package_version": "2\\ud800", "from_name": "\\udfff\\u202eKazakh"}',
    )
    _installed(home, "evil\x1b[31m", json.dumps(META).encode())

    listing = sverka("--home", str(home), "models", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    models = {m["name"]: m for m in json.loads(listing.stdout)}
    assert set(models) == {"translate-ru_en", "translate-kk_en"}
    assert models["translate-ru_en"]["version"] == "1.0[2J[31mOWNED"
    assert models["translate-kk_en"]["version"] == "2\ufffd"
    assert models["translate-kk_en"]["from_name"] == "\ufffdKazakh"
    plain = sverka("--home", str(home), "models", "list")
    assert plain.returncode == 0 and "\x1b" not in plain.stdout + plain.stderr


# --- row 15: special files -------------------------------------------------------------------


@pytest.fixture
def special_files(tmp_path: Path) -> Iterator[list[Path]]:
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    yield [zero, fifo]


def test_devices_and_fifos_are_refused_not_read(project: Path, tmp_path: Path, special_files: list[Path]) -> None:
    good = tmp_path / "more.csv"
    good.write_text("text\nA new article arrived. It is fine.\n", encoding="utf-8")
    result = sverka("import", str(project), *map(str, special_files), str(good), timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 2 and "a device" in lines[0] and "a FIFO" in lines[1], lines
    assert "imported 1 articles" in result.stdout
    folder = sverka("import", str(project), str(tmp_path), timeout=60)  # inside a folder: skipped
    assert "Traceback" not in folder.stderr and "a FIFO" not in folder.stderr


# --- row 19: a file that only looks like a project ------------------------------------------


def test_a_crafted_file_with_only_the_marks_of_a_project_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.sverka"
    with sqlite3.connect(fake) as conn:
        conn.execute("PRAGMA application_id = 1398164289")  # 0x53564B41, "SVKA"
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.close()
    before = fake.read_bytes()
    for command in ("check", "stats"):
        assert_one_line_error(sverka(command, str(fake)), "fake.sverka", "incomplete project")
    assert fake.read_bytes() == before and _sidecars(fake) == []


def test_a_project_missing_one_column_is_refused(project: Path) -> None:
    with sqlite3.connect(project) as conn:
        conn.execute("ALTER TABLE article DROP COLUMN url")
    conn.close()
    assert_one_line_error(sverka("check", str(project)), "'article'", "'url'")


# --- row 21: names with newlines -------------------------------------------------------------


def test_a_file_name_with_a_newline_stays_one_error_line(project: Path, tmp_path: Path) -> None:
    odd = tmp_path / "a\nsverka: b.jsonl"
    odd.write_text("not json\n", encoding="utf-8")
    result = sverka("import", str(project), str(odd))
    line = assert_one_line_error(result, "invalid JSON")
    assert "a\\nsverka: b.jsonl" in line and line.endswith("(Expecting value at column 1)")


# --- row 22: refused files stay alone ------------------------------------------------------


def test_refused_files_get_no_wal_or_shm(project: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sverka"
    newer.write_bytes(project.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    damaged = tmp_path / "damaged.sverka"
    data = bytearray(project.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\xa5" * 8192
    damaged.write_bytes(bytes(data))
    for path, expected in ((newer, "newer Sverka"), (damaged, "damaged")):
        assert stat.S_IMODE(path.stat().st_mode)
        before = path.read_bytes()
        for command in ("stats", "check"):
            assert_one_line_error(sverka(command, str(path)), expected)
        assert path.read_bytes() == before and _sidecars(path) == [], _sidecars(path)


# --- row 12: a full disk while tagging and importing -------------------------------------------


def test_a_full_disk_is_one_line_and_keeps_what_was_acknowledged(project: Path, tmp_path: Path) -> None:
    ids = _sentence_ids(project)
    limit = file_size_limit(project.stat().st_size + 48 * 1024)
    tag = sverka("tag", str(project), stdin=_tag_lines(ids) + _note_lines(ids, 20), preexec_fn=limit)
    assert_one_line_error(tag, "p.sverka", "disk", "not saved")
    acknowledged = tag.stdout.count('"changed": true')
    assert len(ids) < acknowledged < len(ids) * 21

    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"text": f"Report {i}. " * 40}) + "\n" for i in range(300)), encoding="utf-8")
    imported = sverka("import", str(project), str(big), preexec_fn=limit)
    assert_one_line_error(imported, "p.sverka", "disk", "not saved")

    check = sverka("check", str(project))
    assert check.returncode == 0, check.stderr
    stats = json.loads(sverka("stats", str(project), "--json").stdout)
    assert stats["articles"] == 2 and stats["labeled_sentences"] == len(ids)  # every acknowledged label kept


def test_even_an_unexpected_traceback_masks_passwords() -> None:
    import subprocess
    import sys

    from support.cli_process import REPO

    code = "import sverka.cli.common\nraise RuntimeError('lost postgresql://u:S3cret@h/db')"
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "RuntimeError: lost postgresql://u:***@h/db" in result.stderr
    assert "S3cret" not in result.stderr
