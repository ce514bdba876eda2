"""The text a model sees for a sentence: its wording with its aligned counterpart's.

An original sentence is joined with the translation sentences its alignment row pairs it with
(the article's first translation that covers it), a translation sentence with the original
sentences of its row; without links, sentences pair by index. So a label put on either side
teaches the model both languages, and a suggestion on either side reads both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Link, Sentence, Text
from sverka.db.wording import wording_column

SEPARATOR = " ‖ "  # between a sentence and its counterpart: a mark neither language uses
CHUNK = 500  # ids per IN (...): stay under SQLite's bound-parameter limit


@dataclass(frozen=True)
class _TextInfo:
    id: str
    article_id: str
    role: str
    position: int


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for at in range(0, len(ids), CHUNK):
        yield ids[at : at + CHUNK]


@dataclass
class _Articles:
    """The texts, sentences and links of the articles the asked-for sentences belong to."""

    texts: dict[str, _TextInfo] = field(default_factory=dict)
    by_text: dict[str, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))  # text -> idx -> wording
    where: dict[str, tuple[str, int]] = field(default_factory=dict)  # sentence -> (text, idx)
    links: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=lambda: defaultdict(list))
    sides: dict[str, list[_TextInfo]] = field(default_factory=lambda: defaultdict(list))  # original first

    def words(self, text_id: str, idxs: Iterable[int]) -> list[str]:
        row = self.by_text[text_id]
        return [row[i] for i in idxs if i in row]

    def counterpart(self, text_id: str, idx: int) -> list[str]:
        info = self.texts[text_id]
        sides = self.sides[info.article_id]
        if info.role == "original":
            for other in sides:
                if other.id == text_id:
                    continue
                rows = self.links.get(other.id)
                if rows is None:
                    found = self.words(other.id, [idx])
                else:
                    found = [
                        w for s0, s1, t0, t1 in rows if s0 <= idx < s1 for w in self.words(other.id, range(t0, t1))
                    ]
                if found:
                    return found
            return []
        original = next((t for t in sides if t.role == "original"), None)
        if original is None:
            return []
        rows = self.links.get(text_id)
        if rows is None:
            return self.words(original.id, [idx])
        return [w for s0, s1, t0, t1 in rows if t0 <= idx < t1 for w in self.words(original.id, range(s0, s1))]


def _load(session: Session, wanted: list[str]) -> _Articles:
    loaded = _Articles()
    articles: set[str] = set()
    for part in _chunks(wanted):
        articles |= set(
            session.scalars(
                select(Text.article_id).join(Sentence, Sentence.text_id == Text.id).where(Sentence.id.in_(part))
            )
        )
    body = wording_column()
    for part in _chunks(sorted(articles)):
        for t in session.execute(
            select(Text.id, Text.article_id, Text.role, Text.position).where(Text.article_id.in_(part))
        ):
            loaded.texts[t.id] = _TextInfo(t.id, t.article_id, t.role, t.position)
        for s in session.execute(
            select(Sentence.id, Sentence.text_id, Sentence.idx, body.label("body"))
            .join(Text, Text.id == Sentence.text_id)
            .where(Text.article_id.in_(part))
        ):
            loaded.by_text[s.text_id][s.idx] = s.body
            loaded.where[s.id] = (s.text_id, s.idx)
    translations = [t.id for t in loaded.texts.values() if t.role != "original"]
    for part in _chunks(translations):
        for link in session.execute(
            select(Link.translation_id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to).where(
                Link.translation_id.in_(part)
            )
        ):
            loaded.links[link.translation_id].append((link.src_from, link.src_to, link.tgt_from, link.tgt_to))
    for info in sorted(loaded.texts.values(), key=lambda t: (t.role != "original", t.position)):
        loaded.sides[info.article_id].append(info)
    return loaded


def unit_texts(session: Session, sentence_ids: Iterable[str]) -> dict[str, str]:
    """sentence id -> the unit's text (unknown ids are left out)."""
    wanted = list(dict.fromkeys(sentence_ids))
    loaded = _load(session, wanted)
    out: dict[str, str] = {}
    for sid in wanted:
        if sid in loaded.where:
            text_id, idx = loaded.where[sid]
            own = loaded.by_text[text_id][idx]
            counterpart = loaded.counterpart(text_id, idx)
            out[sid] = own + SEPARATOR + " ".join(counterpart) if counterpart else own
    return out
