"""doccano's text-classification JSONL: ``{"text", "label": [names], …metadata}`` per line.

doccano imports one JSON object per line with ``text`` and ``label`` (a list of category
names); every other key is kept as the example's metadata, so the ids and the translation
come along and a round trip finds its sentences again.
"""

from __future__ import annotations

from typing import IO

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers.base import Writer
from sverka.ops.export.writers.jsonl import _serializer
from sverka.progress import Progress

META = ("sentence_id", "article_id", "idx", "lang", "translation", "translation_lang", "title", "date", "external_id")


def write(project: Project, out: IO[str], options: ExportOptions, progress: Progress) -> int:
    dumps = _serializer()
    count = 0
    for record in iter_records(project, options, progress):
        line = {"text": record["text"], "label": list(record["labels"])}
        line.update({k: record.get(k) for k in META})
        out.write(dumps(line) + "\n")
        count += 1
    return count


WRITER = Writer("doccano", write, description="doccano: text classification JSONL (text, label)")
