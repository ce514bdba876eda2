"""Issue 13: U+2028, NEL, VT and FF are breaks inside a paragraph, LF and U+2029 end one.
Through the importer: the text is stored verbatim and every stored sentence span is a slice
of it that keeps the soft break inside the sentence."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from sverka.db.models import Sentence, Text
from sverka.db.project import open_project
from sverka.ops.ingest.importer import Importer

TEXT = (
    "Talks resumed in Astana\u2029"
    "The minister said\u2028that the talks would resume on Monday. Both sides\x85agreed.\n"
    "A page\x0cbreak from a PDF sits inside this sentence.\x0bSo does a vertical tab here."
)
EXPECTED = [
    "Talks resumed in Astana",
    "The minister said\u2028that the talks would resume on Monday.",
    "Both sides\x85agreed.",
    "A page\x0cbreak from a PDF sits inside this sentence.",
    "So does a vertical tab here.",
]


def test_soft_breaks_stay_inside_stored_sentences(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "1", "lang": "en", "text": TEXT}) + "\n", encoding="utf-8")
    project = open_project(tmp_path / "p.sverka", create=True)
    try:
        report = Importer(project).import_paths([source])
        assert not report.errors
        with project.sessions() as session:
            (text,) = session.scalars(select(Text)).all()
            spans = session.execute(
                select(Sentence.start, Sentence.end).where(Sentence.text_id == text.id).order_by(Sentence.idx)
            ).all()
    finally:
        project.close()
    assert text.content == TEXT
    assert [text.content[s:e] for s, e in spans] == EXPECTED
