"""A model-free sentence similarity for the aligner: a small bilingual word lexicon.

Without a translation model the aligner knows that *some* sentence of a stretch has no
counterpart (the lengths and numbers say so) but not *which*: two neighbours of similar
length look alike. A word lexicon answers that. ``resources/align/lexicon.json`` maps word
stems (the first five letters, lower case: enough to fold most Russian and Kazakh
inflection) of one language to their likely translations' stems in another; it was learned
with IBM Model 1 by ``bench/fit_align_lexicon.py`` from FLORES-200 and the *tune* half of
the alignment benchmark's documents, so the benchmark's test half measures it on text it
never saw.

The aligner uses :class:`LexicalEvidence`: each stem of a row votes, by the log likelihood
ratio of finding (or not finding) its translation on the other side, against the chance of
finding it in any sentence of the document. :class:`LexicalSimilarity` (a 0..1 score for
callers that want one) is the share of stems on both sides that have a translation on the
other side (averaging in the transliterated trigram overlap of
:class:`~sverka.core.align_similarity.TranslitOverlap` gained nothing on the tune half and
cost half the time). A pair without a lexicon gets that overlap instead; the aligner's
calibration drops a similarity that does not separate true pairs from false ones.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from sverka.core.align_similarity import TranslitOverlap
from sverka.paths import resource

STEM = 5  # letters kept of a word
_WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def stems(text: str) -> frozenset[str]:
    """The stems of a text's words of three letters or more."""
    return frozenset([w[:STEM] for w in _WORD_RE.findall(text.lower())])


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


