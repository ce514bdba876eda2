"""Readers against hostile files (issue 13 rows 4, 15, 21): a ReadError naming the file,
never another exception, never a hang, never more than the size limit read."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from sverka.core import readers
from sverka.core.readers import ReadError, expand_paths, read_table, read_unit


def test_the_size_limit_counts_bytes_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 10)
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_bytes(b"Ten bytes.")
    big.write_bytes(b"Eleven byte")
    assert read_unit([small])[0].original.content == "Ten bytes."
    with pytest.raises(ReadError, match="too large"):
        read_unit([big])


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            read_unit([fifo])  # straight to the reader: the fstat check, not expand_paths
            outcome.append(None)
        except ReadError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the open so the thread ends, then fail
        with open(fifo, "w"):
            pass
        pytest.fail("reading a FIFO hung")
    assert isinstance(outcome[0], ReadError) and "a FIFO" in str(outcome[0])


def test_special_files_named_or_linked_are_refused_and_skipped_in_folders(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    (folder / "good.txt").write_text("A normal report.\n", encoding="utf-8")
    units, errors = expand_paths([folder])
    assert units == [[folder / "good.txt"]] and errors == []
    units, errors = expand_paths([folder / "zero.txt", folder / "pipe.txt"])
    assert units == [] and ["a device" in str(errors[0]), "a FIFO" in str(errors[1])] == [True, True]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"text": "ok.", "title": "\\udc80"}', "field 'title' holds a lone surrogate \\udc80"),
        ('{"text": "ok.", "id": "\\ud83d"}', "field 'id' holds a lone surrogate"),
        ('{"text": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}", "nested too deeply"),
        ('{"text": "ok.", "id": -' + "1" * 4301 + "}", "4300 digits"),
        ('{"text": "ok.", "date": 1e999}', "date 'inf' is not YYYY-MM-DD"),
    ],
)
def test_hostile_json_values_are_read_errors(tmp_path: Path, line: str, expected: str) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "First line is fine."}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_table(path)
    assert str(info.value).startswith(f"{path}:2: ") and expected in str(info.value)


def test_a_valid_surrogate_pair_is_text(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "A face \\ud83d\\ude00 here."}\n', encoding="utf-8")
    assert read_table(path)[0].original.content == "A face \U0001f600 here."


def test_names_are_quoted_in_messages_and_escaped_when_stored(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/line\nbreak\xff.jsonl"))
    odd.write_text("[1]\n", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_table(odd)
    message = str(info.value)
    assert "\n" not in message and message.startswith("'") and "line\\nbreak\\xff.jsonl':1:" in message
    assert info.value.path == str(odd)  # the real name stays available to callers
    good = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9\x1b[2J.txt"))
    good.write_text("Fine text.\n", encoding="utf-8")
    article = read_unit([good])[0]
    assert article.title == "caf\\xe9 [2J" and article.source.endswith("/caf\\xe9\x1b[2J.txt")
    article.source.encode("utf-8")  # storable: no surrogates left


def test_unreadable_names_are_one_error_each(tmp_path: Path) -> None:
    too_long = tmp_path / ("x" * 300 + ".txt")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    units, errors = expand_paths([too_long, loop, tmp_path / "missing.txt"])
    assert units == []
    assert [e.args[0].split(": ", 1)[1] for e in errors] == [
        "cannot read: File name too long",
        "cannot read: Too many levels of symbolic links",
        "no such file or folder",
    ]
