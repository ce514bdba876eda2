"""Which translation an export pairs with an original, and which of its sentences go with each
original sentence: the alignment links, or index by index while a text has none."""

from __future__ import annotations

from typing import Any


def pick_translation(texts: list[Any], target: str | None) -> Any | None:
    """The article's first translation (in ``target`` language when given), or None."""
    translations = [t for t in texts if t.role == "translation"]
    if target:
        translations = [t for t in translations if (t.lang_override or t.lang) == target]
    return translations[0] if translations else None


def aligned(src: list[Any], tgt: list[Any], links: list[Any]) -> dict[int, tuple[list[Any], str | None]]:
    """Source idx -> (target sentences, link kind). Index pairing until links exist."""
    if not links:
        by_idx = {s.idx: s for s in tgt}
        return {s.idx: ([by_idx[s.idx]] if s.idx in by_idx else [], None) for s in src}
    out: dict[int, tuple[list[Any], str | None]] = {}
    by_idx = {t.idx: t for t in tgt}  # a link's range by lookup: scanning every target per link was quadratic
    for link in links:
        kind = f"{link.src_to - link.src_from}-{link.tgt_to - link.tgt_from}"
        targets = [by_idx[i] for i in range(link.tgt_from, link.tgt_to) if i in by_idx]
        for idx in range(link.src_from, link.src_to):
            out[idx] = (targets, kind)
    return out
