"""Field sets: the parts of an export record, each filled by one function for a whole chunk.

A record is one original sentence. The record stream (:mod:`sverka.ops.export.records`) loads a
chunk of articles, pairs each original sentence with its aligned translation sentences
(:class:`Source`) and calls each set's ``fill`` in turn, which fills its keys' columns of the
:class:`Chunk`; records take their keys in the order of the chosen field sets. Which sets an export carries is chosen by
:class:`sverka.ops.export.options.ExportOptions`; nothing registers itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

Record = dict[str, Any]


class Source(NamedTuple):
    """What a record is made from (tuples of the chunk's queries, see :mod:`..records`)."""

    article: Any  # records.ArticleRow: id, title, date, url, status (by the progress rule), external_id
    original_id: str  # the original text
    sentence: Any  # records.SentenceRow: id, idx, kind, lang (resolved), text (its wording), reviewed
    translation: Any | None  # records.TextRow of the paired translation (id, lang, origin, model_id), if any
    targets: list[Any]  # its records.TargetRow sentences aligned to this one (may be empty)
    link: str | None  # the link's kind ("1-1", "2-1", …), None while pairing by index


@dataclass
class Chunk:
    """The records of a chunk of articles as columns: ``columns[key][i]`` is the value of
    ``key`` in the record of ``sources[i]`` (the chunk's original sentences in record order).

    Field sets fill whole columns (a list comprehension per key, no per-record dict), the
    Parquet writer turns them into Arrow arrays as they are, and the record stream zips them
    into dicts only for the formats that want records.
    """

    sources: list[Source]
    # sentence id -> its labels under the export's --resolve mode; None: the people's union
    resolved: Mapping[str, Sequence[str]] | None = None
    columns: dict[str, list[Any]] = field(default_factory=dict)
    # the annotations of the chunk's original sentences, read once with the status counts:
    # (sentence id, label, annotator, annotator kind, created_at, note), oldest first
    annotations: list[Any] = field(default_factory=list)
    # rows the export's streams read for this chunk (:mod:`sverka.ops.export.streams`): "notes"
    # and "mqm", as the per-chunk queries give them; a set without its key queries
    prefetched: dict[str, list[Any]] = field(default_factory=dict)

    # The id lists below, made once per chunk (several field sets ask; each walk of a chunk's
    # sources is 10,000 tuples): never mutated by their callers, dropped by keep().
    _ids: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.sources)

    def _cached(self, name: str, make: Callable[[], list[str]]) -> list[str]:
        got = self._ids.get(name)
        if got is None:
            got = self._ids[name] = make()
        return got

    def sentence_ids(self) -> list[str]:
        return self._cached("sentences", lambda: [s.sentence[0] for s in self.sources])

    def column(self, key: str) -> list[Any]:
        """A filled column, or Nones when no chosen set fills ``key``."""
        got = self.columns.get(key)
        return got if got is not None else [None] * len(self.sources)

    def article_ids(self) -> list[str]:
        """The chunk's articles: field sets query by these (a few hundred bound parameters)
        rather than by sentence ids (tens of thousands)."""
        return self._cached("articles", lambda: list(dict.fromkeys(s.article[0] for s in self.sources)))

    def original_ids(self) -> list[str]:
        """The chunk's original texts."""
        return self._cached("originals", lambda: list(dict.fromkeys(s.original_id for s in self.sources)))

    def translation_ids(self) -> list[str]:
        """The paired translation texts of the chunk."""
        return self._cached(
            "translations",
            lambda: list(dict.fromkeys(s.translation[0] for s in self.sources if s.translation is not None)),
        )

    def keep(self, rows: list[int]) -> None:
        """Keep only these rows (indices, in order) of every column."""
        self.sources = [self.sources[i] for i in rows]
        self._ids = {}
        self.columns = {k: [col[i] for i in rows] for k, col in self.columns.items()}


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
