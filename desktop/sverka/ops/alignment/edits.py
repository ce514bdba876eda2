"""Hand edits of alignment rows: merge, split and relink, as undoable commands.

Each builder reads a translation's links and returns a :class:`ReplaceLinks` command (or None
when nothing would change); :func:`sverka.ops.history.execute` applies and logs it. After
every edit the links still cover each sentence of both texts exactly once, in order. Rows
the user edits or creates become ``manual`` (an alignment re-run keeps them); neighbours that
only lose sentences to such a row keep their origin, so auto neighbours stay free for the
next re-run to improve.

A command replaces the rows inside a box of sentence ranges, the same box before and after;
undo puts back the old rows with their ids and scores.
"""

from __future__ import annotations

from typing import Any, Self

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from sverka.core.align import align
from sverka.db.models import Link, Sentence, Text, new_id
from sverka.ops.alignment.run import LinkRow, link_row, links_for_text, text_bodies
from sverka.ops.history import Changes, Command

Box = tuple[int, int, int, int]  # src_from, src_to, tgt_from, tgt_to


def _key(row: LinkRow) -> Box:
    return row["src_from"], row["src_to"], row["tgt_from"], row["tgt_to"]


def _inside(row: LinkRow, box: Box) -> bool:
    s0, s1, t0, t1 = box
    return s0 <= row["src_from"] and row["src_to"] <= s1 and t0 <= row["tgt_from"] and row["tgt_to"] <= t1


def _overlaps(row: LinkRow, box: Box) -> bool:
    s0, s1, t0, t1 = box
    return max(row["src_from"], s0) < min(row["src_to"], s1) or max(row["tgt_from"], t0) < min(row["tgt_to"], t1)


def bounding_box(rows: list[LinkRow]) -> Box:
    return (
        min(r["src_from"] for r in rows),
        max(r["src_to"] for r in rows),
        min(r["tgt_from"] for r in rows),
        max(r["tgt_to"] for r in rows),
    )


def check_cover(rows: list[LinkRow], n: int, m: int) -> None:
    """Raise ValueError unless ``rows`` (in order) cover 0..n and 0..m exactly once, monotonically."""
    s = t = 0
    for row in rows:
        a, b, c, d = _key(row)
        if (a, c) != (s, t) or b < a or d < c or (a == b and c == d):
            raise ValueError(f"links do not cover the texts in order at row {row}")
        s, t = b, d
    if (s, t) != (n, m):
        raise ValueError(f"links end at ({s}, {t}), the texts at ({n}, {m})")


