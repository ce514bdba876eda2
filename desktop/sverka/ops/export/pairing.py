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


def aligned(src: list[Any], tgt: list[Any], links: list[Any], idx: int = 2) -> dict[int, tuple[list[Any], str | None]]:
    """Source idx -> (target sentences, link kind). Index pairing until links exist.

    Sentences are rows with their idx at position ``idx`` (records' sentence tuples by
    default), links rows of (translation_id, src_from, src_to, tgt_from, tgt_to)."""
    by_idx = {t[idx]: t for t in tgt}  # a link's range by lookup: scanning every target per link was quadratic
    if not links:
        return {s[idx]: ([by_idx[s[idx]]] if s[idx] in by_idx else [], None) for s in src}
    out: dict[int, tuple[list[Any], str | None]] = {}
    get = by_idx.get
    for _, src_from, src_to, tgt_from, tgt_to in links:
        if src_to - src_from == 1 and tgt_to - tgt_from == 1:  # most rows: no ranges to walk
            target = get(tgt_from)
            out[src_from] = ([target] if target is not None else [], "1-1")
            continue
        kind = f"{src_to - src_from}-{tgt_to - tgt_from}"
        targets = [by_idx[i] for i in range(tgt_from, tgt_to) if i in by_idx]
        for i in range(src_from, src_to):
            out[i] = (targets, kind)
    return out
