"""What the readers of other tools' files (TMX, Label Studio, doccano) hand to the import.

Such a file already says where its sentences are (a TMX unit, a labeling task), which
sentences go together (a unit's segments) and, for the labeling tools, which labels a
sentence has. An :class:`ArticleDraft` carries the texts, with their sentences given as
``spans``; a :class:`PeerArticle` adds the alignment rows and the labels, by sentence index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sverka.core.readers import ArticleDraft, TextDraft

# An alignment row by sentence index: original [src_from, src_to) with translation [tgt_from, tgt_to).
LinkSpan = tuple[int, int, int, int]


@dataclass
class LabeledSentence:
    """Labels of one original sentence, and where in the file they were read (for messages)."""

    sentence: int
    labels: list[str]
    where: str  # "task 3", "line 7"


@dataclass
class PeerArticle:
    draft: ArticleDraft
    links: list[list[LinkSpan]] = field(default_factory=list)  # per translation, as draft.translations
    labels: list[LabeledSentence] = field(default_factory=list)


def joined_text(segments: list[str], lang: str | None, source: str) -> TextDraft:
    """One text of ``segments``, one sentence each, kept verbatim (whitespace included).

    A line break between them keeps the stored text readable; the sentences are the spans,
    never re-segmented, so a segment holding line breaks of its own stays one sentence.
    """
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for segment in segments:
        spans.append((offset, offset + len(segment), "body"))
        parts.append(segment)
        offset += len(segment) + 1
    return TextDraft("\n".join(parts), lang, source, spans=spans)
