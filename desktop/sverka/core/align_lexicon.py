"""A model-free sentence similarity for the aligner: a small bilingual word lexicon.

Without a translation model the aligner knows that *some* sentence of a stretch has no
counterpart (the lengths and numbers say so) but not *which*: two neighbours of similar
length look alike. A word lexicon answers that. ``resources/align/lexicon.json`` maps word
stems (the first five letters, lower case: enough to fold most Russian and Kazakh
inflection) of one language to their likely translations' stems in another; it was learned
with IBM Model 1 by ``bench/fit_align_lexicon.py`` from FLORES-200 and the *tune* half of
the alignment benchmark's documents, so the benchmark's test half measures it on text it
never saw.

:class:`LexicalSimilarity` scores a pair of texts by the share of stems on both sides that
have a translation on the other side (averaging in the transliterated trigram overlap of
:class:`~sverka.core.align_similarity.TranslitOverlap` gained nothing on the tune half and
cost half the time). A pair without a lexicon gets that overlap instead; the aligner's
calibration drops a similarity that does not separate true pairs from false ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from sverka.core.align_similarity import TranslitOverlap
from sverka.paths import resource

STEM = 5  # letters kept of a word
_WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def stems(text: str) -> frozenset[str]:
    """The stems of a text's words of three letters or more."""
    return frozenset(w.lower()[:STEM] for w in _WORD_RE.findall(text))


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, dict[str, frozenset[str]]]:
    raw = json.loads(resource("align/lexicon.json").read_text(encoding="utf-8"))
    return {pair: {k: frozenset(v) for k, v in table.items()} for pair, table in raw["pairs"].items()}


def _invert(table: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for src, targets in table.items():
        for t in targets:
            out.setdefault(t, set()).add(src)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=16)
def lexicon(src_lang: str, tgt_lang: str) -> dict[str, frozenset[str]] | None:
    """Source stem → target stems for a language pair (either direction), or None."""
    tables = _lexicons()
    if f"{src_lang}-{tgt_lang}" in tables:
        return tables[f"{src_lang}-{tgt_lang}"]
    if f"{tgt_lang}-{src_lang}" in tables:
        return _invert(tables[f"{tgt_lang}-{src_lang}"])
    return None


class LexicalSimilarity:
    """0..1: the share of both sides' stems that have a translation on the other side."""

    def __init__(self, table: Mapping[str, frozenset[str]], inverse: Mapping[str, frozenset[str]]) -> None:
        self.table, self.inverse = table, inverse
        # Per text: its stems and the stems it reaches through the lexicon (cached, since
        # the aligner scores the same sentence against many candidates).
        self._src: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._tgt: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    @staticmethod
    def _side(
        cache: dict[str, tuple[frozenset[str], frozenset[str]]], text: str, table: Mapping[str, frozenset[str]]
    ) -> tuple[frozenset[str], frozenset[str]]:
        side = cache.get(text)
        if side is None:
            own = stems(text)
            empty: frozenset[str] = frozenset()
            side = cache[text] = (own, empty.union(*(table.get(x, empty) for x in own)))
        return side

    def __call__(self, src: str, tgt: str) -> float:
        xs, src_reach = self._side(self._src, src, self.table)
        ys, tgt_reach = self._side(self._tgt, tgt, self.inverse)
        if not xs or not ys:
            return 0.0
        return (len(ys & src_reach) + len(xs & tgt_reach)) / (len(xs) + len(ys))


def lexical_similarity(src_lang: str, tgt_lang: str) -> Callable[[str, str], float]:
    """The model-free similarity for a pair: lexicon and overlap, or the overlap alone."""
    table, inverse = lexicon(src_lang, tgt_lang), lexicon(tgt_lang, src_lang)
    return TranslitOverlap() if table is None or inverse is None else LexicalSimilarity(table, inverse)
