"""spaCy's binary training format: a ``DocBin`` with one ``Doc`` per sentence.

``doc.cats`` holds every project label (1.0 given, 0.0 not), the name mentions are
``doc.ents`` (PER, LOC, ORG, MISC), and ``doc.user_data`` keeps the ids and the translation.
Each language's blank tokenizer is used; spaCy has no Kazakh class, so Kazakh (and any
language it lacks) uses ``xx``. spaCy is the optional ``spacy`` extra.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sverka.db.project import Project
from sverka.ops.export.files import atomic_paths
from sverka.ops.export.labels import label_names
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers.base import MissingExtra, Writer
from sverka.progress import Progress

ENT_LABELS = {"person": "PER", "place": "LOC", "organisation": "ORG"}
USER_KEYS = ("sentence_id", "article_id", "idx", "lang", "translation", "translation_lang", "title", "date")


def require_spacy() -> Any:
    try:
        import spacy
        from spacy.tokens import DocBin  # noqa: F401
    except ImportError:
        raise MissingExtra("spaCy export needs spaCy: pip install 'sverka[spacy]' (or pip install spacy)") from None
    return spacy


class Tokenizers:
    """One blank pipeline per language, made on first use."""

    def __init__(self, spacy: Any) -> None:
        self.spacy = spacy
        self.by_lang: dict[str, Any] = {}

    def __call__(self, lang: str) -> Any:
        if lang not in self.by_lang:
            try:
                self.by_lang[lang] = self.spacy.blank(lang) if lang != "kk" else self.spacy.blank("xx")
            except (ImportError, KeyError, ValueError, LookupError):  # spaCy has no class for it
                self.by_lang[lang] = self.spacy.blank("xx")
        return self.by_lang[lang]


def make_doc(nlp: Any, record: dict[str, Any], labels: Sequence[str]) -> Any:
    from spacy.util import filter_spans

    doc = nlp.make_doc(record["text"] or "")
    given = set(record["labels"])
    doc.cats = {name: 1.0 if name in given else 0.0 for name in labels}
    spans = []
    for m in record.get("mentions") or ():
        span = doc.char_span(m["start"], m["end"], label=ENT_LABELS.get(m["kind"], "MISC"), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)  # overlapping mentions: the longest wins, as spaCy requires
    doc.user_data.update({k: record.get(k) for k in USER_KEYS})
    return doc


def write_files(
    project: Project, path: Path, options: ExportOptions, progress: Progress, protected: Sequence[Path]
) -> int:
    spacy = require_spacy()
    from spacy.tokens import DocBin

    with project.sessions() as session:
        labels = label_names(session)
    tokenizers = Tokenizers(spacy)
    docs = DocBin(store_user_data=True)
    count = 0
    for record in iter_records(project, options, progress):
        docs.add(make_doc(tokenizers(record["lang"] or "xx"), record, labels))
        count += 1
    with atomic_paths([path], protected) as (tmp,):
        docs.to_disk(tmp)
    return count


WRITER = Writer(
    "spacy", None, write_files=write_files, suffix=".spacy", description="spaCy DocBin (pip install 'sverka[spacy]')"
)