class ReplaceLinks(Command):
    """Swap the links inside one box of a translation for another set covering the same box."""

    kind = "replace_links"

    def __init__(
        self, translation_id: str, box: Box, before: list[LinkRow], after: list[LinkRow], text: str = ""
    ) -> None:
        self.translation_id, self.box = translation_id, box
        self.before, self.after, self.text = before, after, text

    def _swap(self, session: Session, rows: list[LinkRow]) -> Changes:
        current = links_for_text(session, self.translation_id)
        inside = [r["id"] for r in current if _inside(r, self.box)]
        if any(_overlaps(r, self.box) and not _inside(r, self.box) for r in current):
            # A re-run or another edit moved a row across this edit's box since it was made.
            raise ValueError("the alignment around these rows has changed since; edit the rows again instead")
        if inside:
            session.execute(delete(Link).where(Link.id.in_(inside)))
        if rows:
            session.execute(insert(Link), [{**r, "translation_id": self.translation_id} for r in rows])
        return self._changes(session, {*inside, *(r["id"] for r in rows)})

    def _changes(self, session: Session, link_ids: set[str]) -> Changes:
        article = session.scalar(select(Text.article_id).where(Text.id == self.translation_id))
        original = session.scalar(select(Text.id).where(Text.article_id == article, Text.role == "original"))
        s0, s1, t0, t1 = self.box
        sentences = set(
            session.scalars(
                select(Sentence.id).where(
                    ((Sentence.text_id == original) & (Sentence.idx >= s0) & (Sentence.idx < s1))
                    | ((Sentence.text_id == self.translation_id) & (Sentence.idx >= t0) & (Sentence.idx < t1))
                )
            )
        )
        return Changes(sentences=sentences, articles={article} if article else set(), links=link_ids, alignment=True)

    def apply(self, session: Session) -> Changes:
        return self._swap(session, self.after)

    def revert(self, session: Session) -> Changes:
        return self._swap(session, self.before)

    def to_payload(self) -> dict[str, Any]:
        return {
            "translation_id": self.translation_id,
            "box": list(self.box),
            "before": self.before,
            "after": self.after,
            "text": self.text,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        s0, s1, t0, t1 = payload["box"]
        return cls(payload["translation_id"], (s0, s1, t0, t1), payload["before"], payload["after"], payload["text"])

    def describe(self) -> str:
        return self.text or "edit alignment"


def _manual(a: int, b: int, c: int, d: int) -> LinkRow:
    return {"id": new_id(), "src_from": a, "src_to": b, "tgt_from": c, "tgt_to": d, "origin": "manual", "score": None}


def _sizes(session: Session, translation_id: str) -> tuple[int, int]:
    text = session.execute(select(Text.id, Text.article_id, Text.role).where(Text.id == translation_id)).first()
    if text is None or text.role != "translation":
        raise LookupError(f"no translation text {translation_id}")
    original = session.scalar(select(Text.id).where(Text.article_id == text.article_id, Text.role == "original"))
    if original is None:
        raise LookupError(f"article {text.article_id} has no original text")

    def count(text_id: str) -> int:
        return len(session.scalars(select(Sentence.id).where(Sentence.text_id == text_id)).all())

    return count(original), count(translation_id)


def _current_or_auto(session: Session, translation_id: str) -> tuple[list[LinkRow], bool]:
    """The translation's links, or (when it has none yet) a fresh auto alignment to edit."""
    rows = links_for_text(session, translation_id)
    if rows:
        return rows, True
    text = session.execute(select(Text.id, Text.article_id).where(Text.id == translation_id)).one()
    original = session.execute(
        select(Text.id, Text.content, Text.lang, Text.lang_override).where(
            Text.article_id == text.article_id, Text.role == "original"
        )
    ).one()
    translation = session.execute(
        select(Text.id, Text.content, Text.lang, Text.lang_override).where(Text.id == translation_id)
    ).one()
    beads = align(
        text_bodies(session, original),
        text_bodies(session, translation),
        src_lang=original.lang_override or original.lang,
        tgt_lang=translation.lang_override or translation.lang,
    )
    auto = [
        {
            "id": new_id(),
            "src_from": b.src_from,
            "src_to": b.src_to,
            "tgt_from": b.tgt_from,
            "tgt_to": b.tgt_to,
            "origin": "auto",
            "score": b.score,
        }
        for b in beads
    ]
    return auto, False


def _replace(translation_id: str, before: list[LinkRow], after: list[LinkRow], text: str) -> ReplaceLinks | None:
    if not after or [(_key(r), r["origin"]) for r in before] == [(_key(r), r["origin"]) for r in after]:
        return None
    return ReplaceLinks(translation_id, bounding_box(before + after), before, after, text)


def relink_rows(rows: list[LinkRow], bead: Box) -> tuple[list[LinkRow], list[LinkRow], list[LinkRow]]:
    """Put a manual row ``bead`` into ``rows``; returns (all rows, rows removed, rows added).

    Every other row keeps what lies before the bead on both sides and what lies after it
    (clamping its ranges), so the result stays a monotone cover; a row cut in two gives two.
    """
    s0, s1, t0, t1 = bead
    before: list[LinkRow] = []
    after: list[LinkRow] = []
    removed: list[LinkRow] = []
    added = [_manual(*bead)]
    for row in rows:
        a, b, c, d = _key(row)
        pre = (min(a, s0), min(b, s0), min(c, t0), min(d, t0))
        post = (max(a, s1), max(b, s1), max(c, t1), max(d, t1))
        if pre == (a, b, c, d) or post == (a, b, c, d):  # wholly before or after the bead
            (before if pre == (a, b, c, d) else after).append(row)
            continue
        removed.append(row)
        # A row that straddles the bead leaves a piece on each side; both lists stay monotone.
        for piece, side in ((pre, before), (post, after)):
            if piece[0] < piece[1] or piece[2] < piece[3]:
                cut = {**_manual(*piece), "origin": row["origin"]}
                side.append(cut)
                added.append(cut)
    return [*before, added[0], *after], removed, added


def build_relink(
    session: Session, translation_id: str, src_from: int, src_to: int, tgt_from: int, tgt_to: int
) -> Command | None:
    """Make source [src_from, src_to) and target [tgt_from, tgt_to) one manual row.

    Neighbours give up the sentences the new row takes (see :func:`relink_rows`). Relinking
    an existing auto row with its own ranges confirms it as manual. Works on a translation
    with no links yet (its auto alignment is written along with the edit, and undo removes both).
    """
    n, m = _sizes(session, translation_id)
    if not (0 <= src_from <= src_to <= n and 0 <= tgt_from <= tgt_to <= m):
        raise ValueError(f"ranges {src_from}:{src_to} {tgt_from}:{tgt_to} are outside 0:{n} 0:{m}")
    if src_from == src_to and tgt_from == tgt_to:
        raise ValueError("a row needs at least one sentence")
    rows, stored = _current_or_auto(session, translation_id)
    bead = (src_from, src_to, tgt_from, tgt_to)
    same = next((r for r in rows if _key(r) == bead), None)
    if same is not None and stored:
        if same["origin"] == "manual":
            return None
        confirmed = {**same, "origin": "manual"}
        return ReplaceLinks(translation_id, bead, [same], [confirmed], "confirm row")
    result, removed, added = relink_rows(rows, bead)
    check_cover(result, n, m)
    if not stored:  # nothing stored yet: the whole auto alignment is written by this command
        return ReplaceLinks(translation_id, (0, n, 0, m), [], result, "relink rows")
    return _replace(translation_id, removed, added, "relink rows")


def _link(session: Session, link_id: str) -> tuple[str, LinkRow]:
    found = session.get(Link, link_id)
    if found is None:
        raise LookupError(f"no link {link_id}")
    return found.translation_id, link_row(found)


def build_merge(session: Session, link_id: str) -> Command | None:
    """Merge a row with the next one into one manual row (None on the last row)."""
    translation_id, row = _link(session, link_id)
    rows = links_for_text(session, translation_id)
    at = next(i for i, r in enumerate(rows) if r["id"] == link_id)
    if at + 1 >= len(rows):
        return None
    nxt = rows[at + 1]
    merged = _manual(row["src_from"], nxt["src_to"], row["tgt_from"], nxt["tgt_to"])
    return _replace(translation_id, [row, nxt], [merged], "merge rows")


def split_row(row: LinkRow) -> list[LinkRow]:
    """A row as manual 1-1 rows, then 1-0 / 0-1 rows for the sentences left over.

    A 1-1 row comes apart into a 1-0 and a 0-1 (unlinking the pair); 1-0 and 0-1 rows stay.
    """
    a, b, c, d = _key(row)
    if (b - a) + (d - c) < 2:
        return [row]
    if b - a == 1 and d - c == 1:
        return [_manual(a, b, c, c), _manual(b, b, c, d)]
    k = min(b - a, d - c)
    pairs = [_manual(a + i, a + i + 1, c + i, c + i + 1) for i in range(k)]
    sources = [_manual(i, i + 1, c + k, c + k) for i in range(a + k, b)]
    targets = [_manual(b, b, j, j + 1) for j in range(c + k, d)]
    return pairs + sources + targets


def build_split(session: Session, link_id: str) -> Command | None:
    """Split a multi-sentence row into 1-1 / 1-0 / 0-1 manual rows (a 1-1 into 1-0 + 0-1)."""
    translation_id, row = _link(session, link_id)
    pieces = split_row(row)
    if pieces == [row]:
        return None
    return _replace(translation_id, [row], pieces, "split row")
