"""Reading Label Studio JSON exports and doccano JSONL into labeled articles.

Both tools label a whole text with classes ("choices" in Label Studio, ``label`` in
doccano's text classification); Sverka labels sentences. So a task (a record) is one
sentence, kept as written, never re-segmented, and its classes are that sentence's labels.
Which tasks form one article: the ``article`` field (or ``article_id``, as Sverka's own
exports write it; Label Studio: in ``data`` or ``meta``;
doccano: beside ``text`` or in ``meta``), with ``title``, ``date`` and ``lang`` the same
way; without it, one article per file. A ``translation`` field (and ``translation_lang``)
the same way gives the task's translation, aligned 1-1 with it as a manual row.

Refused with one line, so nothing half-imported: span labels (Label Studio ``labels``
results, doccano sequence labeling ``[[start, end, "TAG"], …]``): Sverka's labels are on
sentences, and a span label turned into a sentence label would say something the annotator
did not. Other result types (text areas, ratings) are refused too rather than dropped.
Label Studio tasks with annotations use those (every non-cancelled one, merged); a task
with none uses its ``predictions``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from sverka.core.decode import NotText, decode_bytes
from sverka.core.languages import canonical_code
from sverka.core.peer_drafts import LabeledSentence, LinkSpan, PeerArticle, joined_text
from sverka.core.readers import ArticleDraft, ReadError, read_file_bytes
from sverka.paths import storable

_SURROGATE = re.compile("[\ud800-\udfff]")
_SPAN_TYPES = {"labels", "hypertextlabels", "paragraphlabels", "rectanglelabels", "polygonlabels"}


@dataclass(frozen=True)
class _Where:
    """Where a record is: a Label Studio task by number, a doccano record by line."""

    task: int | None = None
    line: int | None = None

    def __str__(self) -> str:
        return f"task {self.task}" if self.task is not None else f"line {self.line}"

    def error(self, path: Path, problem: str) -> ReadError:
        if self.task is not None:
            return ReadError(path, f"task {self.task}: {problem}")
        return ReadError(path, problem, self.line)


@dataclass
class _Record:
    text: str
    labels: list[str]
    where: _Where
    article: str | None = None
    title: str = ""
    date: str | None = None
    lang: str | None = None
    translation: str | None = None
    translation_lang: str | None = None
    external_id: str | None = None


@dataclass
class _Group:
    records: list[_Record] = field(default_factory=list)


def _decoded(path: Path) -> str:
    try:
        text, _encoding = decode_bytes(read_file_bytes(path))
    except NotText as exc:
        raise ReadError(path, str(exc)) from exc
    if not text.strip():
        raise ReadError(path, "empty file: nothing to import")
    return text


def _loads(path: Path, text: str, line: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = exc.lineno if line is None else line
        raise ReadError(path, f"invalid JSON ({exc.msg} at column {exc.colno})", at) from exc
    except RecursionError as exc:
        raise ReadError(path, "invalid JSON (nested too deeply)", line) from exc
    except ValueError as exc:  # an integer over 4,300 digits (int_max_str_digits)
        raise ReadError(path, f"invalid JSON ({str(exc).split(';')[0]})", line) from exc


def _string(path: Path, value: object, what: str, where: _Where) -> str:
    if not isinstance(value, str):
        raise where.error(path, f"{what} must be a string")
    bad = _SURROGATE.search(value)
    if bad:
        raise where.error(path, f"{what} holds a lone surrogate \\u{ord(bad.group()):04x} (not text)")
    return value


def _label_list(path: Path, value: object, where: _Where) -> list[str]:
    if not isinstance(value, list):
        raise where.error(path, "the labels must be a list")
    return [_string(path, item, "a label", where).strip() for item in value if str(item).strip()]


def _grouping(path: Path, record: _Record, *sources: object) -> None:
    """``article``, ``title``, ``date`` and ``lang`` from the first mapping that has them."""
    for source in sources:
        if not isinstance(source, dict):
            continue
        key = source.get("article", source.get("article_id"))  # article_id: Sverka's own exports
        if record.article is None and key not in (None, ""):
            is_number = isinstance(key, int) and not isinstance(key, bool)
            record.article = str(key) if is_number else _string(path, key, "'article'", record.where)
        if not record.title and isinstance(source.get("title"), str):
            record.title = _string(path, source["title"], "'title'", record.where)
        if record.date is None and source.get("date"):
            value = _string(path, source["date"], "'date'", record.where)
            try:
                record.date = Date.fromisoformat(value).isoformat()
            except ValueError as exc:
                raise record.where.error(path, f"date {value!r} is not YYYY-MM-DD") from exc
        if record.external_id is None and isinstance(source.get("external_id"), str) and source["external_id"]:
            record.external_id = _string(path, source["external_id"], "'external_id'", record.where)
        record.lang = record.lang or _language(path, source.get("lang"), "'lang'", record.where)
        if record.translation is None and source.get("translation"):
            translation = _string(path, source["translation"], "'translation'", record.where)
            record.translation = translation if translation.strip() else None
        record.translation_lang = record.translation_lang or _language(
            path, source.get("translation_lang"), "'translation_lang'", record.where
        )


def _language(path: Path, value: object, what: str, where: _Where) -> str | None:
    if not value:
        return None
    code = canonical_code(_string(path, value, what, where))
    if code is None:
        raise where.error(path, f"language {value!r} is not an ISO 639 code Sverka knows")
    return code


def _articles(path: Path, records: list[_Record]) -> list[PeerArticle]:
    if not records:
        raise ReadError(path, "no tasks in file")
    groups: dict[str | None, _Group] = {}
    for record in records:
        groups.setdefault(record.article, _Group()).records.append(record)
    source = storable(path)
    stem = " ".join(storable(path.stem).split())
    out = []
    for key, group in groups.items():
        first = group.records[0]
        langs = {r.lang for r in group.records if r.lang}
        lang = langs.pop() if len(langs) == 1 else None  # mixed or unsaid: detected
        texts = [r.text for r in group.records]
        draft = ArticleDraft(
            original=joined_text(texts, lang, f"{source}:{key}" if key is not None else source),
            title=first.title or (key if key is not None else stem),
            date=first.date,
            external_id=first.external_id or key,
            source=source,
        )
        labels = [LabeledSentence(i, r.labels, str(r.where)) for i, r in enumerate(group.records) if r.labels]
        article = PeerArticle(draft, labels=labels)
        _add_translation(article, group.records)
        out.append(article)
    return out


def _add_translation(article: PeerArticle, records: list[_Record]) -> None:
    """Tasks that carry their translation (``translation`` beside the text, as Sverka's own
    exports write it): one translation text, each task's row 1-1 (1-0 where it has none)."""
    if not any(r.translation for r in records):
        return
    segments: list[str] = []
    links: list[LinkSpan] = []
    for index, record in enumerate(records):
        if record.translation:
            links.append((index, index + 1, len(segments), len(segments) + 1))
            segments.append(record.translation)
        else:
            links.append((index, index + 1, len(segments), len(segments)))
    langs = {r.translation_lang for r in records if r.translation_lang}
    lang = langs.pop() if len(langs) == 1 else None
    article.draft.translations.append(joined_text(segments, lang, article.draft.original.source))
    article.links.append(links)


