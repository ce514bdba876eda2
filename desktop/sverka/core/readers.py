"""Reading article files into drafts: plain text, JSONL and CSV.

A reader either returns every article of a file or raises :class:`ReadError` naming the
file (and line) and what is wrong — never a partial file, so a bad file adds no rows.
Hostile input is a ReadError too, never another exception: special files (FIFOs, devices)
are refused before reading, reads stop at the size limit whatever ``st_size`` says, and
JSON nested too deep, numbers too long and lone surrogates are refused. File names are
quoted in messages when they hold newlines or undecodable bytes (:func:`sverka.paths.shown`)
and stored with such bytes escaped (:func:`sverka.paths.storable`).
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from sverka.core.decode import NotText, decode_bytes
from sverka.core.segment import parse_header
from sverka.paths import shown, special_file_kind, storable

TEXT_SUFFIXES = {".txt", ".text"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
SUPPORTED = TEXT_SUFFIXES | TABLE_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024
_READ_CHUNK = 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
FIELDS = ("id", "title", "date", "url", "lang", "text", "translation_of")
_LANG_RE = re.compile(r"^[a-z]{2,3}$")
# NAME.ru.txt -> ("NAME", "ru")
_PAIR_RE = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2,3})\.(?:txt|text)$", re.IGNORECASE)


class ReadError(ValueError):
    """A file (or one line of it) cannot be imported; ``str()`` is the one-line message."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        where = f"{shown(path)}:{line}" if line is not None else shown(path)
        super().__init__(f"{where}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem


@dataclass
class TextDraft:
    content: str
    lang: str | None  # None: detect
    source: str
    body_start: int = 0  # where sentences begin (after a header line)
    # Sentences given by the reader (TMX units, labeled records: one unit, one sentence),
    # stored as they are instead of segmented; their language is the text's.
    spans: list[tuple[int, int, str]] | None = None


@dataclass
class ArticleDraft:
    original: TextDraft
    translations: list[TextDraft] = field(default_factory=list)
    title: str = ""
    date: str | None = None
    url: str | None = None
    external_id: str | None = None
    source: str = ""


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, at most MAX_FILE_BYTES counted as read (``st_size`` is 0 for
    /proc files and meaningless for devices). O_NONBLOCK: opening a FIFO must not wait
    for a writer; a FIFO or device reached through a symlink is refused by fstat."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ReadError(path, f"{special_file_kind(mode)}, not a regular file; refusing to read it")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, _READ_CHUNK):
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise ReadError(path, f"file too large (over {MAX_FILE_BYTES} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_file_bytes(path: Path) -> bytes:
    """A file's bytes for a reader of its own (TMX, Label Studio): the same limits and refusals
    as every importer's (size, special files), unreadable as a ReadError."""
    try:
        return _read_bytes(path)
    except OSError as exc:
        raise ReadError(path, f"cannot read: {exc.strerror}") from exc


def _read_text(path: Path) -> str:
    try:
        data = _read_bytes(path)
    except OSError as exc:
        raise ReadError(path, f"cannot read: {exc.strerror}") from exc
    try:
        text, _encoding = decode_bytes(data)
    except NotText as exc:
        raise ReadError(path, str(exc)) from exc
    return text


def _check_date(value: str, path: Path, line: int | None) -> str:
    try:
        return Date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise ReadError(path, f"date {value!r} is not YYYY-MM-DD", line) from exc


def _check_lang(value: str, path: Path, line: int | None) -> str:
    lang = value.strip().lower()
    if not _LANG_RE.match(lang):
        raise ReadError(path, f"language {value!r} is not an ISO 639 code such as ru, en, kk", line)
    return lang


HEADLINE_MAX = 140  # a first line longer than this is a paragraph, not a headline


def _title_from_name(path: Path) -> str:
    """A title made from a file name: one line, printable (names may hold newlines, ESC …),
    without the language of a NAME.ru.txt pair ("NAME", not "NAME.ru")."""
    match = _PAIR_RE.match(path.name)
    stem = match.group("stem") if match else path.stem
    return " ".join(_CONTROL.sub(" ", storable(stem)).split())


def headline(content: str) -> str | None:
    """The first line of a text when it reads as a headline: short, followed by more text, and
    not ending like a sentence."""
    lines = content.strip().splitlines()
    if len(lines) < 2:
        return None
    first = " ".join(_CONTROL.sub(" ", lines[0]).split())
    if not first or len(first) > HEADLINE_MAX or first[-1] in ".!?;:,":
        return None
    return first


def _text_draft(path: Path, lang: str | None) -> tuple[TextDraft, str, str | None]:
    """A text file as a draft plus the (title, date) of its header line, if any."""
    content = _read_text(path)
    if not content.strip():
        raise ReadError(path, "empty file: no text to import")
    header = parse_header(content)
    title, date, body_start = _title_from_name(path), None, 0
    if header is None and _PAIR_RE.match(path.name):  # a NAME.ru.txt pair: its headline, if it has one
        title = headline(content) or title
    if header is not None:
        title, date, body_start = header.title, header.date, header.body_start
    if not content[body_start:].strip() and header is None:
        raise ReadError(path, "empty file: no text to import")
    return TextDraft(content, lang, storable(path), body_start), title, date


def read_text_group(
    paths: list[Path], original_lang: str | None, skipped: list[ReadError] | None = None
) -> ArticleDraft:
    """One article from a single .txt file, or from NAME.xx.txt siblings (original + translations).

    With ``skipped``, a translation that cannot be read is appended there and the article
    keeps the others; without it, it raises like the original does. An unreadable original
    drops the group: its error says which translations were left out with it.
    """
    langs: dict[Path, str | None] = {}
    for path in paths:
        match = _PAIR_RE.match(path.name)
        langs[path] = match.group("lang").lower() if match and len(paths) > 1 else None
    if len(paths) == 1:
        match = _PAIR_RE.match(paths[0].name)
        langs[paths[0]] = match.group("lang").lower() if match else None
    chosen = _choose_original(paths, langs, original_lang)
    try:
        text, title, date = _text_draft(chosen, langs[chosen])
    except ReadError as exc:
        rest = [shown(p.name) for p in paths if p is not chosen]
        if not rest:
            raise
        left_out = f"{exc.problem}; its translations {', '.join(rest)} were not imported either"
        raise ReadError(chosen, left_out, exc.line) from exc
    article = ArticleDraft(original=text, title=title, date=date, source=storable(chosen))
    for path in paths:
        if path is chosen:
            continue
        try:
            draft, _t, _d = _text_draft(path, langs[path])
        except ReadError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
            continue
        article.translations.append(draft)
    return article


def _choose_original(paths: list[Path], langs: dict[Path, str | None], wanted: str | None) -> Path:
    if len(paths) == 1:
        return paths[0]
    if wanted:
        for path in paths:
            if langs[path] == wanted:
                return path
        raise ReadError(paths[0], f"no {wanted} file among {', '.join(shown(p.name) for p in paths)}")
    # Sverka checks English versions against their originals: a non-English file comes first.
    non_english = [p for p in paths if langs[p] != "en"]
    return sorted(non_english or paths, key=lambda p: p.name)[0]


def _records_from_jsonl(path: Path, text: str) -> Iterator[tuple[int, dict[str, object]]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReadError(path, f"invalid JSON ({exc.msg} at column {exc.colno})", number) from exc
        except RecursionError as exc:
            raise ReadError(path, "invalid JSON (nested too deeply)", number) from exc
        except ValueError as exc:  # e.g. an integer over 4,300 digits (int_max_str_digits)
            raise ReadError(path, f"invalid JSON ({str(exc).split(';')[0]})", number) from exc
        if not isinstance(record, dict):
            raise ReadError(path, "each line must be a JSON object", number)
        yield number, record


def _records_from_csv(path: Path, text: str) -> Iterator[tuple[int, dict[str, object]]]:
    """Rows with the line each *starts* on (a quoted cell may span lines)."""
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise ReadError(path, f"malformed CSV header ({exc})", 1) from exc
    if not header or "text" not in header:
        raise ReadError(path, f"CSV header must name the fields {', '.join(FIELDS)} (at least text)", 1)
    unknown = [name for name in header if name not in FIELDS]
    if unknown:
        raise ReadError(path, f"unknown CSV column {unknown[0]!r}; expected {', '.join(FIELDS)}", 1)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ReadError(path, f"malformed CSV ({exc})", start) from exc
        if None in row:
            raise ReadError(path, "more cells than header columns", start)
        yield start, dict(row)


def _string_field(record: dict[str, object], name: str, path: Path, line: int) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ReadError(path, f"field {name!r} must be a string", line)
    text = str(value)
    # JSON may spell a lone surrogate ("\ud800"): no UTF-8 encoding exists for it, so it
    # could be neither stored nor exported.
    bad = _SURROGATE.search(text)
    if bad:
        raise ReadError(path, f"field {name!r} holds a lone surrogate \\u{ord(bad.group()):04x} (not text)", line)
    return text


def read_table(path: Path) -> list[ArticleDraft]:
    """Articles from a JSONL or CSV file with fields id, title, date, url, lang, text, translation_of."""
    text = _read_text(path)
    rows = _records_from_csv(path, text) if path.suffix.lower() == ".csv" else _records_from_jsonl(path, text)
    articles: dict[str, ArticleDraft] = {}
    pending: list[tuple[int, str, TextDraft]] = []
    order: list[ArticleDraft] = []
    for number, record in rows:
        body = _string_field(record, "text", path, number)
        if body is None or not body.strip():
            raise ReadError(path, "field 'text' is missing or empty", number)
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        lang_value = _string_field(record, "lang", path, number)
        lang = _check_lang(lang_value, path, number) if lang_value else None
        ident = _string_field(record, "id", path, number) or f"{storable(path.name)}:{number}"
        parent = _string_field(record, "translation_of", path, number)
        draft = TextDraft(body, lang, f"{storable(path)}:{number}")
        if parent:
            pending.append((number, parent, draft))
            continue
        if ident in articles:
            raise ReadError(path, f"duplicate id {ident!r}", number)
        date_value = _string_field(record, "date", path, number)
        article = ArticleDraft(
            original=draft,
            title=_string_field(record, "title", path, number) or "",
            date=_check_date(date_value, path, number) if date_value else None,
            url=_string_field(record, "url", path, number),
            external_id=ident,
            source=storable(path),
        )
        articles[ident] = article
        order.append(article)
    for number, parent, draft in pending:
        if parent not in articles:
            raise ReadError(path, f"translation_of {parent!r} names no article in this file", number)
        articles[parent].translations.append(draft)
    if not order:
        raise ReadError(path, "no articles in file")
    return order


def expand_paths(paths: Iterable[Path]) -> tuple[list[list[Path]], list[ReadError]]:
    """Group input paths into import units: a table file, a lone text, or NAME.xx.txt siblings.

    Folders are walked recursively; files of unknown type inside folders are skipped, but a
    file named explicitly must be importable.
    """
    units: list[list[Path]] = []
    errors: list[ReadError] = []
    texts: dict[tuple[Path, str], list[Path]] = {}
    files: list[Path] = []
    for path in paths:
        try:
            mode = path.stat().st_mode  # follows a symlink: what matters is what it points at
        except OSError as exc:
            missing = exc.errno == errno.ENOENT
            errors.append(ReadError(path, "no such file or folder" if missing else f"cannot read: {exc.strerror}"))
            continue
        if stat.S_ISDIR(mode):
            found, problems = _walk_folder(path)
            files.extend(found)
            errors.extend(problems)
        elif path.suffix.lower() not in SUPPORTED:
            suffix = shown(path.suffix) if path.suffix else "(none)"
            errors.append(
                ReadError(path, f"unsupported file type {suffix}; use .txt, .jsonl, .csv, .tmx or a Label Studio .json")
            )
        elif not stat.S_ISREG(mode):
            errors.append(ReadError(path, f"{special_file_kind(mode)}, not a regular file; refusing to read it"))
        else:
            files.append(path)
    for file in files:
        if file.suffix.lower() in TABLE_SUFFIXES:
            units.append([file])
            continue
        match = _PAIR_RE.match(file.name)
        key = (file.parent, match.group("stem") if match else file.name)
        texts.setdefault(key, []).append(file)
    units.extend(texts.values())
    return units, errors


def files_in_folder(folder: Path, suffixes: set[str]) -> tuple[list[Path], list[ReadError]]:
    """Files with other readers' ``suffixes`` under ``folder`` (TMX files in a corpus folder),
    found by the same rules as the importer's own (see :func:`_walk_folder`)."""
    return _walk_folder(folder, suffixes)


def _walk_folder(folder: Path, suffixes: set[str] = SUPPORTED) -> tuple[list[Path], list[ReadError]]:
    """The importable files under ``folder``, and one error per sub-folder that cannot be
    read and per symlink whose target lies outside ``folder``.

    Symlinks to folders are not followed (as before); a symlink to a file is read only if
    the file is inside the folder: a link to ``~/.ssh/id_rsa`` dropped into a corpus must not
    be imported and exported. Files named on the command line are the user's choice.
    """
    root = os.path.realpath(folder)
    errors: list[ReadError] = []

    def unreadable(exc: OSError) -> None:
        errors.append(ReadError(exc.filename or folder, f"cannot read folder: {exc.strerror}; skipped"))

    found: list[Path] = []
    for dirpath, _dirs, names in os.walk(folder, onerror=unreadable):
        for name in names:
            path = Path(dirpath, name)
            if path.suffix.lower() in suffixes and path.is_file():
                found.append(path)
    files: list[Path] = []
    for path in sorted(found):
        target = os.path.realpath(path)
        if os.path.commonpath([root, target]) != root:
            errors.append(ReadError(path, f"a symlink to {shown(target)}, outside the folder; skipped"))
        else:
            files.append(path)
    return files, errors


def read_unit(
    unit: list[Path], original_lang: str | None = None, skipped: list[ReadError] | None = None
) -> list[ArticleDraft]:
    """Read one import unit (see :func:`expand_paths`); ``skipped``: see :func:`read_text_group`."""
    if unit[0].suffix.lower() in TABLE_SUFFIXES:
        return read_table(unit[0])
    return [read_text_group(sorted(unit), original_lang, skipped)]
