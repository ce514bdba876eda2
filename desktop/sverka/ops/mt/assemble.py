"""A machine text from its translated sentences, laid out like the original."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _separator(gap: str) -> str:
    """What joins two translated sentences: the original's line breaks (at most a blank line)."""
    breaks = len(_LINE_BREAK.findall(gap))
    return "\n" * min(breaks, 2) if breaks else " "


def assemble(source_content: str, rows: Sequence[Any], outputs: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join translated sentences into a text, with paragraph breaks where the original had
    them; returns the content and each sentence's (start, end) in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, (row, body) in enumerate(zip(rows, outputs, strict=True)):
        if i:
            sep = _separator(source_content[rows[i - 1].end : row.start])
            parts.append(sep)
            pos += len(sep)
        spans.append((pos, pos + len(body)))
        parts.append(body)
        pos += len(body)
    return "".join(parts), spans