def _task_text(path: Path, data: object, where: _Where) -> str:
    if not isinstance(data, dict):
        raise where.error(path, "'data' must be an object with the task's text")
    if "text" in data:
        value = data["text"]
    else:  # a labeling config may name the field otherwise ($review, …): the one string
        strings = [v for v in data.values() if isinstance(v, str)]
        if len(strings) != 1:
            raise where.error(path, "'data' has no 'text' field")
        value = strings[0]
    text = _string(path, value, "'text'", where)
    if not text.strip():
        raise where.error(path, "the text is empty")
    return text


def _choices(path: Path, results: object, where: _Where) -> list[str]:
    if not isinstance(results, list):
        raise where.error(path, "'result' must be a list")
    labels: list[str] = []
    for item in results:
        if not isinstance(item, dict):
            raise where.error(path, "each result must be an object")
        kind = item.get("type")
        if kind in _SPAN_TYPES:
            raise where.error(path, f"span labels ({kind!r}) are not imported: Sverka labels whole sentences")
        if kind != "choices":
            raise where.error(path, f"result type {kind!r} is not imported (only 'choices')")
        value = item.get("value")
        if not isinstance(value, dict):
            raise where.error(path, "a choices result needs a 'value' object")
        labels.extend(_label_list(path, value.get("choices"), where))
    return labels