class LexicalEvidence:
    """Word-by-word evidence of the lexicon for the beads of one alignment problem.

    A similarity ratio weighs a 5-word and a 40-word sentence alike, and cannot say that the
    extra sentence of a 2-1 row brings words that match nothing. Here each word stem of a
    bead votes: under "these sentences translate each other" a stem finds a translation on
    the other side with probability ``q1``; under "they do not" only by chance, with the
    probability ``q0`` that the stem's translations turn up in a sentence of *this*
    document (so "the", which the lexicon links to half of Russian, votes nothing). A bead's
    score is the sum of the stems' log likelihood ratios, in nats, on both sides: positive
    when the words are each other's translations, negative when one side's words go
    unmatched. A 1-0 row scores 0, so a sentence whose words match nothing in a 2-1 row
    makes that row lose to a 1-1 and a 1-0. Stems and their lexicon reach are computed once
    per sentence; the aligner asks for the scores of the few beads near its path.
    """

    def __init__(
        self,
        src: Sequence[str],
        tgt: Sequence[str],
        table: Mapping[str, frozenset[str]],
        inverse: Mapping[str, frozenset[str]],
        q1: float,
    ) -> None:
        empty: frozenset[str] = frozenset()
        self.xs = [stems(s) for s in src]
        self.ys = [stems(t) for t in tgt]
        # reach of a source sentence: target stems its words translate to (and back).
        self.x_reach = [empty.union(*(table.get(x, empty) for x in xs)) for xs in self.xs]
        self.y_reach = [empty.union(*(inverse.get(y, empty) for y in ys)) for ys in self.ys]
        self._x_miss, self._x_gain1, self._x_gain2 = self._gains(self.xs, table, self.ys, q1)
        self._y_miss, self._y_gain1, self._y_gain2 = self._gains(self.ys, inverse, self.xs, q1)
        self._m = max(len(tgt), 1)
        self._pairs: dict[int, tuple[float, float, frozenset[str], frozenset[str], float, float]] = {}
        self._x2: dict[int, float] = {}  # see _x_two, _y_two
        self._y2: dict[int, float] = {}

    @staticmethod
    def _gains(
        own: list[frozenset[str]], table: Mapping[str, frozenset[str]], other: list[frozenset[str]], q1: float
    ) -> tuple[list[tuple[float, float]], dict[str, float], dict[str, float]]:
        """Per sentence, the sums of its stems' miss votes against one and two sentences;
        per stem (of any sentence: a stem's votes do not depend on its sentence) the gain of
        a hit over a miss against one and two sentences."""
        posting: dict[str, int] = {}
        for j, ys in enumerate(other):
            for y in ys:
                posting[y] = posting.get(y, 0) | (1 << j)
        n_other = max(len(other), 1)
        # The votes depend on a stem only through the number of sentences it hits.
        votes: list[tuple[float, float, float, float]] = []
        for hits in range(n_other + 1):
            rate = (hits + 0.5) / (n_other + 1.0)
            row: list[float] = []
            for size in (1, 2):
                q0 = 1.0 - (1.0 - rate) ** size
                p1 = q1 + (1.0 - q1) * q0  # a translation, or a chance hit
                miss = math.log((1.0 - p1) / (1.0 - q0))
                row += (miss, math.log(p1 / q0) - miss)
            votes.append((row[0], row[1], row[2], row[3]))
        unknown = (0.0, 0.0, 0.0, 0.0)
        vote_of: dict[str, tuple[float, float, float, float]] = {}
        for x in frozenset().union(*own):
            targets = table.get(x)
            if targets is None:
                # A word the lexicon does not know has no say: aligned or not, it can never
                # find its translation.
                vote_of[x] = unknown
            else:
                mask = 0
                for y in targets:
                    mask |= posting.get(y, 0)
                vote_of[x] = votes[mask.bit_count()]
        misses = []
        for xs in own:
            miss1 = miss2 = 0.0
            for x in xs:
                v = vote_of[x]
                miss1 += v[0]
                miss2 += v[2]
            misses.append((miss1, miss2))
        return misses, {x: v[1] for x, v in vote_of.items()}, {x: v[3] for x, v in vote_of.items()}

    def _pair(self, i: int, j: int) -> tuple[float, float, frozenset[str], frozenset[str], float, float]:
        """Per sentence pair (memoized): each side's 1-1 votes (misses plus hits), the stems
        of each side that the other side reaches, and the sums of those stems' gains
        against two sentences. A merged row's hits are the union of its pairs' hits, so its
        score comes from these and no reach set is ever joined (they are large)."""
        key = i * self._m + j
        v = self._pairs.get(key)
        if v is None:
            hx = self.xs[i] & self.y_reach[j]
            hy = self.ys[j] & self.x_reach[i]
            v = self._pairs[key] = (
                self._x_miss[i][0] + sum(map(self._x_gain1.__getitem__, hx)),
                self._y_miss[j][0] + sum(map(self._y_gain1.__getitem__, hy)),
                hx,
                hy,
                sum(map(self._x_gain2.__getitem__, hx)),
                sum(map(self._y_gain2.__getitem__, hy)),
            )
        return v

    def _x_two(self, i: int, j0: int) -> float:
        """Source sentence i's votes against targets j0 and j0 + 1 (memoized: a 1-2 row and
        two 2-2 rows ask for it). A stem reached from both targets counts once."""
        key = i * self._m + j0
        v = self._x2.get(key)
        if v is None:
            p, q = self._pair(i, j0), self._pair(i, j0 + 1)
            both = p[2] & q[2]
            v = self._x_miss[i][1] + p[4] + q[4]
            if both:
                v -= sum(map(self._x_gain2.__getitem__, both))
            self._x2[key] = v
        return v

    def _y_two(self, i0: int, j: int) -> float:
        """Target sentence j's votes against sources i0 and i0 + 1 (memoized)."""
        key = i0 * self._m + j
        v = self._y2.get(key)
        if v is None:
            p, q = self._pair(i0, j), self._pair(i0 + 1, j)
            both = p[3] & q[3]
            v = self._y_miss[j][1] + p[5] + q[5]
            if both:
                v -= sum(map(self._y_gain2.__getitem__, both))
            self._y2[key] = v
        return v

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The bead's log likelihood ratio (nats; 0 for a null bead)."""
        if i0 == i1 or j0 == j1:
            return 0.0
        m = self._m
        key = i0 * m + j0
        if i1 - i0 == 1:
            p = self._pairs.get(key) or self._pair(i0, j0)
            if j1 - j0 == 1:  # the common case
                return p[0] + p[1]
            # 1-2: each target sentence against the one source, as in a 1-1 row
            q = self._pairs.get(key + 1) or self._pair(i0, j0 + 1)
            return p[1] + q[1] + (self._x2.get(key) or self._x_two(i0, j0))
        x2, y2 = self._x2, self._y2
        if j1 - j0 == 1:  # 2-1
            p = self._pairs.get(key) or self._pair(i0, j0)
            q = self._pairs.get(key + m) or self._pair(i0 + 1, j0)
            return p[0] + q[0] + (y2.get(key) or self._y_two(i0, j0))
        # 2-2: every sentence against the other side's two
        return (
            (x2.get(key) or self._x_two(i0, j0))
            + (x2.get(key + m) or self._x_two(i0 + 1, j0))
            + (y2.get(key) or self._y_two(i0, j0))
            + (y2.get(key + 1) or self._y_two(i0, j0 + 1))
        )


def lexical_evidence(
    src_lang: str, tgt_lang: str, src: Sequence[str], tgt: Sequence[str], q1: float
) -> LexicalEvidence | None:
    """The lexicon's evidence for one pair of texts, or None without a lexicon."""
    table, inverse = lexicon(src_lang, tgt_lang), lexicon(tgt_lang, src_lang)
    if table is None or inverse is None:
        return None
    return LexicalEvidence(src, tgt, table, inverse, q1)
