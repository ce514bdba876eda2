"""The one rule for a sentence's current wording: its post-edit if any, else its span of the
stored text. Python callers, SQLAlchemy queries and raw SQL (the search triggers) all use it
from here, so an edited sentence reads the same in every view, export and search.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from sverka.db.models import Sentence, Text


def wording(edited: str | None, content: str, start: int, end: int) -> str:
    """The current wording from a sentence's columns and its text's content."""
    return edited if edited is not None else content[start:end]


def sentence_wording(text: Any, sentence: Any) -> str:
    """The current wording of ``sentence`` (anything with ``edited``/``start``/``end``) in
    ``text`` (anything with ``content``): ORM objects and column rows alike."""
    return wording(sentence.edited, text.content, sentence.start, sentence.end)


def wording_sql(sentence: str = "s", text: str = "t") -> str:
    """The rule as an SQL expression over a sentence row and its text row (SQL aliases)."""
    s, t = sentence, text
    return f'COALESCE({s}.edited, substr({t}.content, {s}.start + 1, {s}."end" - {s}.start))'


def wording_column() -> ColumnElement[str]:
    """The rule as a column of a query that joins :class:`Sentence` to its :class:`Text`."""
    return func.coalesce(Sentence.edited, func.substr(Text.content, Sentence.start + 1, Sentence.end - Sentence.start))


def wordings(session: Session, sentence_ids: Iterable[str]) -> dict[str, str]:
    """The current wording of each of these sentences, by id (unknown ids are left out)."""
    ids = list(sentence_ids)
    out: dict[str, str] = {}
    for k in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        for sid, edited, start, end, content in session.execute(
            select(Sentence.id, Sentence.edited, Sentence.start, Sentence.end, Text.content)
            .join(Text, Text.id == Sentence.text_id)
            .where(Sentence.id.in_(ids[k : k + 500]))
        ):
            out[sid] = wording(edited, content, start, end)
    return out