def _task_labels(path: Path, task: dict[str, Any], where: _Where) -> list[str]:
    labels: list[str] = []
    for key in ("annotations", "predictions"):
        entries = task.get(key) or []
        if not isinstance(entries, list):
            raise where.error(path, f"{key!r} must be a list")
        for entry in entries:
            if not isinstance(entry, dict):
                raise where.error(path, f"each of {key!r} must be an object")
            if entry.get("was_cancelled"):
                continue
            labels.extend(_choices(path, entry.get("result", []), where))
        if any(isinstance(e, dict) and not e.get("was_cancelled") for e in entries):
            break  # a person's annotations win over a model's predictions
    return list(dict.fromkeys(labels))


def read_label_studio(path: Path) -> list[PeerArticle]:
    """A Label Studio JSON export (a list of tasks) as labeled articles."""
    tasks = _loads(path, _decoded(path), None)
    if isinstance(tasks, dict):  # one task exported alone
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise ReadError(path, "not a Label Studio export: expected a list of tasks")
    records = []
    for number, task in enumerate(tasks, start=1):
        where = _Where(task=number)
        if not isinstance(task, dict) or "data" not in task:
            raise where.error(path, "not a Label Studio task (no 'data')")
        record = _Record(_task_text(path, task["data"], where), _task_labels(path, task, where), where)
        _grouping(path, record, task["data"], task.get("meta"))
        records.append(record)
    return _articles(path, records)


def _doccano_labels(path: Path, value: object, where: _Where) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list) and any(isinstance(item, list) for item in value):
        raise where.error(path, "sequence labels ([start, end, tag]) are not imported: Sverka labels whole sentences")
    return _label_list(path, value, where)


def read_doccano(path: Path) -> list[PeerArticle]:
    """A doccano JSONL export (text classification: ``{"text": …, "label": [...]}``)."""
    records = []
    for number, line in enumerate(_decoded(path).split("\n"), start=1):
        if not line.strip():
            continue
        record = _loads(path, line, number)
        where = _Where(line=number)
        if not isinstance(record, dict):
            raise ReadError(path, "each line must be a JSON object", number)
        if "text" not in record:
            raise ReadError(path, "no 'text' field: not a doccano record", number)
        text = _string(path, record["text"], "'text'", where)
        if not text.strip():
            raise ReadError(path, "the text is empty", number)
        labels = _doccano_labels(path, record.get("label", record.get("labels")), where)
        parsed = _Record(text, list(dict.fromkeys(labels)), where)
        _grouping(path, parsed, record, record.get("meta"))
        records.append(parsed)
    return _articles(path, records)


def looks_like_doccano(path: Path) -> bool:
    """A JSONL file whose first record has doccano's ``label`` list (Sverka's own JSONL has none)."""
    try:
        if not path.is_file():  # a FIFO named x.jsonl must not block here: the reader refuses it
            return False
        with path.open("rb") as handle:
            first = next((line for line in handle if line.strip()), b"")
        record = json.loads(first.decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(record, dict) and isinstance(record.get("label"), list) and "translation_of" not in record
