"""The names panel's highlighter: the mentions of the entity chosen there, in the sentence view.

Registered with the sentence delegate (``add_highlighter``); the tooltip over a mention is the
entity's canonical name. Spans come from the names panel, per sentence, in offsets of the
sentence's current wording; a cell shows its sentences' wordings stripped and joined with
spaces, so offsets are shifted the same way here.
"""

from __future__ import annotations

from sverka.ops.views.names import Span
from sverka.ui.highlight import Highlight, Index
from sverka.ui.models.alignment import cell_sentence_offsets


class NameHighlights:
    """Mention spans of one entity, per sentence id (empty: nothing marked)."""

    def __init__(self) -> None:
        self.spans: dict[str, list[Span]] = {}

    def cell_spans(self, index: Index) -> list[Span]:
        """The highlighted spans of a cell, in offsets of its displayed text."""
        if not self.spans:
            return []
        out: list[Span] = []
        for sid, offset, lead, shown in cell_sentence_offsets(index):
            for s in self.spans.get(sid, ()):
                start, end = s.start - lead, s.end - lead
                if start >= 0 and end <= shown:
                    out.append(Span(offset + start, offset + end, s.surface, s.entity_id, s.canonical, s.kind))
        return out

    def highlights(self, index: Index) -> list[Highlight]:
        return [Highlight(s.start, s.end, f"{s.canonical} · {s.kind}\n“{s.surface}”") for s in self.cell_spans(index)]
