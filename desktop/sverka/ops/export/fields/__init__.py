"""Field sets: the parts of an export record, each filled by one function for a whole chunk.

A record is one original sentence. The record stream (:mod:`sverka.ops.export.records`) loads a
chunk of articles, pairs each original sentence with its aligned translation sentences
(:class:`Source`), lays out every record's keys in the order of the chosen field sets, and
calls each set's ``fill`` in turn. Which sets an export carries is chosen by
:class:`sverka.ops.export.options.ExportOptions`; nothing registers itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

Record = dict[str, Any]


class Source(NamedTuple):
    """What a record is made from (column rows of the chunk's queries)."""

    article: Any  # id, title, date, url, status
    original: Any  # the original text: id, role, lang, lang_override, origin, model_id, content
    sentence: Any  # the original sentence
    translation: Any | None  # the paired translation text, if the article has one
    targets: list[Any]  # its sentences aligned to this one (may be empty)
    link: str | None  # the link's kind ("1-1", "2-1", …), None while pairing by index


@dataclass
class Chunk:
    """The records of a chunk of articles, by original sentence id, and what they are made from."""

    records: dict[str, Record]
    sources: dict[str, Source]
    # sentence id -> its labels under the export's --resolve mode; None: the people's union
    resolved: Mapping[str, Sequence[str]] | None = None

    def article_ids(self) -> list[str]:
        """The chunk's articles: field sets query by these (a few hundred bound parameters)
        rather than by sentence ids (tens of thousands)."""
        return list(dict.fromkeys(s.article.id for s in self.sources.values()))

    def translation_ids(self) -> list[str]:
        """The paired translation texts of the chunk."""
        return list(dict.fromkeys(s.translation.id for s in self.sources.values() if s.translation is not None))


@dataclass(frozen=True)
class FieldSet:
    """A named group of record fields.

    ``fields`` are the record keys it fills and ``csv_columns`` the CSV columns it adds, in
    order; ``after`` places both right after that key/column of an earlier set (else they
    follow everything before). ``requires`` names sets whose keys ``fill`` reads.
    """

    name: str
    fields: tuple[str, ...]
    fill: Callable[[Session, Chunk], None]
    csv_columns: tuple[str, ...] = ()
    csv_cells: Mapping[str, Callable[[Any], str]] = field(default_factory=dict)
    csv_sources: Mapping[str, str] = field(default_factory=dict)  # CSV column -> the record key it renders
    after: str | None = None
    requires: tuple[str, ...] = ()


def _placed(order: list[str], names: Sequence[str], after: str | None) -> list[str]:
    if after is None or after not in order:
        return [*order, *names]
    at = order.index(after) + 1
    return [*order[:at], *names, *order[at:]]


def record_keys(sets: Sequence[FieldSet]) -> list[str]:
    """Every record key of these sets, in record order."""
    order: list[str] = []
    for fs in sets:
        order = _placed(order, fs.fields, fs.after)
    return order


def csv_columns(sets: Sequence[FieldSet]) -> list[str]:
    """The CSV header of these sets."""
    order: list[str] = []
    for fs in sets:
        order = _placed(order, fs.csv_columns, fs.after)
    return order
