"""Sentence similarities for :func:`sverka.core.align.align`.

``align`` calls ``similarity(src_text, tgt_text)`` on candidate beads, where a side of two
sentences arrives joined by one space. Two kinds are offered here:

- :class:`TranslitOverlap`, model-free: shared character trigrams after transliteration to
  Latin, so cognates and names meet across Cyrillic and Latin script;
- :func:`mt_similarity`, for when a translation model is installed: chrF (:class:`FastChrF`)
  between the machine translation of the source side and the target side.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from sverka.core.align_anchors import latin_key_full

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def _word_trigrams(word: str) -> frozenset[str]:
    padded = f" {latin_key_full(word)} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def _trigrams(text: str) -> frozenset[str]:
    # Short function words match by chance; leave them out.
    return frozenset().union(*(_word_trigrams(w) for w in _WORD_RE.findall(text) if len(w) > 3))


class TranslitOverlap:
    """Dice overlap of transliterated character trigrams; per-text sets are cached."""

    def __init__(self) -> None:
        self._cache: dict[str, frozenset[str]] = {}

    def grams(self, text: str) -> frozenset[str]:
        """Trigram set of a text (cached)."""
        g = self._cache.get(text)
        if g is None:
            g = self._cache[text] = _trigrams(text)
        return g

    def __call__(self, src: str, tgt: str) -> float:
        a, b = self.grams(src), self.grams(tgt)
        if not a or not b:
            return 0.0
        return 2 * len(a & b) / (len(a) + len(b))


def chrf(hyp: str, ref: str, order: int = 6, beta: float = 2.0) -> float:
    """chrF (Popović 2015) of one hypothesis against one reference, 0..1, spaces ignored."""
    h, r = hyp.replace(" ", ""), ref.replace(" ", "")
    precisions: list[float] = []
    recalls: list[float] = []
    for n in range(1, order + 1):
        hc = Counter(h[i : i + n] for i in range(len(h) - n + 1))
        rc = Counter(r[i : i + n] for i in range(len(r) - n + 1))
        if not hc or not rc:
            continue
        match = sum((hc & rc).values())
        precisions.append(match / sum(hc.values()))
        recalls.append(match / sum(rc.values()))
    if not precisions:
        return 0.0
    p, rr = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    if p + rr == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * p * rr / (b2 * p + rr)


class FastChrF:
    """chrF on sets of character n-grams (counts ignored), with per-text caching.

    Alignment calls the scorer on the same texts again and again; set intersections run in
    C and the cache makes each call a handful of them. On sentences the ranking of
    candidates is the same as with exact chrF for all practical purposes.
    """

    def __init__(self, order: int = 6, beta: float = 2.0) -> None:
        self.order, self.b2 = order, beta * beta
        self._cache: dict[str, list[frozenset[str]]] = {}

    def grams(self, text: str) -> list[frozenset[str]]:
        """The n-gram sets (n = 1..order) of a text, spaces removed, lower-cased (cached)."""
        g = self._cache.get(text)
        if g is None:
            t = text.lower().replace(" ", "")
            g = self._cache[text] = [
                frozenset(t[i : i + n] for i in range(len(t) - n + 1)) for n in range(1, self.order + 1)
            ]
        return g

    def __call__(self, hyp: str, ref: str) -> float:
        p_sum = r_sum = 0.0
        k = 0
        for h, r in zip(self.grams(hyp), self.grams(ref), strict=True):
            if not h or not r:
                break
            match = len(h & r)
            p_sum += match / len(h)
            r_sum += match / len(r)
            k += 1
        if k == 0 or p_sum + r_sum == 0:
            return 0.0
        p, rr = p_sum / k, r_sum / k
        return (1 + self.b2) * p * rr / (self.b2 * p + rr)


def mt_similarity(
    src: Sequence[str], mt: Sequence[str], scorer: Callable[[str, str], float] | None = None
) -> Callable[[str, str], float]:
    """A similarity that scores a target against the machine translation of the source.

    ``mt[i]`` is the MT of ``src[i]``. Bead sides of one or two sentences are looked up in a
    table built here (``align`` joins two sentences with one space), so no text is ever
    translated twice; an unknown source text scores 0.
    """
    score = scorer or FastChrF()
    table: dict[str, str] = {}
    for i, s in enumerate(src):
        table[s] = mt[i]
        if i + 1 < len(src):
            table[f"{s} {src[i + 1]}"] = f"{mt[i]} {mt[i + 1]}"

    def similarity(src_text: str, tgt_text: str) -> float:
        hyp = table.get(src_text)
        return 0.0 if hyp is None else score(hyp, tgt_text)

    return similarity
