"""An article's alignment rows as text, for ``sverka align --show`` and its edits."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sverka.db.models import Text
from sverka.db.project import Project
from sverka.ops.alignment.run import links_for_text, text_bodies, translations


def show_rows(project: Project, article_id: str, lang: str | None) -> list[dict[str, Any]]:
    """The article's alignment rows with their texts (first translation unless ``lang``)."""
    with project.sessions() as session:
        translation = translations(session, article_id, lang)[0]
        original = session.execute(
            select(Text.id, Text.content).where(Text.article_id == article_id, Text.role == "original")
        ).one()
        src, tgt = text_bodies(session, original), text_bodies(session, translation)
        rows = links_for_text(session, translation.id)
    if not rows:  # never aligned: what the export and GUI show, index by index
        rows = [
            {
                "id": None,
                "src_from": min(i, len(src)),
                "src_to": min(i + 1, len(src)),
                "tgt_from": min(i, len(tgt)),
                "tgt_to": min(i + 1, len(tgt)),
                "origin": "index",
                "score": None,
            }
            for i in range(max(len(src), len(tgt)))
        ]
    return [
        {
            "row": number,
            **r,
            "kind": f"{r['src_to'] - r['src_from']}-{r['tgt_to'] - r['tgt_from']}",
            "translation_id": translation.id,
            "source": " ".join(src[r["src_from"] : r["src_to"]]),
            "target": " ".join(tgt[r["tgt_from"] : r["tgt_to"]]),
        }
        for number, r in enumerate(rows, start=1)
    ]
